import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeRegExp } from './regexp.js';

test('escapeRegExp: a name with regex characters matches only itself', () => {
  for (const name of ['U.S.', 'A+E (Networks)', 'Yahoo!', 'C++', '[Brackets]', 'a|b', 'cost $5^2', 'back\\slash']) {
    const re = new RegExp(`^${escapeRegExp(name)}$`);
    assert.ok(re.test(name), name);
  }
  assert.equal(new RegExp(escapeRegExp('U.S.')).test('UXSX'), false);
});
