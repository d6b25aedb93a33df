/**
 * The run-time form of the staged tagger, built for speed; it sees exactly
 * the features of the training path (features.ts + stages.ts `decodeDoc`),
 * which `runtime.test.ts` checks.
 *
 * Order per document:
 *  1. each piece → its `WordEntry` (`beginDocument`, then `entryAt` on a
 *     range of the document text, looked up in place, entry-table.ts, or
 *     `entryOf` on a piece string; `prepare` does it for a piece document),
 *     which caches per word type the lower-cased form, shape, case flags,
 *     part ids for the bigram and shape-trigram tables, gazetteer facts, and
 *     per stage the summed weights of every feature that depends on the
 *     word alone (self features, the features it lends to its neighbours;
 *     looked up by template, word-feature-ids.ts) and where its previous-tag
 *     weight matrices (packed for Viterbi, viterbi.ts) sit in the history
 *     pool. Every spelling of a lower-cased word shares one record
 *     holding its document-casing and consistency counts and what the model
 *     keys by the lower-cased word (`LowerFacts`, indexed at load: one
 *     look-up for a new word instead of one per template);
 *  2. sentence and document casing (counted on those records), gazetteer matches;
 *  3. ids of the contextual features (casing class, gazetteer, bigrams,
 *     shape trigram) from integer tables indexed at load (part-tables.ts);
 *  4. static scores of every stage in one pass: cached sums + contextual rows
 *     (the stages' weight rows are interleaved, so they are read together;
 *     a slot with one feature or none reads that feature's row or a zero
 *     row, nothing summed or allocated);
 *  5. per stage: (+ stage-2 document-consistency rows, from stage 1's tags,
 *     consistency.ts)
 *     Viterbi (decode.ts, viterbi.ts); margins only in the last stage, only
 *     for the pieces of names (the backward pass stops at a sentence's first name).
 *
 * Summation order matches the string-keyed training path's, so scores are
 * bit-identical to it.
 */
import { DECODE_HISTORY_SIZE, HistoryMatrices, N_TAGS as TAG_COUNT, decodePooled, type Decoded } from './decode.js';
import {
  CASING_CLASSES,
  MAX_SHAPE,
  SENTENCE_END,
  SENTENCE_START,
  casingClassOfCounts,
  sentenceCase,
  shortShape,
  wordShape,
  wordCaseFlags,
  type PieceDoc,
  type WordCaseFlags,
} from './features.js';
import type { Gazetteer, GazetteerWord } from './gazetteer.js';
import { PairTable, PartIds, TripleTable } from './part-tables.js';
import { NO_LOWER_IDS, WordFeatureIds, type LowerIds } from './word-feature-ids.js';
import { ConsistencyFeatures, newConsistencyCounts, type ConsistencyCounts, type DocIds } from './consistency.js';
import { EntryTable } from '../../util/span-table.js';
import { IdBuffer, type PieceIds } from './id-buffer.js';
import type { StageWeights } from './model-file.js';

/** A module-local copy: hot loops below read it per piece. */
const N_TAGS = TAG_COUNT;
const SENTENCE_CASES = ['U', 'T', 'n'] as const;
const caseIndex = (c: string) => (c === 'U' ? 0 : c === 'T' ? 1 : 2);

/**
 * Slots of a word's cached sums: its self features per sentence case (0-2),
 * then the features it lends as previous, second previous, next, second next
 * piece (3-6).
 */
const SLOT_PREV = 3;
const SLOT_PREV2 = 4;
const SLOT_NEXT = 5;
const SLOT_NEXT2 = 6;
/**
 * What the run time knows about one word type. Flat (case flags and slot
 * offsets are fields, not objects of their own): the hot loops read a few
 * fields of every piece's entry, and each object more is a pointer to chase
 * and, for the entries of a long document, a cache miss.
 */
