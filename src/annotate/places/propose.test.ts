import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sortedApart } from './propose.js';

test('sortedApart: spans in order, each ending before the next starts', () => {
  assert.equal(sortedApart([]), true);
  assert.equal(sortedApart([{ start: 0, end: 4 }, { start: 4, end: 9 }, { start: 12, end: 12 }, { start: 12, end: 15 }]), true);
  assert.equal(sortedApart([{ start: 0, end: 5 }, { start: 4, end: 9 }]), false, 'overlapping');
  assert.equal(sortedApart([{ start: 6, end: 9 }, { start: 0, end: 4 }]), false, 'out of order');
  assert.equal(sortedApart([{ start: 5, end: 3 }]), false, 'reversed');
});
