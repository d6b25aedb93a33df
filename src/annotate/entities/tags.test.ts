import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConll, spansFromTypes } from './conll.js';
import { labelPieces } from './pieces.js';
import { splitToken } from './subtokens.js';
import { TAGS, decodeBilou, decodeBilouIndexes, encodeBilou } from './tags.js';

test('BILOU: encode and decode are inverse', () => {
  const spans = [
    { start: 0, end: 1, type: 'LOC' },
    { start: 2, end: 5, type: 'PER' },
    { start: 5, end: 7, type: 'ORG' },
  ];
  const tags = encodeBilou(8, spans);
  assert.deepEqual(tags, ['U-LOC', 'O', 'B-PER', 'I-PER', 'L-PER', 'B-ORG', 'L-ORG', 'O']);
  assert.deepEqual(decodeBilou(tags), spans);
});

test('BILOU: a broken run still yields a span', () => {
  assert.deepEqual(decodeBilou(['O', 'I-PER', 'I-PER', 'O']), [{ start: 1, end: 3, type: 'PER' }]);
});

test('IOB1: B- splits adjacent entities of one type', () => {
  const docs = parseConll('-DOCSTART- -X- -X- O\n\nKano NNP B-NP I-LOC\nLagos NNP I-NP B-LOC\nsaid VBD B-VP O\n');
  const s = docs[0]![0]!;
  assert.deepEqual(spansFromTypes(s.types, s.begins), [
    { start: 0, end: 1, type: 'LOC' },
    { start: 1, end: 2, type: 'LOC' },
  ]);
});

test('splitToken: hyphens between letters split, numbers stay whole', () => {
  assert.deepEqual(
    splitToken('U.S.-led').map((p) => p.text),
    ['U.S.', '-', 'led'],
  );
  assert.deepEqual(
    splitToken('al-Sudani').map((p) => p.text),
    ['al', '-', 'Sudani'],
  );
  assert.deepEqual(
    splitToken('1996-97').map((p) => p.text),
    ['1996-97'],
  );
  assert.equal(splitToken('pro-Iranian')[2]!.offset, 4);
});

test('labelPieces: the name part of a hyphenated word keeps the label', () => {
  const s = labelPieces({ words: ['pro-Kenyan', 'al-Bashir', 'Chad-based'], types: ['MISC', 'PER', 'MISC'], begins: [false, false, false] });
  assert.deepEqual(s.words, ['pro', '-', 'Kenyan', 'al', '-', 'Bashir', 'Chad', '-', 'based']);
  // Kenyan: MISC; al-Bashir: PER over all three pieces; Chad (a country in a MISC compound): LOC.
  assert.deepEqual(s.spans, [
    { start: 2, end: 3, type: 'MISC' },
    { start: 3, end: 6, type: 'PER' },
    { start: 6, end: 7, type: 'LOC' },
  ]);
});

test('decodeBilouIndexes reads tag indexes as decodeBilou reads the tag strings', () => {
  // Every sequence of length 4 over a few tags, broken ones included (I after O, L of another type).
  const pool = ['O', 'B-PER', 'I-PER', 'L-PER', 'U-PER', 'B-ORG', 'I-ORG', 'L-ORG', 'U-LOC', 'I-MISC'].map((t) => TAGS.indexOf(t));
  assert.ok(pool.every((t) => t >= 0));
  let checked = 0;
  for (let code = 0; code < pool.length ** 4; code++) {
    const seq = [0, 1, 2, 3].map((k) => pool[Math.floor(code / pool.length ** k) % pool.length]!);
    assert.deepEqual(decodeBilouIndexes(seq), decodeBilou(seq.map((t) => TAGS[t]!)), seq.join(','));
    checked++;
  }
  assert.equal(checked, 10_000);
});