export interface WordEntry extends WordCaseFlags, GazetteerWord {
  word: string;
  lower: string;
  /** Shared by every word with this lower-cased form: its document-casing counts. */
  casing: LowerCasing;
  /** Its shape when at most 6 long (the `sh` feature's value), else null (the short shape stands in). */
  shape: string | null;
  short: string;
  /** '|' in the word: its pair/triple features must be looked up as strings. */
  hasBar: boolean;
  /** Part id of the lower-cased word in the bigram tables, of its short shape in the shape-trigram table (-1: in none). */
  wordId: number;
  shapeId: number;
  /**
   * Its gazetteer facts (`kinds`, `prefix`, `next`: the entry is its own
   * `GazetteerWord`, one object less to reach per piece), for the gazetteer
   * `gazetteerOf` was last given.
   */
  gazetteerOf: Gazetteer | undefined;
  /** Id of `first|<shape>`. */
  firstId: number;
  /** Per slot (s0 … s6, see SLOTS), where its summed weights start in the `SumPool` (one block of N_TAGS per stage), or -1 before first use. */
  s0: number;
  s1: number;
  s2: number;
  s3: number;
  s4: number;
  s5: number;
  s6: number;
  /**
   * Where its previous-tag × tag weight matrices start in the history pool
   * (stage k's at + k * DECODE_HISTORY_SIZE; all stages made on first use), or -1 before first use.
   */
  historyAt: number;
}

function slotOffset(e: WordEntry, slot: number): number {
  switch (slot) {
    case 0:
      return e.s0;
    case 1:
      return e.s1;
    case 2:
      return e.s2;
    case 3:
      return e.s3;
    case 4:
      return e.s4;
    case 5:
      return e.s5;
    default:
      return e.s6;
  }
}

function setSlotOffset(e: WordEntry, slot: number, off: number): void {
  switch (slot) {
    case 0:
      e.s0 = off;
      break;
    case 1:
      e.s1 = off;
      break;
    case 2:
      e.s2 = off;
      break;
    case 3:
      e.s3 = off;
      break;
    case 4:
      e.s4 = off;
      break;
    case 5:
      e.s5 = off;
      break;
    default:
      e.s6 = off;
  }
}

/**
 * How often one lower-cased word is written capitalised / in lower case in
 * running text of the document being tagged (`docCasing` of features.ts,
 * counted on the words instead of in two Maps per document). Counts belong
 * to document `doc` (a counter); older counts read as zero.
 */
interface LowerCasing {
  doc: number;
  capital: number;
  lower: number;
  /** The word's stage-1 outcomes in the document, for the consistency features (consistency.ts). */
  consistency: ConsistencyCounts;
  /** What the model keys by the lower-cased word. */
  facts: LowerFacts;
}

/**
 * Everything the model keys by a lower-cased word, indexed once at load so
 * that a new word costs one look-up (usually a miss) instead of one per
 * template: the ids of its lower-keyed features, its part id in the bigram
 * tables, and per stage its own previous-tag weights.
 */
interface LowerFacts {
  ids: LowerIds;
  part: number;
  own: readonly (Float32Array | undefined)[];
}

const NO_FACTS: LowerFacts = Object.freeze({ ids: NO_LOWER_IDS, part: -1, own: Object.freeze([]) });

/** `casingClassIndex` (features.ts) from a word's counts in document `doc`. */
function casingClassOf(c: LowerCasing, doc: number): number {
  return c.doc !== doc ? 0 : casingClassOfCounts(c.capital, c.lower);
}

/**
 * One growing Float32Array holding the model's weight rows, one row of
 * zeros, then every cached sum: no allocation per sum, the sums of words met
 * together sit together in memory, and a slot with one feature (or none) is
 * that feature's row (or the zero row) itself, with nothing allocated or summed.
 */
class SumPool {
  data: Float32Array;
  private used: number;
  /** Where the cached sums start (after the rows and the zero row). */
  private readonly base: number;
  /** Offset of the zero row. */
  readonly zero: number;

  constructor(rows: Float32Array, rowSize: number) {
    this.zero = rows.length;
    this.base = this.used = rows.length + rowSize;
    this.data = new Float32Array(this.base + (1 << 16));
    this.data.set(rows);
  }

  /** Offset of `size` zeroed floats. */
  alloc(size: number): number {
    const off = this.allocUnset(size);
    this.data.fill(0, off, off + size);
    return off;
  }

  /** Offset of `size` floats holding anything (for a caller that writes them all). */
  allocUnset(size: number): number {
    if (this.used + size > this.data.length) {
      const grown = new Float32Array(Math.max(2 * this.data.length, this.used + size));
      grown.set(this.data.subarray(0, this.used));
      this.data = grown;
    }
    const off = this.used;
    this.used += size;
    return off;
  }

  reset(): void {
    this.used = this.base;
  }
}

