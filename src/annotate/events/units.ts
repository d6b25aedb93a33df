/**
 * The word units of a sentence: tokens from the `tokens` layer with
 * hyphenated compounds glued back together ("US-led", "pro-Iranian",
 * "cease-fire"), since wink splits them and both triggers and actor
 * dictionaries want the whole compound.
 */
import type { Sentence, Token } from '../../model/layers.js';
import { hashSpan } from '../../util/fnv.js';
import { lemmaCandidates } from './lemma.js';
import type { CountryNode } from './actors.js';
import type { EventPattern } from './patterns.js';
import { sameRange } from '../../util/span-table.js';

export interface Unit {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** wink UD tag; for compounds the tag of the last part. */
  pos: string;
  lemmas: string[];
  /** The shared word behind the unit (absent in hand-made test units). */
  word?: Word;
}

export interface SentenceUnits {
  index: number;
  sentence: Sentence;
  units: Unit[];
}

/** A word as written, with its lower-case form and lemma candidates; one shared object per spelling. */
export interface Word {
  text: string;
  lower: string;
  lemmas: string[];
  /** Set by propose.ts the first time it tests this spelling: the patterns it can start, and whether it holds a filter key. */
  patterns?: readonly EventPattern[];
  key?: boolean;
  /** Set by actors.ts: the country this word alone names (null: none), and the sector nouns among its lemmas. */
  iso3?: string | null;
  sectors?: { strong?: string; weak?: string };
  /** Set by chunks.ts: whether the word joins a chunk whatever its tag (1), never (0), or by its tag (2). */
  chunk?: 0 | 1 | 2;
  /** Set by actors.ts: the roots of its trie of chunk countries for chunks starting with this word (by PROPN tag), and their generation. */
  countryRoots?: [CountryNode | undefined, CountryNode | undefined];
  countryGeneration?: number;
}

/** Words repeat across sentences and articles: slicing and hashing each token once is the main cost here. */
const WORDS = new Map<string, Word>();
const WORDS_LIMIT = 50_000;

export function wordOf(text: string): Word {
  let w = WORDS.get(text);
  if (!w) {
    const lower = text.toLowerCase().replace(/[’]/g, "'");
    // The fields set later (propose.ts, actors.ts) exist from the start: every word has one shape.
    w = { text, lower, lemmas: lemmaCandidates(lower), patterns: undefined, key: undefined, iso3: undefined, sectors: undefined, chunk: undefined, countryRoots: undefined, countryGeneration: undefined };
    if (WORDS.size >= WORDS_LIMIT) WORDS.clear();
    WORDS.set(text, w);
  }
  return w;
}

/**
 * The words by spelling again, as an open-addressing table hashed straight from the
 * document text: a token's word is found without slicing a new string and hashing it
 * in a Map (the main cost of this step); only a spelling not seen yet is sliced.
 */
const SLOT_BITS = 15;
/** Half full at most, so probes stay short; a small table also stays in the CPU cache (hits outnumber misses). */
const SLOT_LIMIT = 1 << (SLOT_BITS - 1);
const SLOT_MASK = (1 << SLOT_BITS) - 1;
/** Filled by push: `new Array(n)` this large would get slow dictionary elements in V8. */
const SLOT_WORDS: (Word | undefined)[] = [];
for (let i = 0; i < 1 << SLOT_BITS; i++) SLOT_WORDS.push(undefined);
const SLOT_HASHES = new Int32Array(1 << SLOT_BITS);
let slotCount = 0;

/** Words of one ASCII character (punctuation, mostly: a good part of all tokens), by character code. */
const ASCII_WORDS: (Word | undefined)[] = [];
for (let c = 0; c < 128; c++) ASCII_WORDS.push(undefined);


