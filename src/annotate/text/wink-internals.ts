/**
 * wink-nlp's own modules that its `readDoc` (wink-nlp 2.4.0 src/wink-nlp.js)
 * runs a document through, loaded directly: wink-reader.ts runs the
 * tokenizer (with the token regexes compiled and the document-record
 * wrapper it adds tokens through) itself, and the tests compare the
 * rewritten steps with wink's token mappers and automaton. wink-nlp is
 * pinned to an exact version and has no `exports` map, so these paths are
 * stable; each export is checked to be a function here.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The tokenizer's view of a document record (src/dd-wrapper.js). */
export interface TokenSink {
  _addToken(text: string, category: number, precedingSpaces: number, nbsp: string | null): boolean;
  _addTokenIfInCache(text: string, precedingSpaces: number, nbsp: string | null): number;
  isLexeme(text: string): unknown;
  clean(): void;
}

/** The part of a document record wink's tokenizer, mappers and model steps use. */
export interface DocRecord {
  cache: unknown;
  tokens: number[];
  sentences: number[][];
  nonBreakingSpaces: Record<number, string>;
  numOfTokens: number;
}

export interface CompiledTrex {
  rtc: unknown[];
  ltc: unknown[];
  helpers: Record<string, RegExp>;
}

/** An automaton (src/automaton.js): recognizes its patterns in a token sequence. */
export interface WinkAutomaton {
  importJSON(json: string): void;
  setPatternSwap(patterns: unknown[] | null): void;
  recognize(tokens: number[], transform?: (...args: never[]) => number, param?: unknown): [number, number, unknown][];
}

function load<T>(path: string): T {
  const loaded = require(path) as unknown;
  if (typeof loaded !== 'function' && (typeof loaded !== 'object' || loaded === null))
    throw new Error(`sitrep text: wink-nlp module ${path} did not load`);
  return loaded as T;
}

function checkFunctions(path: string, methods: Record<string, unknown>, names: string[]): void {
  for (const name of names)
    if (typeof methods[name] !== 'function') throw new Error(`sitrep text: wink-nlp module ${path} has no function ${name}; was wink-nlp upgraded from 2.4.0?`);
}

/** src/tokenizer.js: a tokenizer for the compiled token regexes, categories and hyphenation rules. */
export const winkTokenizer = load<(trex: CompiledTrex, categories: Record<string, number>, preserve: unknown) => (sink: TokenSink, text: string) => void>(
  'wink-nlp/src/tokenizer.js',
);
/** src/compile-trex.js: the model's token regexes compiled. */
export const compileTrex = load<(trex: unknown) => CompiledTrex>('wink-nlp/src/compile-trex.js');
/** src/dd-wrapper.js: adds tokens to a record through its cache. */
export const docDataWrapper = load<(record: DocRecord) => TokenSink>('wink-nlp/src/dd-wrapper.js');
/** src/tokens-mappers.js: per-token normals (the automata's input) and default POS. */
export const tokenMappers = load<{
  mapRawTokens2UIdOfNormal(record: DocRecord): number[];
  mapRawTokens2UIdOfDefaultPOS(record: DocRecord): number[];
}>('wink-nlp/src/tokens-mappers.js');
/** src/automaton.js: an automaton over `cache`, skipping `tokenToIgnore` (a line break by default). */
export const winkAutomaton = load<(cache: unknown, tokenToIgnore?: string) => WinkAutomaton>('wink-nlp/src/automaton.js');

checkFunctions('src/tokens-mappers.js', tokenMappers, ['mapRawTokens2UIdOfNormal', 'mapRawTokens2UIdOfDefaultPOS']);
for (const [path, f] of [
  ['src/tokenizer.js', winkTokenizer],
  ['src/compile-trex.js', compileTrex],
  ['src/dd-wrapper.js', docDataWrapper],
  ['src/automaton.js', winkAutomaton],
] as const)
  if (typeof f !== 'function') throw new Error(`sitrep text: wink-nlp module ${path} is not a function; was wink-nlp upgraded from 2.4.0?`);
