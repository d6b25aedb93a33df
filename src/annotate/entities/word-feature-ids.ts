/**
 * Feature ids of the word-keyed feature groups (a word's own features, and
 * what it lends to the pieces ±1, ±2) without building the feature strings:
 * the vocabulary is split by template ("p3", "w-1", ...) into one Map per
 * template keyed by the value, so a new word costs a few short-string
 * look-ups instead of ~20 concatenations and look-ups in one large Map.
 *
 * This mirrors features.ts (`selfFeatures`, `WORD_GROUP_FEATURES`) exactly,
 * id for id and in the same order (the run time sums rows in that order);
 * runtime.test.ts checks it against the string path.
 */
import { AffixTable } from './affix-table.js';
import { MAX_SHAPE, SENTENCE_END, SENTENCE_START, shortShape, wordShape } from './features.js';

const NONE: ReadonlyMap<string, number> = new Map();

/**
 * The ids of the features keyed by a lower-cased word itself (`lw`, `w-1`,
 * `w-2`, `w+1`, `w+2`; -1 when the model has none), found with one look-up
 * instead of five: a new word is usually in none of them.
 */
export interface LowerIds {
  lw: number;
  prev: number;
  prev2: number;
  next: number;
  next2: number;
}

/** For a word in none of the lower-keyed templates (shared, read only). */
export const NO_LOWER_IDS: LowerIds = Object.freeze({ lw: -1, prev: -1, prev2: -1, next: -1, next2: -1 });

/** The affix templates, by their column in `WordFeatureIds.affixes`. */
const AFFIX_TEMPLATES = ['p1', 'p2', 'p3', 'p4', 's1', 's2', 's3', 's4', 's3-1', 's3+1'];
const PREFIX_SLOT = 0;
const SUFFIX_SLOT = 4;
const SUFFIX3_PREV_SLOT = 8;
const SUFFIX3_NEXT_SLOT = 9;

export class WordFeatureIds {
  private readonly byTemplate = new Map<string, Map<string, number>>();
  private readonly bias: number;
  // The templates read per word, resolved once.
  private readonly w;
  private readonly lw;
  private readonly sh;
  private readonly ss;
  private readonly sc;
  /**
   * Every affix string's ids, all affix templates in one table, looked up
   * from a range of the word in place (affix-table.ts): a new word's ten
   * affix look-ups cost no sliced strings and no look-up in ten Maps.
   */
  private readonly affixes: AffixTable;
  private readonly prev;
  private readonly prevShape;
  private readonly prev2;
  private readonly next;
  private readonly nextShape;
  private readonly next2;
  /** `sc=<case>|<short shape>` by case then short shape (no string built per look-up). */
  private readonly sentenceCaseShape = new Map<string, Map<string, number>>();
  private readonly byLower = new Map<string, LowerIds>();

  constructor(vocabulary: ReadonlyMap<string, number>) {
    for (const [f, id] of vocabulary) {
      const eq = f.indexOf('=');
      if (eq < 0) continue;
      const template = f.slice(0, eq);
      let m = this.byTemplate.get(template);
      if (!m) this.byTemplate.set(template, (m = new Map()));
      m.set(f.slice(eq + 1), id);
    }
    this.bias = vocabulary.get('b') ?? -1;
    const t = (name: string): ReadonlyMap<string, number> => this.byTemplate.get(name) ?? NONE;
    this.w = t('w');
    this.lw = t('lw');
    this.sh = t('sh');
    this.ss = t('ss');
    this.sc = t('sc');
    const affixIds = new Map<string, Int32Array>();
    AFFIX_TEMPLATES.forEach((name, slot) => {
      for (const [value, id] of t(name)) {
        let ids = affixIds.get(value);
        if (!ids) affixIds.set(value, (ids = new Int32Array(AFFIX_TEMPLATES.length).fill(-1)));
        ids[slot] = id;
      }
    });
    this.affixes = new AffixTable(affixIds, AFFIX_TEMPLATES.length);
    this.prev = t('w-1');
    this.prevShape = t('ss-1');
    this.prev2 = t('w-2');
    this.next = t('w+1');
    this.nextShape = t('ss+1');
    this.next2 = t('w+2');
    for (const [value, id] of this.sc) {
      // `${sentCase}|${short}`: the case is one character.
      if (value[1] !== '|') continue;
      let m = this.sentenceCaseShape.get(value[0]!);
      if (!m) this.sentenceCaseShape.set(value[0]!, (m = new Map()));
      m.set(value.slice(2), id);
    }
    const lowerTemplates: [ReadonlyMap<string, number>, keyof LowerIds][] = [
      [this.lw, 'lw'],
      [this.prev, 'prev'],
      [this.prev2, 'prev2'],
      [this.next, 'next'],
      [this.next2, 'next2'],
    ];
    for (const [table, field] of lowerTemplates) {
      for (const [value, id] of table) {
        let ids = this.byLower.get(value);
        if (!ids) this.byLower.set(value, (ids = { lw: -1, prev: -1, prev2: -1, next: -1, next2: -1 }));
        ids[field] = id;
      }
    }
  }

