/**
 * Near-duplicate detection for syndicated wire stories: MinHash signatures
 * over word shingles, with LSH banding to find candidates without comparing
 * every pair. The same AFP story on forty sites differs in boilerplate,
 * headline and a sentence or two; its shingle sets still overlap heavily.
 */

const SHINGLE = 5;
export const SIGNATURE_SIZE = 64;
const BANDS = 16; // 16 bands x 4 rows: pairs above ~0.6 Jaccard almost always collide
const ROWS = SIGNATURE_SIZE / BANDS;

/** 32-bit FNV-1a. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// Fixed seeds so signatures are stable across runs and machines.
const SEEDS_A = new Uint32Array(SIGNATURE_SIZE);
const SEEDS_B = new Uint32Array(SIGNATURE_SIZE);
{
  let x = 0x9e3779b9;
  const next = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    SEEDS_A[i] = next() | 1;
    SEEDS_B[i] = next();
  }
}

export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

// Ingest signs a text to look for copies, then the store signs the same text
// when it saves the record: remembering the last one saves the second pass.
let lastText: string | undefined;
let lastSignature: Uint32Array | undefined;

/** MinHash signature of a text's word 5-shingles (empty text → all 0xffffffff). Treat as read-only. */
export function signature(text: string): Uint32Array {
  if (text === lastText && lastSignature) return lastSignature;
  const sig = computeSignature(text);
  lastText = text;
  lastSignature = sig;
  return sig;
}

function computeSignature(text: string): Uint32Array {
  const w = words(text);
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  const n = Math.max(1, w.length - SHINGLE + 1);
  for (let i = 0; i < n && w.length > 0; i++) {
    const h = fnv1a(w.slice(i, i + SHINGLE).join(' '));
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const v = (Math.imul(h, SEEDS_A[k]!) + SEEDS_B[k]!) >>> 0;
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of the two shingle sets. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ sig[b * ROWS + r]!, 0x01000193);
    keys.push(`${b}:${(h >>> 0).toString(36)}`);
  }
  return keys;
}

export function signatureToHex(sig: Uint32Array): string {
  return Array.from(sig, (v) => v.toString(16).padStart(8, '0')).join('');
}

export function signatureFromHex(hex: string): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE);
  for (let i = 0; i < SIGNATURE_SIZE; i++) sig[i] = parseInt(hex.slice(i * 8, i * 8 + 8), 16);
  return sig;
}

/** An in-memory LSH index: add stories, ask which stored story a new text duplicates. */
export class NearDuplicateIndex {
  private readonly buckets = new Map<string, string[]>();
  private readonly sigs = new Map<string, Uint32Array>();
  constructor(private readonly threshold = 0.7) {}

  add(id: string, sig: Uint32Array): void {
    this.sigs.set(id, sig);
    for (const key of bandKeys(sig)) {
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(id);
      else this.buckets.set(key, [id]);
    }
  }

  /** The most similar stored id at or above the threshold, if any. */
  match(sig: Uint32Array): { id: string; similarity: number } | undefined {
    let best: { id: string; similarity: number } | undefined;
    const seen = new Set<string>();
    for (const key of bandKeys(sig)) {
      for (const id of this.buckets.get(key) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        const s = similarity(sig, this.sigs.get(id)!);
        if (s >= this.threshold && (!best || s > best.similarity)) best = { id, similarity: s };
      }
    }
    return best;
  }
}
