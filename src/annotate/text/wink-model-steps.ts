/**
 * Per-token steps of the model's sentence-boundary and POS models, rewritten
 * to do the same work with less: the token transformers answer from
 * per-lexeme tables instead of `cache.property`, the POS setter reads wink's
 * token array once.
 *
 * wink's automaton (wink-nlp 2.4.0 src/automaton.js `recognize`) calls the
 * model's transformer at every step, revisited tokens included, and the
 * model's transformers (wink-eng-lite-web-model 1.8.1
 * dist/sbd-transformers.js, dist/pos-transformers.js) read one to three
 * lexeme properties by name each time. The properties they read (sbdHint,
 * posHint, isAbbrev) of the model's own words are fixed, so they are
 * unpacked here once, when the core model loads, into typed arrays; words
 * added later (index ≥ intrinsic size) still go to `cache.property`. The
 * logic of each transformer is the model's, rewritten; wink-model-steps.test.ts
 * checks it against the model's on every model word and on added words.
 */

import { SPACE_COUNT_MASK, TOKEN_SIZE } from './wink-doc-data.js';

/** What the model's transformers add to a hint to tell it from a lexeme index. */
const HINT_DELTA = 1080000;
/** sbdHint values with a special meaning in the sbd transformer. */
const SBD_AMBIGUOUS_QUOTE = 4;
const SBD_AMBIGUOUS_QUOTE_AFTER_SPACE = 6;
const SBD_LIKELY_END = 7;
const SBD_NOT_END = 8;

/** The core model's parts read to unpack lexeme properties (wink-nlp 2.4.0 src/cache.js `property`). */
export interface CoreForTables {
  lexicon: Uint32Array;
  packing: { size: number; layout: Record<string, number[]> };
  features: { lexeme: { intrinsicSize: number } };
}

/** The cache methods the transformers use for added words. */
export interface TransformerCache {
  property(index: number, name: string): unknown;
  value(index: number): string;
}

export type Transformer = (token: number, cache: TransformerCache, rawTokens: number[], i: number) => number;

/**
 * One numeric property of every model word. Only properties stored as the
 * number itself (layout flags [3] = 1, [5] = 0) in at most 8 bits are
 * unpacked (the hints and flags read here): others would need the
 * feature's list or a wider table. A byte per word keeps each table at
 * ~90 KB, which stays in the CPU caches far better than 4 bytes did.
 */
export function unpackProperty(core: CoreForTables, name: string): Uint8Array {
  const layout = core.packing.layout[name];
  if (!layout || layout[3] !== 1 || layout[5] !== 0) throw new Error(`sitrep text: wink property "${name}" is not a plain packed number`);
  const [word, mask, shift] = layout as [number, number, number];
  if (mask >>> shift > 0xff) throw new Error(`sitrep text: wink property "${name}" has more than 8 bits`);
  const size = core.features.lexeme.intrinsicSize;
  const stride = core.packing.size;
  const values = new Uint8Array(size);
  for (let i = 0; i < size; i++) values[i] = (core.lexicon[word + i * stride]! & mask) >>> shift;
  return values;
}

/** The model's POS transformer: a word's posHint, if any, replaces its POS. */
export function posTransformer(core: CoreForTables): Transformer {
  const posHint = unpackProperty(core, 'posHint');
  const size = posHint.length;
  return (pos, cache, rawTokens, i) => {
    const lexeme = rawTokens[i * TOKEN_SIZE]!;
    const hint = lexeme < size ? posHint[lexeme]! : (cache.property(lexeme, 'posHint') as number);
    return hint ? hint + HINT_DELTA : pos;
  };
}

/**
 * The model's sentence-boundary transformer: the sbdHint of the token's
 * normal or else of the token itself (an ambiguous quote told apart by a
 * preceding space), else abbreviations marked as likely sentence ends (or
 * not, for two letters such as "Mr"), else the token unchanged.
 */
export function sbdTransformer(core: CoreForTables): Transformer {
  const sbdHint = unpackProperty(core, 'sbdHint');
  const isAbbrev = unpackProperty(core, 'isAbbrev');
  const size = sbdHint.length;
  return (token, cache, rawTokens, i) => {
    const lexeme = rawTokens[i * TOKEN_SIZE]!;
    let hint =
      (token < size ? sbdHint[token]! : (cache.property(token, 'sbdHint') as number)) ||
      (lexeme < size ? sbdHint[lexeme]! : (cache.property(lexeme, 'sbdHint') as number));
    if (hint === SBD_AMBIGUOUS_QUOTE && rawTokens[i * TOKEN_SIZE + 1]! & SPACE_COUNT_MASK) hint = SBD_AMBIGUOUS_QUOTE_AFTER_SPACE;
    if (hint) return hint + HINT_DELTA;
    const abbrev = token < size ? isAbbrev[token]! : (cache.property(token, 'isAbbrev') as number);
    if (!abbrev) return token;
    return HINT_DELTA + (cache.value(token).length === 2 ? SBD_NOT_END : SBD_LIKELY_END);
  };
}

/**
 * The model's POS setter (dist/pos-setter.js): each token without a POS
 * yet (contraction parts carry theirs) gets its tagged POS in the lemma|pos
 * number. The model's reads `rdd.tokens` by name at every token, and wink's
 * record is a dictionary-mode object (`Object.create(null)`): here it is
 * read once.
 */
export function setPos(docData: { tokens: number[] }, posTags: number[], tokenSize: number, posShift: number): void {
  const tokens = docData.tokens;
  for (let i = 0, k = 0; i < tokens.length; i += tokenSize, k++) {
    if (tokens[i + 2] === 0) tokens[i + 2] = posTags[k]! << posShift;
  }
}
