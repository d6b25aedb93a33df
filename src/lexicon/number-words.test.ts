import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spelledNumber } from './number-words.js';

test('number words: spelled cardinals below 100, compounds with a hyphen or a space', () => {
  assert.equal(spelledNumber('zero'), 0);
  assert.equal(spelledNumber('seventeen'), 17);
  assert.equal(spelledNumber('sixty'), 60);
  assert.equal(spelledNumber('sixty-two'), 62);
  assert.equal(spelledNumber('twenty five'), 25);
  assert.equal(spelledNumber('ten-two'), undefined);
  assert.equal(spelledNumber('twenty-twelve'), undefined);
  assert.equal(spelledNumber('hundred'), undefined);
  assert.equal(spelledNumber('dozen'), undefined);
});
