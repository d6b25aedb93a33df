import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasOffsetIn, matchOffsets } from './sorted-offsets.js';

test('matchOffsets lists every match start in order, from the start of the text each call', () => {
  const colons = /:/g;
  assert.deepEqual(matchOffsets('a:b::c', colons), [1, 3, 4]);
  assert.deepEqual(matchOffsets('x:y', colons), [1]);
  assert.deepEqual(matchOffsets('none here', colons), []);
});

test('matchOffsets refuses a pattern without the g flag', () => {
  assert.throws(() => matchOffsets('a:b', /:/), /g flag/);
});

test('hasOffsetIn is true only when an offset lies in [start, end)', () => {
  const offsets = [3, 10, 20];
  assert.equal(hasOffsetIn(offsets, 0, 3), false);
  assert.equal(hasOffsetIn(offsets, 0, 4), true);
  assert.equal(hasOffsetIn(offsets, 4, 10), false);
  assert.equal(hasOffsetIn(offsets, 10, 11), true);
  assert.equal(hasOffsetIn(offsets, 21, 30), false);
  assert.equal(hasOffsetIn([], 0, 100), false);
});
