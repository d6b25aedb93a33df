import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashSpan } from '../../util/fnv.js';
import { ChunkMemory } from './chunk-memory.js';

const add = (memory: ChunkMemory, key: string, value: number[]) => memory.add(key, hashSpan(key, 0, key.length), value);

/** The value stored for text[start, end), or undefined. */
function find(memory: ChunkMemory, text: string, start: number, end: number): number[] | undefined {
  const at = memory.find(text, start, end, hashSpan(text, start, end));
  return at < 0 ? undefined : [...memory.arena.subarray(at + 1, at + 1 + memory.arena[at]!)];
}

test('chunk memory: finds a stored key as a span of any text, and nothing for other spans', () => {
  const memory = new ChunkMemory(100);
  add(memory, 'said', [1, 2, 3, 4]);
  add(memory, "Trump's,", [5, 6, 7, 8, 9, 10, 11, 12]);
  add(memory, '\n\n', [13]);
  add(memory, 'Жителі', []);
  const text = "Officials said Trump's, said\n\nsaid. Жителі";
  assert.deepEqual(find(memory, text, 10, 14), [1, 2, 3, 4]);
  assert.deepEqual(find(memory, text, 15, 23), [5, 6, 7, 8, 9, 10, 11, 12]);
  assert.deepEqual(find(memory, text, 28, 30), [13]);
  assert.deepEqual(find(memory, text, 36, 42), []);
  assert.equal(find(memory, text, 30, 35), undefined, '"said." is not "said"');
  assert.equal(find(memory, text, 10, 13), undefined, '"sai"');
  assert.equal(find(memory, text, 0, 9), undefined);
  assert.equal(memory.size, 4);
});

test('chunk memory: keys sharing a first slot are told apart; the arena grows; a full memory starts again', () => {
  // 3000 keys in 8192 slots: many share a first slot; their values outgrow the first arena.
  const memory = new ChunkMemory(4000);
  const keys = Array.from({ length: 3000 }, (_, k) => `w${k}`);
  keys.forEach((key, k) => add(memory, key, [k, k + 1, k + 2, k + 3, k + 4, k + 5, k + 6, k + 7, k + 8, k + 9, k + 10, k + 11, k + 12, k + 13, k + 14, k + 15, k + 16, k + 17, k + 18, k + 19, k + 20, k + 21, k + 22, k + 23]));
  keys.forEach((key, k) => assert.equal(find(memory, key, 0, key.length)?.[23], k + 23, key));
  const small = new ChunkMemory(4);
  for (const [k, key] of ['a', 'b', 'c', 'd', 'e'].entries()) add(small, key, [k]);
  assert.equal(small.size, 1, 'emptied when the fifth came');
  assert.deepEqual(find(small, 'e', 0, 1), [4]);
  assert.equal(find(small, 'a', 0, 1), undefined);
  const tight = new ChunkMemory(100, 20);
  add(tight, 'abc', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  add(tight, 'def', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  assert.equal(tight.size, 1, 'emptied when the arena would overflow');
  assert.deepEqual(find(tight, 'def', 0, 3), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  add(tight, 'huge', Array.from({ length: 30 }, (_, k) => k));
  assert.equal(find(tight, 'huge', 0, 4), undefined, 'larger than the arena: not stored');
  assert.deepEqual(find(tight, 'def', 0, 3), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
});
