/**
 * wink-nlp's `readDoc` for the sbd and pos pipes (wink-nlp 2.4.0
 * src/wink-nlp.js), run here step by step on the instance's cache, with the
 * document record as the result.
 *
 * The steps are wink's: tokenize, map tokens to their normals, find
 * sentence boundaries (automaton + the model's setter), map tokens to
 * default POS, correct them (two automata + the model's updater), set
 * them. Each is done by wink's or the model's own function, or by a
 * rewrite checked against it in a test: chunks of text met before are not
 * tokenized again (wink-chunk-tokenizer.ts), the mappers answer model
 * words from tables (wink-token-maps.ts), the automata run on Maps
 * (wink-automaton.ts), the transformers and POS setter read tables
 * (wink-model-steps.ts). The record is a plain object, not a
 * dictionary-mode one, and is not wrapped in wink's document API, which
 * nothing here reads. wink.test.ts compares the result with a plain
 * wink-nlp instance's public API.
 */
import { ChunkTokenizer } from './wink-chunk-tokenizer.js';
import { POS_SHIFT, TOKEN_SIZE } from './wink-doc-data.js';
import { compileAutomaton, type Automaton } from './wink-automaton.js';
import { compileTrex, docDataWrapper, winkTokenizer, type DocRecord } from './wink-internals.js';
import { setPos, type Transformer, type TransformerCache } from './wink-model-steps.js';
import { tokenMaps, type MapperCache } from './wink-token-maps.js';

/** An automata model of wink's model package: machines (JSON) and its steps. */
export interface ModelSteps {
  machines: string[];
  setter?: (...args: never[]) => void;
  updater?: (...args: never[]) => void;
}

/** What the reader is made from: wink's cache, the core model's tokenizer data, the sbd and POS models. */
export interface ReaderParts {
  cache: TransformerCache & MapperCache & { lookup(text: string): number[] | null; intrinsicSize(): number };
  core: { trex: unknown; tcat: { hash: Record<string, number> }; preserve: unknown };
  sbd: ModelSteps;
  sbdTransformer: Transformer;
  pos: ModelSteps;
  posTransformer: Transformer;
}

/** A read document: wink's record, with each token's value shape (wink-chunk-tokenizer.ts `valueShape`). */
export type ReadRecord = DocRecord & { valueShapes: number[] };

export type WinkReader = (text: string) => ReadRecord;

type ModelAutomaton = Automaton<TransformerCache, number[]>;

export function createReader(parts: ReaderParts): WinkReader {
  const { cache } = parts;
  const trex = compileTrex(parts.core.trex);
  const splitter = trex.helpers.splitter;
  if (!(splitter instanceof RegExp)) throw new Error('sitrep text: wink model has no splitter regex');
  const chunks = new ChunkTokenizer(winkTokenizer(trex, parts.core.tcat.hash, parts.core.preserve), splitter, docDataWrapper, cache);
  // wink hands each sbd machine's matches to the next as token swaps, which wink-automaton.ts does not do: the model has one.
  if (parts.sbd.machines.length !== 1) throw new Error(`sitrep text: wink model has ${parts.sbd.machines.length} sbd machines, expected 1`);
  const sbdAutomaton: ModelAutomaton = compileAutomaton(parts.sbd.machines[0]!, cache);
  // As wink: the POS automata skip the OOV placeholder rather than line breaks.
  const posAutomata: ModelAutomaton[] = parts.pos.machines.map((json) => compileAutomaton(json, cache, cache.value(0)));
  const maps = tokenMaps(cache, cache.intrinsicSize());
  const sbdSetter = parts.sbd.setter as unknown as (px: unknown, record: DocRecord) => void;
  const posUpdater = parts.pos.updater as unknown as (px: unknown, cache: unknown, posTags: number[], normals: number[]) => void;
  if (typeof sbdSetter !== 'function' || typeof posUpdater !== 'function') throw new Error('sitrep text: wink model has no sbd setter or POS updater');

  return (text) => {
    const record: ReadRecord = {
      cache,
      tokens: [],
      sentences: [],
      nonBreakingSpaces: Object.create(null) as Record<number, string>,
      numOfTokens: 0,
      valueShapes: [],
    };
    chunks.tokenize(record, text, record.valueShapes);
    record.numOfTokens = record.tokens.length / TOKEN_SIZE;
    const normals = maps.normals(record);

    sbdSetter(sbdAutomaton.recognize(normals, parts.sbdTransformer, record.tokens), record);

    // POS: default tags, corrected by each automaton in turn, then set where no POS is yet.
    const posTags = maps.defaultPos(record);
    for (const automaton of posAutomata) {
      const found = automaton.recognize(posTags, parts.posTransformer, record.tokens);
      posUpdater(found, cache, posTags, normals);
    }
    setPos(record, posTags, TOKEN_SIZE, POS_SHIFT);
    return record;
  };
}
