import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConsistencyFeatures, newConsistencyCounts, type ConsistencyCounts } from './consistency.js';
import { contextFeatureString, emitContextFeatures, wordCaseFlags, type PieceDoc } from './features.js';
import { TAGS } from './tags.js';

/** A small deterministic generator (the test must not change from run to run). */
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

const WORDS = ['Kano', 'KANO', 'kano', 'Harbour', 'Authority', 'said', 'the', 'Ines', 'Valdarno', 'in', 'May', '.', 'Westfield'];

test('consistency: run-time ids equal the string path (emitContextFeatures), feature for feature and in order', () => {
  const next = random(7);
  // Every string feature gets an id, except a few, as a pruned model would miss them.
  const vocabulary = new Map<string, number>();
  const idOf = (f: string) => {
    if (f.endsWith('MISC') && f.startsWith('ctxall')) return -1;
    let id = vocabulary.get(f);
    if (id === undefined) vocabulary.set(f, (id = vocabulary.size));
    return id;
  };
  const features = new ConsistencyFeatures(idOf);
  let withFeatures = 0;
  for (let round = 0; round < 200; round++) {
    const doc: PieceDoc = Array.from({ length: 1 + Math.floor(next() * 4) }, () => Array.from({ length: 1 + Math.floor(next() * 8) }, () => WORDS[Math.floor(next() * WORDS.length)]!));
    // Names are rare among tags, as in text: O half the time.
    const tags = doc.map((words) => words.map(() => (next() < 0.5 ? 0 : Math.floor(next() * TAGS.length))));
    const expected: number[][] = doc.flatMap((words) => words.map(() => [] as number[]));
    const offsets = doc.map((_, s) => doc.slice(0, s).reduce((n, w) => n + w.length, 0));
    const key = (s: number, i: number) => {
      const w = doc[s]![i]!;
      const f = wordCaseFlags(w);
      return f.letter && f.capitalised ? w.toLowerCase() : undefined;
    };
    emitContextFeatures(
      doc,
      tags.map((ts) => ts.map((t) => TAGS[t]!)),
      key,
      (s, i, template, value, own) => {
        const id = idOf(contextFeatureString(template, value, own));
        if (id >= 0) expected[offsets[s]! + i]!.push(id);
      },
    );
    const records = new Map<string, ConsistencyCounts>();
    const recordOf = (s: number, i: number) => {
      const k = key(s, i);
      if (k === undefined) return undefined;
      let r = records.get(k);
      if (!r) records.set(k, (r = newConsistencyCounts()));
      return r;
    };
    const got = features.docIds(tags, recordOf, round);
    const actual = expected.map((_, p) => Array.from(got.ids.subarray(got.offsets[p]!, got.offsets[p + 1]!)));
    assert.deepEqual(actual, expected, `round ${round}`);
    if (expected.some((ids) => ids.length > 1)) withFeatures++;
  }
  // Not only the 'own' feature: most documents repeat a capitalised word.
  assert.ok(withFeatures > 100, `${withFeatures}`);
});
