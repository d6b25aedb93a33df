import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IdBuffer } from './id-buffer.js';

test('IdBuffer: per-piece id lists, unknown ids skipped, grown on demand and reused', () => {
  const b = new IdBuffer(2, 1);
  b.start(3);
  b.startPiece(0);
  b.push(5);
  b.push(-1);
  b.push(7);
  b.startPiece(1);
  b.startPiece(2);
  b.push(9);
  const r = b.finish(3);
  const list = (i: number) => Array.from(r.ids.subarray(r.offsets[i]!, r.offsets[i + 1]!));
  assert.deepEqual([list(0), list(1), list(2)], [[5, 7], [], [9]]);
  b.start(1);
  b.startPiece(0);
  b.push(4);
  const again = b.finish(1);
  assert.deepEqual(Array.from(again.ids.subarray(again.offsets[0]!, again.offsets[1]!)), [4]);
});