/** A document's word entries and sentence cases (`StagedModel.prepare`). */
export interface PreparedDoc {
  doc: PieceDoc;
  /** Opaque outside this module. */
  entries: readonly (readonly WordEntry[])[];
  cases: readonly ('U' | 'T' | 'n')[];
}

/** The contextual feature ids of one sentence: piece i's ids are ids[offsets[i] .. offsets[i+1]). */
type SentenceIds = PieceIds;

/** All stages of a model on one shared feature vocabulary (run-time path). */
export class StagedModel {
  private readonly vocabulary = new Map<string, number>();
  private readonly idOf = (f: string) => this.vocabulary.get(f) ?? -1;
  /**
   * Every stage's weights on the shared vocabulary, interleaved, at the start
   * of the pool (`pool.data`, read afresh after the pool may have grown):
   * feature id's row for stage k starts at (id * stages + k) * N_TAGS, so the
   * stages' rows of a feature share cache lines (they are read together).
   * Then the cached sums, laid out the same way (stage k at + k * N_TAGS).
   */
  private readonly pool: SumPool;
  /** False if some weight is -0 (0 + -0 is +0, so a row would not equal its one-feature sum): then every slot is summed. */
  private readonly rowIsSum: boolean;
  private readonly stages: number;
  /** Per stage, its history matrices. */
  private readonly history: HistoryMatrices[];
  /** Ids of the word-keyed features by template (no strings built per new word). */
  private readonly wordFeatures: WordFeatureIds;
  private readonly consistency: ConsistencyFeatures;
  private readonly entries = new EntryTable<WordEntry>();
  private readonly lowerCasings = new Map<string, LowerCasing>();
  private readonly lowerFacts = new Map<string, LowerFacts>();
  /** Numbers the documents tagged, for `LowerCasing.doc`. */
  private docCounter = 0;
  private static readonly MAX_CACHED = 100_000;

  // Contextual templates, indexed once.
  /** `w-1w=a|b` (table 0) and `ww+1=a|b` (table 1) by word part ids; `ss-1ss+1=a|b|c` by shape part ids. */
  private readonly wordParts = new PartIds();
  private readonly bigrams: PairTable;
  private readonly shapeTriples: TripleTable;
  /** Part ids of the sentence-edge markers, as the features spell them. */
  private readonly edgeIds: { startWord: number; endWord: number; startShape: number; endShape: number };
  /** dc=<class>|<case>|<first> by class * 6 + case * 2 + first; dcn=<class> by class. */
  private readonly dcIds: Int32Array;
  private readonly dcnIds: Int32Array;
  /** Per gazetteer label, the ids of g=, g-1=, g+1=. */
  private readonly gazetteerIds = new Map<string, Int32Array>();
  /** The sentence-edge neighbours, as words. */
  private edges!: { start: WordEntry; end: WordEntry };

  constructor(stages: readonly StageWeights[]) {
    for (const st of stages) for (const f of st.features) if (!this.vocabulary.has(f)) this.vocabulary.set(f, this.vocabulary.size);
    this.stages = stages.length;
    const rows = new Float32Array(this.vocabulary.size * this.stages * N_TAGS);
    stages.forEach((st, k) => {
      st.features.forEach((f, j) => rows.set(st.weights.subarray(j * N_TAGS, (j + 1) * N_TAGS), (this.vocabulary.get(f)! * this.stages + k) * N_TAGS));
    });
    this.rowIsSum = !rows.some((w) => Object.is(w, -0));
    this.pool = new SumPool(rows, this.stages * N_TAGS);
    this.history = stages.map((st) => new HistoryMatrices(st.features, st.weights));
    this.wordFeatures = new WordFeatureIds(this.vocabulary);
    this.consistency = new ConsistencyFeatures(this.idOf);
    this.bigrams = new PairTable(this.vocabulary, ['w-1w=', 'ww+1='], this.wordParts);
    this.shapeTriples = new TripleTable(this.vocabulary, 'ss-1ss+1=');
    this.edgeIds = {
      startWord: this.wordParts.get(SENTENCE_START),
      endWord: this.wordParts.get(SENTENCE_END),
      startShape: this.shapeTriples.parts.get(SENTENCE_START),
      endShape: this.shapeTriples.parts.get(SENTENCE_END),
    };
    this.dcIds = new Int32Array(CASING_CLASSES.length * 6);
    this.dcnIds = new Int32Array(CASING_CLASSES.length);
    CASING_CLASSES.forEach((cls, c) => {
      this.dcnIds[c] = this.idOf(`dcn=${cls}`);
      SENTENCE_CASES.forEach((sc, s) => {
        for (const first of [false, true]) this.dcIds[c * 6 + s * 2 + (first ? 1 : 0)] = this.idOf(`dc=${cls}|${sc}|${first}`);
      });
    });
    this.indexLowerFacts();
    this.resetCaches();
  }

