import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstEndingAfter, firstStartingFrom, itemsWithin } from './span-search.js';

// Three sentences of an invented text, and the entities in them (sorted by start, as Doc layers are).
const sentences = [
  { start: 0, end: 20 },
  { start: 21, end: 45 },
  { start: 46, end: 60 },
];
const entities = [
  { start: 2, end: 8, text: 'Albany' },
  { start: 18, end: 24, text: 'crosses a sentence end' },
  { start: 25, end: 30, text: 'Kyiv' },
  { start: 40, end: 45, text: 'Lagos' },
  { start: 50, end: 55, text: 'Quito' },
];

test('span-search: firstStartingFrom and firstEndingAfter find the boundary indexes', () => {
  assert.equal(firstStartingFrom(sentences, 0), 0);
  assert.equal(firstStartingFrom(sentences, 21), 1);
  assert.equal(firstStartingFrom(sentences, 22), 2);
  assert.equal(firstStartingFrom(sentences, 61), 3);
  assert.equal(firstEndingAfter(sentences, 19), 0);
  assert.equal(firstEndingAfter(sentences, 20), 1);
  assert.equal(firstEndingAfter(sentences, 60), 3);
});

test('span-search: itemsWithin keeps the items wholly inside a span, not those crossing its edges', () => {
  assert.deepEqual(itemsWithin(entities, 0, 20).map((e) => e.text), ['Albany']);
  assert.deepEqual(itemsWithin(entities, 21, 45).map((e) => e.text), ['Kyiv', 'Lagos']);
  assert.deepEqual(itemsWithin(entities, 46, 60).map((e) => e.text), ['Quito']);
  assert.deepEqual(itemsWithin(entities, 56, 60), []);
  assert.deepEqual(itemsWithin([], 0, 10), []);
});
