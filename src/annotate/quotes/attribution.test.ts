import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runQuotes } from './fixtures.js';

const MINISTER = { text: 'Carla Ruiz', type: 'PER' as const, role: 'Defence Minister' };

test('speaker before the quote, with a colon', () => {
  const doc = runQuotes('Ruiz said: "Our troops will stay as long as they are needed."', [{ text: 'Ruiz', type: 'PER', name: 'Carla Ruiz' }]);
  const [q] = doc.get('quotes');
  assert.equal(q?.text, 'Our troops will stay as long as they are needed.');
  assert.equal(q?.speaker?.name, 'Carla Ruiz');
  assert.equal(q?.source, 'quotes/direct-before');
});

test('inverted order after the quote: said the minister → most recent PER with that role', () => {
  const text = 'Defence Minister Carla Ruiz arrived in the capital on Monday.\n\n"The base will not close this year," said the minister.';
  const doc = runQuotes(text, [MINISTER]);
  const [q] = doc.get('quotes');
  assert.equal(q?.speaker?.text, 'the minister');
  assert.equal(q?.speaker?.name, 'Carla Ruiz');
  assert.equal(q?.speaker?.role, 'Defence Minister');
});

test('speaker in the previous sentence ending with a colon', () => {
  const text = 'Carla Ruiz spoke to soldiers at the base on Monday. She told them:\n\n"You will be home before the summer, I promise you that."';
  const doc = runQuotes(text, [MINISTER]);
  const q = doc.get('quotes').find((x) => x.direct);
  assert.equal(q?.speaker?.text, 'She');
  assert.equal(q?.speaker?.name, 'Carla Ruiz');
});

test('a second quote in the paragraph with no cue of its own takes its neighbour\'s speaker', () => {
  const text = '"We have done our part," Ruiz said. "Now the other side must do theirs and stop the shelling."';
  const doc = runQuotes(text, [{ text: 'Ruiz', type: 'PER', name: 'Carla Ruiz' }]);
  const second = doc.get('quotes').find((q) => (q.text ?? '').startsWith('Now the other'));
  assert.equal(second?.speaker?.name, 'Carla Ruiz');
  assert.equal(second?.source, 'quotes/direct-neighbour');
});

test('straight quotes split by the attribution are one quote of the speaker', () => {
  const text = '"The talks failed," Ruiz said, "but we will try again next month."';
  const doc = runQuotes(text, [{ text: 'Ruiz', type: 'PER', name: 'Carla Ruiz' }]);
  const quotes = doc.get('quotes');
  assert.deepEqual(quotes.map((q) => q.text), ['The talks failed but we will try again next month.']);
  assert.equal(quotes[0]?.speaker?.name, 'Carla Ruiz');
});

test('dates default to the publication date', () => {
  const doc = runQuotes('A police spokesman said the road had reopened to traffic.', [], '2024-05-02T10:00:00Z');
  const [q] = doc.get('quotes');
  assert.equal(q?.speaker?.text, 'A police spokesman');
  assert.equal(q?.date, '2024-05-02');
  assert.equal(q?.dateSource, 'published');
});

test('coordinated and relative-clause subjects', () => {
  const text = 'Hanna Berg visited the camp and said conditions had improved since the spring. Voters backed Tom Lund, who said he would cut fuel taxes next year.';
  const doc = runQuotes(text, [{ text: 'Hanna Berg', type: 'PER' }, { text: 'Tom Lund', type: 'PER' }]);
  const byText = new Map(doc.get('quotes').map((q) => [q.text, q.speaker?.name]));
  assert.equal(byText.get('conditions had improved since the spring'), 'Hanna Berg');
  assert.equal(byText.get('he would cut fuel taxes next year'), 'Tom Lund');
});

test('weak cues take a clause but not a bare object; questions after "asked"', () => {
  const text = 'The party announced it would hold a new vote in May. The party announced a new leader. Reporters asked whether the border would stay closed.';
  const quotes = runQuotes(text).get('quotes');
  assert.deepEqual(quotes.map((q) => q.text), ['it would hold a new vote in May', 'whether the border would stay closed']);
  assert.equal(quotes[1]?.speaker?.text, 'Reporters');
});

test('poll shares speak: "About 4 in 10 say"', () => {
  const [q] = runQuotes('About 4 in 10 say they want stricter rules on drones.').get('quotes');
  assert.equal(q?.speaker?.text, 'About 4 in 10');
  assert.equal(q?.text, 'they want stricter rules on drones');
});

test('speaker before a long apposition with an age; quantifier clause', () => {
  const text = 'Lena Holm, 34, a nurse from Bergen, said none of the wards had heating.';
  const [q] = runQuotes(text, [{ text: 'Lena Holm', type: 'PER' }, { text: 'Bergen', type: 'LOC' }]).get('quotes');
  assert.equal(q?.speaker?.text, 'Lena Holm');
  assert.equal(q?.text, 'none of the wards had heating');
});
