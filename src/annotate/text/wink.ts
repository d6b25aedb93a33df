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
 * captures when its cache is built, wink-nlp 2.4.0 src/cache.js) is given a
 * view that shows only the model's own words; the cache still records OOV
 * words in the real hash for their features, so each is stored once. The
 * model's POS feature, which looks up the lower-cased form of a word being
 * added (and may be an OOV word), is given a lookup that sees the real hash.
 * Tested in tokenize.test.ts ("the same text is tokenized the same way
 * whatever was read before").
 *
 * OOV words still accumulate (one entry per distinct string), so the
 * instance is rebuilt once too many have gathered; results do not change.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;

/** The part of wink's cache the model's POS feature calls. */
interface CacheMethods {
  lookup(text: string): number[] | null;
  intrinsicSize(): number;
  [method: string]: unknown;
}

type FeatureMethods = Record<string, (word: string, category: number, cache: CacheMethods) => unknown>;

interface LexemeFeature {
  hash: Record<string, number>;
  list: string[];
  intrinsicSize: number;
}

// Only sentence boundaries and POS are read; wink's other default pipes
// (negation, sentiment, ner, cer) cost ~25 % of the time and change neither
// tokens, sentences nor POS (checked on CoNLL dev + news articles).
const PIPES = ['sbd', 'pos'];

/** Distinct OOV strings kept before the instance is rebuilt (~100 MB). */
const MAX_OOV = 400_000;

let current: { nlp: Nlp; lexeme: LexemeFeature } | undefined;

function build(): { nlp: Nlp; lexeme: LexemeFeature } {
  let lexeme: LexemeFeature | undefined;
  let realHash: Record<string, number> = {};
  const historyFree = Object.assign(Object.create(null), model, {
    core: () => {
      // The model package types its core as unknown: this is the one shape read here.
      const core = (model.core as () => { features: { lexeme: LexemeFeature } })();
      lexeme = core.features.lexeme;
      realHash = lexeme.hash;
      hideOovFromFirstReader(lexeme);
      return core;
    },
    featureFn: (...args: unknown[]) => {
      const methods = (model.featureFn as (...a: unknown[]) => FeatureMethods)(...args);
      const pos = methods.pos!;
      methods.pos = (word, category, cache) => pos(word, category, withOovLookup(cache, () => realHash));
      return methods;
    },
  }) as typeof model;
  const nlp = winkNLP(historyFree, PIPES);
  if (!lexeme) throw new Error('wink-nlp did not load its core model through model.core()');
  return { nlp, lexeme };
}

/**
 * The first read of `lexeme.hash` is wink's cache capturing it for lookups:
 * it gets a view where OOV entries (index ≥ intrinsicSize) are absent. Every
 * later read (adding an OOV word and its features) gets the real hash.
 */
function hideOovFromFirstReader(lexeme: LexemeFeature): void {
  const real = lexeme.hash;
  const intrinsic = lexeme.intrinsicSize;
  const modelWordsOnly = new Proxy(real, {
    get: (hash, key) => {
      const index = hash[key as string];
      return index !== undefined && index < intrinsic ? index : undefined;
    },
  });
  let reads = 0;
  Object.defineProperty(lexeme, 'hash', {
    configurable: true,
    enumerable: true,
    get: () => (reads++ === 0 ? modelWordsOnly : real),
  });
}

/** `cache`, but its lookup also finds OOV words (index ≥ intrinsic size) in the real hash. */
function withOovLookup(cache: CacheMethods, hash: () => Record<string, number>): CacheMethods {
  const intrinsic = cache.intrinsicSize();
  return Object.assign(Object.create(null), cache, {
    lookup: (text: string) => {
      const index = hash()[text];
      return index !== undefined && index >= intrinsic ? [index] : cache.lookup(text);
    },
  }) as CacheMethods;
}

/** The shared instance; call between documents (never while reading one). */
export function winkInstance(): Nlp {
  if (!current || current.lexeme.list.length - current.lexeme.intrinsicSize > MAX_OOV) current = build();
  return current.nlp;
}

/** OOV strings the current instance holds (for tests and memory checks). */
export function oovCount(): number {
  return current ? current.lexeme.list.length - current.lexeme.intrinsicSize : 0;
}
