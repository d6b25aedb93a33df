/**
 * The run-time form of the staged tagger, built for speed; it sees exactly
 * the features of the training path (features.ts + stages.ts `decodeDoc`),
 * which `runtime.test.ts` checks.
 *
 * Order per document:
 *  1. each piece → its `WordEntry` (one Map lookup per piece), which caches
 *     per word type the lower-cased form, shape, case flags, the ids of the
 *     word's bigram features, and per stage the summed weights of every
 *     feature that depends on the word alone (self features, the features it
 *     lends to its neighbours) and its previous-tag weight matrix;
 *  2. sentence and document casing, gazetteer matches;
 *  3. ids of the contextual features (casing class, gazetteer, bigrams,
 *     shape trigram) from tables indexed at load, without building strings;
 *  4. per stage: static scores = cached sums + contextual rows (+ stage-2
 *     document-consistency rows), then Viterbi (decode.ts).
 *
 * Summation order matches the earlier string-keyed run time, so scores are
 * bit-identical to it.
 */
import { HistoryMatrices, N_TAGS as TAG_COUNT, decodeScores, type Decoded } from './decode.js';
import {
  CASING_CLASSES,
  SENTENCE_END,
  SENTENCE_START,
  WORD_GROUP_FEATURES,
  casingClassIndex,
  contextFeatureString,
  emitContextFeatures,
  docCasing,
  selfFeatures,
  sentenceCase,
  shortShapeOf,
  wordCaseFlags,
  type DocCasing,
  type PieceDoc,
  type WordCaseFlags,
  type ContextTemplate,
  type WordGroup,
} from './features.js';
import type { Gazetteer } from './gazetteer.js';
import type { StageWeights } from './model-file.js';
import { tagNames } from './stages.js';

/** A module-local copy: hot loops below read it per piece. */
const N_TAGS = TAG_COUNT;
const SENTENCE_CASES = ['U', 'T', 'n'] as const;
const caseIndex = (c: string) => (c === 'U' ? 0 : c === 'T' ? 1 : 2);

/** Ids of `${template}a|b` features nested by a, then b. Parts holding '|' are not indexed (callers fall back to strings). */
type PairTable = Map<string, Map<string, number>>;
/** Ids of `${template}a|b|c` features nested by a, b, c. */
type TripleTable = Map<string, PairTable>;

function indexPairs(vocabulary: ReadonlyMap<string, number>, template: string): PairTable {
  const table: PairTable = new Map();
  for (const [f, id] of vocabulary) {
    if (!f.startsWith(template)) continue;
    const parts = f.slice(template.length).split('|');
    if (parts.length !== 2) continue;
    let m = table.get(parts[0]!);
    if (!m) table.set(parts[0]!, (m = new Map()));
    m.set(parts[1]!, id);
  }
  return table;
}

function indexTriples(vocabulary: ReadonlyMap<string, number>, template: string): TripleTable {
  const table: TripleTable = new Map();
  for (const [f, id] of vocabulary) {
    if (!f.startsWith(template)) continue;
    const parts = f.slice(template.length).split('|');
    if (parts.length !== 3) continue;
    let m = table.get(parts[0]!);
    if (!m) table.set(parts[0]!, (m = new Map()));
    let m2 = m.get(parts[1]!);
    if (!m2) m.set(parts[1]!, (m2 = new Map()));
    m2.set(parts[2]!, id);
  }
  return table;
}

/**
 * Slots of a word's cached sums: its self features per sentence case (0-2),
 * then the features it lends as previous, second previous, next, second next
 * piece (3-6).
 */
const SLOTS = 7;
const SLOT_PREV = 3;
const SLOT_PREV2 = 4;
const SLOT_NEXT = 5;
const SLOT_NEXT2 = 6;
const GROUP_OF_SLOT: (WordGroup | undefined)[] = [undefined, undefined, undefined, 'prev', 'prev2', 'next', 'next2'];

