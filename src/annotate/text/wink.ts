/**
 * wink-nlp, made independent of what it read before.
 *
 * wink adds every out-of-vocabulary (OOV) token to its lexicon, and its
 * tokenizer keeps any string found in the lexicon whole. So once a document
 * has "Trump's." (kept whole before the period), every later "Trump's" stays
 * one token, where a fresh instance splits it into "Trump" + "'s". Tokens,
 * and everything built on them, then depend on which documents came first:
 * a re-run, a parallel run or a single-document API call would disagree.
 *
 * The fix: wink's lexicon lookup (the only reader of the lexeme hash it
 * captures when its cache is built, wink-nlp 2.4.0 src/cache.js) is given
 * the model's own words only; the cache still records OOV words, in a
 * second hash that inherits the model's, for their features, so each is
 * stored once. The model's POS feature, which looks up the lower-cased form
 * of a word being added (and may be an OOV word), is given a lookup that
 * sees that second hash (wink-cache.ts).
 * Tested in tokenize.test.ts ("the same text is tokenized the same way
 * whatever was read before").
 *
 * One history effect remains: an OOV word's default POS is computed once,
 * from the token category it had when first added (e.g. "96" split out of
 * "02.SEP.96" as a word piece is PROPN, and stays PROPN where it later
 * stands alone as a number, NUM for a fresh instance): 7 tokens in 82k of
 * CoNLL/PolNeAR text.
 *
 * OOV words still accumulate (one entry per distinct string), so the
 * instance is rebuilt once too many have gathered; results do not change.
 *
 * For speed, with output unchanged (scripts/bench-text.ts dump): documents
 * are read by wink-reader.ts, which runs wink's readDoc steps itself on the
 * instance's cache, remembering what each chunk of text was tokenized
 * into (wink-chunk-tokenizer.ts) and running the automata and token
 * mappers on tables (wink-automaton.ts, wink-token-maps.ts); the cache's
 * add answers a word it has seen from a Map (wink-cache.ts), features
 * nothing reads are not computed for new words (wink-features.ts), the
 * automata's token transformers read tables and the POS setter is lighter
 * (wink-model-steps.ts), and the document record is read directly rather
 * than through wink's API (wink-doc-data.ts). The wink-nlp instance itself
 * still serves its public API (winkInstance), which the tests compare with.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import {
  hideOovFromFirstReader,
  installRememberingAdd,
  withOovLookup,
  type CacheMethods,
  type LexemeFeature,
} from './wink-cache.js';
import { checkDocData, type WinkDocData } from './wink-doc-data.js';
import { skipUnreadFeatures } from './wink-features.js';
import { posTransformer, sbdTransformer, setPos, type CoreForTables } from './wink-model-steps.js';
import { createReader, type ModelSteps, type ReaderParts, type WinkReader } from './wink-reader.js';

type Nlp = ReturnType<typeof winkNLP>;

type FeatureMethods = Record<string, (word: string, category: number, cache: CacheMethods) => unknown>;

interface AutomataModel {
  setter: (...args: never[]) => void;
  [part: string]: unknown;
}

type CoreModel = CoreForTables & { features: { lexeme: LexemeFeature } & Record<string, { list?: unknown[] }> };

/** `steps` (an automata model), after checking it has as many transformers as the one rewritten in wink-model-steps.ts. */
function withTransformers(name: string, steps: ModelSteps & { transformers?: unknown[] }, count: number): ModelSteps {
  const transformers = steps.transformers;
  if (!Array.isArray(transformers) || transformers.length !== count)
    throw new Error(`sitrep text: wink model's ${name} has ${String(transformers?.length)} transformers, expected ${count}`);
  return steps;
}

// Only sentence boundaries and POS are read; wink's other default pipes
// (negation, sentiment, ner, cer) cost ~25 % of the time and change neither
// tokens, sentences nor POS (checked on CoNLL dev + news articles).
const PIPES = ['sbd', 'pos'];

/** Distinct OOV strings kept before the instance is rebuilt (~100 MB). */
const MAX_OOV = 400_000;

interface Instance {
  nlp: Nlp;
  lexeme: LexemeFeature;
  /** Reads a document on the instance's cache as wink's readDoc does (wink-reader.ts). */
  read: WinkReader;
}

let current: Instance | undefined;

