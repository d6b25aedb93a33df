/**
 * Feature extraction for the entity tagger. Static features (word, shape,
 * affixes, neighbours, gazetteers, sentence casing, document-level casing)
 * are computed once per piece; features pairing the previous tag with the piece
 * are added while decoding (see `historyFeatures` in decode.ts).
 *
 * The same code runs on CoNLL tokens at training time and on wink tokens at
 * run time, so it relies only on the piece strings.
 */
import type { Gazetteer } from './gazetteer.js';

/** A document as sentences of pieces (already split by `splitToken`). */
export type PieceDoc = readonly (readonly string[])[];

/** Longest shape kept as the `sh` feature (longer ones: the short shape stands in). */
export const MAX_SHAPE = 6;

export function wordShape(w: string): string {
  let out = '';
  for (let k = 0; k < w.length; k++) {
    const code = w.charCodeAt(k);
    // ASCII fast path; other characters by Unicode property.
    if (code >= 65 && code <= 90) out += 'X';
    else if (code >= 97 && code <= 122) out += 'x';
    else if (code >= 48 && code <= 57) out += 'd';
    else if (code < 128) out += w[k];
    else {
      const ch = String.fromCodePoint(w.codePointAt(k)!);
      if (ch.length === 2) k++;
      out += /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\d/.test(ch) ? 'd' : ch;
    }
  }
  return out;
}

const shortShapeCache = new Map<string, string>();

/** shortShape(wordShape(w)), memoised (the run time asks for it several times per piece). */
export function shortShapeOf(w: string): string {
  let hit = shortShapeCache.get(w);
  if (hit === undefined) {
    if (shortShapeCache.size > 200_000) shortShapeCache.clear();
    shortShapeCache.set(w, (hit = shortShape(wordShape(w))));
  }
  return hit;
}

const isLineTerminator = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

/**
 * Shape with runs collapsed: "Xxxxx" → "Xx", "d.d" stays. A loop over code
 * units doing what `shape.replace(/(.)\1+/g, '$1')` does (line terminators,
 * which '.' does not match, are never collapsed), without the regex.
 */
export function shortShape(shape: string): string {
  let out = '';
  let runStart = 0;
  for (let k = 1; k <= shape.length; k++) {
    const c = k < shape.length ? shape.charCodeAt(k) : -1;
    if (c === shape.charCodeAt(k - 1) && !isLineTerminator(c)) continue;
    // shape[runStart, k) is one run of a single code unit: keep its first.
    out += k - runStart > 1 ? shape[runStart] : shape.slice(runStart, k);
    runStart = k;
  }
  return out;
}

const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);
const isAllCaps = (w: string) => /\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w);
const hasLetter = (w: string) => /\p{L}/u.test(w);

/** The letter-case facts about a word that sentence and document casing read. */
export interface WordCaseFlags {
  letter: boolean;
  capitalised: boolean;
  allCaps: boolean;
}

export function wordCaseFlags(w: string): WordCaseFlags {
  // ASCII words (most) by char codes; the regexes decide for anything else.
  let upper = false;
  let lower = false;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 128) return { letter: hasLetter(w), capitalised: isCapitalised(w), allCaps: isAllCaps(w) };
    if (c >= 65 && c <= 90) upper = true;
    else if (c >= 97 && c <= 122) lower = true;
  }
  const first = w.length > 0 ? w.charCodeAt(0) : 0;
  return { letter: upper || lower, capitalised: first >= 65 && first <= 90, allCaps: upper && !lower };
}

/**
 * Headline casing of a sentence: 'U' all caps, 'T' title case, 'n' normal.
 * `flags` (per word, from `wordCaseFlags`) may be passed by callers that cache them.
 */
export function sentenceCase(words: readonly string[], flags?: readonly WordCaseFlags[]): 'U' | 'T' | 'n' {
  let letters = 0;
  let caps = 0;
  let longWords = 0;
  let titled = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const f = flags ? flags[i]! : undefined;
    if (!(f ? f.letter : hasLetter(w))) continue;
    letters++;
    if ((f ? f.allCaps : isAllCaps(w)) && w.length > 1) caps++;
    if (w.length > 3) {
      longWords++;
      if (f ? f.capitalised : isCapitalised(w)) titled++;
    }
  }
  if (letters >= 2 && caps / letters >= 0.75) return 'U';
  if (longWords >= 3 && titled / longWords >= 0.8) return 'T';
  return 'n';
}