function slotFeatures(slot: number, word: string, sentCase: string): string[] {
  const group = GROUP_OF_SLOT[slot];
  return group ? WORD_GROUP_FEATURES[group](word) : selfFeatures(word, sentCase);
}

/** What the run time knows about one word type. */
interface WordEntry {
  word: string;
  lower: string;
  short: string;
  flags: WordCaseFlags;
  /** '|' in the word: its pair/triple features must be looked up as strings. */
  hasBar: boolean;
  /** Ids of `w-1w=<this>|…` and `ww+1=<this>|…` by the other word. */
  asPrevOfBigram: Map<string, number> | undefined;
  asFirstOfNextBigram: Map<string, number> | undefined;
  /** Id of `first|<shape>`. */
  firstId: number;
  /** Per slot, where its summed weights start in the `SumPool` (one block of N_TAGS per stage), or -1 before first use. */
  sums: Int32Array;
  /** Per stage, the previous-tag × tag weight matrix of the word. */
  history: (Float32Array | undefined)[];
}

/**
 * One growing Float32Array holding every cached sum: no allocation per sum,
 * and the sums of words met together sit together in memory.
 */
class SumPool {
  data = new Float32Array(1 << 16);
  private used = 0;

  /** Offset of `size` zeroed floats. */
  alloc(size: number): number {
    if (this.used + size > this.data.length) {
      const grown = new Float32Array(Math.max(2 * this.data.length, this.used + size));
      grown.set(this.data.subarray(0, this.used));
      this.data = grown;
    }
    const off = this.used;
    this.used += size;
    this.data.fill(0, off, off + size);
    return off;
  }

  reset(): void {
    this.used = 0;
  }
}

/** The contextual feature ids of one sentence: piece i's ids are ids[offsets[i] .. offsets[i+1]). */
interface SentenceIds {
  ids: Int32Array;
  offsets: Int32Array;
}

/** All stages of a model on one shared feature vocabulary (run-time path). */
export class StagedModel {
  private readonly vocabulary = new Map<string, number>();
  private readonly idOf = (f: string) => this.vocabulary.get(f) ?? -1;
  /** Per stage, its weights on the shared vocabulary (row id*N_TAGS) and its history matrices. */
  private readonly weights: Float32Array[];
  private readonly history: HistoryMatrices[];
  private readonly entries = new Map<string, WordEntry>();
  private readonly pool = new SumPool();
  private static readonly MAX_CACHED = 100_000;

  // Contextual templates, indexed once.
  private readonly prevWordPairs: PairTable;
  private readonly nextWordPairs: PairTable;
  private readonly shapeTriples: TripleTable;
  /** dc=<class>|<case>|<first> by class * 6 + case * 2 + first; dcn=<class> by class. */
  private readonly dcIds: Int32Array;
  private readonly dcnIds: Int32Array;
  /** Per gazetteer label, the ids of g=, g-1=, g+1=. */
  private readonly gazetteerIds = new Map<string, Int32Array>();
  /** The sentence-edge neighbours, as words. */
  private edges!: { start: WordEntry; end: WordEntry };

  constructor(stages: readonly StageWeights[]) {
    for (const st of stages) for (const f of st.features) if (!this.vocabulary.has(f)) this.vocabulary.set(f, this.vocabulary.size);
    this.weights = stages.map((st) => {
      const weights = new Float32Array(this.vocabulary.size * N_TAGS);
      st.features.forEach((f, k) => weights.set(st.weights.subarray(k * N_TAGS, (k + 1) * N_TAGS), this.vocabulary.get(f)! * N_TAGS));
      return weights;
    });
    this.history = stages.map((st) => new HistoryMatrices(st.features, st.weights));
    this.prevWordPairs = indexPairs(this.vocabulary, 'w-1w=');
    this.nextWordPairs = indexPairs(this.vocabulary, 'ww+1=');
    this.shapeTriples = indexTriples(this.vocabulary, 'ss-1ss+1=');
    this.dcIds = new Int32Array(CASING_CLASSES.length * 6);
    this.dcnIds = new Int32Array(CASING_CLASSES.length);
    CASING_CLASSES.forEach((cls, c) => {
      this.dcnIds[c] = this.idOf(`dcn=${cls}`);
      SENTENCE_CASES.forEach((sc, s) => {
        for (const first of [false, true]) this.dcIds[c * 6 + s * 2 + (first ? 1 : 0)] = this.idOf(`dc=${cls}|${sc}|${first}`);
      });
    });
    this.resetCaches();
  }

