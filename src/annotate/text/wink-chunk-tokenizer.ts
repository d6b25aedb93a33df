/**
 * wink-nlp's tokenizer, remembering what each chunk of text gave.
 *
 * wink's tokenizer (wink-nlp 2.4.0 src/tokenizer.js `tokenize`) splits the
 * text at runs of spaces and line breaks, then turns each chunk between
 * them (a "raw token" such as `Trump's,`) into tokens: a lexicon lookup, and
 * for words not in the model regexes, splits and more lookups. What a chunk
 * gives depends only on the chunk: lookups see the model's words only, and
 * the cache's `add` gives a text the same index for the life of the cache
 * (wink.ts, wink-cache.ts). Only the spaces before the chunk differ between
 * occurrences: their count goes to the token that receives them, and a
 * string of special spaces (non-breaking and others) is stored for each
 * token that receives them.
 *
 * So the top level of wink's tokenize is run here (the same split, as a
 * scan of the runs its splitter matches, and the same space counting), and
 * each chunk's tokens are taken from memory (chunk-memory.ts); a chunk not met
 * before is tokenized by wink's own tokenizer after a probe space (a
 * non-breaking one, so that the tokens that receive the spaces, and the
 * special-space string, are marked) and remembered. On news text ~94 % of
 * chunks have been met before, and remembering saves wink's lookups,
 * regexes and splits for them. wink-chunk-tokenizer.test.ts compares the
 * tokens with wink's tokenizer on a corpus.
 */
import { FNV_OFFSET, FNV_PRIME } from '../../util/fnv.js';
import { ChunkMemory } from './chunk-memory.js';
import type { DocRecord, TokenSink } from './wink-internals.js';
import { SPACE_COUNT_MASK, TOKEN_SIZE } from './wink-doc-data.js';

/**
 * The model's splitting regex: runs of spaces (plain and special) or of
 * line breaks and tabs, captured. A piece between them never holds one.
 */
const SPLITTER_SOURCE = '([ \\u00a0\\u2002-\\u2005\\u2009\\u200a\\u202f\\u205f]+|[\\n\\r\\t]+)';
const SPACE = 0x20;
/** The spaces a new chunk is tokenized after: one special space, so wink marks every token that receives spaces. */
const PROBE_SPACE = '\u00a0';
/**
 * A remembered token's fourth number (0 in wink's records, which have no
 * negation pipe) holds two flags and, above them, the token's value shape.
 */
const TAKES_SPACES = 1;
const TAKES_SPECIAL_SPACES = 2;
const SHAPE_SHIFT = 2;

/**
 * A token value's shape, as tokenize.ts needs it: its length × 2, + 1 when
 * it starts with printable ASCII (and so is no whitespace). Passed on with
 * the tokens, it saves reading each token's string from wink's lexicon (a
 * list of every word, far too big for the CPU caches): ~15 % of the step.
 */
export function valueShape(value: string): number {
  const c = value.charCodeAt(0);
  return value.length * 2 + (c > 32 && c < 127 ? 1 : 0);
}

/** Longer chunks (long URLs, runs of symbols) are not remembered: they seldom come again. */
const LONGEST_REMEMBERED = 64;
/** Chunks remembered before the memory is emptied (~60k distinct ones in 924 PolNeAR articles). */
const MAX_REMEMBERED = 200_000;

/** True for the characters of the splitter's first run: plain and special spaces. */
function isSpace(c: number): boolean {
  if (c < 0xa0) return c === SPACE;
  return c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f;
}

/** True for the characters of the splitter's second run: line breaks and tabs. */
function isBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x09;
}

export class ChunkTokenizer {
  /** Chunk -> four numbers per token: lexeme index, spaces (probe count or 0), lemma|pos, flags and value shape. */
  private readonly remembered = new ChunkMemory(MAX_REMEMBERED);
  private readonly probe: DocRecord;
  private readonly probeSink: TokenSink;

  /**
   * `tokenizeWithWink` is wink's tokenizer, `splitter` the model's splitting
   * regex it uses (checked to be the one scanned for here), `makeSink`
   * wink's record wrapper, `cache` wink's cache.
   */
  constructor(
    private readonly tokenizeWithWink: (sink: TokenSink, text: string) => void,
    splitter: RegExp,
    makeSink: (record: DocRecord) => TokenSink,
    private readonly cache: { value(index: number): string },
  ) {
    if (splitter.source !== SPLITTER_SOURCE || splitter.flags !== '')
      throw new Error(`sitrep text: wink model's splitter is /${splitter.source}/${splitter.flags}, not the one wink-chunk-tokenizer.ts expects`);
    this.probe = { cache, tokens: [], sentences: [], nonBreakingSpaces: Object.create(null) as Record<number, string>, numOfTokens: 0 };
    this.probeSink = makeSink(this.probe);
  }

