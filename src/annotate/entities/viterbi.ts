/**
 * The forward and backward max passes of first-order Viterbi over BILOU tags,
 * unrolled for the fixed tag layout of tags.ts (O, then B I L U per type).
 * A generic loop over allowed transitions spends most of its time on loop
 * and argmax bookkeeping; here the forward pass keeps only the max (back
 * pointers are recovered while backtracking, for the chosen tags only), and
 * every transition is a straight-line add and compare, ~2.5× faster.
 *
 * Allowed transitions (see `allowedTransitions` in tags.ts):
 *  - O, B-x, U-x may follow the sentence start and the "outside" states
 *    O, L-y, U-y (nine states);
 *  - I-x and L-x may follow B-x and I-x only.
 *
 * Scores: alpha[i*T + t], beta[i*T + t], static s[i*T + t]. The history
 * matrix of piece i (full form: m[prev * T + t], prev 0 = sentence start,
 * prev p+1 = tag p) is read in its packed form (`packHistory`): only the
 * allowed transitions, 106 of its 306 weights, in the order the passes
 * read them, so a piece's weights fill 7 cache lines instead of ~17. Every
 * piece's packed matrix lives in one shared array at h[hAt[i] + hOff ...]
 * (the run time's history pool: no typed-array object per word to reach).
 * Sums are formed in the same order as the generic loops (alpha + h, then
 * + s; backward (h + s) + beta), so values are identical.
 */
import { TAGS, TYPES } from './tags.js';

const T = TAGS.length;

// The layout the unrolled code assumes; anything else must fail loudly, not decode wrongly.
if (T !== 17 || TYPES.length !== 4 || TAGS[0] !== 'O' || TYPES.some((type, x) => ['B', 'I', 'L', 'U'].some((p, k) => TAGS[1 + 4 * x + k] !== `${p}-${type}`))) {
  throw new Error('viterbi.ts: tag layout is not O + (B, I, L, U) × 4 types');
}

/** Tags a name may start with, or O (allowed after the outside states): O, B-*, U-*. */
export const START_TAGS = Int8Array.of(0, 1, 4, 5, 8, 9, 12, 13, 16);
/** The outside states, after which START_TAGS may come: O, L-*, U-*. */
export const OUTSIDE_TAGS = Int8Array.of(0, 3, 4, 7, 8, 11, 12, 15, 16);
/** Per tag, its index in START_TAGS, or -1 (I-*, L-*). */
const START_INDEX = Int8Array.from({ length: T }, (_, t) => START_TAGS.indexOf(t));

/**
 * Packed history matrix layout:
 *  - [k * 9 + j]: outside state OUTSIDE_TAGS[j] → START_TAGS[k] (81 weights);
 *  - [INSIDE + 4x + 0..3]: for type x (B tag bt = 1 + 4x), B → I, I → I, B → L, I → L;
 *  - [FROM_START + k]: sentence start → START_TAGS[k].
 */
const INSIDE = 81;
const FROM_START = INSIDE + 16;
export const PACKED_HISTORY_SIZE = FROM_START + 9;

/** Writes the packed form of full matrix m (m[mAt + prev * T + t]) at out[at ...]. */
export function packHistory(m: ArrayLike<number>, mAt: number, out: { [i: number]: number }, at: number): void {
  for (let k = 0; k < 9; k++) {
    const t = START_TAGS[k]!;
    for (let j = 0; j < 9; j++) out[at + k * 9 + j] = m[mAt + (OUTSIDE_TAGS[j]! + 1) * T + t]!;
    out[at + FROM_START + k] = m[mAt + t]!;
  }
  for (let x = 0; x < 4; x++) {
    const bt = 1 + 4 * x;
    const rB = mAt + (bt + 1) * T;
    const rI = mAt + (bt + 2) * T;
    const o = at + INSIDE + 4 * x;
    out[o] = m[rB + bt + 1]!;
    out[o + 1] = m[rI + bt + 1]!;
    out[o + 2] = m[rB + bt + 2]!;
    out[o + 3] = m[rI + bt + 2]!;
  }
}

