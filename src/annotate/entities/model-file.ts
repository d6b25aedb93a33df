/**
 * The stored model: for each tagging stage, feature strings and weights
 * quantised to 16-bit integers; plus the gazetteer lists; as gzipped JSON.
 * Features whose weights are all near zero are pruned when saving; the file
 * is deterministic for a given training run.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { SitrepError } from '../../errors.js';
import { N_TAGS } from './decode.js';
import type { GazetteerLists } from './gazetteer.js';
import { TAGS } from './tags.js';

/** One tagging stage: feature strings and their weights (features × tags, row-major). */
export interface StageWeights {
  features: string[];
  weights: Float32Array;
}

export interface NerModelData {
  tags: readonly string[];
  /** Stage 1 tags from local features; stage 2 (optional) adds document-consistency features from stage 1. */
  stages: StageWeights[];
  gazetteer: GazetteerLists;
  /** Words mostly written in lower case, for re-casing title-case headlines (truecase.ts). */
  lowercaseWords?: string[];
  /** Free-form notes on how the model was trained. */
  info?: Record<string, unknown>;
}

interface StoredStage {
  scale: number;
  features: string[];
  /** base64 of little-endian Int16 weights. */
  weights: string;
}

interface StoredModel {
  format: 'sitrep-ner-2';
  tags: string[];
  stages: StoredStage[];
  gazetteer: GazetteerLists;
  lowercaseWords?: string[];
  info?: Record<string, unknown>;
}

/** Drops features whose largest absolute weight is below `minWeight`. */
export function pruneStage(stage: StageWeights, minWeight: number): StageWeights {
  const keep: number[] = [];
  for (let f = 0; f < stage.features.length; f++) {
    let max = 0;
    for (let t = 0; t < N_TAGS; t++) max = Math.max(max, Math.abs(stage.weights[f * N_TAGS + t]!));
    if (max >= minWeight) keep.push(f);
  }
  const weights = new Float32Array(keep.length * N_TAGS);
  keep.forEach((f, k) => weights.set(stage.weights.subarray(f * N_TAGS, (f + 1) * N_TAGS), k * N_TAGS));
  return { features: keep.map((f) => stage.features[f]!), weights };
}

function storeStage(stage: StageWeights): StoredStage {
  let maxAbs = 0;
  for (const w of stage.weights) maxAbs = Math.max(maxAbs, Math.abs(w));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const q = new Int16Array(stage.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(stage.weights[i]! / scale);
  return { scale, features: stage.features, weights: Buffer.from(q.buffer, q.byteOffset, q.byteLength).toString('base64') };
}

function loadStage(stored: StoredStage): StageWeights {
  const raw = Buffer.from(stored.weights, 'base64');
  const q = new Int16Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = q[i]! * stored.scale;
  return { features: stored.features, weights };
}

export function serializeModel(model: NerModelData): Buffer {
  const stored: StoredModel = {
    format: 'sitrep-ner-2',
    tags: [...model.tags],
    stages: model.stages.map(storeStage),
    gazetteer: model.gazetteer,
    lowercaseWords: model.lowercaseWords,
    info: model.info,
  };
  return gzipSync(JSON.stringify(stored), { level: 9 });
}

export function deserializeModel(bytes: Buffer): NerModelData {
  const stored = JSON.parse(gunzipSync(bytes).toString('utf8')) as StoredModel;
  if (stored.format !== 'sitrep-ner-2') throw new Error(`sitrep: unknown NER model format ${String(stored.format)}`);
  if (stored.tags.join() !== TAGS.join()) throw new Error('sitrep: NER model was trained with a different tag set');
  return { tags: stored.tags, stages: stored.stages.map(loadStage), gazetteer: stored.gazetteer, lowercaseWords: stored.lowercaseWords, info: stored.info };
}

export function saveModel(path: string, model: NerModelData): void {
  writeFileSync(path, serializeModel(model));
}

export function loadModel(path: string): NerModelData {
  if (!existsSync(path)) throw new SitrepError('E040', `${path} (run npm run train:ner)`);
  return deserializeModel(readFileSync(path));
}