  /** The lower-keyed feature ids of a lower-cased word (`NO_LOWER_IDS` when it has none). */
  lowerIds(lower: string): LowerIds {
    return this.byLower.get(lower) ?? NO_LOWER_IDS;
  }

  /** Every value of the lower-keyed templates (for callers indexing more facts by the same key). */
  lowerKeys(): IterableIterator<string> {
    return this.byLower.keys();
  }

  /** Ids of `selfFeatures(word, sentCase)`, appended to `out`. */
  self(word: string, lower: string, sentCase: string, out: number[]): void {
    const shape = wordShape(word);
    this.selfOf(word, lower, shape.length > MAX_SHAPE ? null : shape, shortShape(shape), sentCase, this.lowerIds(lower), out);
  }

  /**
   * `self` from what the run time caches per word: `shape` is its shape when
   * at most MAX_SHAPE long (else null: the short shape stands in), `ids` its `lowerIds`.
   */
  selfOf(word: string, lower: string, shape: string | null, short: string, sentCase: string, ids: LowerIds, out: number[]): void {
    if (this.bias >= 0) out.push(this.bias);
    if (sentCase === 'n') add(out, this.w, word);
    if (ids.lw >= 0) out.push(ids.lw);
    add(out, this.sh, shape ?? short);
    add(out, this.ss, short);
    add(out, this.sentenceCaseShape.get(sentCase) ?? NONE, short);
    for (let k = 1; k <= 4 && k <= lower.length; k++) {
      this.addAffix(out, lower, 0, k, PREFIX_SLOT + k - 1);
      this.addAffix(out, lower, lower.length - k, lower.length, SUFFIX_SLOT + k - 1);
    }
  }

  /** Appends the id of affix template `slot` for the affix s[start, end), if the model has one. */
  private addAffix(out: number[], s: string, start: number, end: number, slot: number): void {
    const id = this.affixes.get(s, start, end, slot);
    if (id >= 0) out.push(id);
  }

  /**
   * Ids of the features `word` lends to the piece after it (`asPreviousFeatures`).
   * `ids` are the `lowerIds` of the word as the features spell it (the
   * sentence-start marker as itself, any other word lower-cased).
   */
  asPrevious(word: string, lower: string, short: string, ids: LowerIds, out: number[]): void {
    const lw = word === SENTENCE_START ? word : lower;
    if (ids.prev >= 0) out.push(ids.prev);
    add(out, this.prevShape, word === SENTENCE_START ? word : short);
    // lw.slice(-3), looked up in place.
    this.addAffix(out, lw, Math.max(0, lw.length - 3), lw.length, SUFFIX3_PREV_SLOT);
  }

  asSecondPrevious(ids: LowerIds, out: number[]): void {
    if (ids.prev2 >= 0) out.push(ids.prev2);
  }

  /** Ids of the features `word` lends to the piece before it (`asNextFeatures`); `ids` as for `asPrevious`. */
  asNext(word: string, lower: string, short: string, ids: LowerIds, out: number[]): void {
    const lw = word === SENTENCE_END ? word : lower;
    if (ids.next >= 0) out.push(ids.next);
    add(out, this.nextShape, word === SENTENCE_END ? word : short);
    // lw.slice(-3), looked up in place.
    this.addAffix(out, lw, Math.max(0, lw.length - 3), lw.length, SUFFIX3_NEXT_SLOT);
  }

  asSecondNext(ids: LowerIds, out: number[]): void {
    if (ids.next2 >= 0) out.push(ids.next2);
  }
}

function add(out: number[], table: ReadonlyMap<string, number>, value: string): void {
  const id = table.get(value);
  if (id !== undefined) out.push(id);
}