/**
 * Forward max pass: alpha[i][t] = s[i][t] + max over allowed p of
 * alpha[i-1][p] + h_i[p+1][t]; tags not allowed at the start are -inf.
 */
export function forwardMax(n: number, s: Float64Array, h: ArrayLike<number>, hAt: ArrayLike<number>, hOff: number, alpha: Float64Array): void {
  const h0 = hAt[0]! + hOff + FROM_START;
  for (let t = 0; t < T; t++) alpha[t] = -Infinity;
  for (let k = 0; k < START_TAGS.length; k++) {
    const t = START_TAGS[k]!;
    alpha[t] = s[t]! + h[h0 + k]!;
  }
  for (let i = 1; i < n; i++) {
    const hi = hAt[i]! + hOff;
    const cur = i * T;
    const q = cur - T;
    const a0 = alpha[q]!;
    const a3 = alpha[q + 3]!;
    const a4 = alpha[q + 4]!;
    const a7 = alpha[q + 7]!;
    const a8 = alpha[q + 8]!;
    const a11 = alpha[q + 11]!;
    const a12 = alpha[q + 12]!;
    const a15 = alpha[q + 15]!;
    const a16 = alpha[q + 16]!;
    for (let k = 0; k < 9; k++) {
      const r = hi + k * 9;
      let b = a0 + h[r]!;
      let v = a3 + h[r + 1]!;
      if (v > b) b = v;
      v = a4 + h[r + 2]!;
      if (v > b) b = v;
      v = a7 + h[r + 3]!;
      if (v > b) b = v;
      v = a8 + h[r + 4]!;
      if (v > b) b = v;
      v = a11 + h[r + 5]!;
      if (v > b) b = v;
      v = a12 + h[r + 6]!;
      if (v > b) b = v;
      v = a15 + h[r + 7]!;
      if (v > b) b = v;
      v = a16 + h[r + 8]!;
      if (v > b) b = v;
      const t = START_TAGS[k]!;
      alpha[cur + t] = b + s[cur + t]!;
    }
    // I-x and L-x (tags bt + 1, bt + 2 of the type whose B tag is bt) from B-x or I-x.
    for (let x = 0; x < 4; x++) {
      const bt = 1 + 4 * x;
      const r = hi + INSIDE + 4 * x;
      const aB = alpha[q + bt]!;
      const aI = alpha[q + bt + 1]!;
      let b = aB + h[r]!;
      let v = aI + h[r + 1]!;
      if (v > b) b = v;
      alpha[cur + bt + 1] = b + s[cur + bt + 1]!;
      b = aB + h[r + 2]!;
      v = aI + h[r + 3]!;
      if (v > b) b = v;
      alpha[cur + bt + 2] = b + s[cur + bt + 2]!;
    }
  }
}

/**
 * The previous tag on the best path into tag t at piece i ≥ 1 (packed
 * matrix of piece i at h[hi ...]): the first allowed p (ascending) reaching
 * alpha's max, as a generic argmax would pick.
 */
export function bestPrevious(i: number, t: number, h: ArrayLike<number>, hi: number, alpha: Float64Array): number {
  const q = (i - 1) * T;
  const first = (t - 1) % 4;
  if (t !== 0 && (first === 1 || first === 2)) {
    // I-x / L-x: from B-x (t - first) or I-x.
    const bt = t - first;
    const r = hi + INSIDE + (bt - 1) + 2 * (first - 1);
    return alpha[q + bt + 1]! + h[r + 1]! > alpha[q + bt]! + h[r]! ? bt + 1 : bt;
  }
  const r = hi + START_INDEX[t]! * 9;
  let best = -Infinity;
  let arg = -1;
  for (let j = 0; j < OUTSIDE_TAGS.length; j++) {
    const p = OUTSIDE_TAGS[j]!;
    const v = alpha[q + p]! + h[r + j]!;
    if (v > best) {
      best = v;
      arg = p;
    }
  }
  return arg;
}

