import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LabelledDoc, LabelledSentence } from './conll.js';
import { deserializeModel, serializeModel } from './model-file.js';
import { seededRandom } from '../../util/seeded-random.js';
import { NerTagger } from './tagger.js';
import { trainTagger } from './train.js';

const PEOPLE: [string, string][] = [['Amara', 'Okafor'], ['Lena', 'Brandt'], ['Tomas', 'Rivera'], ['Yuki', 'Sato'], ['Omar', 'Haddad'], ['Nadia', 'Petrova']];
const PLACES = ['Lusaka', 'Tbilisi', 'Quito', 'Hanoi', 'Accra', 'Riga'];
const ORGS = [['Northwind', 'Bank'], ['Red', 'Valley', 'Party'], ['Coastal', 'Rail']];

function sentence(parts: [string, string][]): LabelledSentence {
  return { words: parts.map((p) => p[0]), types: parts.map((p) => p[1]), begins: parts.map(() => false) };
}

/** A toy corpus: "<person> visited <place> on Monday ." and "<org> said <person> left ." */
function toyCorpus(n: number, seed: number): LabelledDoc[] {
  const r = seededRandom(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const docs: LabelledDoc[] = [];
  for (let d = 0; d < n; d++) {
    const [f, l] = pick(PEOPLE);
    const place = pick(PLACES);
    const org = pick(ORGS);
    const [f2, l2] = pick(PEOPLE);
    docs.push([
      sentence([[f, 'PER'], [l, 'PER'], ['visited', 'O'], [place, 'LOC'], ['on', 'O'], ['Monday', 'O'], ['.', 'O']]),
      sentence([...org.map((w) => [w, 'ORG'] as [string, string]), ['said', 'O'], [f2, 'PER'], [l2, 'PER'], ['left', 'O'], ['.', 'O']]),
    ]);
  }
  return docs;
}

const lists = { country: [], demonym: [], city: [], first: [], last: [], org: [], place: [] };

test('perceptron: learns a toy corpus and generalises the context to unseen names', () => {
  const model = trainTagger(toyCorpus(60, 1), lists, { epochs: 5, minCount: 1, seed: 7 });
  const tagger = new NerTagger(model);
  const words = ['Kofi', 'Mensah', 'visited', 'Dakar', 'on', 'Monday', '.'];
  const spans = tagger.tagPieces([words])[0]!.map((s) => [words.slice(s.start, s.end).join(' '), s.type]);
  assert.deepEqual(spans, [
    ['Kofi Mensah', 'PER'],
    ['Dakar', 'LOC'],
  ]);
  const words2 = ['Coastal', 'Rail', 'said', 'Lena', 'Brandt', 'left', '.'];
  const spans2 = tagger.tagPieces([words2])[0]!.map((s) => [words2.slice(s.start, s.end).join(' '), s.type]);
  assert.deepEqual(spans2, [
    ['Coastal Rail', 'ORG'],
    ['Lena Brandt', 'PER'],
  ]);
});

test('perceptron: training is deterministic and the model survives a save/load round trip', () => {
  const a = serializeModel(trainTagger(toyCorpus(20, 2), lists, { epochs: 2, minCount: 1, seed: 3, folds: 2, foldEpochs: 1 }));
  const b = serializeModel(trainTagger(toyCorpus(20, 2), lists, { epochs: 2, minCount: 1, seed: 3, folds: 2, foldEpochs: 1 }));
  assert.ok(a.equals(b));
  const loaded = deserializeModel(a);
  assert.equal(loaded.stages.length, 2);
  const words = ['Omar', 'Haddad', 'visited', 'Riga', 'on', 'Monday', '.'];
  const spans = new NerTagger(loaded).tagPieces([words])[0]!;
  assert.ok(spans.every((s) => s.confidence > 0 && s.confidence <= 1));
  assert.deepEqual(
    spans.map((s) => s.type),
    ['PER', 'LOC'],
  );
});
