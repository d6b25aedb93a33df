/**
 * wink-nlp's two token mappers (wink-nlp 2.4.0 src/tokens-mappers.js), with
 * the answers for the model's own words read from tables.
 *
 * For each token, wink's mappers call the cache (a dictionary-mode object
 * of closures) for the token's normal, the automata's input, and for its
 * default POS (the POS of its mapped spelling, 8 if none). For the model's
 * words these never change, so they are computed once per instance here;
 * added words (index ≥ intrinsic size) and contraction parts still ask the
 * cache. wink-token-maps.test.ts compares both with wink's on every model
 * word and on documents.
 */
import type { DocRecord } from './wink-internals.js';
import { POS_MASK, POS_SHIFT, SPACE_COUNT_MASK, TOKEN_SIZE } from './wink-doc-data.js';

/** The cache methods the mappers call (wink-nlp src/cache.js). */
export interface MapperCache {
  normal(index: number): number;
  nox(spacesAndPointer: number): number;
  mappedSpelling(index: number): number;
  posOf(index: number): number;
}

/** The default POS of a word whose mapped spelling has none (tokens-mappers.js). */
const NO_POS = 8;

export interface TokenMaps {
  /** Each token's normal (wink `mapRawTokens2UIdOfNormal`). */
  normals(record: DocRecord): number[];
  /** Each token's POS if it has one, else its default POS (wink `mapRawTokens2UIdOfDefaultPOS`). */
  defaultPos(record: DocRecord): number[];
}

export function tokenMaps(cache: MapperCache, intrinsicSize: number): TokenMaps {
  const normalOf = new Uint32Array(intrinsicSize);
  // POS codes are 6 bits (POS_MASK): a byte each keeps the table small.
  const defaultPosOf = new Uint8Array(intrinsicSize);
  for (let i = 0; i < intrinsicSize; i++) {
    normalOf[i] = cache.normal(i);
    const pos = cache.posOf(cache.mappedSpelling(i)) || NO_POS;
    if (pos > 0xff) throw new Error(`sitrep text: wink model word ${i} has POS code ${pos}, more than a byte`);
    defaultPosOf[i] = pos;
  }
  return {
    normals(record) {
      const tokens = record.tokens;
      const out = new Array<number>(record.numOfTokens);
      for (let i = 0, k = 0; i < tokens.length; i += TOKEN_SIZE, k++) {
        const spaces = tokens[i + 1]!;
        const lexeme = tokens[i]!;
        // More than a space count: a contraction part, whose normal is in the expansion table.
        out[k] = spaces > SPACE_COUNT_MASK ? cache.nox(spaces) : lexeme < intrinsicSize ? normalOf[lexeme]! : cache.normal(lexeme);
      }
      return out;
    },
    defaultPos(record) {
      const tokens = record.tokens;
      const out = new Array<number>(record.numOfTokens);
      for (let i = 0, k = 0; i < tokens.length; i += TOKEN_SIZE, k++) {
        const lemmaPos = tokens[i + 2]!;
        const lexeme = tokens[i]!;
        if (lemmaPos !== 0) out[k] = (lemmaPos & POS_MASK) >>> POS_SHIFT;
        else out[k] = lexeme < intrinsicSize ? defaultPosOf[lexeme]! : cache.posOf(cache.mappedSpelling(lexeme)) || NO_POS;
      }
      return out;
    },
  };
}