/** How a lower-cased word is written elsewhere in the document, in running (non-headline, non-initial) text. */
export interface DocCasing {
  capital: Map<string, number>;
  lower: Map<string, number>;
}

/** Per sentence and piece, the lower-cased piece and its case flags (run time caches both per word). */
export interface PieceFacts {
  lower(s: number, i: number): string;
  flags(s: number, i: number): WordCaseFlags;
}

const factsOf = (doc: PieceDoc): PieceFacts => ({
  lower: (s, i) => doc[s]![i]!.toLowerCase(),
  flags: (s, i) => wordCaseFlags(doc[s]![i]!),
});

export function docCasing(doc: PieceDoc, cases: readonly string[], facts: PieceFacts = factsOf(doc)): DocCasing {
  const capital = new Map<string, number>();
  const lower = new Map<string, number>();
  doc.forEach((words, s) => {
    if (cases[s] !== 'n') return;
    for (let i = 1; i < words.length; i++) {
      const f = facts.flags(s, i);
      if (!f.letter) continue;
      const key = facts.lower(s, i);
      const map = f.capitalised ? capital : lower;
      map.set(key, (map.get(key) ?? 0) + 1);
    }
  });
  return { capital, lower };
}

/** The classes `casingClass` gives, in a fixed order (run time indexes feature ids by it). */
export const CASING_CLASSES = ['none', 'cap', 'low', 'mostcap', 'mostlow'] as const;

export function casingClassIndex(dc: DocCasing, lower: string): number {
  return casingClassOfCounts(dc.capital.get(lower) ?? 0, dc.lower.get(lower) ?? 0);
}

/** Index into CASING_CLASSES from a word's capitalised (c) and lower-case (l) uses in the document. */
export function casingClassOfCounts(c: number, l: number): number {
  if (!c && !l) return 0;
  if (c && !l) return 1;
  if (l && !c) return 2;
  return c >= l ? 3 : 4;
}

function casingClass(dc: DocCasing, lower: string): string {
  return CASING_CLASSES[casingClassIndex(dc, lower)]!;
}

/** Static features for every piece of a document, as strings. */
export function docFeatures(doc: PieceDoc, gazetteer: Gazetteer): string[][][] {
  const cases = doc.map((words) => sentenceCase(words));
  const casing = docCasing(doc, cases);
  return doc.map((words, s) => sentenceFeatures(words, cases[s]!, casing, gazetteer));
}

/** Features of a word by itself (keyed by case only in normal sentences: in headlines capitals say little). */
export function selfFeatures(w: string, sentCase: string): string[] {
  const lw = w.toLowerCase();
  const shape = wordShape(w);
  const short = shortShape(shape);
  const f: string[] = ['b'];
  if (sentCase === 'n') f.push(`w=${w}`);
  f.push(`lw=${lw}`, `sh=${shape.length > MAX_SHAPE ? short : shape}`, `ss=${short}`, `sc=${sentCase}|${short}`);
  for (let k = 1; k <= 4 && k <= lw.length; k++) f.push(`p${k}=${lw.slice(0, k)}`, `s${k}=${lw.slice(-k)}`);
  return f;
}

export const SENTENCE_START = '<s>';
export const SENTENCE_END = '</s>';

/** Features a word lends to the piece after it (`w` may be SENTENCE_START). */
function asPreviousFeatures(w: string): string[] {
  const lw = w === SENTENCE_START ? w : w.toLowerCase();
  const ss = w === SENTENCE_START ? w : shortShapeOf(w);
  return [`w-1=${lw}`, `ss-1=${ss}`, `s3-1=${lw.slice(-3)}`];
}

function asSecondPreviousFeatures(w: string): string[] {
  return [`w-2=${w === SENTENCE_START ? w : w.toLowerCase()}`];
}

