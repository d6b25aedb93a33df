/**
 * First-order Viterbi decoding shared by training and tagging. A tag's score
 * is the sum of its static feature weights plus the weights of "history"
 * features pairing the previous tag with this piece (tag bigram, previous
 * tag + word, previous tag + shape). Impossible BILOU transitions are
 * excluded. Max-marginals from a forward and a backward pass give a margin
 * per piece, used for confidence. The passes themselves are in viterbi.ts.
 */
import { shortShapeOf } from './features.js';
import { TAGS } from './tags.js';
import { PACKED_HISTORY_SIZE, backwardMax, bestPrevious, forwardMax, packHistory } from './viterbi.js';

export const N_TAGS = TAGS.length;
/** Previous-tag states: 0 = sentence start, k+1 = TAGS[k]. */
const N_PREV = N_TAGS + 1;
/** Floats in one history matrix (previous state × tag), full form. */
const HISTORY_SIZE = N_PREV * N_TAGS;
/** Floats in one history matrix as decoding reads it (packed: allowed transitions only, viterbi.ts). */
export const DECODE_HISTORY_SIZE = PACKED_HISTORY_SIZE;
const PREV_NAMES = ['<s>', ...TAGS];
const ENDS_OK = TAGS.map((t) => t[0] === 'O' || t[0] === 'L' || t[0] === 'U');

/** Feature ids → weight rows (row `id` is weights[id*N_TAGS ... +N_TAGS)). */
export interface WeightTable {
  weights: Float32Array;
  /** The id of a feature string, or -1 when unknown (training may create it). */
  idOf(feature: string): number;
}

/** History feature strings for piece `word` after previous state `prev` (0 = start). */
export function historyFeatures(prev: number, lowerWord: string, shortShapeOfWord: string): string[] {
  const p = PREV_NAMES[prev]!;
  return [`t-1=${p}`, `t-1w=${p}|${lowerWord}`, `t-1ss=${p}|${shortShapeOfWord}`];
}

export interface Decoded {
  /** Best tag index per piece. */
  tags: number[];
  /** Max-marginal margin of the chosen tag over the best other tag, per piece. */
  margins: number[];
}

/** The history (previous state × tag) scores of piece i, as a matrix m[prev * N_TAGS + tag]. */
export type HistoryScorer = (i: number) => ArrayLike<number>;

/** History scores by feature-id lookups (training, where the weights change as it goes). */
function historyByIds(words: readonly string[], table: WeightTable): HistoryScorer {
  const ids = words.map((w) => {
    const lw = w.toLowerCase();
    const ss = shortShapeOf(w);
    const perPrev: number[][] = [];
    for (let p = 0; p < N_PREV; p++) {
      const row: number[] = [];
      for (const f of historyFeatures(p, lw, ss)) {
        const id = table.idOf(f);
        if (id >= 0) row.push(id);
      }
      perPrev.push(row);
    }
    return perPrev;
  });
  return (i) => {
    const perPrev = ids[i]!;
    const out = new Float64Array(N_PREV * N_TAGS);
    for (let p = 0; p < N_PREV; p++) for (const id of perPrev[p]!) addRow(out, p * N_TAGS, table.weights, id);
    return out;
  };
}

/**
 * History weights regrouped by word and by shape (run time): one lookup per
 * piece for each instead of one per previous tag.
 */
export class HistoryMatrices {
  private readonly constant = new Float32Array(HISTORY_SIZE);
  private readonly byWord = new Map<string, Float32Array>();
  private readonly byShape = new Map<string, Float32Array>();

  constructor(features: readonly string[], weights: Float32Array) {
    const prevIndex = new Map(PREV_NAMES.map((n, k) => [n, k]));
    features.forEach((f, id) => {
      const eq = f.indexOf('=');
      const template = f.slice(0, eq);
      if (template !== 't-1' && template !== 't-1w' && template !== 't-1ss') return;
      const rest = f.slice(eq + 1);
      const bar = template === 't-1' ? rest.length : rest.indexOf('|');
      const prev = prevIndex.get(rest.slice(0, bar));
      if (prev === undefined) return;
      let target: Float32Array = this.constant;
      if (template !== 't-1') {
        const map = template === 't-1w' ? this.byWord : this.byShape;
        const key = rest.slice(bar + 1);
        let m = map.get(key);
        if (!m) map.set(key, (m = new Float32Array(N_PREV * N_TAGS)));
        target = m;
      }
      for (let t = 0; t < N_TAGS; t++) target[prev * N_TAGS + t]! += weights[id * N_TAGS + t]!;
    });
  }

  /** A word's own weights (`t-1w` features of its lower-cased form), if it has any. */
  ownOf(lower: string): Float32Array | undefined {
    return this.byWord.get(lower);
  }

  ownKeys(): IterableIterator<string> {
    return this.byWord.keys();
  }

  /** Reused by `writeMatrix`. */
  private readonly full = new Float32Array(HISTORY_SIZE);

  /**
   * Writes constant + own + by-shape weights of a word (its `ownOf`, its
   * short shape), summed in Float32, packed for decoding, at out[at .. at + DECODE_HISTORY_SIZE).
   */
  writeMatrix(own: Float32Array | undefined, shortShape: string, out: Float32Array, at: number): void {
    const m = this.full;
    m.set(this.constant);
    if (own) addInto(m, own);
    const shape = this.byShape.get(shortShape);
    if (shape) addInto(m, shape);
    packHistory(m, 0, out, at);
  }
}

