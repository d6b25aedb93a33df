import { test } from 'node:test';
import assert from 'node:assert/strict';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { readWinkDoc, rebuildWinkInstance } from './wink.js';
import { docDataReading, publicApiReading, type WinkReading } from './wink-test-views.js';

// Words new to the lexicon (names, a hyphenated place, Cyrillic and Greek
// words with shapes of their own), abbreviations and initials before
// capitals, contractions, quotes with and without a space before them,
// numbers, a non-breaking space, a headline without a full stop, and
// sentences ending on an abbreviation (new: "Q.R.T.", known: "Ave.").
const fixtures = [
  'Rebels seize Vantorra-Kell\n\nGen. Okafor Mbelundi told reporters on Jan. 5 that the U.S. convoy "won\'t move" until Sgt. Qxtrel\'s unit returns.',
  'The St. Kaldor council met at 9 a.m. Mr. Zorvakia said talks with Ms. Prell were "productive." They\'ll resume\u00a0Friday.',
  'Жителі Краснопілля said the shelling stopped. Οι κάτοικοι left on Tuesday, officials said. Dr. Ngozi-Balewa disagreed.',
  'He met officials from the Q.R.T. The meeting ended. It was held at Prell Ave. The police came.',
  'A 4.5-magnitude quake hit 12 km from Taradale at 3:40 p.m. local time, the agency said; no damage was reported.',
];

/** Tokens, POS and sentence ends of a plain wink-nlp instance reading `text` first. */
const plainWink = (text: string) => publicApiReading(winkNLP(model, ['sbd', 'pos']), text);

/** The same read by the shared instance, without the view (compared whole with plainWink's). */
function ours(text: string): WinkReading {
  const { values, spaces, tags, sentenceEnds } = docDataReading(text);
  return { values, spaces, tags, sentenceEnds };
}

test('wink: tokens, POS and sentences are those of a plain wink-nlp reading the text first', () => {
  // Read everything once first, so that ours reads each fixture with a history.
  for (const text of fixtures) readWinkDoc(text);
  for (const text of fixtures) assert.deepEqual(ours(text), plainWink(text), text);
});

test('wink: the fixtures exercise new words, abbreviations and POS hints', () => {
  const all = fixtures.map(plainWink);
  const tags = new Set(all.flatMap((r) => r.tags));
  for (const tag of ['PROPN', 'VERB', 'NUM', 'PUNCT', 'AUX']) assert.ok(tags.has(tag), tag);
  const values = all.flatMap((r) => r.values);
  for (const v of ['Gen.', 'Jan.', 'U.S.', "n't", 'Краснопілля']) assert.ok(values.includes(v), v);
  assert.ok(all.filter((r) => r.sentenceEnds.length >= 2).length >= 3, 'several sentences per fixture');
});

test('wink: instances can be rebuilt again and again, with the same results', () => {
  const before = ours(fixtures[0]!);
  // The model's custom-entity loader doubled a string per instance and threw at the 21st.
  for (let i = 0; i < 22; i++) rebuildWinkInstance();
  assert.deepEqual(ours(fixtures[0]!), before);
});