  /** Between documents only: entries of the document being tagged point into the pool. */
  private resetCaches(): void {
    this.entries.clear();
    this.pool.reset();
    this.edges = { start: this.newEntry(SENTENCE_START), end: this.newEntry(SENTENCE_END) };
  }

  /** The summed weights of a word's slot: offset in `pool.data` of one N_TAGS block per stage, filled on first use. */
  private sumsOf(e: WordEntry, slot: number, sentCase: string): number {
    const cached = e.sums[slot]!;
    if (cached >= 0) return cached;
    // Feature ids once for all stages; each stage's block sums its rows in feature order (as Float32, like the training path's per-group sums).
    const ids: number[] = [];
    for (const f of slotFeatures(slot, e.word, sentCase)) {
      const id = this.idOf(f);
      if (id >= 0) ids.push(id);
    }
    const off = this.pool.alloc(this.weights.length * N_TAGS);
    const data = this.pool.data;
    this.weights.forEach((w, k) => {
      const base = off + k * N_TAGS;
      for (const id of ids) for (let t = 0; t < N_TAGS; t++) data[base + t]! += w[id * N_TAGS + t]!;
    });
    e.sums[slot] = off;
    return off;
  }

  private entryOf(word: string): WordEntry {
    let e = this.entries.get(word);
    if (!e) this.entries.set(word, (e = this.newEntry(word)));
    return e;
  }

  private newEntry(word: string): WordEntry {
    const lower = word.toLowerCase();
    const short = shortShapeOf(word);
    return {
      word,
      lower,
      short,
      flags: wordCaseFlags(word),
      hasBar: word.includes('|') || lower.includes('|') || short.includes('|'),
      asPrevOfBigram: this.prevWordPairs.get(lower),
      asFirstOfNextBigram: this.nextWordPairs.get(lower),
      firstId: this.idOf(`first|${short}`),
      sums: new Int32Array(SLOTS).fill(-1),
      history: this.weights.map(() => undefined),
    };
  }

  private gazetteerIdsOf(label: string): Int32Array {
    let ids = this.gazetteerIds.get(label);
    if (!ids) this.gazetteerIds.set(label, (ids = Int32Array.of(this.idOf(`g=${label}`), this.idOf(`g-1=${label}`), this.idOf(`g+1=${label}`))));
    return ids;
  }