function addInto(m: Float32Array, part: Float32Array): void {
  for (let k = 0; k < m.length; k++) m[k]! += part[k]!;
}

function addRow(out: Float64Array, offset: number, weights: Float32Array, id: number): void {
  const base = id * N_TAGS;
  for (let t = 0; t < N_TAGS; t++) out[offset + t]! += weights[base + t]!;
}

/** Viterbi decoding of one sentence from static feature ids (training path). */
export function decodeSentence(
  words: readonly string[],
  staticIds: readonly Int32Array[],
  table: WeightTable,
  history?: HistoryScorer,
  withMargins = true,
): Decoded {
  const n = words.length;
  const w = table.weights;
  const scores = new Float64Array(n * N_TAGS);
  for (let i = 0; i < n; i++) {
    const ids = staticIds[i]!;
    const off = i * N_TAGS;
    for (let k = 0; k < ids.length; k++) {
      const row = ids[k]! * N_TAGS;
      for (let t = 0; t < N_TAGS; t++) scores[off + t]! += w[row + t]!;
    }
  }
  return decodeScores(n, scores, history ?? historyByIds(words, table), withMargins);
}

/** Decoding buffers reused across sentences (grown on demand; decoding is not re-entrant). */
let buffers = { alpha: new Float64Array(0), beta: new Float64Array(0) };

function scratch(size: number): typeof buffers {
  if (buffers.alpha.length < size) {
    const grown = Math.max(size, 2 * buffers.alpha.length);
    buffers = { alpha: new Float64Array(grown), beta: new Float64Array(grown) };
  }
  return buffers;
}

/**
 * Which margins to compute: 'all'; 'named' only for the pieces of names
 * (non-O tags: the only pieces confidence is read for), NaN for the other
 * pieces; all-O sentences skip the backward pass and get no margins, the
 * others run it only down to their first name; 'none'.
 */
export type MarginMode = 'all' | 'named' | 'none';

/**
 * Viterbi decoding from per-piece static scores (n × N_TAGS) plus history
 * scores (passes in viterbi.ts). Margins come back empty when `margins` rules them out.
 */
export function decodeScores(
  n: number,
  staticScores: Float64Array,
  history: HistoryScorer | readonly ArrayLike<number>[],
  margins: boolean | MarginMode = true,
): Decoded {
  const mode: MarginMode = margins === true ? 'all' : margins === false ? 'none' : margins;
  // The matrices packed side by side in one array, as `decodePooled` reads them.
  const h = new Float64Array(n * DECODE_HISTORY_SIZE);
  const hAt = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    hAt[i] = i * DECODE_HISTORY_SIZE;
    packHistory(typeof history === 'function' ? history(i) : history[i]!, 0, h, hAt[i]!);
  }
  return decodePooled(n, staticScores, h, hAt, 0, mode);
}

/**
 * `decodeScores` with piece i's history matrix, packed (viterbi.ts
 * `packHistory`), at h[hAt[i] + hOff ...] (the run time keeps every word's
 * matrices in one pool; `hOff` picks the stage).
 */
export function decodePooled(n: number, staticScores: Float64Array, h: ArrayLike<number>, hAt: ArrayLike<number>, hOff: number, mode: MarginMode): Decoded {
  if (n === 0) return { tags: [], margins: [] };
  const T = N_TAGS;
  const { alpha, beta } = scratch(n * T);
  forwardMax(n, staticScores, h, hAt, hOff, alpha);
  // The best end equals the max-marginal choice at the last piece (beta is 0 on allowed ends, -inf elsewhere).
  let end = -1;
  const lastOff = (n - 1) * T;
  for (let t = 0; t < T; t++) if (ENDS_OK[t] && (end < 0 || alpha[lastOff + t]! > alpha[lastOff + end]!)) end = t;
  const tags = new Array<number>(n);
  tags[n - 1] = end;
  // The first piece of a name, or n if none.
  let firstNamed = end !== 0 ? n - 1 : n;
  for (let i = n - 1; i > 0; i--) {
    const p = bestPrevious(i, tags[i]!, h, hAt[i]! + hOff, alpha);
    tags[i - 1] = p;
    if (p !== 0) firstNamed = i - 1;
  }
  if (mode === 'none' || (mode === 'named' && firstNamed === n)) return { tags, margins: [] };
  const namedOnly = mode === 'named';
  backwardMax(n, staticScores, h, hAt, hOff, beta, namedOnly ? firstNamed : 0);
  return { tags, margins: maxMarginalMargins(tags, alpha, beta, namedOnly) };
}

/**
 * Per piece, the max-marginal of its chosen tag minus the best max-marginal
 * of any other tag; with `namedOnly`, NaN for pieces tagged O.
 */
function maxMarginalMargins(tags: readonly number[], alpha: Float64Array, beta: Float64Array, namedOnly: boolean): number[] {
  const T = N_TAGS;
  const margins = new Array<number>(tags.length);
  for (let i = 0; i < tags.length; i++) {
    const off = i * T;
    const chosen = tags[i]!;
    if (namedOnly && chosen === 0) {
      margins[i] = NaN;
      continue;
    }
    // A compare, not Math.max (slower: it orders -0 below +0); they differ only on a tie of zeros, where the margin may become -0 for +0, which reads as the same confidence.
    let other = -Infinity;
    for (let t = 0; t < T; t++) {
      const v = alpha[off + t]! + beta[off + t]!;
      if (t !== chosen && v > other) other = v;
    }
    margins[i] = alpha[off + chosen]! + beta[off + chosen]! - other;
  }
  return margins;
}
