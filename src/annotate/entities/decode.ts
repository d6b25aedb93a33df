/**
 * First-order Viterbi decoding shared by training and tagging. A tag's score
 * is the sum of its static feature weights plus the weights of "history"
 * features pairing the previous tag with this piece (tag bigram, previous
 * tag + word, previous tag + shape). Impossible BILOU transitions are
 * excluded. Max-marginals from a forward and a backward pass give a margin
 * per piece, used for confidence.
 */
import { shortShapeOf } from './features.js';
import { TAGS, allowedTransitions } from './tags.js';

export const N_TAGS = TAGS.length;
/** Previous-tag states: 0 = sentence start, k+1 = TAGS[k]. */
const N_PREV = N_TAGS + 1;
const ALLOWED = allowedTransitions();
const PREV_NAMES = ['<s>', ...TAGS];
const ENDS_OK = TAGS.map((t) => t[0] === 'O' || t[0] === 'L' || t[0] === 'U');
/** Per previous state, the tags allowed next, ascending (the decoding loops visit only these). */
const NEXT_TAGS: Int8Array[] = ALLOWED.map((row) => Int8Array.from(row.flatMap((ok, t) => (ok ? [t] : []))));

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
  private readonly constant = new Float32Array(N_PREV * N_TAGS);
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

  /** Matrices of words with no weights of their own, per shape (shared: most words are such). */
  private readonly shapeOnly = new Map<string, Float32Array>();

  /**
   * constant + by-word + by-shape weights of a word given its lower-cased
   * form and short shape. The result may be shared between words: read only.
   */
  matrixFor(lower: string, shortShape: string): Float32Array {
    const own = this.byWord.get(lower);
    if (own) return this.combine(own, shortShape);
    let m = this.shapeOnly.get(shortShape);
    if (!m) {
      if (this.shapeOnly.size > 50_000) this.shapeOnly.clear();
      this.shapeOnly.set(shortShape, (m = this.combine(undefined, shortShape)));
    }
    return m;
  }

  private combine(own: Float32Array | undefined, shortShape: string): Float32Array {
    const m = Float32Array.from(this.constant);
    for (const part of [own, this.byShape.get(shortShape)]) {
      if (part) for (let k = 0; k < m.length; k++) m[k]! += part[k]!;
    }
    return m;
  }
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
let buffers = { alpha: new Float64Array(0), back: new Int16Array(0), beta: new Float64Array(0) };

function scratch(size: number): typeof buffers {
  if (buffers.alpha.length < size) {
    const grown = Math.max(size, 2 * buffers.alpha.length);
    buffers = { alpha: new Float64Array(grown), back: new Int16Array(grown), beta: new Float64Array(grown) };
  }
  return buffers;
}

/**
 * Viterbi decoding from per-piece static scores (n × N_TAGS) plus history
 * scores; `withMargins` false skips the backward pass (margins come back empty).
 */
export function decodeScores(n: number, staticScores: Float64Array, history: HistoryScorer, withMargins = true): Decoded {
  if (n === 0) return { tags: [], margins: [] };
  const T = N_TAGS;
  const H: ArrayLike<number>[] = [];
  for (let i = 0; i < n; i++) H.push(history(i));
  // Forward (Viterbi): alpha[i][t] = static[i][t] + max over allowed p of alpha[i-1][p] + H_i[p+1][t].
  const { alpha, back, beta } = scratch(n * T);
  alpha.fill(-Infinity, 0, n * T);
  back.fill(-1, 0, n * T);
  const h0 = H[0]!;
  for (let t = 0; t < T; t++) if (ALLOWED[0]![t]) alpha[t] = staticScores[t]! + h0[t]!;
  for (let i = 1; i < n; i++) {
    const h = H[i]!;
    const cur = i * T;
    for (let p = 0; p < T; p++) {
      const from = alpha[cur - T + p]!;
      if (from === -Infinity) continue;
      const next = NEXT_TAGS[p + 1]!;
      const hOff = (p + 1) * T;
      for (let k = 0; k < next.length; k++) {
        const t = next[k]!;
        const v = from + h[hOff + t]! + staticScores[cur + t]!;
        if (v > alpha[cur + t]!) {
          alpha[cur + t] = v;
          back[cur + t] = p;
        }
      }
    }
  }
  if (!withMargins) {
    let end = -1;
    for (let t = 0; t < T; t++) if (ENDS_OK[t] && (end < 0 || alpha[(n - 1) * T + t]! > alpha[(n - 1) * T + end]!)) end = t;
    return { tags: backtrack(back, n, end), margins: [] };
  }
  // Backward max pass: beta[i][t] = best score of pieces after i given tag t at i.
  beta.fill(-Infinity, 0, n * T);
  for (let t = 0; t < T; t++) if (ENDS_OK[t]) beta[(n - 1) * T + t] = 0;
  for (let i = n - 2; i >= 0; i--) {
    const h = H[i + 1]!;
    const nextOff = (i + 1) * T;
    for (let t = 0; t < T; t++) {
      const next = NEXT_TAGS[t + 1]!;
      const hOff = (t + 1) * T;
      let best = -Infinity;
      for (let k = 0; k < next.length; k++) {
        const nx = next[k]!;
        const v = h[hOff + nx]! + staticScores[nextOff + nx]! + beta[nextOff + nx]!;
        if (v > best) best = v;
      }
      beta[i * T + t] = best;
    }
  }
  const marg = (i: number, t: number) => alpha[i * T + t]! + beta[i * T + t]!;
  let last = 0;
  for (let t = 1; t < T; t++) if (marg(n - 1, t) > marg(n - 1, last)) last = t;
  const tags = backtrack(back, n, last);
  const margins = tags.map((chosen, i) => {
    let other = -Infinity;
    for (let t = 0; t < T; t++) if (t !== chosen) other = Math.max(other, marg(i, t));
    return marg(i, chosen) - other;
  });
  return { tags, margins };
}

function backtrack(back: Int16Array, n: number, last: number): number[] {
  const tags = new Array<number>(n);
  tags[n - 1] = last;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * N_TAGS + tags[i]!]!;
  return tags;
}
