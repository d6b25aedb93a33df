/**
 * Running the tagging stages over a piece document. Order: static features →
 * stage 1 → (if the model has it) document-consistency features from stage
 * 1's tags → stage 2.
 *
 * This is the training path, on plain feature strings (`decodeDoc`); run
 * time uses `StagedModel` (runtime.ts), which sees the same features through
 * per-word caches and id tables, for speed.
 */
import { decodeSentence, type Decoded, type WeightTable } from './decode.js';
import { contextFeatures, type PieceDoc } from './features.js';
import type { StageWeights } from './model-file.js';
import { TAGS } from './tags.js';

export function stageTable(stage: StageWeights): WeightTable {
  const ids = new Map<string, number>();
  stage.features.forEach((f, i) => ids.set(f, i));
  return { weights: stage.weights, idOf: (f) => ids.get(f) ?? -1 };
}

function toIds(features: readonly string[], idOf: (f: string) => number): Int32Array {
  const ids: number[] = [];
  for (const f of features) {
    const id = idOf(f);
    if (id >= 0) ids.push(id);
  }
  return Int32Array.from(ids);
}

/** Decodes every sentence of a document with one stage's weights (training path). */
export function decodeDoc(doc: PieceDoc, features: readonly (readonly string[][])[], table: WeightTable): Decoded[] {
  return doc.map((words, s) => decodeSentence(words, features[s]!.map((fs) => toIds(fs, table.idOf)), table));
}

/** Static features plus document-consistency features from first-pass tags (training path). */
export function combinedFeatures(statics: string[][][], doc: PieceDoc, firstPass: Decoded[]): string[][][] {
  const ctx = contextFeatures(doc, tagNames(firstPass));
  return statics.map((sent, s) => sent.map((fs, i) => [...fs, ...ctx[s]![i]!]));
}

/** Tag names per sentence of decoded tag indexes. */
export const tagNames = (decoded: readonly Decoded[]) => decoded.map((d) => d.tags.map((t) => TAGS[t]!));
