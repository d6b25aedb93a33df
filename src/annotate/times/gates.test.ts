import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseIsoDate } from './calendar.js';
import { proposeTimes, TIME_RULES } from './propose.js';
import type { Proposal, RuleContext } from './types.js';

const text =
  'WASHINGTON (Reuters) - The senator said on Tuesday that the bill, first filed last September, ' +
  'would be voted on within the next three weeks. In the third quarter of 2015 sales rose 4%, ' +
  'compared with the year-earlier period. "We meet every Monday at 10:30 a.m.," she said, adding that ' +
  'in the 1990s and the early seventies such votes came twice a year. Results are due 10/12/2016, ' +
  'in the coming months, or some time in the 21st century. Currently, 2,000 people work there.';

const ctx: RuleContext = { text, anchor: parseIsoDate('2016-10-05'), tense: () => 'past' };

/**
 * Asserts that the gated, windowed search proposes exactly what a full scan of every rule
 * proposes (a copy of the rule list is not the gated list, so proposeTimes scans every pattern
 * over the whole text), and returns those proposals.
 */
function assertSameAsFullScan(c: RuleContext, message?: string): Proposal[] {
  const full = proposeTimes(c, [...TIME_RULES]);
  assert.deepEqual(proposeTimes(c), full, message);
  return full;
}

test('gated and windowed rule search proposes exactly what a full scan of every rule proposes', () => {
  const full = assertSameAsFullScan(ctx);
  assert.ok(full.length > 10, `expected many proposals, got ${full.length}`);
});

test('a rule whose gate words are absent is skipped without changing the result', () => {
  assertSameAsFullScan({ ...ctx, text: 'The committee met and the members voted.' });
});

test('gateWordIndex finds every start of every gate word, as a naive scan does', async () => {
  const { gateWordIndex } = await import('./gates.js');
  const lower = `${text} Yesterday's 0's/1990s a.m. p.m. am pm days today noon é/ü night-time x`.toLowerCase();
  const found = gateWordIndex(lower);
  const words = [...found.keys()];
  assert.ok(words.includes('/') && words.includes('0s') && words.includes('day') && words.includes('days'));
  // Every word the index knows of, at every position: the same offsets.
  const all = ['day', 'days', 'yesterday', '/', '0s', "0's", 'am', 'pm', 'a.m.', 'p.m.', 'noon', 'night', 'year', 'now', 'ties', 'quarter'];
  for (const w of all) {
    const naive: number[] = [];
    for (let i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + 1)) naive.push(i);
    assert.deepEqual(found.get(w) ?? [], naive, w);
  }
});

test('long numbers, matches inside words and expressions at the very start are found as a full scan finds them', () => {
  const tricky =
    '5 May was the start. For the past 1234567890123 years, and approximately 12345678901234567890 to 30 and a half days ' +
    'ago, rates rose 1000000000 times a year; every 123456789012 weeks; ref a1/2/2020 and x12/3/99; the late-\'90s, ' +
    "X'80s and '70s; each of the remaining twenty-three-month terms; 250000000000 years back; nearly 99999999999 hours from now. " +
    // Near the longest leads the windows allow: 77 of 82, 50 of 52, 26 of 28 non-digit characters.
    'It took approximately each of the remaining twenty-three to seventy-three and a half years, then approximately ' +
    'seventy-three fortnights or so from now, seventy-three times every week and every other seventy-three weeks; every other 77777 days.';
  const full = assertSameAsFullScan({ ...ctx, text: tricky });
  assert.ok(full.length > 8, `expected many proposals, got ${full.length}`);
  for (const start of ['Yesterday', '5 May', 'Two days ago', '1/2/2020', '2016', 'FY2016', '1990s', '3 weeks', 'Every day']) {
    assertSameAsFullScan({ ...ctx, text: `${start} the board met.` }, start);
  }
});

test('units after unusual white space and bare years after letters or fiscal words are found as a full scan finds them', () => {
  const spaced =
    'It took two\u00a0years, three\u2009days ago and a\tweek; every\u3000other month; four\u2028hours later. ' +
    'In fiscal 2016, FY2017 and FISCAL1999, x2015 and 1850 (1999-2000), the todays and Mondays of 2020s; 1620, 17.50 and 2100. ' +
    // Lower-casing İ adds a character and the Kelvin sign becomes k: gate offsets are the text's own either way.
    'İSTANBUL, Yesterday at 10 A.M., the past 3 YEARS and two \u212aWEEKS AGO; NEXT WEEK.';
  const full = assertSameAsFullScan({ ...ctx, text: spaced });
  assert.ok(full.length > 8, `expected many proposals, got ${full.length}`);
  // One at a time, so no other expression's window covers it.
  for (const one of [
    'Over two\u00a0years.', 'Some\u2009days ago.', 'Within a\tweek.', 'Every\u3000other month.', 'Two-year deal.', 'FY2017.',
    'This coming Wednesday.', 'Another 5 + years.', 'Some two and a half years.', 'In a couple of weeks.', 'Twice a week.',
    'Every 3 weeks.', 'Three days from now.', 'A week or so ago.', 'At 10am sharp.', 'At 9 P.M. sharp.', 'By noon.',
    'Three times per month.', 'Every other week.', 'Each few days.', 'Twenty-one months.', '2.5 hours.', 'For 30-day periods.',
  ]) {
    assert.ok(assertSameAsFullScan({ ...ctx, text: one }, one).length >= 1, one);
  }
});

