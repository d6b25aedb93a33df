import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../model/doc.js';
import type { Time } from '../../model/layers.js';
import { textComponent } from '../text/component.js';
import { timesComponent } from './component.js';

/** Runs text + times on a fixture published on Thursday 2024-01-25 (unless told otherwise). */
function times(text: string, published: string | null = '2024-01-25'): Time[] {
  const doc = new Doc('t', text, published ? { published } : {});
  textComponent.run(doc);
  timesComponent.run(doc);
  return [...doc.get('times')];
}

function find(text: string, phrase: string, published: string | null = '2024-01-25'): Time {
  const all = times(text, published);
  const hit = all.find((t) => t.text === phrase);
  assert.ok(hit, `expected a time "${phrase}" in ${JSON.stringify(all.map((t) => t.text))}`);
  return hit;
}

test('a weekday in a past clause is the latest such day on or before the anchor', () => {
  const t = find('The minister said on Thursday that talks had stalled.', 'Thursday');
  assert.equal(t.type, 'DATE');
  assert.equal(t.value, '2024-01-25');
  assert.equal(t.inferred, true);
  assert.equal(t.source, 'times/weekday');
  assert.equal(find('Rebels attacked the town on Monday.', 'Monday').value, '2024-01-22');
});

test('a weekday in a future clause is the next such day', () => {
  assert.equal(find('The envoys will meet on Monday in Geneva.', 'Monday').value, '2024-01-29');
  assert.equal(find('Talks resume next Tuesday, officials said.', 'next Tuesday').value, '2024-01-30');
});

test('since mid-October keeps the month value and the middle third as interval', () => {
  const t = find('Fighting has raged since mid-October across the north.', 'mid-October');
  assert.equal(t.value, '2023-10');
  assert.equal(t.from, '2023-10-11');
  assert.equal(t.to, '2023-10-20');
  const early = find('Talks stalled in early March.', 'early March');
  assert.equal(early.from, '2024-03-01');
  assert.equal(early.to, '2024-03-10');
  const lateYear = find('The plant closes in late 2025.', 'late 2025');
  assert.equal(lateYear.value, '2025');
  assert.equal(lateYear.from, '2025-09-01');
  assert.equal(lateYear.to, '2025-12-31');
});

test('last year, next month, two weeks ago, earlier this month', () => {
  const text = 'Prices doubled last year and will rise again next month. Two weeks ago the bank warned of this, and earlier this month it cut rates.';
  const all = times(text);
  const byText = new Map(all.map((t) => [t.text.toLowerCase(), t]));
  assert.equal(byText.get('last year')?.value, '2023');
  assert.equal(byText.get('last year')?.from, '2023-01-01');
  assert.equal(byText.get('next month')?.value, '2024-02');
  assert.equal(byText.get('two weeks ago')?.value, '2024-01-11');
  assert.equal(byText.get('earlier this month')?.value, '2024-01');
});

test('explicit dates, months and years', () => {
  assert.equal(find('The deal was signed on Dec. 12, 2022 in Doha.', 'Dec. 12, 2022').value, '2022-12-12');
  // A December date told in a January story, past tense: last December.
  assert.equal(find('The ceasefire collapsed on December 28.', 'December 28').value, '2023-12-28');
  assert.equal(find('The vote was held in October 2023.', 'October 2023').value, '2023-10');
  assert.equal(find('The war began in 2022, officials said.', '2022').value, '2022');
  assert.equal(find('Unemployment peaked in the 1990s.', 'the 1990s').value, '199');
  assert.equal(find('Turnout in the 2024 elections was low.', '2024').value, '2024');
  assert.equal(find('Elections are due on 14 March.', '14 March').value, '2024-03-14');
});

test('quarters, fiscal years and seasons', () => {
  assert.equal(find('Profit fell in the third quarter of 2023.', 'the third quarter of 2023').value, '2023-Q3');
  assert.equal(find('Exports rose in fiscal 2023.', 'fiscal 2023').value, '2023');
  assert.equal(find('The offensive is expected in the spring.', 'the spring').value, '2024-SP');
  assert.equal(find('Aid stalled last summer.', 'last summer').value, '2023-SU');
});

test('durations and sets', () => {
  assert.equal(find('The siege lasted three years.', 'three years').value, 'P3Y');
  assert.equal(find('The siege lasted three years.', 'three years').type, 'DURATION');
  assert.equal(find('The region saw a decade of drought.', 'a decade').value, 'P10Y');
  assert.equal(find('Talks ran for 48 hours.', '48 hours').value, 'PT48H');
  const past = find('Prices rose 12% over the past three months.', 'the past three months');
  assert.equal(past.value, 'P3M');
  assert.equal(past.from, '2023-10-25');
  assert.equal(past.to, '2024-01-25');
  const set = find('The council meets every week.', 'every week');
  assert.equal(set.type, 'SET');
  assert.equal(set.value, 'P1W');
  assert.equal(find('Inspectors report weekly to the council.', 'weekly').value, 'P1W');
});

test('reference words', () => {
  assert.equal(find('The town is now under curfew.', 'now').value, 'PRESENT_REF');
  assert.equal(find('Aid convoys have recently resumed.', 'recently').value, 'PAST_REF');
  const coming = times('More troops will arrive in the coming days.').find((t) => t.value === 'FUTURE_REF');
  assert.ok(coming);
  assert.equal(coming.text, 'the coming days');
});

test('clock times take the anchor day, or a named day next to them', () => {
  const t = find('The blast happened at 3:30 p.m. near the market.', '3:30 p.m.');
  assert.equal(t.type, 'TIME');
  assert.equal(t.value, '2024-01-25T15:30');
  assert.equal(find('Polls close at noon Tuesday.', 'noon Tuesday').value, '2024-01-23T12:00');
  const agency = find('The strike hit at 2030 GMT, the army said.', '2030 GMT');
  assert.equal(agency.type, 'TIME');
  assert.equal(agency.value, '2024-01-25T20:30');
});

test('yesterday, today, tonight and last night', () => {
  const all = times('Shelling resumed yesterday and again last night; more is feared tonight.');
  const values = Object.fromEntries(all.map((t) => [t.text, t.value]));
  assert.equal(values['yesterday'], '2024-01-24');
  assert.equal(values['last night'], '2024-01-24TNI');
  assert.equal(values['tonight'], '2024-01-25TNI');
});

test('without a publication date relative expressions stay underspecified', () => {
  const all = times('The rebels said on Thursday they left last year, in May 2021.', null);
  const values = Object.fromEntries(all.map((t) => [t.text, t.value]));
  assert.equal(values['Thursday'], 'XXXX-WXX-4');
  assert.equal(values['last year'], 'PAST_REF');
  assert.equal(values['May 2021'], '2021-05');
});

test('an ISO date-time anchor works like a date', () => {
  assert.equal(find('He resigned yesterday.', 'yesterday', '2024-01-25T08:30:00+01:00').value, '2024-01-24');
});