/** Features a word lends to the piece before it (`w` may be SENTENCE_END). */
function asNextFeatures(w: string): string[] {
  const lw = w === SENTENCE_END ? w : w.toLowerCase();
  const ss = w === SENTENCE_END ? w : shortShapeOf(w);
  return [`w+1=${lw}`, `ss+1=${ss}`, `s3+1=${lw.slice(-3)}`];
}

function asSecondNextFeatures(w: string): string[] {
  return [`w+2=${w === SENTENCE_END ? w : w.toLowerCase()}`];
}

/** Features that depend on the sentence and document around piece i (not cacheable per word). */
function contextualFeatures(
  words: readonly string[],
  lower: readonly string[],
  shorts: readonly string[],
  gaz: readonly (readonly string[])[],
  i: number,
  sentCase: string,
  casing: DocCasing,
): string[] {
  const n = words.length;
  const w = words[i]!;
  const lw = lower[i]!;
  const at = (arr: readonly string[], k: number, edge: string) => (k < 0 || k >= n ? edge : arr[k]!);
  const f: string[] = [];
  if (i === 0) f.push(`first|${shorts[i]}`);
  if ((hasLetter(w) && sentCase !== 'n') || i === 0) f.push(`dc=${casingClass(casing, lw)}|${sentCase}|${i === 0}`);
  else if (hasLetter(w) && isCapitalised(w)) f.push(`dcn=${casingClass(casing, lw)}`);
  for (const g of gaz[i]!) f.push(`g=${g}`);
  for (const g of at0(gaz, i - 1)) f.push(`g-1=${g}`);
  for (const g of at0(gaz, i + 1)) f.push(`g+1=${g}`);
  f.push(`w-1w=${at(lower, i - 1, SENTENCE_START)}|${lw}`, `ww+1=${lw}|${at(lower, i + 1, SENTENCE_END)}`);
  f.push(`ss-1ss+1=${at(shorts, i - 1, SENTENCE_START)}|${shorts[i]}|${at(shorts, i + 1, SENTENCE_END)}`);
  return f;
}


/** The word-keyed feature groups of piece i, as [kind, word] pairs (kind picks the template). */
function wordGroups(words: readonly string[], i: number): [WordGroup, string][] {
  const n = words.length;
  return [
    ['prev', i > 0 ? words[i - 1]! : SENTENCE_START],
    ['prev2', i > 1 ? words[i - 2]! : SENTENCE_START],
    ['next', i < n - 1 ? words[i + 1]! : SENTENCE_END],
    ['next2', i < n - 2 ? words[i + 2]! : SENTENCE_END],
  ];
}

export type WordGroup = 'prev' | 'prev2' | 'next' | 'next2';

export const WORD_GROUP_FEATURES: Record<WordGroup, (w: string) => string[]> = {
  prev: asPreviousFeatures,
  prev2: asSecondPreviousFeatures,
  next: asNextFeatures,
  next2: asSecondNextFeatures,
};

function sentenceFeatures(words: readonly string[], sentCase: string, casing: DocCasing, gazetteer: Gazetteer): string[][] {
  const lower = words.map((w) => w.toLowerCase());
  const shorts = words.map(shortShapeOf);
  const gaz = gazetteer.match(lower);
  return words.map((w, i) => [
    ...selfFeatures(w, sentCase),
    ...wordGroups(words, i).flatMap(([kind, word]) => WORD_GROUP_FEATURES[kind](word)),
    ...contextualFeatures(words, lower, shorts, gaz, i, sentCase, casing),
  ]);
}

function at0(arr: readonly (readonly string[])[], i: number): readonly string[] {
  return i >= 0 && i < arr.length ? arr[i]! : [];
}

/** Templates of the document-consistency features; 'ctx|own' pairs the majority type with the piece's own type. */
export type ContextTemplate = 'own' | 'ctxin' | 'ctxany' | 'ctx' | 'ctx|own' | 'ctxall';

/** Receives one document-consistency feature of piece i of sentence s. */
export type ContextEmit = (s: number, i: number, template: ContextTemplate, value: string, own?: string) => void;

