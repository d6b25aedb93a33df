import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotePieces, paragraphSpans } from './marks.js';

const pieces = (text: string) => {
  const found = findQuotePieces(text, paragraphSpans(text));
  return found.map((p) => ({ text: text.slice(p.start, p.end), closed: p.close !== null, continues: p.continues }));
};

test('straight and curly pairs, with the trailing comma left outside', () => {
  assert.deepEqual(pieces('“One thing,” he said, "and another."'), [
    { text: 'One thing', closed: true, continues: null },
    { text: 'and another.', closed: true, continues: null },
  ]);
});

test('single quotes and apostrophes stay inside the content', () => {
  assert.deepEqual(pieces('"Don\'t call it \'peace\' yet," she said.').map((p) => p.text), ["Don't call it 'peace' yet"]);
});

test('an unclosed paragraph is continued by the next paragraph that opens a quote', () => {
  const got = pieces('"First part of it.\n\n"Second part," he said.\n\nNo quote here.');
  assert.deepEqual(got, [
    { text: 'First part of it.', closed: false, continues: null },
    { text: 'Second part', closed: true, continues: 0 },
  ]);
});

test('a stray closing mark opens nothing', () => {
  assert.deepEqual(pieces('It ended” there.'), []);
});

test('doubled apostrophes work as double quotation marks', () => {
  assert.deepEqual(pieces("''We will see,'' he said of the ''plan.''").map((p) => p.text), ['We will see', 'plan.']);
});
