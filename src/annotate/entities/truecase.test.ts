import { test } from 'node:test';
import assert from 'node:assert/strict';
import { truecaseHeadlines, type CasedWord } from './truecase.js';

const LOWERCASE = new Set(['pledges', 'troops', 'for', 'regional', 'force', 'the', 'said']);
const DOC = [
  ['Senegal', 'Pledges', 'Troops', 'For', 'Regional', 'Force'],
  ['Senegal', 'said', 'the', 'Regional', 'Force', 'would', 'help', '.'],
  ['The', 'troops', 'said', 'so', '.'],
  ['Dakar', 'said', 'the', 'troops', 'were', 'ready', '.'],
];
const cased = (doc: string[][]): CasedWord[][] => doc.map((ws) => ws.map((w) => ({ capitalised: /^\p{Lu}/u.test(w), lower: w.toLowerCase() })));
const isKnownName = (lower: string) => lower === 'senegal';

test('truecase: a title-case headline is lowered except words capitalised in running text', () => {
  const out = truecaseHeadlines(DOC, LOWERCASE, isKnownName);
  assert.deepEqual(out[0], ['Senegal', 'pledges', 'troops', 'for', 'Regional', 'Force']);
  assert.equal(out[1], DOC[1]);
});

test('truecase: the word cache gives the same result as reading the words', () => {
  assert.deepEqual(truecaseHeadlines(DOC, LOWERCASE, isKnownName, undefined, undefined, cased(DOC)), truecaseHeadlines(DOC, LOWERCASE, isKnownName));
});
