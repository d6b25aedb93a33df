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
 * sees that second hash, and `cache.add` answers an OOV word already added
 * from it.
 * Tested in tokenize.test.ts ("the same text is tokenized the same way
 * whatever was read before").
 *
 * OOV words still accumulate (one entry per distinct string), so the
 * instance is rebuilt once too many have gathered; results do not change.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;

/** The part of wink's cache the model's POS feature and the document reader call. */
interface CacheMethods {
  lookup(text: string): number[] | null;
  intrinsicSize(): number;
  add(text: string, category: number): number;
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
      realHash = hideOovFromFirstReader(lexeme);
      return core;
    },
    featureFn: (...args: unknown[]) => {
      const methods = (model.featureFn as (...a: unknown[]) => FeatureMethods)(...args);
      const pos = methods.pos!;
      methods.pos = (word, category, cache) => {
        addKnownOovFast(cache, realHash);
        return pos(word, category, withOovLookup(cache, () => realHash));
      };
      return methods;
    },
  }) as typeof model;
  const nlp = winkNLP(historyFree, PIPES);
  if (!lexeme) throw new Error('wink-nlp did not load its core model through model.core()');
  return { nlp, lexeme };
}

/**
 * The first read of `lexeme.hash` is wink's cache capturing it for lookups:
 * it gets the model's own hash, which from then on never changes. Every
 * later read (adding an OOV word and its features, the model's features
 * reading a word's index) gets an object whose prototype is that hash: it
 * sees the model's words through the prototype and holds the OOV words as
 * its own properties, so OOV words never reach the cache's lookups. (A
 * Proxy hiding OOV entries did the same at ~2 % of the text step's time;
 * both hashes have no Object prototype, so no key is special.)
 */
function hideOovFromFirstReader(lexeme: LexemeFeature): Record<string, number> {
  const modelWords = lexeme.hash;
  const withOov = Object.create(modelWords) as Record<string, number>;
  let reads = 0;
  Object.defineProperty(lexeme, 'hash', {
    configurable: true,
    enumerable: true,
    get: () => (reads++ === 0 ? modelWords : withOov),
  });
  return withOov;
}

/**
 * `cache`, but its lookup also finds OOV words (index ≥ intrinsic size) in
 * the hash that holds them. Made once per cache object (the POS feature is
 * called for every new word, and a fresh copy per call cost ~7 % of the
 * text step on text full of new words).
 */
const oovLookups = new WeakMap<CacheMethods, CacheMethods>();
function withOovLookup(cache: CacheMethods, hash: () => Record<string, number>): CacheMethods {
  let wrapped = oovLookups.get(cache);
  if (wrapped) return wrapped;
  const intrinsic = cache.intrinsicSize();
  wrapped = Object.assign(Object.create(null), cache, {
    lookup: (text: string) => {
      const index = hash()[text];
      return index !== undefined && index >= intrinsic ? [index] : cache.lookup(text);
    },
  }) as CacheMethods;
  oovLookups.set(cache, wrapped);
  return wrapped;
}

/**
 * Every occurrence of an OOV word goes through wink's `cache.add` (its
 * lookups do not see OOV words), which, for a word already added, only
 * finds and returns its index: ~2 % of the text step in news text, full of
 * names and numbers. This gives `add` that answer first. Installed on the
 * cache object (wink reads `cache.add` at each call) when the first OOV word
 * is added, before which there is none to find.
 */
const fastAdds = new WeakSet<CacheMethods>();
function addKnownOovFast(cache: CacheMethods, hash: Record<string, number>): void {
  if (fastAdds.has(cache)) return;
  fastAdds.add(cache);
  const add = cache.add;
  // `add` is only called for words the cache's lookup missed, i.e. never for model words: a hit here is an OOV word.
  cache.add = (text, category) => hash[text] ?? add(text, category);
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
