import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runQuotes, type EntitySpec } from './fixtures.js';
import { partsText, quoteParts } from './parts.js';

// An invented story: a minister, a spokesman, an unnamed official, a
// multi-paragraph quote, a pronoun speaker and an organisation speaker.
const STORY = [
  'Norwegian Foreign Minister Maria Lindqvist on Tuesday said talks with the rebels "must resume within days".',
  '“We cannot wait for another winter of shelling,” Lindqvist told reporters in Oslo.',
  '"Every week of delay costs lives in the valley.',
  '"The ceasefire has to hold, and both sides know it," she added.',
  'A security official, who asked not to be named, said the convoy had been stopped by heavy snow near the border.',
  'According to the defence ministry, three soldiers were wounded in the attack.',
  'The bridge will reopen next week, the ministry said in a statement.',
  '"We are ready to talk at any time," government spokesman Erik Dahl said. He added that an envoy would travel north on Friday.',
  '"They keep saying \'tomorrow\', but nothing ever happens in the talks."',
  'Dahl told AFP that the rebels had not replied to the latest offer.',
].join('\n\n');

const ENTITIES: EntitySpec[] = [
  { text: 'Maria Lindqvist', type: 'PER', role: 'Foreign Minister', country: 'NOR' },
  { text: 'Lindqvist', type: 'PER' },
  { text: 'Erik Dahl', type: 'PER', role: 'spokesman', country: 'NOR' },
  { text: 'Dahl', type: 'PER' },
  { text: 'Oslo', type: 'LOC' },
  { text: 'AFP', type: 'ORG' },
];

const doc = runQuotes(STORY, ENTITIES);
const quotes = doc.get('quotes');
const find = (start: string) => {
  const q = quotes.find((x) => (x.text ?? '').startsWith(start));
  assert.ok(q, `no quote starting "${start}"; got ${JSON.stringify(quotes.map((x) => x.text))}`);
  return q;
};

test('partial quote inside a sentence goes to the sentence subject', () => {
  const q = find('must resume within days');
  assert.equal(q.direct, true);
  assert.equal(q.speaker?.name, 'Maria Lindqvist');
  assert.equal(doc.text.slice(q.cue!.start, q.cue!.end), 'said');
  assert.equal(q.date, '2024-03-12');
  assert.equal(q.dateSource, 'text');
});

test('curly quote with the speaker after; surname linked to the full name', () => {
  const q = find('We cannot wait');
  assert.equal(q.text, 'We cannot wait for another winter of shelling');
  assert.equal(q.speaker?.text, 'Lindqvist');
  assert.equal(q.speaker?.name, 'Maria Lindqvist');
  assert.equal(q.speaker?.type, 'PER');
  assert.equal(q.source, 'quotes/direct-after');
});

test('a quote running over two paragraphs shares the pronoun speaker of its last part', () => {
  const first = find('Every week of delay');
  const second = find('The ceasefire has to hold');
  assert.equal(second.speaker?.text, 'she');
  assert.equal(second.speaker?.name, 'Maria Lindqvist');
  assert.equal(first.speaker?.name, 'Maria Lindqvist');
  assert.equal(first.source, 'quotes/direct-continued');
});

test('unnamed official: indirect speech past a relative clause, no name', () => {
  const q = find('the convoy had been stopped');
  assert.equal(q.direct, false);
  assert.equal(q.speaker?.text, 'A security official');
  assert.equal(q.speaker?.name, undefined);
  assert.equal(q.text, 'the convoy had been stopped by heavy snow near the border');
});

test('"according to" with an organisation source', () => {
  const q = find('three soldiers were wounded');
  assert.equal(q.direct, false);
  assert.equal(q.speaker?.text, 'the defence ministry');
  assert.equal(q.speaker?.type, 'ORG');
  assert.equal(doc.text.slice(q.cue!.start, q.cue!.end), 'According to');
});

test('inverted indirect speech: clause first, organisation speaker after', () => {
  const q = find('The bridge will reopen');
  assert.equal(q.text, 'The bridge will reopen next week');
  assert.equal(q.speaker?.text, 'the ministry');
  assert.equal(q.source, 'quotes/indirect-inverted');
});

test('spokesman named after the quote; pronoun in the next sentence resolves to him', () => {
  const q = find('We are ready to talk');
  assert.equal(q.speaker?.name, 'Erik Dahl');
  const next = find('an envoy would travel');
  assert.equal(next.direct, false);
  assert.equal(next.speaker?.text, 'He');
  assert.equal(next.speaker?.name, 'Erik Dahl');
});

test('a standalone quote paragraph takes the speaker of the quote before it; nested single quotes stay inside', () => {
  const q = find('They keep saying');
  assert.ok(q.text!.includes("'tomorrow'"));
  assert.equal(q.speaker?.name, 'Erik Dahl');
  assert.equal(q.source, 'quotes/direct-neighbour-paragraph');
});

test('"told AFP that": the hearer is skipped, the clause is the content', () => {
  const q = find('the rebels had not replied');
  assert.equal(q.speaker?.name, 'Erik Dahl');
  assert.equal(doc.text.slice(q.cue!.start, q.cue!.end), 'told');
});

test('every quote lies inside the text and carries a source rule', () => {
  for (const q of quotes) {
    // The text is the content parts joined (one part unless the attribution interrupts the quote).
    assert.equal(partsText(doc.text, quoteParts(doc, q)), q.text);
    assert.match(q.source ?? '', /^quotes\/[a-z-]+$/);
  }
});
