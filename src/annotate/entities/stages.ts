/**
 * Running the tagging stages over a piece document. Order: static features →
 * stage 1 → (if the model has it) document-consistency features from stage
 * 1's tags → stage 2.
 *
 * Training decodes with plain feature strings (`decodeDoc`); run time uses
 * `StageRuntime`, which caches feature ids per word and regroups the history
 * weights, for speed. Both see the same features.
 */
import { HistoryMatrices, decodeSentence, type Decoded, type WeightTable } from './decode.js';
import { CachedFeatureIds, contextFeatures, docFeatureIds, type PieceDoc } from './features.js';
import type { Gazetteer } from './gazetteer.js';
import type { StageWeights } from './model-file.js';
import { TAGS } from './tags.js';

export function stageTable(stage: StageWeights): WeightTable {
  const ids = new Map<string, number>();
  stage.features.forEach((f, i) => ids.set(f, i));
  return { weights: stage.weights, idOf: (f) => ids.get(f) ?? -1 };
}

function toIds(features: readonly string[], table: WeightTable): Int32Array {
  const ids: number[] = [];
  for (const f of features) {
    const id = table.idOf(f);
    if (id >= 0) ids.push(id);
  }
  return Int32Array.from(ids);
}

/** Decodes every sentence of a document with one stage's weights (training path). */
export function decodeDoc(doc: PieceDoc, features: readonly (readonly string[][])[], table: WeightTable): Decoded[] {
  return doc.map((words, s) => decodeSentence(words, features[s]!.map((fs) => toIds(fs, table)), table));
}

/** Static features plus document-consistency features from first-pass tags (training path). */
export function combinedFeatures(statics: string[][][], doc: PieceDoc, firstPass: Decoded[]): string[][][] {
  const ctx = contextFeatures(doc, tagNames(firstPass));
  return statics.map((sent, s) => sent.map((fs, i) => [...fs, ...ctx[s]![i]!]));
}

const tagNames = (decoded: Decoded[]) => decoded.map((d) => d.tags.map((t) => TAGS[t]!));

/** One stage ready to run fast: weights, cached feature ids, regrouped history weights. */
export class StageRuntime {
  readonly table: WeightTable;
  readonly ids: CachedFeatureIds;
  readonly history: HistoryMatrices;

  constructor(stage: StageWeights) {
    this.table = stageTable(stage);
    this.ids = new CachedFeatureIds(this.table.idOf);
    this.history = new HistoryMatrices(stage.features, stage.weights);
  }

  decode(doc: PieceDoc, ids: Int32Array[][]): Decoded[] {
    return doc.map((words, s) => decodeSentence(words, ids[s]!, this.table, this.history.scorer(words)));
  }
}

/** All stages over one document (run-time path): the last stage's decoding per sentence. */
export function runStages(doc: PieceDoc, gazetteer: Gazetteer, stages: readonly StageRuntime[]): Decoded[] {
  const first = stages[0]!;
  let decoded = first.decode(doc, docFeatureIds(doc, gazetteer, first.ids));
  const second = stages[1];
  if (second) {
    const ctx = contextFeatures(doc, tagNames(decoded));
    const ids = docFeatureIds(doc, gazetteer, second.ids).map((sent, s) =>
      sent.map((base, i) => {
        const extra = toIds(ctx[s]![i]!, second.table);
        const all = new Int32Array(base.length + extra.length);
        all.set(base);
        all.set(extra, base.length);
        return all;
      }),
    );
    decoded = second.decode(doc, ids);
  }
  return decoded;
}
