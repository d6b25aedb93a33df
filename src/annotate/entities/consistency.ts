/**
 * Run-time ids of the document-consistency features (stage 2), from stage
 * 1's tags as numbers: what `emitContextFeatures` (features.ts) emits as
 * strings, feature for feature and in the same order (the run time sums the
 * rows in that order), without a Map per word or a string per piece.
 *
 * Counts live on a record per lower-cased word (`ConsistencyCounts`, shared
 * by every spelling of the word), stamped with the document they belong to.
 * Outcomes are kept in first-seen order, as the Map of the string path
 * iterates them: the majority type on a tie, and the order of the emitted
 * features, depend on it.
 */
import { contextFeatureString } from './features.js';
import { IdBuffer, type PieceIds } from './id-buffer.js';
import { TAGS, TYPES } from './tags.js';

/** Outcome codes: a B/I/L tag index as itself (inside a longer name); a type (0 = O, k = TYPES[k-1]) as TYPE_CODE + type. */
const TYPE_CODE = 100;
const TYPE_NAMES = ['O', ...TYPES];
const N_TYPES = TYPE_NAMES.length;

const typeOfTag = (t: number) => (t === 0 ? 0 : ((t - 1) >> 2) + 1);
/** B, I or L (not O, not U) in the O + (B, I, L, U) × type layout. */
const isInsideTag = (t: number) => t !== 0 && ((t - 1) & 3) !== 3;

/** First-pass outcomes of one capitalised lower-cased word in document `doc`. */
export interface ConsistencyCounts {
  doc: number;
  n: number;
  what: number[];
  count: number[];
}

export const newConsistencyCounts = (): ConsistencyCounts => ({ doc: -1, n: 0, what: [], count: [] });

function bump(c: ConsistencyCounts, what: number): void {
  for (let k = 0; k < c.n; k++) {
    if (c.what[k] === what) {
      c.count[k]!++;
      return;
    }
  }
  c.what[c.n] = what;
  c.count[c.n] = 1;
  c.n++;
}

/** Consistency feature ids of a document: piece p's ids are ids[offsets[p] .. offsets[p+1]) (pieces numbered across sentences). */
export type DocIds = PieceIds;

export class ConsistencyFeatures {
  private readonly own: Int32Array;
  private readonly ctxin: Int32Array;
  private readonly ctxany: Int32Array;
  private readonly ctx: Int32Array;
  private readonly ctxOwn: Int32Array;
  private readonly ctxall: Int32Array;
  private readonly out = new IdBuffer(1024, 256);

  constructor(idOf: (feature: string) => number) {
    this.own = Int32Array.from(TAGS, (t) => idOf(contextFeatureString('own', t)));
    this.ctxin = Int32Array.from(TAGS, (t) => idOf(contextFeatureString('ctxin', t)));
    this.ctxany = Int32Array.from(TYPE_NAMES, (t) => idOf(contextFeatureString('ctxany', t)));
    this.ctx = Int32Array.from(TYPE_NAMES, (t) => idOf(contextFeatureString('ctx', t)));
    this.ctxall = Int32Array.from(TYPE_NAMES, (t) => idOf(contextFeatureString('ctxall', t)));
    this.ctxOwn = new Int32Array(N_TYPES * N_TYPES);
    TYPE_NAMES.forEach((best, b) => TYPE_NAMES.forEach((own, o) => (this.ctxOwn[b * N_TYPES + o] = idOf(contextFeatureString('ctx|own', best, own)))));
  }

  /**
   * The ids for every piece of a document. `keyOf(s, i)` is the counts
   * record of piece i of sentence s when the piece is a capitalised word
   * (the string path's consistency key), else undefined; `docId` is new for
   * each document. The result is reused by the next call.
   */
  docIds(tags: readonly (readonly number[])[], keyOf: (s: number, i: number) => ConsistencyCounts | undefined, docId: number): DocIds {
    let pieces = 0;
    for (const t of tags) pieces += t.length;
    const out = this.out;
    out.start(pieces);
    // Counts first: how each capitalised word was tagged across the document.
    for (let s = 0; s < tags.length; s++) {
      const ts = tags[s]!;
      for (let i = 0; i < ts.length; i++) {
        const c = keyOf(s, i);
        if (!c) continue;
        if (c.doc !== docId) {
          c.doc = docId;
          c.n = 0;
        }
        const tag = ts[i]!;
        bump(c, TYPE_CODE + typeOfTag(tag));
        if (isInsideTag(tag)) bump(c, tag);
      }
    }
    let p = 0;
    for (let s = 0; s < tags.length; s++) {
      const ts = tags[s]!;
      for (let i = 0; i < ts.length; i++, p++) {
        out.startPiece(p);
        const own = ts[i]!;
        out.push(this.own[own]!);
        const c = keyOf(s, i);
        if (c) this.pushCounts(c, own);
      }
    }
    return out.finish(p);
  }

  /** `emitContextFeatures`' loop over one keyed piece's counts. */
  private pushCounts(c: ConsistencyCounts, own: number): void {
    const out = this.out;
    const ownType = typeOfTag(own);
    let total = 0;
    let best = -1;
    let bestN = 0;
    for (let k = 0; k < c.n; k++) {
      const what = c.what[k]!;
      const n0 = c.count[k]!;
      if (what < TYPE_CODE) {
        // Inside a longer name elsewhere (not counting this very piece).
        if ((own === what ? n0 - 1 : n0) > 0) out.push(this.ctxin[what]!);
        continue;
      }
      const type = what - TYPE_CODE;
      const n = type === ownType ? n0 - 1 : n0;
      if (n > 0 && type !== 0) out.push(this.ctxany[type]!);
      total += n;
      if (n > bestN) {
        best = type;
        bestN = n;
      }
    }
    if (total === 0) return;
    out.push(this.ctx[best]!);
    out.push(this.ctxOwn[best * N_TYPES + ownType]!);
    if (bestN === total) out.push(this.ctxall[best]!);
  }
}