  /** Contextual feature ids of one sentence, in the order `contextualFeatures` (features.ts) lists them. */
  private contextualIds(entries: readonly WordEntry[], sentCase: string, casing: DocCasing, gazetteer: Gazetteer): SentenceIds {
    const n = entries.length;
    const gaz = gazetteer.match(entries.map((e) => e.lower));
    const ids: number[] = [];
    const offsets = new Int32Array(n + 1);
    const push = (id: number) => {
      if (id >= 0) ids.push(id);
    };
    const sc = caseIndex(sentCase);
    for (let i = 0; i < n; i++) {
      offsets[i] = ids.length;
      const e = entries[i]!;
      if (i === 0) push(e.firstId);
      if ((e.flags.letter && sentCase !== 'n') || i === 0) push(this.dcIds[casingClassIndex(casing, e.lower) * 6 + sc * 2 + (i === 0 ? 1 : 0)]!);
      else if (e.flags.letter && e.flags.capitalised) push(this.dcnIds[casingClassIndex(casing, e.lower)]!);
      for (const g of gaz[i]!) push(this.gazetteerIdsOf(g)[0]!);
      if (i > 0) for (const g of gaz[i - 1]!) push(this.gazetteerIdsOf(g)[1]!);
      if (i < n - 1) for (const g of gaz[i + 1]!) push(this.gazetteerIdsOf(g)[2]!);
      const prev = i > 0 ? entries[i - 1] : undefined;
      const next = i < n - 1 ? entries[i + 1] : undefined;
      const prevLower = prev ? prev.lower : SENTENCE_START;
      const nextLower = next ? next.lower : SENTENCE_END;
      const prevShort = prev ? prev.short : SENTENCE_START;
      const nextShort = next ? next.short : SENTENCE_END;
      if (e.hasBar || prev?.hasBar || next?.hasBar) {
        // '|' inside a part makes the nested tables ambiguous: use the strings.
        push(this.idOf(`w-1w=${prevLower}|${e.lower}`));
        push(this.idOf(`ww+1=${e.lower}|${nextLower}`));
        push(this.idOf(`ss-1ss+1=${prevShort}|${e.short}|${nextShort}`));
      } else {
        push((prev ? prev.asPrevOfBigram : this.prevWordPairs.get(SENTENCE_START))?.get(e.lower) ?? -1);
        push(e.asFirstOfNextBigram?.get(nextLower) ?? -1);
        push(this.shapeTriples.get(prevShort)?.get(e.short)?.get(nextShort) ?? -1);
      }
    }
    offsets[n] = ids.length;
    return { ids: Int32Array.from(ids), offsets };
  }

  /** Static scores of one sentence in stage k: cached per-word sums, then contextual rows, then `extra` rows. */
  private staticScores(k: number, entries: readonly WordEntry[], sentCase: string, ctx: SentenceIds, extra?: SentenceIds): Float64Array {
    const w = this.weights[k]!;
    const { start, end } = this.edges;
    const n = entries.length;
    const sc = caseIndex(sentCase);
    if (this.scoreBuffer.length < n * N_TAGS) this.scoreBuffer = new Float64Array(Math.max(n * N_TAGS, 2 * this.scoreBuffer.length));
    // Reused across sentences: decodeScores reads it before the next sentence is scored.
    const scores = this.scoreBuffer;
    scores.fill(0, 0, n * N_TAGS);
    const stageOff = k * N_TAGS;
    const blocks = this.blocks;
    for (let i = 0; i < n; i++) {
      const off = i * N_TAGS;
      // Offsets first (filling may grow the pool), then read the pool; order as the training path's features.
      blocks[0] = this.sumsOf(entries[i]!, sc, sentCase);
      blocks[1] = this.sumsOf(i > 0 ? entries[i - 1]! : start, SLOT_PREV, sentCase);
      blocks[2] = this.sumsOf(i > 1 ? entries[i - 2]! : start, SLOT_PREV2, sentCase);
      blocks[3] = this.sumsOf(i < n - 1 ? entries[i + 1]! : end, SLOT_NEXT, sentCase);
      blocks[4] = this.sumsOf(i < n - 2 ? entries[i + 2]! : end, SLOT_NEXT2, sentCase);
      const d = this.pool.data;
      for (let v = 0; v < 5; v++) {
        const b = blocks[v]! + stageOff;
        for (let t = 0; t < N_TAGS; t++) scores[off + t]! += d[b + t]!;
      }
      for (let j = ctx.offsets[i]!; j < ctx.offsets[i + 1]!; j++) {
        const row = ctx.ids[j]! * N_TAGS;
        for (let t = 0; t < N_TAGS; t++) scores[off + t]! += w[row + t]!;
      }
      if (extra) {
        for (let j = extra.offsets[i]!; j < extra.offsets[i + 1]!; j++) {
          const row = extra.ids[j]! * N_TAGS;
          for (let t = 0; t < N_TAGS; t++) scores[off + t]! += w[row + t]!;
        }
      }
    }
    return scores;
  }

