import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../model/layers.js';
import { personsAfterTitles } from './honorifics.js';

const span = (text: string, part: string, type: Entity['type']): Entity => {
  const start = text.indexOf(part);
  return { start, end: start + part.length, text: part, type, source: 'entities/perceptron', confidence: 0.6 };
};
const names = (entities: readonly Entity[]) => entities.map((e) => `${e.text}/${e.type}`);

test('title names: a name after Mr./Ms/Dr. the model missed becomes a PER span', () => {
  const text = 'Mr. Okafor said on Monday that Ms Lindqvist and Dr. van der Berg would attend.';
  const got = personsAfterTitles(text, []);
  assert.deepEqual(names(got), ['Okafor/PER', 'Lindqvist/PER', 'van der Berg/PER']);
  assert.equal(text.slice(got[0]!.start, got[0]!.end), 'Okafor');
});

test('title names: particles inside a multi-word name, possessives and weekdays left out', () => {
  const text = "Mr. Hassan al Rahimi's office said Mrs. Delacroix Tuesday declined.";
  assert.deepEqual(names(personsAfterTitles(text, [])), ['Hassan al Rahimi/PER', 'Delacroix/PER']);
});

test('title names: a model span over the name is retyped PER and not duplicated', () => {
  const text = 'Mr. Brightwater arrived, and Ms. Osei spoke.';
  const model = [span(text, 'Brightwater', 'ORG'), span(text, 'Osei', 'PER')];
  const got = personsAfterTitles(text, model);
  assert.deepEqual(names(got), ['Brightwater/PER', 'Osei/PER']);
  assert.equal(got[0]!.source, 'entities/title-name');
  assert.equal(got[1], model[1]);
});

test('title names: no title, a lower-case word after it, or a title inside a word: nothing added', () => {
  assert.deepEqual(personsAfterTitles('The doctor said the drug works.', []), []);
  assert.deepEqual(personsAfterTitles('She asked Mr. to wait.', []), []);
  assert.deepEqual(personsAfterTitles('The DrX Labs team won.', []), []);
  // An office in a form of address, and a pageant title, are not names.
  assert.deepEqual(personsAfterTitles('"Mr. President, will you answer?" she asked the former Miss Universe.', []), []);
});
