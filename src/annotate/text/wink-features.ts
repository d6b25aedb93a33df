/**
 * Features wink computes for each word new to the process that nothing here reads.
 *
 * When wink's cache meets a word for the first time (wink-nlp 2.4.0
 * src/cache.js `add`), it extracts the model's "extractable features"
 * (packing.efList: prefix, suffix, lutCase, shape, isAbbrev, pos) and packs
 * them beside the word. With our pipes (sbd, pos) and outputs (value,
 * preceding spaces, POS, sentences), only two are ever read back for such a
 * word: isAbbrev (the sbd transformer) and pos (the default POS of the
 * tagger). The tokenizer reads no feature; the POS transformer and updater
 * read posHint and lexemeCID, which are not extractable and read as 0 for a
 * new word; `its.value`/`its.pos` read the word and the tagged POS.
 *
 * So the four unread ones are answered with a constant: the model's first
 * list entry (its OOV placeholder, index 0) for the list-valued prefix,
 * suffix and shape, and 0 for lutCase. This saves `shape` (a Unicode
 * normalisation and seven regex replacements per new word) and three
 * feature-hash insertions. It also stops the shape list growing: wink packs
 * a shape's list index into 14 bits next to isAbbrev, so after ~16k
 * distinct shapes (non-Latin words each have their own) a new word's index
 * would spill into its isAbbrev bit and change sentence splitting.
 * Checked: tokens, sentences and POS byte-identical on CoNLL-2003, PolNeAR
 * and the seed (scripts/bench-text.ts dump).
 */

/** The features replaced, with the kind of value wink packs for each. */
const UNREAD_FEATURES: Record<string, 'list' | 'number'> = {
  prefix: 'list',
  suffix: 'list',
  shape: 'list',
  lutCase: 'number',
};

/** `methods` (the model's feature extractors) with the unread features answering a constant. */
export function skipUnreadFeatures(
  methods: Record<string, unknown>,
  features: Record<string, { list?: unknown[] } | undefined>,
): void {
  for (const [name, kind] of Object.entries(UNREAD_FEATURES)) {
    if (typeof methods[name] !== 'function') throw new Error(`sitrep text: wink model has no "${name}" feature to skip`);
    let constant: unknown = 0;
    if (kind === 'list') {
      constant = features[name]?.list?.[0];
      if (typeof constant !== 'string') throw new Error(`sitrep text: wink model's "${name}" feature has no list`);
    }
    methods[name] = () => constant;
  }
}
