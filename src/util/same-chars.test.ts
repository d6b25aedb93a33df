import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sameChars } from './same-chars.js';

test('sameChars: whether the text holds the word at a position, as startsWith', () => {
  const text = 'Troops left Basra on Friday.';
  for (const [word, at] of [['Basra', 12], ['Basr', 12], ['Basra', 11], ['Friday.', 21], ['Friday.!', 21], ['', 5]] as const) {
    assert.equal(sameChars(text, at, word), text.startsWith(word, at), `${word}@${at}`);
  }
  assert.equal(sameChars(text, 12, 'Basra'), true);
  assert.equal(sameChars(text, 12, 'basra'), false);
});
