import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Token } from '../../model/layers.js';
import { TokenWords } from './token-words.js';
import { hashString } from '../../util/fnv.js';

/** Tokens at each run of non-space characters (enough for these tests). */
function tokensOf(text: string): Token[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, sentence: 0 }) as Token);
}

for (const text of ['He SAID it’s “fine” today', 'İstanbul ΣΟΦΟΣ said’s', 'ΟΔΟΣ said', 'ÉTÉ’S ΚΑΛΟΣ’ SAID İT ’TIS', 'Straße ǅemal Ａ SAYS']) {
  test(`words, and the first codes, lengths and hashes test() reads, agree with lower-casing each token (${text})`, () => {
    const tokens = tokensOf(text);
    const words = new TokenWords(text, tokens);
    const expected = tokens.map((t) => {
      // Lower-cased in context, as the whole text is (a final sigma depends on what follows it).
      const whole = text.toLowerCase();
      const w = whole.length === text.length && !text.includes('Σ') ? whole.slice(t.start, t.end) : text.slice(t.start, t.end).toLowerCase();
      return w.replace(/’/g, "'");
    });
    tokens.forEach((_, k) => {
      assert.equal(words.get(k), expected[k]);
      // test() hands the shape check the word's first code and length, and the hash check its hash.
      const seen: number[] = [];
      const passed = words.test(k, (c, length) => (seen.push(c, length), true), (h) => (seen.push(h), true));
      assert.equal(passed, true);
      assert.deepEqual(seen, [expected[k]!.charCodeAt(0), expected[k]!.length, hashString(expected[k]!)]);
      assert.equal(words.test(k, () => false, () => true), false);
    });
    assert.equal(words.get(-1), undefined);
    assert.equal(words.get(tokens.length), undefined);
  });
}
