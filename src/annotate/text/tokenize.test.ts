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

test('tokenize: offsets stay exact after every kind of space and line separator', () => {
  // Every code unit JavaScript counts as a space, plus NEL and a zero-width space, between words.
  const spaces = [...'\t\n\v\f\r \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u2028\u2029\u202f\u205f\u3000\ufeff'];
  for (const space of spaces) {
    const text = `Troops${space}left Basra${space}${space}on Friday.`;
    const words = tokenize(text).tokens.map((t) => text.slice(t.start, t.end));
    const label = `U+${space.charCodeAt(0).toString(16)}`;
    assert.ok(words.includes('Basra') && words.includes('Friday'), `${label}: ${JSON.stringify(words)}`);
    assert.equal(words.at(-1), '.', label);
  }
});

test('tokenize: a line or paragraph separator ends a sentence like a line break', () => {
  const text = 'Rockets hit the base\u2028Officials said two soldiers were hurt.';
  const { sentences } = tokenize(text);
  assert.deepEqual(
    sentences.map((s) => text.slice(s.start, s.end)),
    ['Rockets hit the base', 'Officials said two soldiers were hurt.'],
  );
});

test('tokenize: NEL (U+0085) is a line break, not a token', () => {
  const text = 'Talks resumed\u0085Both sides met in Doha.';
  const { tokens, sentences } = tokenize(text);
  assert.ok(tokens.every((t) => text.slice(t.start, t.end) !== '\u0085'));
  assert.equal(sentences.length, 2);
});
