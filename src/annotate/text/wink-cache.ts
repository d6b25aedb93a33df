/**
 * Hooks into wink-nlp's lexicon cache (wink-nlp 2.4.0 src/cache.js): how
 * wink.ts keeps tokenization independent of earlier documents, and answers
 * repeated `add` calls faster with the same results.
 *
 * wink's cache is a plain object of closures over its tables; the document
 * reader (src/dd-wrapper.js) and the model's POS feature call its methods
 * through the object at every call, so a method replaced on the object is
 * used from then on. The tables themselves stay wink's.
 */

/** The part of wink's cache called or replaced here. */
export interface CacheMethods {
  lookup(text: string): number[] | null;
  intrinsicSize(): number;
  add(text: string, category: number): number;
  [method: string]: unknown;
}

/** The model's lexeme feature: word -> index hash, index -> word list. */
export interface LexemeFeature {
  hash: Record<string, number>;
  list: string[];
  intrinsicSize: number;
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
export function hideOovFromFirstReader(lexeme: LexemeFeature): { modelWords: Record<string, number>; withOov: Record<string, number> } {
  const modelWords = lexeme.hash;
  const withOov = Object.create(modelWords) as Record<string, number>;
  let reads = 0;
  Object.defineProperty(lexeme, 'hash', {
    configurable: true,
    enumerable: true,
    get: () => (reads++ === 0 ? modelWords : withOov),
  });
  return { modelWords, withOov };
}

/**
 * `cache`, but its lookup also finds OOV words (index ≥ intrinsic size) in
 * the hash that holds them. Made once per cache object (the POS feature is
 * called for every new word, and a fresh copy per call cost ~7 % of the
 * text step on text full of new words).
 */
const oovLookups = new WeakMap<CacheMethods, CacheMethods>();
export function withOovLookup(cache: CacheMethods, withOov: Record<string, number>): CacheMethods {
  let wrapped = oovLookups.get(cache);
  if (wrapped) return wrapped;
  const intrinsic = cache.intrinsicSize();
  wrapped = Object.assign(Object.create(null), cache, {
    lookup: (text: string) => {
      const index = withOov[text];
      return index !== undefined && index >= intrinsic ? [index] : cache.lookup(text);
    },
  }) as CacheMethods;
  oovLookups.set(cache, wrapped);
  return wrapped;
}

/**
 * Every occurrence of an OOV word goes through wink's `cache.add` (its
 * lookups do not see OOV words), which, for a word already added, only
 * finds and returns its index after two dictionary lookups. This remembers
 * each answer of `add` in a Map and gives it first: `add` returns the same
 * index for the same text for the life of the cache (a word's index never
 * changes), model word or not (the tokenizer also adds split pieces without
 * a lookup, so model words come here too).
 */
export function installRememberingAdd(cache: CacheMethods): void {
  const add = cache.add;
  const added = new Map<string, number>();
  cache.add = (text, category) => {
    let index = added.get(text);
    if (index === undefined) {
      index = add(text, category);
      added.set(text, index);
    }
    return index;
  };
}
