import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashSpan } from '../util/fnv.js';
import { KeyIndex } from './key-index.js';

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

test('KeyIndex.findCodes finds a key from UTF-16 code units, at any offset of the buffer', () => {
  const text = 'al anbar|são paulo|kyiv';
  const index = new KeyIndex(text, 4);
  for (const [s, e] of [[0, 8], [9, 18], [19, 23]] as const) index.intern(s, e, hashSpan(text, s, e));
  const codes = new Uint16Array(32);
  const put = (at: number, key: string) => {
    for (let i = 0; i < key.length; i++) codes[at + i] = key.charCodeAt(i);
  };
  put(5, 'são paulo');
  assert.equal(index.findCodes(codes, 5, 9), 1);
  assert.equal(index.findCodes(codes, 5, 8), -1, 'a prefix of a key is not the key');
  put(0, 'kyiv');
  assert.equal(index.findCodes(codes, 0, 4), 2);
  assert.equal(index.find('al anbar'), 0);
});