  private historyRows(k: number, entries: readonly WordEntry[]): Float32Array[] {
    const history = this.history[k]!;
    return entries.map((e) => e.history[k] ?? (e.history[k] = history.matrixFor(e.lower, e.short)));
  }

  /** The last stage's decoding per sentence. */
  run(doc: PieceDoc, gazetteer: Gazetteer): Decoded[] {
    if (this.entries.size > StagedModel.MAX_CACHED) this.resetCaches();
    const entries = doc.map((words) => words.map((w) => this.entryOf(w)));
    const cases = doc.map((words, s) => sentenceCase(words, entries[s]!.map((e) => e.flags)));
    const casing = docCasing(doc, cases, { lower: (s, i) => entries[s]![i]!.lower, flags: (s, i) => entries[s]![i]!.flags });
    const contextual = entries.map((es, s) => this.contextualIds(es, cases[s]!, casing, gazetteer));
    const last = this.weights.length - 1;
    let decoded: Decoded[] = [];
    for (let k = 0; k <= last; k++) {
      const ctx = k > 0 ? this.consistencyIds(doc, entries, tagNames(decoded)) : undefined;
      decoded = entries.map((es, s) => {
        const extra = ctx?.[s];
        const rows = this.historyRows(k, es);
        return decodeScores(es.length, this.staticScores(k, es, cases[s]!, contextual[s]!, extra), (i) => rows[i]!, k === last);
      });
    }
    return decoded;
  }

  /** Ids of the document-consistency features from first-pass tags, per sentence (order as `contextFeatures`). */
  private consistencyIds(doc: PieceDoc, entries: readonly (readonly WordEntry[])[], firstPassTags: readonly (readonly string[])[]): SentenceIds[] {
    const ids: number[][] = doc.map(() => []);
    const offsets = doc.map((words) => new Int32Array(words.length + 1));
    const key = (s: number, i: number) => {
      const e = entries[s]![i]!;
      return e.flags.letter && e.flags.capitalised ? e.lower : undefined;
    };
    emitContextFeatures(doc, firstPassTags, key, (s, i, template, value, own) => {
      // Every piece's features start with its 'own' feature.
      if (template === 'own') offsets[s]![i] = ids[s]!.length;
      const id = this.consistencyId(template, value, own);
      if (id >= 0) ids[s]!.push(id);
    });
    return doc.map((words, s) => {
      offsets[s]![words.length] = ids[s]!.length;
      return { ids: Int32Array.from(ids[s]!), offsets: offsets[s]! };
    });
  }

  /** Static scores, reused across sentences (grown on demand). */
  private scoreBuffer = new Float64Array(0);
  /** Per piece in `staticScores`, the pool offsets of its five cached sums. */
  private readonly blocks = new Int32Array(5);

  /** template → value → (own →) id; the few distinct features' strings are built once. */
  private readonly consistencyTable = new Map<ContextTemplate, Map<string, number | Map<string, number>>>();

  private consistencyId(template: ContextTemplate, value: string, own?: string): number {
    let byValue = this.consistencyTable.get(template);
    if (!byValue) this.consistencyTable.set(template, (byValue = new Map()));
    let hit = byValue.get(value);
    if (own === undefined) {
      if (hit === undefined) byValue.set(value, (hit = this.idOf(contextFeatureString(template, value))));
      return hit as number;
    }
    if (hit === undefined) byValue.set(value, (hit = new Map<string, number>()));
    const byOwn = hit as Map<string, number>;
    let id = byOwn.get(own);
    if (id === undefined) byOwn.set(own, (id = this.idOf(contextFeatureString(template, value, own))));
    return id;
  }
}

