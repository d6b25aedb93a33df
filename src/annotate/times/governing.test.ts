import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../model/doc.js';
import { textComponent } from '../text/component.js';
import { timesComponent } from './component.js';
import { governingTime } from './governing.js';

function prepared(text: string, published?: string): Doc {
  const doc = new Doc('g', text, published ? { published } : {});
  textComponent.run(doc);
  timesComponent.run(doc);
  return doc;
}

test('the nearest calendar time in the sentence governs an event', () => {
  const text = 'Troops withdrew on Monday. Since last year, the army has shelled the town, officials said on Wednesday.';
  const doc = prepared(text, '2024-01-25');
  const shelled = text.indexOf('shelled');
  const g = governingTime(doc, { start: shelled, end: shelled + 7 });
  assert.equal(g.source, 'text');
  // "last year" is closer to "shelled" than "Wednesday" (which dates the saying).
  assert.equal(g.value, '2023');
  assert.equal(g.from, '2023-01-01');
  const said = text.lastIndexOf('said');
  assert.equal(governingTime(doc, { start: said, end: said + 4 }).value, '2024-01-24');
  const withdrew = text.indexOf('withdrew');
  assert.equal(governingTime(doc, { start: withdrew, end: withdrew + 8 }).value, '2024-01-22');
});

test('without a time in the sentence the publication date governs', () => {
  const text = 'The minister resigned. He has been in office for three years.';
  const doc = prepared(text, '2024-01-25');
  const g = governingTime(doc, { start: 4, end: 12 });
  assert.deepEqual(g, { value: '2024-01-25', from: '2024-01-25', to: '2024-01-25', source: 'published' });
  // A duration cannot date an event.
  const office = text.indexOf('office');
  assert.equal(governingTime(doc, { start: office, end: office + 6 }).source, 'published');
});

test('no publication date and no time gives PRESENT_REF', () => {
  const doc = prepared('The minister resigned.');
  assert.deepEqual(governingTime(doc, { start: 4, end: 12 }), { value: 'PRESENT_REF', from: undefined, to: undefined, source: 'published' });
});
