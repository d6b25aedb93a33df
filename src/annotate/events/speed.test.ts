/**
 * The shortcuts of the speed round must give what the plain code gave: shared
 * words from the hashed table, per-sentence place candidates, chunk memos.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Place, Token } from '../../model/layers.js';
import { findChunks } from './chunks.js';
import { lemmaCandidates } from './lemma.js';
import { eventPlace } from './places.js';
import { wordOf, wordsOf, type Unit } from './units.js';

function tokensOf(text: string): Token[] {
  return [...text.matchAll(/[\w’'-]+|[^\s\w]/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, pos: 'X', sentence: 0 }));
}

function unitsOf(text: string, pos: Record<string, string> = {}): Unit[] {
  return tokensOf(text).map((t) => {
    const w = text.slice(t.start, t.end);
    return { start: t.start, end: t.end, text: w, lower: w.toLowerCase(), pos: pos[w] ?? 'X', lemmas: lemmaCandidates(w.toLowerCase()) };
  });
}

test('wordsOf finds the shared word of each spelling, as wordOf does', () => {
  const text = 'Rebels shelled the town; the rebels’ shells hit Shelled Town.';
  const words = wordsOf(text, tokensOf(text));
  const tokens = tokensOf(text);
  words.forEach((w, i) => assert.equal(w, wordOf(text.slice(tokens[i]!.start, tokens[i]!.end))));
  assert.equal(words[2], words[5]); // "the" twice: one object
  assert.notEqual(words[0], words[6]); // "Rebels" and "rebels’" are different spellings
  assert.equal(words[6]!.lower, "rebels'");
});

test('wordsOf stays right after its table is emptied (many distinct spellings)', () => {
  const many = Array.from({ length: 40_000 }, (_, i) => `w${i.toString(36)}x`).join(' ');
  const words = wordsOf(many, tokensOf(many));
  assert.equal(words.length, 40_000);
  assert.equal(words[39_999]!.text, `w${(39_999).toString(36)}x`);
  const again = 'wax w0x';
  assert.deepEqual(wordsOf(again, tokensOf(again)).map((w) => w.text), ['wax', 'w0x']);
});

test('eventPlace without a places layer: nearest country after a locative, or the object of a visit', () => {
  const visit = unitsOf('The minister visited Iraq after talks in Jordan');
  assert.equal(eventPlace(visit, [], 2, true)?.text, 'Iraq');
  // Not a visit: only "in Jordan" counts.
  assert.equal(eventPlace(visit, [], 2, false)?.text, 'Jordan');
  // The nearest of several locative countries, whichever event asks first.
  const two = unitsOf('Talks in Jordan ended as fighting in Syria resumed');
  assert.equal(eventPlace(two, [], 0, false)?.text, 'Jordan');
  assert.equal(eventPlace(two, [], 7, false)?.text, 'Syria');
  // Each event gets its own object.
  assert.notEqual(eventPlace(two, [], 0, false), eventPlace(two, [], 0, false));
});

test('eventPlace prefers a places-layer item after a locative, else one standing alone', () => {
  const text = 'US strikes hit targets near Mosul';
  const units = unitsOf(text, { strikes: 'NOUN', targets: 'NOUN' });
  const place = (name: string): Place => {
    const start = text.indexOf(name);
    return { start, end: start + name.length, text: name, name, lat: 0, lon: 0, country: name === 'US' ? 'US' : 'IQ' } as Place;
  };
  assert.equal(eventPlace(units, [place('US'), place('Mosul')], 1, false)?.text, 'Mosul');
  // "US strikes": a place name before a noun is a modifier, not a site.
  assert.equal(eventPlace(units, [place('US')], 1, false), undefined);
});

test('findChunks keeps an entity in one chunk and stops at "which"', () => {
  const text = 'The Islamic State group , which attacked Kirkuk';
  const units = unitsOf(text, { The: 'DET', Islamic: 'PROPN', State: 'PROPN', group: 'NOUN', which: 'DET', Kirkuk: 'PROPN' });
  const chunks = findChunks(units, [{ start: 4, end: 17, text: 'Islamic State', type: 'ORG' }]);
  assert.deepEqual(chunks.map((c) => text.slice(c.start, c.end)), ['The Islamic State group', 'Kirkuk']);
});
