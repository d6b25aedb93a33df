import { test } from 'node:test';
import assert from 'node:assert/strict';
import { N_TAGS, decodeScores } from './decode.js';
import { allowedTransitions } from './tags.js';

/**
 * The straightforward decoder the unrolled passes (viterbi.ts) replace:
 * every allowed transition in a loop, back pointers kept in the forward
 * pass, max-marginals from a generic backward pass.
 */
function referenceDecode(n: number, s: Float64Array, H: Float32Array[]): { tags: number[]; margins: number[] } {
  const T = N_TAGS;
  const allowed = allowedTransitions();
  const ends = allowed[0]!.map((_, t) => allowed[t + 1]!.some((ok, next) => ok && allowed[0]![next]));
  const alpha = new Float64Array(n * T).fill(-Infinity);
  const back = new Int16Array(n * T).fill(-1);
  for (let t = 0; t < T; t++) if (allowed[0]![t]) alpha[t] = s[t]! + H[0]![t]!;
  for (let i = 1; i < n; i++) {
    for (let p = 0; p < T; p++) {
      for (let t = 0; t < T; t++) {
        if (!allowed[p + 1]![t]) continue;
        const v = alpha[(i - 1) * T + p]! + H[i]![(p + 1) * T + t]! + s[i * T + t]!;
        if (v > alpha[i * T + t]!) {
          alpha[i * T + t] = v;
          back[i * T + t] = p;
        }
      }
    }
  }
  const beta = new Float64Array(n * T).fill(-Infinity);
  for (let t = 0; t < T; t++) if (ends[t]) beta[(n - 1) * T + t] = 0;
  for (let i = n - 2; i >= 0; i--) {
    for (let t = 0; t < T; t++) {
      for (let nx = 0; nx < T; nx++) {
        if (!allowed[t + 1]![nx]) continue;
        const v = H[i + 1]![(t + 1) * T + nx]! + s[(i + 1) * T + nx]! + beta[(i + 1) * T + nx]!;
        if (v > beta[i * T + t]!) beta[i * T + t] = v;
      }
    }
  }
  const marg = (i: number, t: number) => alpha[i * T + t]! + beta[i * T + t]!;
  let last = 0;
  for (let t = 1; t < T; t++) if (marg(n - 1, t) > marg(n - 1, last)) last = t;
  const tags = new Array<number>(n);
  tags[n - 1] = last;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + tags[i]!]!;
  const margins = tags.map((chosen, i) => {
    let other = -Infinity;
    for (let t = 0; t < T; t++) if (t !== chosen) other = Math.max(other, marg(i, t));
    return marg(i, chosen) - other;
  });
  return { tags, margins };
}

/** A small deterministic generator (tests must not depend on Math.random). */
function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

function randomSentence(n: number, rand: () => number, spread: number): { s: Float64Array; H: Float32Array[] } {
  const s = new Float64Array(n * N_TAGS).map(() => (rand() - 0.5) * spread);
  const H = Array.from({ length: n }, () => new Float32Array((N_TAGS + 1) * N_TAGS).map(() => (rand() - 0.5) * spread));
  return { s, H };
}

test('viterbi: the unrolled passes give the reference decoder’s tags and margins', () => {
  const rand = lcg(7);
  let named = 0;
  for (let trial = 0; trial < 300; trial++) {
    const n = 1 + Math.floor(rand() * 25);
    const { s, H } = randomSentence(n, rand, trial % 3 === 0 ? 1 : 20);
    const want = referenceDecode(n, s, H);
    const got = decodeScores(n, s, (i) => H[i]!, 'all');
    assert.deepEqual(got.tags, want.tags, `trial ${trial}`);
    got.margins.forEach((m, i) => assert.ok(Math.abs(m - want.margins[i]!) < 1e-9, `trial ${trial} margin ${i}`));
    if (want.tags.some((t) => t !== 0)) named++;
  }
  assert.ok(named > 100, 'random sentences exercise names, not only O');
});

test("viterbi: ties go to the first allowed previous tag, as the reference's strict > does", () => {
  // All-zero scores: every path ties; the reference keeps O throughout.
  const n = 6;
  const s = new Float64Array(n * N_TAGS);
  const H = Array.from({ length: n }, () => new Float32Array((N_TAGS + 1) * N_TAGS));
  assert.deepEqual(decodeScores(n, s, (i) => H[i]!, 'all').tags, referenceDecode(n, s, H).tags);
});

test("viterbi: 'named' margins skip all-O sentences and read only the pieces of names", () => {
  const n = 4;
  const s = new Float64Array(n * N_TAGS);
  for (let i = 0; i < n; i++) s[i * N_TAGS] = 5; // O wins everywhere
  const H = Array.from({ length: n }, () => new Float32Array((N_TAGS + 1) * N_TAGS));
  const allO = decodeScores(n, s, (i) => H[i]!, 'named');
  assert.deepEqual(allO.tags, [0, 0, 0, 0]);
  assert.deepEqual(allO.margins, []);
  s[2 * N_TAGS + 4] = 50; // U-PER at piece 2
  const named = decodeScores(n, s, (i) => H[i]!, 'named');
  assert.equal(named.tags[2], 4);
  assert.equal(named.margins.length, n);
  // The named piece's margin is the one 'all' gives; the O pieces have none.
  assert.equal(named.margins[2], decodeScores(n, s, (i) => H[i]!, 'all').margins[2]);
  assert.ok(Number.isFinite(named.margins[2]));
  [0, 1, 3].forEach((i) => assert.ok(Number.isNaN(named.margins[i]), `piece ${i}`));
  assert.deepEqual(decodeScores(n, s, (i) => H[i]!, 'none').margins, []);
});
