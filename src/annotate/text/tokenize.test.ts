import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './tokenize.js';

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
