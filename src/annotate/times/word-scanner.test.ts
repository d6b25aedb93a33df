import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WordScanner } from './word-scanner.js';

/** Every start of w in text, overlapping ones included. */
function naive(text: string, w: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) at.push(i);
  return at;
}

test('finds every occurrence of every word, overlapping and nested ones included', () => {
  const words = ['day', 'days', 'yesterday', 'ay', 'a.m.', 'am', '0s', "0's", '/', 'aaa', 'aa', 'she', 'he', 'hers'];
  const scanner = new WordScanner(words);
  const text = "yesterdays' days; ushers 1990s 0's a.m. am/pm aaaa é/ü dayé hers";
  const found = scanner.scan(text);
  words.forEach((w, i) => assert.deepEqual(found[i] ?? [], naive(text, w), w));
  assert.deepEqual(found[words.indexOf('aa')], [46, 47, 48]); // 'aaaa' holds 'aa' three times
});

test('a character outside ASCII breaks a word', () => {
  const scanner = new WordScanner(['noon']);
  assert.deepEqual(scanner.scan('no\u00f6on noon'), [[6]]);
  assert.equal(scanner.scan('no')[0], undefined);
});

test('rejects words it cannot scan for', () => {
  assert.throws(() => new WordScanner(['été']), /ASCII/);
  assert.throws(() => new WordScanner(['day', 'day']), /distinct/);
});

test('random texts over a small alphabet agree with a naive search', () => {
  const words = ['ab', 'aba', 'b', 'bab', 'abab', 'ba', 'aaa'];
  const scanner = new WordScanner(words);
  let seed = 7;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let round = 0; round < 200; round++) {
    const text = Array.from({ length: 40 }, () => 'abé'[next() % 3]).join('');
    const found = scanner.scan(text);
    words.forEach((w, i) => assert.deepEqual(found[i] ?? [], naive(text, w), `${w} in ${text}`));
  }
});

test('folding case finds the words as in the ASCII-lower-cased text, offsets unchanged', () => {
  const words = ['day', 'a.m.', 'am', 'year'];
  const folding = new WordScanner(words, true);
  const text = 'MONDAY 10 A.M. Yesterday İAM K\u212aYEAR Day';
  const asciiLower = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const found = folding.scan(text);
  words.forEach((w, i) => assert.deepEqual(found[i] ?? [], naive(asciiLower, w), w));
  assert.throws(() => new WordScanner(['Day'], true), /lower case/);
});

