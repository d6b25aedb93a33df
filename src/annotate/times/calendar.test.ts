import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, formatIsoWeek, isoWeekday, parseIsoDate } from './calendar.js';
import { intervalOf } from './interval.js';
import { durationValue, quantityValue, unitInfo } from './lexicon.js';
import { inferYear, weekdayDate } from './relative.js';

test('ISO weeks and weekdays, including year edges', () => {
  assert.equal(formatIsoWeek({ y: 2024, m: 1, d: 25 }), '2024-W04');
  assert.equal(formatIsoWeek({ y: 2021, m: 1, d: 1 }), '2020-W53');
  assert.equal(formatIsoWeek({ y: 2024, m: 12, d: 30 }), '2025-W01');
  assert.equal(isoWeekday({ y: 2024, m: 1, d: 25 }), 4);
});

test('month arithmetic clamps the day', () => {
  assert.deepEqual(addMonths({ y: 2024, m: 1, d: 31 }, 1), { y: 2024, m: 2, d: 29 });
  assert.deepEqual(addMonths({ y: 2024, m: 1, d: 15 }, -3), { y: 2023, m: 10, d: 15 });
});

test('publication dates parse from dates and date-times, and reject nonsense', () => {
  assert.deepEqual(parseIsoDate('2024-01-25T23:10:00Z'), { y: 2024, m: 1, d: 25 });
  assert.equal(parseIsoDate('2024-02-30'), undefined);
  assert.equal(parseIsoDate('25/01/2024'), undefined);
});

test('intervals of TIMEX3 values', () => {
  assert.deepEqual(intervalOf('2023-Q3'), { from: '2023-07-01', to: '2023-09-30' });
  assert.deepEqual(intervalOf('2024-W04'), { from: '2024-01-22', to: '2024-01-28' });
  assert.deepEqual(intervalOf('2024-W04-WE'), { from: '2024-01-27', to: '2024-01-28' });
  assert.deepEqual(intervalOf('2023-WI'), { from: '2023-12-01', to: '2024-02-29' });
  assert.deepEqual(intervalOf('199'), { from: '1990-01-01', to: '1999-12-31' });
  assert.deepEqual(intervalOf('2024-02'), { from: '2024-02-01', to: '2024-02-29' });
  assert.equal(intervalOf('P3Y'), undefined);
  assert.equal(intervalOf('PAST_REF'), undefined);
});

test('weekday resolution by tense', () => {
  const thursday = { y: 2024, m: 1, d: 25 };
  assert.deepEqual(weekdayDate(thursday, 4, 'past'), thursday);
  assert.deepEqual(weekdayDate(thursday, 4, 'past', true), { y: 2024, m: 1, d: 18 });
  assert.deepEqual(weekdayDate(thursday, 5, 'past'), { y: 2024, m: 1, d: 19 });
  assert.deepEqual(weekdayDate(thursday, 1, 'future'), { y: 2024, m: 1, d: 29 });
});

test('year inference for a month or day stated without one', () => {
  const january = { y: 2024, m: 1, d: 25 };
  assert.equal(inferYear(january, 12, 28, 'past'), 2023);
  assert.equal(inferYear(january, 10, undefined, 'past'), 2023);
  assert.equal(inferYear(january, 2, 3, 'future'), 2024);
  assert.equal(inferYear({ y: 2024, m: 11, d: 20 }, 1, 10, 'future'), 2025);
});

test('quantities and duration values', () => {
  assert.equal(quantityValue('twenty-five'), 25);
  assert.equal(quantityValue('twenty four'), 24);
  assert.equal(quantityValue('a'), 1);
  assert.equal(quantityValue('several'), 'X');
  assert.equal(quantityValue('a couple of'), 2);
  assert.equal(durationValue(1, unitInfo('decade')!), 'P10Y');
  assert.equal(durationValue(2, unitInfo('hours')!), 'PT2H');
  assert.equal(durationValue('X', unitInfo('months')!), 'PXM');
});