  /** `lowerFacts` for every lower-cased word the model keys anything by. */
  private indexLowerFacts(): void {
    const keys = new Set<string>(this.wordFeatures.lowerKeys());
    for (const k of this.wordParts.keys()) keys.add(k);
    for (const h of this.history) for (const k of h.ownKeys()) keys.add(k);
    for (const k of keys) {
      this.lowerFacts.set(k, { ids: this.wordFeatures.lowerIds(k), part: this.wordParts.get(k), own: this.history.map((h) => h.ownOf(k)) });
    }
  }

  /** Between documents only: entries of the document being tagged point into the pool. */
  private resetCaches(): void {
    this.entries.clear();
    this.lowerCasings.clear();
    this.pool.reset();
    this.historyPool.reset();
    this.shapeOnlyHistory.clear();
    this.edges = { start: this.newEntry(SENTENCE_START), end: this.newEntry(SENTENCE_END) };
  }

  /** The summed weights of a word's slot: offset in `pool.data` of one N_TAGS block per stage, filled on first use. */
  private sumsOf(e: WordEntry, slot: number, sentCase: string): number {
    const cached = slotOffset(e, slot);
    if (cached >= 0) return cached;
    // Feature ids once for all stages; each stage's block sums its rows in feature order (as Float32, like the training path's per-group sums).
    const ids = this.slotIds(e, slot, sentCase);
    const stages = this.stages;
    let off: number;
    // No feature: the zero row. One feature: its own row (0 + w is w in Float32 unless w is -0).
    if (ids.length === 0) off = this.pool.zero;
    else if (ids.length === 1 && this.rowIsSum) off = ids[0]! * stages * N_TAGS;
    else {
      // The first row copied, not added onto zeros (the same unless a weight is -0): no fill, one pass less.
      off = this.rowIsSum ? this.pool.allocUnset(stages * N_TAGS) : this.pool.alloc(stages * N_TAGS);
      const data = this.pool.data;
      for (let k = 0; k < stages; k++) {
        const base = off + k * N_TAGS;
        let j = 0;
        if (this.rowIsSum) {
          const r = (ids[j++]! * stages + k) * N_TAGS;
          for (let t = 0; t < N_TAGS; t++) data[base + t] = data[r + t]!;
        }
        for (; j < ids.length; j++) {
          const r = (ids[j]! * stages + k) * N_TAGS;
          for (let t = 0; t < N_TAGS; t++) data[base + t]! += data[r + t]!;
        }
      }
    }
    setSlotOffset(e, slot, off);
    return off;
  }

  /** Reused by `slotIds` (read before the next call). */
  private readonly slotBuffer: number[] = [];

  /** Feature ids of a word's slot, in the order of the training path's feature list (in a reused array). */
  private slotIds(e: WordEntry, slot: number, sentCase: string): number[] {
    const ids = this.slotBuffer;
    ids.length = 0;
    const f = this.wordFeatures;
    const lowerIds = e.casing.facts.ids;
    if (slot === SLOT_PREV) f.asPrevious(e.word, e.lower, e.short, lowerIds, ids);
    else if (slot === SLOT_PREV2) f.asSecondPrevious(lowerIds, ids);
    else if (slot === SLOT_NEXT) f.asNext(e.word, e.lower, e.short, lowerIds, ids);
    else if (slot === SLOT_NEXT2) f.asSecondNext(lowerIds, ids);
    else f.selfOf(e.word, e.lower, e.shape, e.short, sentCase, lowerIds, ids);
    return ids;
  }

  /** The entry of a word (made on first meeting). Between `beginDocument` and `run` only. */
  entryOf(word: string): WordEntry {
    let e = this.entries.get(word);
    if (!e) this.entries.add((e = this.newEntry(word)));
    return e;
  }