function wordAt(text: string, start: number, end: number): Word {
  if (end - start === 1) {
    const c = text.charCodeAt(start);
    if (c < 128) return (ASCII_WORDS[c] ??= wordOf(text[start]!));
  }
  const h = hashSpan(text, start, end) | 0;
  let slot = h & SLOT_MASK;
  for (let w = SLOT_WORDS[slot]; w !== undefined; w = SLOT_WORDS[slot]) {
    if (SLOT_HASHES[slot] === h && sameRange(w.text, text, start, end)) return w;
    slot = (slot + 1) & SLOT_MASK;
  }
  const word = wordOf(text.slice(start, end));
  // Emptied, like WORDS, when full (the words stay in WORDS).
  if (slotCount >= SLOT_LIMIT) {
    SLOT_WORDS.fill(undefined);
    slotCount = 0;
    slot = h & SLOT_MASK;
  }
  SLOT_WORDS[slot] = word;
  SLOT_HASHES[slot] = h;
  slotCount++;
  return word;
}

/** The words of a sentence's tokens, in order. */
export function wordsOf(text: string, tokens: readonly Token[]): Word[] {
  // No limit: never undefined.
  return wordsOfRange(text, tokens, 0, tokens.length)!;
}

/**
 * The words of tokens[from..to), in order: a sentence's tokens read in place, without
 * copying them out of the layer. Undefined when a token ends after `limit` (the
 * sentence's end), which the caller handles apart.
 */
export function wordsOfRange(text: string, tokens: readonly Token[], from: number, to: number, limit = Infinity): Word[] | undefined {
  const words = new Array<Word>(to - from);
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.end > limit) return undefined;
    words[i - from] = wordAt(text, t.start, t.end);
  }
  return words;
}

function makeUnit(word: Word, start: number, end: number, pos: string): Unit {
  return { start, end, text: word.text, lower: word.lower, pos, lemmas: word.lemmas, word };
}

/** Groups a sentence's tokens into units, gluing `a-b` compounds with no spaces; `words` are the tokens' words (wordsOf), computed once by the caller. */
export function unitsOfSentence(text: string, sentence: Sentence, index: number, tokens: readonly Token[], words: readonly Word[]): SentenceUnits {
  return { index, sentence, units: glue(text, tokens, 0, tokens.length, words) };
}

/** unitsOfSentence for the sentence's tokens tokens[from..to) of the whole layer; `words` as wordsOfRange gives them. */
export function unitsOfTokenRange(text: string, sentence: Sentence, index: number, tokens: readonly Token[], from: number, to: number, words: readonly Word[]): SentenceUnits {
  return { index, sentence, units: glue(text, tokens, from, to, words) };
}

/** Units of tokens[from..to); words[k] is the word of tokens[from + k]. */
function glue(text: string, tokens: readonly Token[], from: number, to: number, words: readonly Word[]): Unit[] {
  const units: Unit[] = [];
  let i = from;
  while (i < to) {
    let j = i;
    // Extend over "-" + word while the pieces touch.
    while (
      j + 2 < to &&
      words[j + 1 - from]!.text === '-' &&
      tokens[j + 1]!.start === tokens[j]!.end &&
      tokens[j + 2]!.start === tokens[j + 1]!.end
    ) {
      j += 2;
    }
    const last = tokens[j]!;
    if (j === i) {
      units.push(makeUnit(words[i - from]!, last.start, last.end, last.pos));
    } else {
      let pos = last.pos;
      for (let k = i; k <= j; k++) if (tokens[k]!.pos === 'NOUN') pos = 'NOUN';
      units.push(makeUnit(wordOf(text.slice(tokens[i]!.start, last.end)), tokens[i]!.start, last.end, pos));
    }
    i = j + 1;
  }
  return units;
}

export function lemmaIs(u: Unit | undefined, lemma: string): boolean {
  return !!u && u.lemmas.includes(lemma);
}

const QUOTE_MARKS = /^["“”'‘’`]+$/;

/** A unit of quotation marks only (straight, curly or backtick). */
export function isQuoteMark(u: Unit): boolean {
  return QUOTE_MARKS.test(u.text);
}

export function isVerbal(u: Unit): boolean {
  return u.pos === 'VERB' || u.pos === 'AUX';
}

export function isNominal(u: Unit): boolean {
  return u.pos === 'NOUN' || u.pos === 'PROPN' || u.pos === 'ADJ' || u.pos === 'NUM';
}
