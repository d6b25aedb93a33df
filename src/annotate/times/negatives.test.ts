import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../model/doc.js';
import { textComponent } from '../text/component.js';
import { findTimes, timesComponent } from './component.js';

function timeTexts(text: string): string[] {
  const doc = new Doc('n', text, { published: '2024-01-25' });
  textComponent.run(doc);
  timesComponent.run(doc);
  return doc.get('times').map((t) => t.text);
}

/** CPU milliseconds of a call: robust to other processes sharing the machine. */
function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

function assertNoTimes(text: string): void {
  assert.deepEqual(timeTexts(text), [], `no time expected in: ${text}`);
}

test('"May" as a name or a verb is not a month', () => {
  assertNoTimes('Theresa May said the talks would continue.');
  assertNoTimes('They may leave the city if the shelling resumes.');
  assertNoTimes('May Ali, a nurse, treated the wounded.');
  // ...but it is one after a cue.
  assert.deepEqual(timeTexts('The truce was agreed in May.'), ['May']);
});

test('"march" as a verb or noun is not a month', () => {
  assertNoTimes('Thousands of protesters march on parliament.');
  assertNoTimes('The march ended peacefully outside the embassy.');
  assertNoTimes('Organisers said the March for Peace drew large crowds.');
});

test('counts, scores, ISBNs and phone numbers are not years', () => {
  assertNoTimes('The army sent 1500 troops to the border.');
  assertNoTimes('Some 2000 people fled the fighting.');
  assertNoTimes('More than 2,000 people were displaced.');
  assertNoTimes('The hosts won 2-1 after extra play.');
  assertNoTimes('The report, ISBN 978-1-2023-1999-7, was released by the agency.');
  assertNoTimes('Call the hotline on 020 7946 2018 or +44 20 2019 0000.');
  assertNoTimes('A fine of $2010 was imposed on the firm.');
});

test('"Fall" and "fall" as noun or verb are not seasons', () => {
  assertNoTimes('The Fall of the city shocked the region.');
  assertNoTimes('Prices could fall sharply, analysts warned.');
  assertNoTimes('A fall in exports hurt the economy.');
  assert.deepEqual(timeTexts('Elections were held in the fall.'), ['the fall']);
});

test('a duration after a verb is not a rate', () => {
  const doc = new Doc('r', 'The criticism comes a day after the debate, and workers earn $12 an hour.', { published: '2024-01-25' });
  textComponent.run(doc);
  timesComponent.run(doc);
  const byText = Object.fromEntries(doc.get('times').map((t) => [t.text, t.type]));
  assert.equal(byText['a day'], 'DURATION');
  assert.equal(byText['an hour'], 'SET');
});

test('adjectives "daily"/"quarterly" before nouns are not sets', () => {
  assertNoTimes('The daily newspaper printed the statement.');
  assertNoTimes('The company raised its quarterly dividend.');
});

test('adversarial long input is processed in bounded time (no regex backtracking blow-up)', () => {
  const chunks = [
    'the past past past ', 'nearly nearly ', 'twenty-twenty-twenty ', 'a a a a ', '1999 1999 1999 ',
    'Monday Monday ', 'mid-mid-mid- ', 'the end of the end of ', '12:12:12:12 ', 'every every ', 'year-year-year ',
    'May May May ', '1/1/1/1/1/1 ', ',,,,, ', 'fiscal fiscal ', 'quarter-quarter ',
  ];
  let text = '';
  while (text.length < 100_000) text += chunks[text.length % chunks.length];
  text += 'x'.repeat(20_000) + ' ' + '9'.repeat(20_000);
  const doc = new Doc('adv', text, { published: '2024-01-25' });
  textComponent.run(doc);
  const ms = cpuMs(() => findTimes(doc));
  assert.ok(ms < 1000, `times took ${ms.toFixed(0)} ms on 140k adversarial chars`);
  // Repeated near-matches (each a candidate, or a prefix waiting for its unit) stay linear.
  for (const adversarial of ['in the '.repeat(3000) + 'a'.repeat(20_000), 'nearly '.repeat(3000), 'a '.repeat(10_000) + 'years', 'the past '.repeat(2500), '9'.repeat(20_000)]) {
    const line = new Doc('line', adversarial, { published: '2024-01-25' });
    const lineMs = cpuMs(() => findTimes(line));
    assert.ok(lineMs < 200, `${lineMs.toFixed(0)} ms on ${JSON.stringify(adversarial.slice(0, 12))}...`);
  }
});
