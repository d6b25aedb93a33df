/**
 * Running the tagging stages over a piece document. Order: static features →
 * stage 1 → (if the model has it) document-consistency features from stage
 * 1's tags → stage 2.
 *
 * Training decodes with plain feature strings (`decodeDoc`); run time uses
 * `StagedModel`, which puts all stages on one feature vocabulary (so static
 * features are looked up once), caches the summed weights of the word-keyed
 * feature groups per word and regroups the history weights, for speed. Both see the
 * same features.
 */
import { HistoryMatrices, N_TAGS as TAG_COUNT, decodeScores, decodeSentence, type Decoded, type WeightTable } from './decode.js';
import {
  SENTENCE_END,
  SENTENCE_START,
  WORD_GROUP_FEATURES,
  contextFeatures,
  docFeatureKeys,
  selfFeatures,
  type PieceDoc,
  type SentenceFeatureKeys,
  type WordGroup,
} from './features.js';
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

/** Summed weights of the word-keyed feature groups of one word, per role it can play. */
interface WordSums {
  self: Map<string, Float32Array>;
  prev?: Float32Array;
  prev2?: Float32Array;
  next?: Float32Array;
  next2?: Float32Array;
}

/** One stage at run time: weights on the shared vocabulary, summed weights per word, regrouped history weights. */
class RuntimeStage {
  private readonly sums = new Map<string, WordSums>();
  private static readonly MAX_CACHED = 100_000;

  constructor(
    readonly table: WeightTable,
    readonly history: HistoryMatrices,
  ) {}

  private sum(features: readonly string[]): Float32Array {
    const out = new Float32Array(N_TAGS);
    for (const f of features) {
      const id = this.table.idOf(f);
      if (id >= 0) for (let t = 0; t < N_TAGS; t++) out[t]! += this.table.weights[id * N_TAGS + t]!;
    }
    return out;
  }

  private wordSums(word: string): WordSums {
    let ws = this.sums.get(word);
    if (!ws) {
      if (this.sums.size > RuntimeStage.MAX_CACHED) this.sums.clear();
      this.sums.set(word, (ws = { self: new Map() }));
    }
    return ws;
  }

  private selfSum(word: string, sentCase: string): Float32Array {
    const ws = this.wordSums(word);
    let v = ws.self.get(sentCase);
    if (!v) ws.self.set(sentCase, (v = this.sum(selfFeatures(word, sentCase))));
    return v;
  }

  private groupSum(kind: WordGroup, word: string): Float32Array {
    const ws = this.wordSums(word);
    return (ws[kind] ??= this.sum(WORD_GROUP_FEATURES[kind](word)));
  }

  staticScores(words: readonly string[], keys: SentenceFeatureKeys, extraIds?: readonly Int32Array[]): Float64Array {
    const w = this.table.weights;
    const n = words.length;
    const scores = new Float64Array(n * N_TAGS);
    const add = (off: number, v: ArrayLike<number>) => {
      for (let t = 0; t < N_TAGS; t++) scores[off + t]! += v[t]!;
    };
    const addRows = (off: number, ids: Int32Array) => {
      for (let k = 0; k < ids.length; k++) {
        const row = ids[k]! * N_TAGS;
        for (let t = 0; t < N_TAGS; t++) scores[off + t]! += w[row + t]!;
      }
    };
    for (let i = 0; i < n; i++) {
      const off = i * N_TAGS;
      add(off, this.selfSum(words[i]!, keys.sentCase));
      add(off, this.groupSum('prev', i > 0 ? words[i - 1]! : SENTENCE_START));
      add(off, this.groupSum('prev2', i > 1 ? words[i - 2]! : SENTENCE_START));
      add(off, this.groupSum('next', i < n - 1 ? words[i + 1]! : SENTENCE_END));
      add(off, this.groupSum('next2', i < n - 2 ? words[i + 2]! : SENTENCE_END));
      addRows(off, keys.contextualIds[i]!);
      if (extraIds) addRows(off, extraIds[i]!);
    }
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
        return decodeScores(words.length, stage.staticScores(words, keys[s]!, extra), stage.history.scorer(words), k === last);
      });
    });
    return decoded;
  }
}
