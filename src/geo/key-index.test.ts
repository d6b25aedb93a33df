import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashSpan, KeyIndex } from './key-index.js';

test('KeyIndex interns spans once, finds keys by string, and survives growth', () => {
  const words = Array.from({ length: 500 }, (_, i) => `place ${i}`);
  const text = words.join('|');
  const index = new KeyIndex(text, 4);
  let at = 0;
  const ids = words.map((w) => {
    const id = index.intern(at, at + w.length, hashSpan(text, at, at + w.length));
    at += w.length + 1;
    return id;
  });
  assert.deepEqual(ids, words.map((_, i) => i));
  assert.equal(index.size, 500);
  // The same span content again is the same id.
  assert.equal(index.intern(0, words[0]!.length, hashSpan(text, 0, words[0]!.length)), 0);
  assert.equal(index.find('place 499'), 499);
  assert.equal(index.find('place 500'), -1);
  assert.equal(index.find('place 4'), 4);
});
