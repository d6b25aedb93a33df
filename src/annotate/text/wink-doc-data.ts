/**
 * wink-nlp's internal record of a read document ("rdd", wink-nlp 2.4.0
 * src/wink-nlp.js `readDoc`), read directly.
 *
 * Reading its arrays once costs less than wink's public API (three
 * `tokens().out(its.X)` calls and `sentences().out(its.span)`, each building
 * an array through per-token closures), and gives the same values: this file
 * does what wink's `its.value`, `its.precedingSpaces` (src/reconstruct-spaces.js)
 * and `its.pos` do. wink-nlp is pinned to an exact version; `checkDocData`
 * throws if the record does not have the shape read here, and
 * wink-doc-data.test.ts compares the result with the public API.
 */

/** Numbers per token in `tokens` (wink-nlp src/constants.js `tkSize`). */
export const TOKEN_SIZE = 4;
/** Preceding-space count mask; the all-ones count means "see nonBreakingSpaces" (`psMask`). */
export const SPACE_COUNT_MASK = 0xffff;
/** POS bits of a token's third number (lemma|pos) and their shift (`posMask`, `bits4lemma`). */
export const POS_MASK = 0x3f00000;
export const POS_SHIFT = 20;

/** The part of wink's document record read here. */
export interface WinkDocData {
  /** TOKEN_SIZE numbers per token: lexeme index, preceding spaces (+ contraction bits), lemma|pos, flags. */
  tokens: number[];
  /** [first token, last token, ...] per sentence. */
  sentences: number[][];
  /** Token index -> its preceding whitespace, when it holds non-breaking or other special spaces. */
  nonBreakingSpaces: Record<number, string>;
  numOfTokens: number;
  /** Per token, its value's length × 2, + 1 if it starts with printable ASCII (wink-reader.ts adds it; not wink's). */
  valueShapes?: number[];
  cache: {
    /** The string of a lexeme index. */
    value(index: number): string;
    /** The value of a feature (here 'pos') at an index of that feature's list. */
    valueOf(feature: string, index: number): string;
  };
}

/** `data` as WinkDocData, or an error naming what differs (a wink-nlp upgrade, most likely). */
export function checkDocData(data: unknown): WinkDocData {
  const d = data as Partial<WinkDocData> | undefined;
  const problem =
    !d || typeof d !== 'object'
      ? 'no document record'
      : !Array.isArray(d.tokens) || !Array.isArray(d.sentences)
        ? 'tokens or sentences is not an array'
        : typeof d.numOfTokens !== 'number' || d.tokens.length !== d.numOfTokens * TOKEN_SIZE
          ? `tokens has ${d.tokens.length} numbers for ${String(d.numOfTokens)} tokens, expected ${TOKEN_SIZE} each`
          : !d.nonBreakingSpaces || typeof d.nonBreakingSpaces !== 'object'
            ? 'no nonBreakingSpaces'
            : typeof d.cache?.value !== 'function' || typeof d.cache.valueOf !== 'function'
              ? 'no cache.value/valueOf'
              : d.sentences.some((s) => !Array.isArray(s) || typeof s[0] !== 'number' || typeof s[1] !== 'number')
                ? 'a sentence is not [first, last, ...]'
                : d.valueShapes !== undefined && d.valueShapes.length !== d.numOfTokens
                  ? `valueShapes has ${d.valueShapes.length} numbers for ${d.numOfTokens} tokens`
                  : undefined;
  if (problem) throw new Error(`sitrep text: wink-nlp's document record is not as expected (${problem}); was wink-nlp upgraded from 2.4.0?`);
  return d as WinkDocData;
}

const posNamesByCache = new WeakMap<object, string[]>();

/**
 * Per-token reads of a checked record. wink builds the record and its cache
 * with `Object.create(null)`, which V8 keeps in dictionary mode, so their
 * fields are copied here once per document instead of being looked up by
 * name for every token.
 */
export class WinkTokenView {
  readonly count: number;
  private readonly raw: number[];
  private readonly stored: Record<number, string>;
  private readonly valueAt: (index: number) => string;
  private readonly featureValue: (feature: string, index: number) => string;
  private readonly sentences: number[][];
  /** Per token, its value shape (every record readWinkDoc gives has them). */
  private readonly shapes: number[];
  /** POS names by index, shared by the views of one cache (a POS name is otherwise two dictionary lookups per token). */
  private readonly posNames: string[];

  constructor(data: WinkDocData) {
    let names = posNamesByCache.get(data.cache);
    if (!names) posNamesByCache.set(data.cache, (names = []));
    this.posNames = names;
    this.count = data.numOfTokens;
    this.raw = data.tokens;
    this.stored = data.nonBreakingSpaces;
    this.valueAt = data.cache.value;
    this.featureValue = data.cache.valueOf;
    this.sentences = data.sentences;
    if (!data.valueShapes) throw new Error('sitrep text: a document record without value shapes (not read by readWinkDoc)');
    this.shapes = data.valueShapes;
  }

  /** Token `i`'s text (wink `its.value`). */
  value(i: number): string {
    return this.valueAt(this.raw[i * TOKEN_SIZE]!);
  }

  /** Length of token `i`'s text, from its value shape (saving a read of the string). */
  valueLength(i: number): number {
    return this.shapes[i]! >>> 1;
  }

  /** True when token `i`'s text starts with printable ASCII, so is not whitespace. */
  startsPrintable(i: number): boolean {
    return (this.shapes[i]! & 1) === 1;
  }

  /** Token `i`'s preceding whitespace (wink `its.precedingSpaces`): plain spaces by count, else the stored string. */
  precedingSpaces(i: number): string {
    const count = this.raw[i * TOKEN_SIZE + 1]! & SPACE_COUNT_MASK;
    return count < SPACE_COUNT_MASK ? ''.padEnd(count) : this.stored[i]!;
  }

  /** Length of token `i`'s preceding whitespace, without building the string when it is plain spaces. */
  precedingSpaceLength(i: number): number {
    const count = this.raw[i * TOKEN_SIZE + 1]! & SPACE_COUNT_MASK;
    return count < SPACE_COUNT_MASK ? count : this.stored[i]!.length;
  }

  /** True when token `i`'s preceding whitespace holds a line break (only a stored string can). */
  precededByLineBreak(i: number): boolean {
    const count = this.raw[i * TOKEN_SIZE + 1]! & SPACE_COUNT_MASK;
    return count === SPACE_COUNT_MASK && this.stored[i]!.includes('\n');
  }

  /** Token `i`'s POS tag (wink `its.pos`). */
  pos(i: number): string {
    const index = (this.raw[i * TOKEN_SIZE + 2]! & POS_MASK) >>> POS_SHIFT;
    return this.posNames[index] ?? this.posName(index);
  }

  /** The name of POS `index`, remembered: wink's feature lists only grow at the end, so a name never changes. */
  private posName(index: number): string {
    const name = this.featureValue('pos', index);
    if (name !== undefined) this.posNames[index] = name;
    return name;
  }

  /** 1 at the last token of each wink sentence (wink `sentences().out(its.span)`'s second numbers). */
  sentenceEnds(): Uint8Array {
    const ends = new Uint8Array(this.count);
    for (const s of this.sentences) ends[s[1]!] = 1;
    return ends;
  }
}
