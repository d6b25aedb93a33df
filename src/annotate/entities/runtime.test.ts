import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NER_MODEL_PATH } from './component.js';
import type { Decoded } from './decode.js';
import { docFeatures, type PieceDoc } from './features.js';
import { Gazetteer } from './gazetteer.js';
import { loadModel } from './model-file.js';
import { StagedModel } from './runtime.js';
import { combinedFeatures, decodeDoc, stageTable } from './stages.js';

/**
 * Invented news-like sentences (as pieces) that exercise every contextual
 * template: a capitals headline, a title-case line, repeated names, hyphen
 * pieces, sentence-initial words, neighbours at both edges, and a '|' in a
 * word (the run time then looks pair features up by string).
 */
const FIXTURE: PieceDoc = [
  ['RIVERTON', 'COUNCIL', 'BACKS', 'NEW', 'BRIDGE', 'PLAN'],
  ['Harbour', 'Authority', 'Signs', 'Deal', 'With', 'Coastal', 'Freight', 'Group'],
  ['Mayor', 'Ines', 'Valdarno', 'told', 'the', 'Riverton', 'Gazette', 'on', 'Tuesday', 'that', 'work', 'would', 'start', 'in', 'May', '.'],
  ['Valdarno', 'said', 'the', 'Lisbon', '-', 'based', 'firm', 'Coastal', 'Freight', 'had', 'agreed', 'to', 'pay', '40', 'percent', '.'],
  ['"', 'We', 'are', 'ready', ',', '"', 'said', 'Tomas', 'al', '-', 'Rashid', 'of', 'the', 'Port', 'Workers', 'Union', 'in', 'Riverton', '.'],
  ['Scores', ':', 'Riverton', 'Rovers', '2', 'Westfield', 'United', '1', '|', 'Valdarno', 'a|b'],
  ['Kenya', 'and', 'Peru', 'sent', 'observers', ';', 'a', 'U.S.', '-', 'led', 'group', 'of', 'Canadian', 'engineers', 'followed', '.'],
  ['Washington'],
];

/** The training path: every feature as a string, looked up per stage, history by ids. */
function reference(model: ReturnType<typeof loadModel>, doc: PieceDoc): Decoded[] {
  const gazetteer = new Gazetteer(model.gazetteer);
  const statics = docFeatures(doc, gazetteer);
  const [first, second] = model.stages.map(stageTable);
  const firstPass = decodeDoc(doc, statics, first!);
  if (!second) return firstPass;
  return decodeDoc(doc, combinedFeatures(statics, doc, firstPass), second);
}

test('runtime: the optimised staged model gives the same tags as the straightforward string scorer', () => {
  const model = loadModel(NER_MODEL_PATH);
  const staged = new StagedModel(model.stages);
  const gazetteer = new Gazetteer(model.gazetteer);
  const ref = reference(model, FIXTURE);
  const expected = ref.map((d) => d.tags);
  // Twice: the second run reads the per-word caches the first one filled.
  for (let round = 0; round < 2; round++) {
    const got = staged.run(FIXTURE, gazetteer);
    assert.deepEqual(
      got.map((d) => d.tags),
      expected,
    );
    // Margins move with any single feature weight, so they show a feature
    // dropped or added even where the tags survive it. (Sums are grouped
    // differently, hence the small tolerance.)
    // The run time computes margins only for the pieces of names (confidence is read nowhere else): NaN elsewhere.
    got.forEach((d, s) => assert.equal(d.margins.length, d.tags.some((t) => t !== 0) ? d.tags.length : 0, `margins of sentence ${s}`));
    got.forEach((d, s) =>
      d.margins.forEach((m, i) => {
        if (d.tags[i] === 0) assert.ok(Number.isNaN(m), `margin ${s}:${i} of an O piece`);
        else assert.ok(Math.abs(m - ref[s]!.margins[i]!) < 1e-3, `margin ${s}:${i} ${m} vs ${ref[s]!.margins[i]}`);
      }),
    );
  }
  // The fixture is not trivially all-O: the model finds names in it.
  assert.ok(expected.flat().filter((t) => t !== 0).length >= 10);
});

test('runtime: a sentence of one piece and an empty sentence decode', () => {
  const model = loadModel(NER_MODEL_PATH);
  const staged = new StagedModel(model.stages);
  const out = staged.run([['Reuters'], []], new Gazetteer(model.gazetteer));
  assert.equal(out.length, 2);
  assert.equal(out[0]!.tags.length, 1);
  assert.deepEqual(out[1]!.tags, []);
});