  /**
   * Adds the tokens of `text` to `record`, as wink's tokenize does: the
   * pieces of `text.split(splitter)` are the maximal runs of spaces, of
   * line breaks and of other characters; a run of spaces gives the next
   * chunk its preceding spaces, the others are chunks. Each chunk is hashed
   * as it is scanned. Each token's value shape goes to `valueShapes`.
   */
  tokenize(record: DocRecord, text: string, valueShapes: number[]): void {
    const n = text.length;
    let precedingSpaces = 0;
    let specialSpaces: string | null = null;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      let j = i + 1;
      if (isSpace(c)) {
        let special = c !== SPACE;
        while (j < n && isSpace((c = text.charCodeAt(j)))) {
          if (c !== SPACE) special = true;
          j++;
        }
        if (special) {
          specialSpaces = text.slice(i, j);
          precedingSpaces = SPACE_COUNT_MASK;
        } else precedingSpaces = Math.min(j - i, SPACE_COUNT_MASK - 1);
        i = j;
        continue;
      }
      let hash = Math.imul(FNV_OFFSET ^ c, FNV_PRIME);
      if (isBreak(c)) {
        while (j < n && isBreak((c = text.charCodeAt(j)))) {
          hash = Math.imul(hash ^ c, FNV_PRIME);
          j++;
        }
      } else {
        while (j < n && !isSpace((c = text.charCodeAt(j))) && !isBreak(c)) {
          hash = Math.imul(hash ^ c, FNV_PRIME);
          j++;
        }
      }
      this.addChunk(record, valueShapes, text, i, j, hash >>> 0, precedingSpaces, specialSpaces);
      precedingSpaces = 0;
      specialSpaces = null;
      i = j;
    }
  }

  /** The tokens of chunk text[start, end) (hashed `hash`) added to `record` after the spaces given. */
  private addChunk(
    record: DocRecord,
    valueShapes: number[],
    text: string,
    start: number,
    end: number,
    hash: number,
    precedingSpaces: number,
    specialSpaces: string | null,
  ): void {
    const memory = this.remembered;
    const at = memory.find(text, start, end, hash);
    if (at >= 0) this.addTokens(record, valueShapes, memory.arena, at + 1, at + 1 + memory.arena[at]!, precedingSpaces, specialSpaces);
    else {
      const chunkTokens = this.tokenizeNew(text.slice(start, end), hash);
      this.addTokens(record, valueShapes, chunkTokens, 0, chunkTokens.length, precedingSpaces, specialSpaces);
    }
  }

  /** Remembered tokens numbers[from, to) added to `record`, the spaces given to those that take them. */
  private addTokens(
    record: DocRecord,
    valueShapes: number[],
    numbers: ArrayLike<number>,
    from: number,
    to: number,
    precedingSpaces: number,
    specialSpaces: string | null,
  ): void {
    const tokens = record.tokens;
    for (let k = from; k < to; k += TOKEN_SIZE) {
      const flags = numbers[k + 3]!;
      const spaces = flags & TAKES_SPACES ? (numbers[k + 1]! & ~SPACE_COUNT_MASK) | precedingSpaces : numbers[k + 1]!;
      tokens.push(numbers[k]!, spaces, numbers[k + 2]!, 0);
      valueShapes.push(flags >>> SHAPE_SHIFT);
      if (specialSpaces !== null && flags & TAKES_SPECIAL_SPACES) record.nonBreakingSpaces[tokens.length / TOKEN_SIZE - 1] = specialSpaces;
    }
  }

  /** `chunk` tokenized by wink after a probe space; its tokens with the flags, remembered unless too long. */
  private tokenizeNew(chunk: string, hash: number): number[] {
    const probe = this.probe;
    probe.tokens.length = 0;
    probe.nonBreakingSpaces = Object.create(null) as Record<number, string>;
    const probed = PROBE_SPACE + chunk;
    this.tokenizeWithWink(this.probeSink, probed);
    const got = probe.tokens;
    const chunkTokens = new Array<number>(got.length);
    for (let k = 0; k < got.length; k += TOKEN_SIZE) {
      const spaces = got[k + 1]!;
      const takesSpaces = (spaces & SPACE_COUNT_MASK) === SPACE_COUNT_MASK;
      const takesSpecial = probe.nonBreakingSpaces[k / TOKEN_SIZE] !== undefined;
      chunkTokens[k] = got[k]!;
      chunkTokens[k + 1] = takesSpaces ? spaces & ~SPACE_COUNT_MASK : spaces;
      chunkTokens[k + 2] = got[k + 2]!;
      const shape = valueShape(this.cache.value(got[k]!));
      chunkTokens[k + 3] = (shape << SHAPE_SHIFT) | (takesSpaces ? TAKES_SPACES : 0) | (takesSpecial ? TAKES_SPECIAL_SPACES : 0);
    }
    // Keyed by a cut of the probed text: V8 keeps a cut of 13 or more
    // characters as a slice of the text it was cut from, and `chunk` was cut
    // from the whole article, which the memory would then keep alive.
    if (chunk.length <= LONGEST_REMEMBERED) this.remembered.add(probed.slice(PROBE_SPACE.length), hash, chunkTokens);
    return chunkTokens;
  }
}
