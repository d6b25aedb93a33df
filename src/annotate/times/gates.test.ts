import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseIsoDate } from './calendar.js';
import { proposeTimes, TIME_RULES } from './propose.js';
import type { RuleContext } from './types.js';

const text =
  'WASHINGTON (Reuters) - The senator said on Tuesday that the bill, first filed last September, ' +
  'would be voted on within the next three weeks. In the third quarter of 2015 sales rose 4%, ' +
  'compared with the year-earlier period. "We meet every Monday at 10:30 a.m.," she said, adding that ' +
  'in the 1990s and the early seventies such votes came twice a year. Results are due 10/12/2016, ' +
  'in the coming months, or some time in the 21st century. Currently, 2,000 people work there.';

const ctx: RuleContext = { text, anchor: parseIsoDate('2016-10-05'), tense: () => 'past' };

test('gated and windowed rule search proposes exactly what a full scan of every rule proposes', () => {
  // A copy of the rule list is not the gated list, so proposeTimes scans every pattern over the whole text.
  const full = proposeTimes(ctx, [...TIME_RULES]);
  const gated = proposeTimes(ctx);
  assert.ok(full.length > 10, `expected many proposals, got ${full.length}`);
  assert.deepEqual(gated, full);
});

test('a rule whose gate words are absent is skipped without changing the result', () => {
  const plain = { ...ctx, text: 'The committee met and the members voted.' };
  assert.deepEqual(proposeTimes(plain), proposeTimes(plain, [...TIME_RULES]));
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
