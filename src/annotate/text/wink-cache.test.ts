import { test } from 'node:test';
import assert from 'node:assert/strict';
import { installRememberingAdd, type CacheMethods } from './wink-cache.js';

/** A stand-in for wink's cache: `add` gives the next index to a new text, its index to a known one. */
function fakeCache() {
  const indexes = new Map<string, number>();
  const calls: string[] = [];
  const cache: CacheMethods = {
    lookup: () => null,
    intrinsicSize: () => 100,
    add: (text) => {
      calls.push(text);
      if (!indexes.has(text)) indexes.set(text, 100 + indexes.size);
      return indexes.get(text)!;
    },
  };
  return { cache, calls };
}

test('wink cache: add answers a text it has added from memory, with the same index', () => {
  const { cache, calls } = fakeCache();
  installRememberingAdd(cache);
  assert.equal(cache.add('Okonjo', 0), 100);
  assert.equal(cache.add('Kidal', 0), 101);
  assert.equal(cache.add('Okonjo', 0), 100);
  assert.equal(cache.add('Okonjo', 3), 100);
  assert.deepEqual(calls, ['Okonjo', 'Kidal'], "wink's add is called once per text");
});
