import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AffixTable } from './affix-table.js';

const table = new AffixTable(
  new Map<string, number[]>([
    ['a', [1, -1]],
    ['ing', [-1, 2]],
    ['ab', [3, 4]],
    ['zür', [5, -1]],
    ['𝐀b', [6, -1]],
    ['toolong', [7, 7]],
  ]),
  2,
);

test('affix table: an affix is found from a range of a word, by column', () => {
  assert.equal(table.get('walking', 4, 7, 1), 2);
  assert.equal(table.get('walking', 4, 7, 0), -1, 'no id in that column');
  assert.equal(table.get('abc', 0, 2, 0), 3);
  assert.equal(table.get('abc', 0, 2, 1), 4);
  assert.equal(table.get('abc', 0, 1, 0), 1);
  assert.equal(table.get('zürich', 0, 3, 0), 5);
  assert.equal(table.get('𝐀bc', 0, 3, 0), 6, 'a surrogate pair is two code units');
});

test('affix table: a range that is no key, a prefix of one or a key with trailing NULs is not found', () => {
  assert.equal(table.get('xyz', 0, 3, 0), -1);
  assert.equal(table.get('in', 0, 2, 1), -1, 'prefix of a key');
  assert.equal(table.get('a\0', 0, 2, 0), -1, 'same packed code units, other length');
  assert.equal(table.get('', 0, 0, 0), -1);
  assert.equal(table.get('toolong', 0, 7, 0), -1, 'longer than any affix asked for');
});
