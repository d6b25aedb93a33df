import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import model from 'wink-eng-lite-web-model';
import { readWinkDoc } from './wink.js';
import { posTransformer, sbdTransformer, setPos, unpackProperty, type CoreForTables, type Transformer, type TransformerCache } from './wink-model-steps.js';

const require = createRequire(import.meta.url);
const modelSbd = (require('wink-eng-lite-web-model/dist/sbd-transformers.js') as Transformer[])[0]!;
const modelPos = (require('wink-eng-lite-web-model/dist/pos-transformers.js') as Transformer[])[0]!;
type Setter = typeof setPos;
const modelSetPos = require('wink-eng-lite-web-model/dist/pos-setter.js') as Setter;
const core = (model.core as () => CoreForTables)();
const size = core.features.lexeme.intrinsicSize;

// The live cache, after reading words new to it (so indexes ≥ size exist).
const data = readWinkDoc('Zorvakia and Mbelundi met Qxtrel in Vantorra-Kell. Dr. Plimsor said: "Gorbanza!"');
const cache = data.cache as unknown as TransformerCache;
const oovIndexes = data.tokens.filter((_, i) => i % 4 === 0 && data.tokens[i]! >= size);

/** The two transformers' answers for every (token, raw token, preceding-space flag) case listed. */
function compare(ours: Transformer, theirs: Transformer, cases: [number, number, number][]): number {
  let checked = 0;
  for (const [token, lexeme, spaces] of cases) {
    const raw = [0, 0, 0, 0, lexeme, spaces, 0, 0];
    const expected = theirs(token, cache, raw, 1);
    const got = ours(token, cache, raw, 1);
    if (got !== expected) assert.fail(`token ${token}, raw ${lexeme}, spaces ${spaces}: ${got} != model's ${expected}`);
    checked++;
  }
  return checked;
}

function everyWordCases(): [number, number, number][] {
  const cases: [number, number, number][] = [];
  for (let k = 0; k < size; k++) cases.push([k, k, 0], [k, k, 1], [0, k, 1], [k, 0, 0]);
  for (const k of oovIndexes) cases.push([k, k, 0], [k, k, 1], [k, 1, 0], [2, k, 1]);
  return cases;
}

test('wink transformers: the fixture adds words new to the lexicon', () => {
  assert.ok(oovIndexes.length >= 5, String(oovIndexes.length));
});

test('wink transformers: the sbd transformer answers as the model\'s on every model word and added words', () => {
  assert.ok(compare(sbdTransformer(core), modelSbd, everyWordCases()) > 4 * size);
});

test('wink transformers: the POS transformer answers as the model\'s on every model word and added words', () => {
  const ours = posTransformer(core);
  const cases = everyWordCases().map(([, lexeme, spaces]): [number, number, number] => [7, lexeme, spaces]);
  assert.ok(compare(ours, modelPos, cases) > 4 * size);
});

test('wink transformers: the tables hold real hints (the comparison is not between zeros)', () => {
  const count = (name: string) => unpackProperty(core, name).filter((v) => v !== 0).length;
  assert.ok(count('sbdHint') > 10, 'sbdHint');
  assert.ok(count('posHint') > 10, 'posHint');
  assert.ok(count('isAbbrev') > 10, 'isAbbrev');
  assert.throws(() => unpackProperty(core, 'shape'), /not a plain packed number/);
  assert.throws(() => unpackProperty(core, 'lemma'), /more than 8 bits/);
});

test('wink POS setter: sets the POS of tokens without one, as the model\'s does', () => {
  // 50 tokens of 4 numbers; every third already has a lemma|pos (a contraction part).
  const tokens = Array.from({ length: 200 }, (_, i) => (i % 4 === 2 ? (i % 3 === 0 ? 5 << 20 : 0) : i * 7));
  const posTags = Array.from({ length: 50 }, (_, k) => (k * 11) % 18);
  const ours = { tokens: [...tokens] };
  const theirs = { tokens: [...tokens] };
  setPos(ours, posTags, 4, 20);
  modelSetPos(theirs, posTags, 4, 20);
  assert.deepEqual(ours.tokens, theirs.tokens);
  assert.notDeepEqual(ours.tokens, tokens, 'the fixture has tokens to set');
});
