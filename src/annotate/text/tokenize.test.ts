import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './tokenize.js';
import { oovCount } from './wink.js';

const text = 'Rebels seized Kidal on Monday\n\n"We will hold it," a commander said. Mr. Diallo\'s U.S.-made trucks left.';

test('tokenize: token offsets index the original text', () => {
  const { tokens } = tokenize(text);
  const words = tokens.map((t) => text.slice(t.start, t.end));
  assert.ok(words.includes('Kidal'));
  assert.ok(words.includes('U.S.'));
  for (const t of tokens) assert.ok(!/^\s/.test(text.slice(t.start, t.end)), 'tokens never start with space');
});

test('tokenize: a blank line ends a sentence even without punctuation', () => {
  const { sentences } = tokenize(text);
  const first = sentences[0]!;
  assert.equal(text.slice(first.start, first.end), 'Rebels seized Kidal on Monday');
  assert.equal(sentences.length, 3);
  assert.equal(text.slice(sentences[1]!.start, sentences[1]!.end), '"We will hold it," a commander said.');
});

test('tokenize: every token points at its sentence', () => {
  const { sentences, tokens } = tokenize(text);
  for (const t of tokens) {
    const s = sentences[t.sentence]!;
    assert.ok(t.start >= s.start && t.end <= s.end);
  }
});

test('tokenize: empty text gives nothing', () => {
  assert.deepEqual(tokenize(''), { sentences: [], tokens: [] });
});

test('tokenize: the same text is tokenized the same way whatever was read before', () => {
  const words = (t: string) => tokenize(t).tokens.map((k) => `${t.slice(k.start, k.end)}/${k.pos}`);
  const probe = "Reporters asked about Okonjo's convoy and the Kassala-Gedaref road's closure.";
  const fresh = words(probe);
  assert.ok(fresh.includes("Okonjo/PROPN") || fresh.includes('Okonjo/NOUN'), fresh.join(' '));
  // wink-nlp adds unknown words to its lexicon, and a word kept whole once
  // (here before a full stop) would otherwise stay whole everywhere after.
  tokenize("The aid went to Okonjo's. It was Kassala-Gedaref road's. OKONJO'S men left.");
  assert.deepEqual(words(probe), fresh);
});

test('tokenize: each unknown word is stored once by wink, however often it is read', () => {
  tokenize('Zanvoria and Zanvoria and Zanvoria.');
  const after = oovCount();
  tokenize('Zanvoria again, Zanvoria. ZANVORIA!');
  assert.equal(oovCount() - after, 1, 'only ZANVORIA is new');
});