  /** `entryOf(text.slice(start, end))`, slicing only for a word met for the first time. */
  entryAt(text: string, start: number, end: number): WordEntry {
    let e = this.entries.getRange(text, start, end);
    if (!e) this.entries.add((e = this.newEntry(text.slice(start, end))));
    return e;
  }

  private newEntry(word: string): WordEntry {
    const lower = word.toLowerCase();
    // Computed, not read from `shortShapeOf`'s memo: a new word is not in it, and a look-up in a
    // large Map is a few cache misses where the loop over a short word is not.
    const shape = wordShape(word);
    const short = shortShape(shape);
    let casing = this.lowerCasings.get(lower);
    if (!casing) {
      const facts = this.lowerFacts.get(lower) ?? NO_FACTS;
      this.lowerCasings.set(lower, (casing = { doc: -1, capital: 0, lower: 0, consistency: newConsistencyCounts(), facts }));
    }
    const flags = wordCaseFlags(word);
    return {
      word,
      lower,
      casing,
      shape: shape.length > MAX_SHAPE ? null : shape,
      short,
      letter: flags.letter,
      capitalised: flags.capitalised,
      allCaps: flags.allCaps,
      hasBar: word.includes('|') || lower.includes('|') || short.includes('|'),
      wordId: casing.facts.part,
      shapeId: this.shapeTriples.parts.get(short),
      kinds: undefined,
      prefix: false,
      next: undefined,
      gazetteerOf: undefined,
      firstId: this.firstIdOf(short),
      s0: -1,
      s1: -1,
      s2: -1,
      s3: -1,
      s4: -1,
      s5: -1,
      s6: -1,
      historyAt: -1,
    };
  }

  /** Ids of `first|<short shape>` by short shape (few shapes: a small Map that stays in cache). */
  private readonly firstIds = new Map<string, number>();
  private firstIdOf(short: string): number {
    let id = this.firstIds.get(short);
    if (id === undefined) {
      if (this.firstIds.size > 10_000) this.firstIds.clear();
      this.firstIds.set(short, (id = this.idOf(`first|${short}`)));
    }
    return id;
  }

  private gazetteerIdsOf(label: string): Int32Array {
    let ids = this.gazetteerIds.get(label);
    if (!ids) this.gazetteerIds.set(label, (ids = Int32Array.of(this.idOf(`g=${label}`), this.idOf(`g-1=${label}`), this.idOf(`g+1=${label}`))));
    return ids;
  }