/**
 * The model's custom-entity meta model, loaded once for every instance:
 * wink-eng-lite-web-model 1.8.1's `metaCER()` replaces its module's copy
 * with the JSON string of it at each call, so each new instance got a
 * string twice as long as the last, and the 21st built in a process threw
 * "Invalid string length" (the 20th held ~330M characters). Custom
 * entities are not used here; the first answer serves every instance.
 */
let metaCer: unknown;

/** The document record wink's POS setter (the last step of readDoc) was last given. */
let lastDocData: unknown;

/**
 * A wink instance on the model, wrapped: the core model's lexeme hash split
 * (model words for lookups, OOV words beside them), unread features
 * skipped, the POS feature given a lookup that sees OOV words, the POS
 * setter keeping the document record, the custom-entity meta model loaded
 * once. Then one empty document is read to reach wink's cache (only
 * documents carry it), its add is replaced, and the reader is made on it.
 */
function build(): Instance {
  let core: CoreModel | undefined;
  let lexeme: LexemeFeature | undefined;
  let features: Record<string, { list?: unknown[] }> = {};
  let withOov: Record<string, number> = {};
  const historyFree = Object.assign(Object.create(null), model, {
    core: () => {
      // The model package types its core as unknown: this is the one shape read here.
      core = (model.core as () => CoreModel)();
      features = core.features;
      lexeme = core.features.lexeme;
      ({ withOov } = hideOovFromFirstReader(lexeme));
      return core;
    },
    featureFn: (...args: unknown[]) => {
      const methods = (model.featureFn as (...a: unknown[]) => FeatureMethods)(...args);
      skipUnreadFeatures(methods, features);
      const pos = methods.pos!;
      methods.pos = (word, category, cache) => pos(word, category, withOovLookup(cache, withOov));
      return methods;
    },
    metaCER: () => (metaCer ??= (model.metaCER as () => unknown)()),
    // wink hands its document record to the POS setter: kept for readWith.
    // The setter itself is the model's, rewritten (wink-model-steps.ts).
    pos: () => {
      const posModel = (model.pos as () => AutomataModel)();
      if (typeof posModel.setter !== 'function' || posModel.setter.length !== 4) throw new Error("sitrep text: wink model's POS setter is not the one rewritten in wink-model-steps.ts");
      return Object.assign(Object.create(null), posModel, {
        setter: (docData: { tokens: number[] }, posTags: number[], tokenSize: number, posShift: number) => {
          setPos(docData, posTags, tokenSize, posShift);
          lastDocData = docData;
        },
      }) as AutomataModel;
    },
  }) as typeof model;
  const nlp = winkNLP(historyFree, PIPES);
  if (!lexeme) throw new Error('wink-nlp did not load its core model through model.core()');
  const cache = readWith(nlp, '').cache as unknown as CacheMethods;
  installRememberingAdd(cache);
  const read = createReader({
    cache: cache as unknown as ReaderParts['cache'],
    core: core as unknown as ReaderParts['core'],
    // The reader runs one rewritten transformer (wink-model-steps.ts) in place of each of the model's.
    sbd: withTransformers('sbd', (model.sbd as () => ModelSteps)(), 1),
    sbdTransformer: sbdTransformer(core!),
    pos: withTransformers('pos', (model.pos as () => ModelSteps)(), 2),
    posTransformer: posTransformer(core!),
  });
  return { nlp, lexeme, read };
}

function readWith(nlp: Nlp, text: string): WinkDocData {
  lastDocData = undefined;
  nlp.readDoc(text);
  const data = lastDocData;
  lastDocData = undefined;
  return checkDocData(data);
}

function currentInstance(): Instance {
  if (!current || current.lexeme.list.length - current.lexeme.intrinsicSize > MAX_OOV) current = build();
  return current;
}

/** The shared instance; call between documents (never while reading one). */
export function winkInstance(): Nlp {
  return currentInstance().nlp;
}

/** Replaces the shared instance with a new one, as when too many OOV words have gathered (for tests). */
export function rebuildWinkInstance(): void {
  current = build();
}

/** wink's internal record of `text` read (tokens, sentences, POS); see wink-doc-data.ts. */
export function readWinkDoc(text: string): WinkDocData {
  return checkDocData(currentInstance().read(text));
}

/** OOV strings the current instance holds (for tests and memory checks). */
export function oovCount(): number {
  return current ? current.lexeme.list.length - current.lexeme.intrinsicSize : 0;
}
