/**
 * Running the tagging stages over a piece document. Order: static features →
 * stage 1 → (if the model has it) document-consistency features from stage
 * 1's tags → stage 2.
 *
 * Training decodes with plain feature strings (`decodeDoc`); run time uses
 * `StagedModel`, which puts all stages on one feature vocabulary (so static
 * features are looked up once), caches the summed weights of word-keyed
 * feature groups and regroups the history weights, for speed. Both see the
 * same features.
 */
import { HistoryMatrices, N_TAGS as TAG_COUNT, decodeScores, decodeSentence, type Decoded, type WeightTable } from './decode.js';
import { contextFeatures, docFeatureKeys, groupKeyFeatures, type PieceDoc, type PieceFeatureKeys } from './features.js';
import type { Gazetteer } from './gazetteer.js';
import type { StageWeights } from './model-file.js';
import { TAGS } from './tags.js';

/** A module-local copy: hot loops below read it per piece. */
const N_TAGS = TAG_COUNT;

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

const tagNames = (decoded: Decoded[]) => decoded.map((d) => d.tags.map((t) => TAGS[t]!));

/** One stage at run time: weights on the shared vocabulary, summed weights per word group, regrouped history weights. */
class RuntimeStage {
  private readonly groupSums = new Map<string, Float32Array>();
  private static readonly MAX_CACHED = 200_000;

  constructor(
    readonly table: WeightTable,
    readonly history: HistoryMatrices,
  ) {}

  /** Summed weights of a word group's features, cached per key. */
  groupSum(key: string): Float32Array {
    let sum = this.groupSums.get(key);
    if (!sum) {
      if (this.groupSums.size > RuntimeStage.MAX_CACHED) this.groupSums.clear();
      sum = new Float32Array(N_TAGS);
      for (const f of groupKeyFeatures(key)) {
        const id = this.table.idOf(f);
        if (id >= 0) for (let t = 0; t < N_TAGS; t++) sum[t]! += this.table.weights[id * N_TAGS + t]!;
      }
      this.groupSums.set(key, sum);
    }
    return sum;
  }

  staticScores(pieces: readonly PieceFeatureKeys[], extraIds?: readonly Int32Array[]): Float64Array {
    const w = this.table.weights;
    const scores = new Float64Array(pieces.length * N_TAGS);
    pieces.forEach((piece, i) => {
      const off = i * N_TAGS;
      for (const key of piece.groupKeys) {
        const sum = this.groupSum(key);
        for (let t = 0; t < N_TAGS; t++) scores[off + t]! += sum[t]!;
      }
      for (const ids of extraIds ? [piece.contextualIds, extraIds[i]!] : [piece.contextualIds]) {
        for (let k = 0; k < ids.length; k++) {
          const row = ids[k]! * N_TAGS;
          for (let t = 0; t < N_TAGS; t++) scores[off + t]! += w[row + t]!;
        }
      }
    });
    return scores;
  }
}

/** All stages of a model on one shared feature vocabulary (run-time path). */
export class StagedModel {
  private readonly vocabulary = new Map<string, number>();
  private readonly idOf = (f: string) => this.vocabulary.get(f) ?? -1;
  private readonly stages: RuntimeStage[];

  constructor(stages: readonly StageWeights[]) {
    for (const st of stages) for (const f of st.features) if (!this.vocabulary.has(f)) this.vocabulary.set(f, this.vocabulary.size);
    this.stages = stages.map((st) => {
      const weights = new Float32Array(this.vocabulary.size * N_TAGS);
      st.features.forEach((f, k) => weights.set(st.weights.subarray(k * N_TAGS, (k + 1) * N_TAGS), this.vocabulary.get(f)! * N_TAGS));
      return new RuntimeStage({ weights, idOf: this.idOf }, new HistoryMatrices(st.features, st.weights));
    });
  }

  /** The last stage's decoding per sentence. */
  run(doc: PieceDoc, gazetteer: Gazetteer): Decoded[] {
    const keys = docFeatureKeys(doc, gazetteer, this.idOf);
    const last = this.stages.length - 1;
    let decoded: Decoded[] = [];
    this.stages.forEach((stage, k) => {
      const ctx = k > 0 ? contextFeatures(doc, tagNames(decoded)) : undefined;
      decoded = doc.map((words, s) => {
        const extra = ctx?.[s]!.map((fs) => toIds(fs, this.idOf));
        return decodeScores(words.length, stage.staticScores(keys[s]!, extra), stage.history.scorer(words), k === last);
      });
    });
    return decoded;
  }
}