/** The string form of a document-consistency feature. */
export function contextFeatureString(template: ContextTemplate, value: string, own?: string): string {
  return template === 'ctx|own' ? `ctx=${value}|own=${own}` : `${template}=${value}`;
}

/** The consistency key of a piece: its lower-cased form when it is capitalised, else undefined. */
export type ContextKey = (s: number, i: number) => string | undefined;

const contextKeyOf =
  (doc: PieceDoc): ContextKey =>
  (s, i) => {
    const w = doc[s]![i]!;
    return hasLetter(w) && /^\p{Lu}/u.test(w) ? w.toLowerCase() : undefined;
  };

/**
 * Document-consistency features from a first tagging pass: for each
 * capitalised piece, how the same word was tagged elsewhere in the document
 * (majority type, whether unanimous), and its own first-pass tag. This lets
 * "Washington" in a tennis report follow the "Washington" the first pass
 * recognised as a player elsewhere in the document.
 */
export function contextFeatures(doc: PieceDoc, firstPassTags: readonly (readonly string[])[]): string[][][] {
  const out: string[][][] = doc.map((words) => words.map(() => []));
  emitContextFeatures(doc, firstPassTags, contextKeyOf(doc), (s, i, template, value, own) => out[s]![i]!.push(contextFeatureString(template, value, own)));
  return out;
}

/** `contextFeatures` as calls to `emit`, in the same order (run time turns them into ids without strings). */
export function emitContextFeatures(doc: PieceDoc, firstPassTags: readonly (readonly string[])[], key: ContextKey, emit: ContextEmit): void {
  // Per capitalised word: how often each first-pass type (or O) was given, and
  // how often the word sat inside a longer name of each type, with its position.
  const byWord = new Map<string, Map<string, number>>();
  const bump = (k: string, what: string) => {
    let m = byWord.get(k);
    if (!m) byWord.set(k, (m = new Map()));
    m.set(what, (m.get(what) ?? 0) + 1);
  };
  const keys = doc.map((words, s) => words.map((_, i) => key(s, i)));
  doc.forEach((words, s) => {
    for (let i = 0; i < words.length; i++) {
      const k = keys[s]![i];
      if (!k) continue;
      const tag = firstPassTags[s]![i]!;
      bump(k, typeOf(tag));
      // For B/I/L tags, `${tag[0]}-${type}` is the tag itself.
      if (tag[0] === 'B' || tag[0] === 'I' || tag[0] === 'L') bump(k, tag);
    }
  });
  doc.forEach((words, s) => {
    for (let i = 0; i < words.length; i++) {
      const own = firstPassTags[s]![i]!;
      emit(s, i, 'own', own);
      const k = keys[s]![i];
      if (!k) continue;
      const counts = byWord.get(k)!;
      const ownType = typeOf(own);
      let total = 0;
      let best = '';
      let bestN = 0;
      for (const [what, n0] of counts) {
        if (what.length > 1 && what[1] === '-') {
          // Inside a longer name elsewhere (not counting this very piece).
          const n = own === what ? n0 - 1 : n0;
          if (n > 0) emit(s, i, 'ctxin', what);
          continue;
        }
        const n = what === ownType ? n0 - 1 : n0;
        if (n > 0 && what !== 'O') emit(s, i, 'ctxany', what);
        total += n;
        if (n > bestN) {
          best = what;
          bestN = n;
        }
      }
      if (total === 0) continue;
      emit(s, i, 'ctx', best);
      emit(s, i, 'ctx|own', best, ownType);
      if (bestN === total) emit(s, i, 'ctxall', best);
    }
  });
}

const TYPE_OF_TAG = new Map<string, string>();

/** 'B-PER' → 'PER', 'O' → 'O' (memoised: called per piece at run time). */
function typeOf(tag: string): string {
  let type = TYPE_OF_TAG.get(tag);
  if (type === undefined) TYPE_OF_TAG.set(tag, (type = tag === 'O' ? 'O' : tag.slice(2)));
  return type;
}
