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
 * Scores: alpha[i*T + t], beta[i*T + t], static s[i*T + t]; the history
 * matrix of piece i is h_i[prev * T + t] with prev 0 = sentence start and
 * prev p+1 = tag p. Sums are formed in the same order as the generic loops
 * (alpha + h, then + s; backward (h + s) + beta), so values are identical.
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

// History-matrix row offsets of the outside states (prev = tag + 1).
const R0 = 1 * T;
const R3 = 4 * T;
const R4 = 5 * T;
const R7 = 8 * T;
const R8 = 9 * T;
const R11 = 12 * T;
const R12 = 13 * T;
const R15 = 16 * T;
const R16 = 17 * T;

/**
 * Forward max pass: alpha[i][t] = s[i][t] + max over allowed p of
 * alpha[i-1][p] + h_i[p+1][t]; tags not allowed at the start are -inf.
 */
export function forwardMax(n: number, s: Float64Array, H: readonly ArrayLike<number>[], alpha: Float64Array): void {
  const h0 = H[0]!;
  for (let t = 0; t < T; t++) alpha[t] = -Infinity;
  for (let k = 0; k < START_TAGS.length; k++) {
    const t = START_TAGS[k]!;
    alpha[t] = s[t]! + h0[t]!;
  }
  for (let i = 1; i < n; i++) {
    const h = H[i]!;
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
      const t = START_TAGS[k]!;
      let b = a0 + h[R0 + t]!;
      let v = a3 + h[R3 + t]!;
      if (v > b) b = v;
      v = a4 + h[R4 + t]!;
      if (v > b) b = v;
      v = a7 + h[R7 + t]!;
      if (v > b) b = v;
      v = a8 + h[R8 + t]!;
      if (v > b) b = v;
      v = a11 + h[R11 + t]!;
      if (v > b) b = v;
      v = a12 + h[R12 + t]!;
      if (v > b) b = v;
      v = a15 + h[R15 + t]!;
      if (v > b) b = v;
      v = a16 + h[R16 + t]!;
      if (v > b) b = v;
      alpha[cur + t] = b + s[cur + t]!;
    }
    // I-x and L-x (tags B+1, B+2 of the type whose B tag is `bt`) from B-x or I-x.
    for (let bt = 1; bt < T; bt += 4) {
      const aB = alpha[q + bt]!;
      const aI = alpha[q + bt + 1]!;
      const rB = (bt + 1) * T;
      const rI = (bt + 2) * T;
      for (let t = bt + 1; t <= bt + 2; t++) {
        let b = aB + h[rB + t]!;
        const v = aI + h[rI + t]!;
        if (v > b) b = v;
        alpha[cur + t] = b + s[cur + t]!;
      }
    }
  }
}

/**
 * The previous tag on the best path into tag t at piece i ≥ 1: the first
 * allowed p (ascending) reaching alpha's max, as a generic argmax would pick.
 */
export function bestPrevious(i: number, t: number, h: ArrayLike<number>, alpha: Float64Array): number {
  const q = (i - 1) * T;
  const first = (t - 1) % 4;
  if (t !== 0 && (first === 1 || first === 2)) {
    // I-x / L-x: from B-x (t - first) or I-x.
    const bt = t - first;
    return alpha[q + bt + 1]! + h[(bt + 2) * T + t]! > alpha[q + bt]! + h[(bt + 1) * T + t]! ? bt + 1 : bt;
  }
  let best = -Infinity;
  let arg = -1;
  for (let k = 0; k < OUTSIDE_TAGS.length; k++) {
    const p = OUTSIDE_TAGS[k]!;
    const v = alpha[q + p]! + h[(p + 1) * T + t]!;
    if (v > best) {
      best = v;
      arg = p;
    }
  }
  return arg;
}

/** Backward max pass: beta[i][t] = best score of the pieces after i given tag t at i (0 / -inf at the end). */
export function backwardMax(n: number, s: Float64Array, H: readonly ArrayLike<number>[], beta: Float64Array): void {
  const last = (n - 1) * T;
  for (let t = 0; t < T; t++) beta[last + t] = -Infinity;
  for (let k = 0; k < OUTSIDE_TAGS.length; k++) beta[last + OUTSIDE_TAGS[k]!] = 0;
  for (let i = n - 2; i >= 0; i--) {
    const h = H[i + 1]!;
    const nx = (i + 1) * T;
    const cur = i * T;
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
    // Outside states: next is O, B-*, U-*.
    for (let k = 0; k < 9; k++) {
      const t = OUTSIDE_TAGS[k]!;
      const r = (t + 1) * T;
      let b = h[r]! + s0 + b0;
      let v = h[r + 1]! + s1 + b1;
      if (v > b) b = v;
      v = h[r + 4]! + s4 + b4;
      if (v > b) b = v;
      v = h[r + 5]! + s5 + b5;
      if (v > b) b = v;
      v = h[r + 8]! + s8 + b8;
      if (v > b) b = v;
      v = h[r + 9]! + s9 + b9;
      if (v > b) b = v;
      v = h[r + 12]! + s12 + b12;
      if (v > b) b = v;
      v = h[r + 13]! + s13 + b13;
      if (v > b) b = v;
      v = h[r + 16]! + s16 + b16;
      if (v > b) b = v;
      beta[cur + t] = b;
    }
    // B-x and I-x: next is I-x or L-x.
    for (let bt = 1; bt < T; bt += 4) {
      const iT = bt + 1;
      const lT = bt + 2;
      for (let t = bt; t <= bt + 1; t++) {
        const r = (t + 1) * T;
        let b = h[r + iT]! + s[nx + iT]! + beta[nx + iT]!;
        const v = h[r + lT]! + s[nx + lT]! + beta[nx + lT]!;
        if (v > b) b = v;
        beta[cur + t] = b;
      }
    }
  }
}