/**
 * Backward max pass: beta[i][t] = best score of the pieces after i given tag t at i (0 / -inf at the end),
 * for pieces n-1 down to `stop` (beta of a piece needs only the pieces after it: a caller that
 * reads no piece before `stop` leaves those unfilled).
 */
export function backwardMax(n: number, s: Float64Array, h: ArrayLike<number>, hAt: ArrayLike<number>, hOff: number, beta: Float64Array, stop = 0): void {
  const last = (n - 1) * T;
  for (let t = 0; t < T; t++) beta[last + t] = -Infinity;
  for (let k = 0; k < OUTSIDE_TAGS.length; k++) beta[last + OUTSIDE_TAGS[k]!] = 0;
  for (let i = n - 2; i >= stop; i--) {
    const hi = hAt[i + 1]! + hOff;
    const nx = (i + 1) * T;
    const cur = i * T;
    // Next is O, B-*, U-* (START_TAGS[k]): its score and beta, summed per outside state below.
    const s0 = s[nx]!;
    const s1 = s[nx + 1]!;
    const s4 = s[nx + 4]!;
    const s5 = s[nx + 5]!;
    const s8 = s[nx + 8]!;
    const s9 = s[nx + 9]!;
    const s12 = s[nx + 12]!;
    const s13 = s[nx + 13]!;
    const s16 = s[nx + 16]!;
    const b0 = beta[nx]!;
    const b1 = beta[nx + 1]!;
    const b4 = beta[nx + 4]!;
    const b5 = beta[nx + 5]!;
    const b8 = beta[nx + 8]!;
    const b9 = beta[nx + 9]!;
    const b12 = beta[nx + 12]!;
    const b13 = beta[nx + 13]!;
    const b16 = beta[nx + 16]!;
    // Outside states (OUTSIDE_TAGS[j]): next is O, B-*, U-*; weight of j → START_TAGS[k] at k * 9 + j.
    for (let j = 0; j < 9; j++) {
      const r = hi + j;
      let b = h[r]! + s0 + b0;
      let v = h[r + 9]! + s1 + b1;
      if (v > b) b = v;
      v = h[r + 18]! + s4 + b4;
      if (v > b) b = v;
      v = h[r + 27]! + s5 + b5;
      if (v > b) b = v;
      v = h[r + 36]! + s8 + b8;
      if (v > b) b = v;
      v = h[r + 45]! + s9 + b9;
      if (v > b) b = v;
      v = h[r + 54]! + s12 + b12;
      if (v > b) b = v;
      v = h[r + 63]! + s13 + b13;
      if (v > b) b = v;
      v = h[r + 72]! + s16 + b16;
      if (v > b) b = v;
      beta[cur + OUTSIDE_TAGS[j]!] = b;
    }
    // B-x and I-x: next is I-x or L-x.
    for (let x = 0; x < 4; x++) {
      const bt = 1 + 4 * x;
      const iT = bt + 1;
      const lT = bt + 2;
      const r = hi + INSIDE + 4 * x;
      const sbI = s[nx + iT]!;
      const bI = beta[nx + iT]!;
      const sbL = s[nx + lT]!;
      const bL = beta[nx + lT]!;
      // From B-x: to I-x (r), to L-x (r + 2).
      let b = h[r]! + sbI + bI;
      let v = h[r + 2]! + sbL + bL;
      if (v > b) b = v;
      beta[cur + bt] = b;
      // From I-x: to I-x (r + 1), to L-x (r + 3).
      b = h[r + 1]! + sbI + bI;
      v = h[r + 3]! + sbL + bL;
      if (v > b) b = v;
      beta[cur + iT] = b;
    }
  }
}
