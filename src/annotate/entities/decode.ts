/**
 * First-order Viterbi decoding shared by training and tagging. A tag's score
 * is the sum of its static feature weights plus the weights of "history"
 * features pairing the previous tag with this piece (tag bigram, previous
 * tag + word, previous tag + shape). Impossible BILOU transitions are
 * excluded. Max-marginals from a forward and a backward pass give a margin
 * per piece, used for confidence.
 */
import { shortShape, wordShape } from './features.js';
import { TAGS, allowedTransitions } from './tags.js';

export const N_TAGS = TAGS.length;
/** Previous-tag states: 0 = sentence start, k+1 = TAGS[k]. */
const N_PREV = N_TAGS + 1;
const ALLOWED = allowedTransitions();
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

/** Adds the history (previous tag × piece) scores of piece i into out[prev * N_TAGS + tag]. */
export type HistoryScorer = (i: number, out: Float64Array, offset: number) => void;

/** History scores by feature-id lookups (training, where the weights change as it goes). */
export function historyByIds(words: readonly string[], table: WeightTable): HistoryScorer {
  const ids = words.map((w) => {
    const lw = w.toLowerCase();
    const ss = shortShape(wordShape(w));
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
  return (i, out, offset) => {
    const perPrev = ids[i]!;
    for (let p = 0; p < N_PREV; p++) for (const id of perPrev[p]!) addRow(out, offset + p * N_TAGS, table.weights, id);
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

  scorer(words: readonly string[]): HistoryScorer {
    const rows = words.map((w) => [this.byWord.get(w.toLowerCase()), this.byShape.get(shortShape(wordShape(w)))]);
    return (i, out, offset) => {
      for (const m of [this.constant, rows[i]![0], rows[i]![1]]) {
        if (!m) continue;
        for (let k = 0; k < m.length; k++) out[offset + k]! += m[k]!;
      }
    };
  }
}

function addRow(out: Float64Array, offset: number, weights: Float32Array, id: number): void {
  const base = id * N_TAGS;
  for (let t = 0; t < N_TAGS; t++) out[offset + t]! += weights[base + t]!;
}

export function decodeSentence(words: readonly string[], staticIds: readonly Int32Array[], table: WeightTable, history?: HistoryScorer): Decoded {
  const n = words.length;
  if (n === 0) return { tags: [], margins: [] };
  const addHistory = history ?? historyByIds(words, table);
  const w = table.weights;
  // local[i * STRIDE + prev * N_TAGS + t]: score of tag t at i after state prev.
  const STRIDE = N_PREV * N_TAGS;
  const local = new Float64Array(n * STRIDE);
  const stat = new Float64Array(N_TAGS);
  for (let i = 0; i < n; i++) {
    stat.fill(0);
    for (const id of staticIds[i]!) addRow(stat, 0, w, id);
    const base = i * STRIDE;
    addHistory(i, local, base);
    for (let p = 0; p < N_PREV; p++) for (let t = 0; t < N_TAGS; t++) local[base + p * N_TAGS + t]! += stat[t]!;
  }
  // Forward (Viterbi) and backward max passes over states = tags.
  const alpha = new Float64Array(n * N_TAGS).fill(-Infinity);
  const back = new Int16Array(n * N_TAGS).fill(-1);
  for (let t = 0; t < N_TAGS; t++) if (ALLOWED[0]![t]) alpha[t] = local[t]!;
  for (let i = 1; i < n; i++) {
    const base = i * STRIDE;
    for (let p = 0; p < N_TAGS; p++) {
      const from = alpha[(i - 1) * N_TAGS + p]!;
      if (from === -Infinity) continue;
      const allowed = ALLOWED[p + 1]!;
      for (let t = 0; t < N_TAGS; t++) {
        if (!allowed[t]) continue;
        const s = from + local[base + (p + 1) * N_TAGS + t]!;
        if (s > alpha[i * N_TAGS + t]!) {
          alpha[i * N_TAGS + t] = s;
          back[i * N_TAGS + t] = p;
        }
      }
    }
  }
  const beta = new Float64Array(n * N_TAGS).fill(-Infinity);
  for (let t = 0; t < N_TAGS; t++) if (ENDS_OK[t]) beta[(n - 1) * N_TAGS + t] = 0;
  for (let i = n - 2; i >= 0; i--) {
    const base = (i + 1) * STRIDE;
    for (let t = 0; t < N_TAGS; t++) {
      const allowed = ALLOWED[t + 1]!;
      let best = -Infinity;
      for (let nx = 0; nx < N_TAGS; nx++) {
        if (!allowed[nx]) continue;
        const s = local[base + (t + 1) * N_TAGS + nx]! + beta[(i + 1) * N_TAGS + nx]!;
        if (s > best) best = s;
      }
      beta[i * N_TAGS + t] = best;
    }
  }
  const marg = (i: number, t: number) => alpha[i * N_TAGS + t]! + beta[i * N_TAGS + t]!;
  let last = 0;
  for (let t = 1; t < N_TAGS; t++) if (marg(n - 1, t) > marg(n - 1, last)) last = t;
  const tags = new Array<number>(n);
  tags[n - 1] = last;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * N_TAGS + tags[i]!]!;
  const margins = tags.map((chosen, i) => {
    let other = -Infinity;
    for (let t = 0; t < N_TAGS; t++) if (t !== chosen) other = Math.max(other, marg(i, t));
    return marg(i, chosen) - other;
  });
  return { tags, margins };
}

