import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runQuotes } from './fixtures.js';

// Quotation marks that are not speech, and speech verbs that are not attribution.
const cases: [string, string][] = [
  ['film title', 'The director screened "Winter Light" for the delegates on Monday.'],
  ['scare quote', 'Opposition figures called the plan a "half measure" and walked out.'],
  ['one-word label', 'The so-called "buffer zone" was empty by nightfall.'],
  ['capitalised title', 'Her essay "The Long Road North Again" was widely shared.'],
  ['claimed without a clause', 'The group has claimed many of the attacks on the base.'],
  ['added as a non-speech verb', 'The army added three battalions to the eastern front.'],
  ['state as a noun', 'The state of the roads has delayed aid deliveries for weeks.'],
  ['no speaker for said', 'Nothing was said about the prisoners during the meeting.'],
];

for (const [label, text] of cases) {
  test(`no quote: ${label}`, () => {
    const doc = runQuotes(text);
    assert.deepEqual(doc.get('quotes').map((q) => q.text), []);
  });
}

test('a short quote with its own cue is still speech', () => {
  const doc = runQuotes('The minister said the attacks "must stop".', []);
  assert.deepEqual(doc.get('quotes').map((q) => q.text), ['must stop']);
});
