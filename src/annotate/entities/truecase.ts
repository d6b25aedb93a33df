/**
 * Title-case headlines ("Senegal Pledges Troops For Regional Force") look
 * like long names to a model trained on newswire, whose headlines are in
 * capitals or sentence case. Before tagging, such sentences get words
 * lower-cased unless the document writes them capitalised mid-sentence: a
 * word is lowered when the model's list says it is mostly written in lower
 * case, or, in a document with enough running text to judge, when it is in
 * no name list either (names in headlines recur in the story). The first
 * word keeps its capital. Offsets do not change.
 */
import { sentenceCase, wordCaseFlags, type PieceDoc, type WordCaseFlags } from './features.js';

/** Lower-case words seen at least this often, and at least this many times more often than capitalised mid-sentence. */
export const TRUECASE_MIN_COUNT = 2;
export const TRUECASE_RATIO = 2;

/** Running sentences a document needs before unknown headline words are judged by it. */
const MIN_RUNNING_SENTENCES = 3;

/** What the run time's word cache knows of a word: whether it starts with a capital (/^\p{Lu}/u), and its lower-cased form. */
export interface CasedWord {
  capitalised: boolean;
  lower: string;
}

/**
 * The document with title-case headlines re-cased; sentences left alone are
 * the input's own arrays (and with no title-case sentence, `doc` itself).
 * `flagsOf` gives a word's case flags; `cases`, the sentences' `sentenceCase`
 * when the caller has them, and `cased` its words' `CasedWord`s (the run
 * time has all three in its per-word cache).
 */
export function truecaseHeadlines(
  doc: PieceDoc,
  lowercaseWords: ReadonlySet<string>,
  isKnownName: (lower: string) => boolean,
  flagsOf: (word: string) => WordCaseFlags = wordCaseFlags,
  cases: readonly string[] = doc.map((words) => sentenceCase(words, words.map(flagsOf))),
  cased?: readonly (readonly CasedWord[])[],
): PieceDoc {
  if (!cases.includes('T')) return doc;
  // Words the document writes with a capital in running text stay as they are.
  const capitalisedInText = new Set<string>();
  for (let s = 0; s < doc.length; s++) {
    if (cases[s] !== 'n') continue;
    const words = doc[s]!;
    const known = cased?.[s];
    // From the word cache when given: no regex and no lower-cased string made per word.
    if (known) {
      for (let i = 1; i < words.length; i++) if (known[i]!.capitalised) capitalisedInText.add(known[i]!.lower);
    } else for (let i = 1; i < words.length; i++) if (/^\p{Lu}/u.test(words[i]!)) capitalisedInText.add(words[i]!.toLowerCase());
  }
  const judgeUnknown = cases.filter((c) => c === 'n').length >= MIN_RUNNING_SENTENCES;
  return doc.map((words, s) => {
    if (cases[s] !== 'T' || !looksLikeTitleCase(words, lowercaseWords)) return words;
    return words.map((w, i) => {
      if (i === 0 || !/^\p{Lu}\p{Ll}*$/u.test(w)) return w;
      const lower = w.toLowerCase();
      if (capitalisedInText.has(lower)) return w;
      if (lowercaseWords.has(lower) || (judgeUnknown && !isKnownName(lower))) return lower;
      return w;
    });
  });
}

/**
 * A title-case headline capitalises ordinary words: at least two, and at
 * least 40 % of its capitalised words after the first, are words the list
 * says are normally lower case. Lines of names (sports results, lists) fail this.
 */
function looksLikeTitleCase(words: readonly string[], lowercaseWords: ReadonlySet<string>): boolean {
  let capitalised = 0;
  let ordinary = 0;
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (!/^\p{Lu}\p{Ll}+$/u.test(w)) continue;
    capitalised++;
    if (lowercaseWords.has(w.toLowerCase())) ordinary++;
  }
  return ordinary >= 2 && ordinary >= 0.4 * capitalised;
}

/** The list for `truecaseHeadlines`, from training sentences in normal case. */
export function lowercaseWordList(sentences: Iterable<readonly string[]>): string[] {
  const lower = new Map<string, number>();
  const capital = new Map<string, number>();
  for (const words of sentences) {
    if (sentenceCase(words) !== 'n') continue;
    for (let i = 1; i < words.length; i++) {
      const w = words[i]!;
      if (!/^\p{L}+$/u.test(w)) continue;
      const map = /^\p{Lu}/u.test(w) ? capital : lower;
      const k = w.toLowerCase();
      map.set(k, (map.get(k) ?? 0) + 1);
    }
  }
  return [...lower]
    .filter(([w, n]) => n >= TRUECASE_MIN_COUNT && n >= TRUECASE_RATIO * (capital.get(w) ?? 0))
    .map(([w]) => w)
    .sort();
}