  /** Fills the entries' gazetteer facts for `gazetteer` where they are for another one (or none yet). */
  private withGazetteer(entries: readonly WordEntry[], gazetteer: Gazetteer): readonly WordEntry[] {
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!;
      if (e.gazetteerOf === gazetteer) continue;
      const w = gazetteer.word(e.lower);
      e.kinds = w.kinds;
      e.prefix = w.prefix;
      e.next = w.next;
      e.gazetteerOf = gazetteer;
    }
    return entries;
  }

  /** Reused by `contextualIds` (its result is read before the next sentence's). */
  private readonly contextBuffer = new IdBuffer();

  /**
   * Contextual feature ids of one sentence, in the order `contextualFeatures`
   * (features.ts) lists them. The result lives in a reused buffer: read it
   * before the next call.
   */
  private contextualIds(entries: readonly WordEntry[], sentCase: string, docId: number, gazetteer: Gazetteer): SentenceIds {
    const n = entries.length;
    const gaz = gazetteer.match(
      entries.map((e) => e.lower),
      this.withGazetteer(entries, gazetteer),
    );
    const out = this.contextBuffer;
    out.start(n);
    const sc = caseIndex(sentCase);
    const edge = this.edgeIds;
    for (let i = 0; i < n; i++) {
      out.startPiece(i);
      const e = entries[i]!;
      if (i === 0) out.push(e.firstId);
      if ((e.letter && sentCase !== 'n') || i === 0) out.push(this.dcIds[casingClassOf(e.casing, docId) * 6 + sc * 2 + (i === 0 ? 1 : 0)]!);
      else if (e.letter && e.capitalised) out.push(this.dcnIds[casingClassOf(e.casing, docId)]!);
      // Indexed loops: the label lists may be one frozen empty array, which for-of walks with an allocated iterator.
      const own = gaz[i]!;
      for (let k = 0; k < own.length; k++) out.push(this.gazetteerIdsOf(own[k]!)[0]!);
      if (i > 0) {
        const before = gaz[i - 1]!;
        for (let k = 0; k < before.length; k++) out.push(this.gazetteerIdsOf(before[k]!)[1]!);
      }
      if (i < n - 1) {
        const after = gaz[i + 1]!;
        for (let k = 0; k < after.length; k++) out.push(this.gazetteerIdsOf(after[k]!)[2]!);
      }
      const prev = i > 0 ? entries[i - 1] : undefined;
      const next = i < n - 1 ? entries[i + 1] : undefined;
      if (e.hasBar || prev?.hasBar || next?.hasBar) {
        // '|' inside a part makes the part tables ambiguous: use the strings.
        const prevLower = prev ? prev.lower : SENTENCE_START;
        const nextLower = next ? next.lower : SENTENCE_END;
        const prevShort = prev ? prev.short : SENTENCE_START;
        const nextShort = next ? next.short : SENTENCE_END;
        out.push(this.idOf(`w-1w=${prevLower}|${e.lower}`));
        out.push(this.idOf(`ww+1=${e.lower}|${nextLower}`));
        out.push(this.idOf(`ss-1ss+1=${prevShort}|${e.short}|${nextShort}`));
      } else {
        out.push(this.bigrams.get(0, prev ? prev.wordId : edge.startWord, e.wordId));
        out.push(this.bigrams.get(1, e.wordId, next ? next.wordId : edge.endWord));
        out.push(this.shapeTriples.get(prev ? prev.shapeId : edge.startShape, e.shapeId, next ? next.shapeId : edge.endShape));
      }
    }
    return out.finish(n);
  }

  /**
   * Static scores of one sentence in every stage, written at `out[stageBase[k] + i * N_TAGS + t]`:
   * cached per-word sums, then contextual rows (stage-2 consistency rows come later, in `addRows`).
   * The five cached sums of a piece are found once for all stages.
   */
  private staticScores(entries: readonly WordEntry[], sentCase: string, ctx: SentenceIds, out: Float64Array, stageBase: Int32Array): void {
    const { start, end } = this.edges;
    const n = entries.length;
    const sc = caseIndex(sentCase);
    const stages = this.stages;
    const blocks = this.blocks;
    for (let i = 0; i < n; i++) {
      // Offsets first (filling may grow the pool), then read the pool; order as the training path's features.
      // Cached offsets read inline; `sumsOf` fills a missing one.
      const e = entries[i]!;
      const self = sc === 2 ? e.s2 : sc === 1 ? e.s1 : e.s0;
      const p1 = i > 0 ? entries[i - 1]! : start;
      const p2 = i > 1 ? entries[i - 2]! : start;
      const n1 = i < n - 1 ? entries[i + 1]! : end;
      const n2 = i < n - 2 ? entries[i + 2]! : end;
      blocks[0] = self >= 0 ? self : this.sumsOf(e, sc, sentCase);
      blocks[1] = p1.s3 >= 0 ? p1.s3 : this.sumsOf(p1, SLOT_PREV, sentCase);
      blocks[2] = p2.s4 >= 0 ? p2.s4 : this.sumsOf(p2, SLOT_PREV2, sentCase);
      blocks[3] = n1.s5 >= 0 ? n1.s5 : this.sumsOf(n1, SLOT_NEXT, sentCase);
      blocks[4] = n2.s6 >= 0 ? n2.s6 : this.sumsOf(n2, SLOT_NEXT2, sentCase);
      const d = this.pool.data;
      for (let k = 0; k < stages; k++) {
        const off = stageBase[k]! + i * N_TAGS;
        const stageOff = k * N_TAGS;
        const b0 = blocks[0]! + stageOff;
        const b1 = blocks[1]! + stageOff;
        const b2 = blocks[2]! + stageOff;
        const b3 = blocks[3]! + stageOff;
        const b4 = blocks[4]! + stageOff;
        // Left to right, as adding the blocks one by one onto zero would.
        for (let t = 0; t < N_TAGS; t++) out[off + t] = d[b0 + t]! + d[b1 + t]! + d[b2 + t]! + d[b3 + t]! + d[b4 + t]!;
      }
    }
    // Contextual rows, every stage at once (their rows sit together).
    const rows = this.pool.data;
    for (let i = 0; i < n; i++) {
      for (let j = ctx.offsets[i]!; j < ctx.offsets[i + 1]!; j++) {
        const row = ctx.ids[j]! * stages * N_TAGS;
        for (let k = 0; k < stages; k++) {
          const off = stageBase[k]! + i * N_TAGS;
          const r = row + k * N_TAGS;
          for (let t = 0; t < N_TAGS; t++) out[off + t]! += rows[r + t]!;
        }
      }
    }
  }

  /** Adds stage k's rows of the ids of pieces first .. first+n-1 (of the document) onto a sentence's scores (its piece i at out[i * N_TAGS ...]). */
  private addStageRows(k: number, ids: DocIds, first: number, n: number, out: Float64Array): void {
    const rows = this.pool.data;
    for (let i = 0; i < n; i++) {
      const off = i * N_TAGS;
      for (let j = ids.offsets[first + i]!; j < ids.offsets[first + i + 1]!; j++) {
        const r = (ids.ids[j]! * this.stages + k) * N_TAGS;
        for (let t = 0; t < N_TAGS; t++) out[off + t]! += rows[r + t]!;
      }
    }
  }

  /**
   * Every word's previous-tag matrices (packed), all stages side by side,
   * in one growing array emptied with the word caches (a `SumPool` with no
   * rows of its own): Viterbi reads a piece's matrix at an offset instead of
   * through a typed-array object per word and stage, a pointer chase (often
   * a cache miss) per piece.
   */
  private readonly historyPool = new SumPool(new Float32Array(0), 0);
  /** Offsets in `historyPool` of the matrices of words with no weights of their own, by short shape (most words share these). */
  private readonly shapeOnlyHistory = new Map<string, number>();

  /** Where a word's matrices start in `historyPool` (made on first use; the pool may grow). */
  private historyOf(e: WordEntry): number {
    if (e.historyAt >= 0) return e.historyAt;
    const own = e.casing.facts.own;
    let hasOwn = false;
    for (let k = 0; k < own.length; k++) if (own[k] !== undefined) hasOwn = true;
    let at = hasOwn ? undefined : this.shapeOnlyHistory.get(e.short);
    if (at === undefined) {
      at = this.historyPool.allocUnset(this.stages * DECODE_HISTORY_SIZE);
      for (let k = 0; k < this.stages; k++) this.history[k]!.writeMatrix(own[k], e.short, this.historyPool.data, at + k * DECODE_HISTORY_SIZE);
      if (!hasOwn) this.shapeOnlyHistory.set(e.short, at);
    }
    return (e.historyAt = at);
  }

  /**
   * The word entries of a document, for `run` (callers that read case
   * flags before tagging, like headline re-casing, look each word up once).
   * Drops the caches first when they have grown too large: call before
   * tagging a document, never between `prepare` and `run`.
   */
  prepare(doc: PieceDoc): PreparedDoc {
    this.beginDocument();
    return this.prepareEntries(
      doc,
      doc.map((words) => words.map((w) => this.entryOf(w))),
    );
  }

  /**
   * Drops the caches when they have grown too large: call before looking up
   * a document's entries (`entryOf`, `entryAt`), never between that and `run`.
   */
  beginDocument(): void {
    if (this.entries.size > StagedModel.MAX_CACHED) this.resetCaches();
  }

  /** `prepare` from the document's entries, looked up by the caller with `entryOf` / `entryAt` (after `beginDocument`). */
  prepareEntries(doc: PieceDoc, entries: readonly (readonly WordEntry[])[]): PreparedDoc {
    const cases = doc.map((words, s) => sentenceCase(words, entries[s]!));
    return { doc, entries, cases };
  }

  /**
   * `prepared` with some sentences replaced (same lengths): those sentences'
   * entries and cases are made anew, the others' kept.
   */
  replaceSentences(prepared: PreparedDoc, doc: PieceDoc): PreparedDoc {
    if (doc === prepared.doc) return prepared;
    const entries = doc.map((words, s) => (words === prepared.doc[s] ? prepared.entries[s]! : words.map((w) => this.entryOf(w))));
    const cases = doc.map((words, s) => (words === prepared.doc[s] ? prepared.cases[s]! : sentenceCase(words, entries[s]!)));
    return { doc, entries, cases };
  }

  /** Counts, per lower-cased word, its capitalised and lower-case uses in running text (as `docCasing`); returns the document's number. */
  private countCasing(entries: readonly (readonly WordEntry[])[], cases: readonly string[]): number {
    const docId = ++this.docCounter;
    for (let s = 0; s < entries.length; s++) {
      if (cases[s] !== 'n') continue;
      const es = entries[s]!;
      for (let i = 1; i < es.length; i++) {
        const e = es[i]!;
        if (!e.letter) continue;
        const c = e.casing;
        if (c.doc !== docId) {
          c.doc = docId;
          c.capital = 0;
          c.lower = 0;
        }
        if (e.capitalised) c.capital++;
        else c.lower++;
      }
    }
    return docId;
  }

  /** The last stage's decoding per sentence. */
  run(doc: PieceDoc, gazetteer: Gazetteer, prepared: PreparedDoc = this.prepare(doc)): Decoded[] {
    const { entries, cases } = prepared;
    const docId = this.countCasing(entries, cases);
    const stages = this.stages;
    // Every stage's static scores for the whole document, laid out [stage][piece][tag]
    // (the later stages add their consistency rows once the earlier stage has tagged every sentence).
    const sentenceStart = new Int32Array(doc.length + 1);
    doc.forEach((words, s) => (sentenceStart[s + 1] = sentenceStart[s]! + words.length));
    const stride = sentenceStart[doc.length]! * N_TAGS;
    if (this.scoreBuffer.length < stages * stride) this.scoreBuffer = new Float64Array(Math.max(stages * stride, 2 * this.scoreBuffer.length));
    const scores = this.scoreBuffer;
    const stageBase = new Int32Array(stages);
    const pieces = sentenceStart[doc.length]!;
    if (this.historyAtBuffer.length < pieces) this.historyAtBuffer = new Int32Array(Math.max(pieces, 2 * this.historyAtBuffer.length));
    const historyAt = this.historyAtBuffer;
    const consistencyKeys = this.consistencyKeys;
    entries.forEach((es, s) => {
      for (let k = 0; k < stages; k++) stageBase[k] = k * stride + sentenceStart[s]! * N_TAGS;
      this.staticScores(es, cases[s]!, this.contextualIds(es, cases[s]!, docId, gazetteer), scores, stageBase);
      // While the sentence's entries are in cache (no pass of its own over them, each entry a likely
      // cache miss): each piece's history offset, found once for all stages, and its consistency key,
      // its lower-cased form's record when it is a capitalised word.
      const first = sentenceStart[s]!;
      for (let i = 0; i < es.length; i++) {
        const e = es[i]!;
        historyAt[first + i] = this.historyOf(e);
        consistencyKeys[first + i] = e.letter && e.capitalised ? e.casing.consistency : undefined;
      }
    });
    // The history pool holds still from here.
    const histories = this.historyPool.data;
    const sentenceHistoryAt = entries.map((es, s) => historyAt.subarray(sentenceStart[s]!, sentenceStart[s]! + es.length));
    const last = stages - 1;
    let decoded: Decoded[] = [];
    const keyOf = (s: number, i: number) => consistencyKeys[sentenceStart[s]! + i];
    for (let k = 0; k <= last; k++) {
      const tags = decoded.map((d) => d.tags);
      const extra = k > 0 ? this.consistency.docIds(tags, keyOf, ++this.docCounter) : undefined;
      const stageDecoded: Decoded[] = [];
      for (let s = 0; s < entries.length; s++) {
        const n = entries[s]!.length;
        const base = k * stride + sentenceStart[s]! * N_TAGS;
        const sentenceScores = scores.subarray(base, base + n * N_TAGS);
        if (extra) this.addStageRows(k, extra, sentenceStart[s]!, n, sentenceScores);
        stageDecoded.push(decodePooled(n, sentenceScores, histories, sentenceHistoryAt[s]!, k * DECODE_HISTORY_SIZE, k === last ? 'named' : 'none'));
      }
      decoded = stageDecoded;
    }
    return decoded;
  }

  /** Static scores of a document, every stage, reused across documents (grown on demand). */
  private scoreBuffer = new Float64Array(0);
  /** Per piece of a document in `run`, where its history matrices start (reused across documents, grown on demand). */
  private historyAtBuffer = new Int32Array(0);
  /** Per piece of a document in `run`, its consistency key (reused across documents; read up to the document's length only). */
  private readonly consistencyKeys: (ConsistencyCounts | undefined)[] = [];
  /** Per piece in `staticScores`, the pool offsets of its five cached sums. */
  private readonly blocks = new Int32Array(5);
}
