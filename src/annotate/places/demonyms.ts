/**
 * Adjectival place references: country demonyms ("Israeli", "Iraqis") and US
 * state demonyms ("Texan", "New Yorkers") become place mentions marked
 * demonym, resolved to the country or state. Not inside a person's name
 * ("Tom English") and not lower-case.
 */
import type { Doc } from '../../model/doc.js';
import type { Entity, Token } from '../../model/layers.js';
import { asciiLowerHash, isDemonym, lookupCountry, mayEndTwoWordCountryName, mayStartCountryName } from '../../lexicon/countries.js';
import { hashString } from '../../util/fnv.js';
import { memoize } from '../../lexicon/memoize.js';
import { SpanMemo } from '../../lexicon/span-memo.js';
import { MAX_STATE_DEMONYM_WORDS, STATE_DEMONYM_NAMES, stateOfDemonym } from '../../geo/us-demonyms.js';
import { overlaps, placeMention, type PlaceMention } from './mentions.js';

/** Demonyms that are mostly languages or other senses in running text. */
const NOT_A_PLACE_REFERENCE = new Set(['english', 'latin', 'creole', 'romance']);

type Referents = { country?: string; state?: string };

/** Answers by word, kept across documents (the same capitalised words recur); bounded, one hash lookup per word. */
const demonymReferents: (word: string) => Referents | undefined = memoize(computeReferents);
/** The same answers for one-token words, read from the text in place: no slice for a word met before. */
const wordReferents = new SpanMemo(computeReferents, 16);

/** Countries and US states a demonym may refer to ("Georgian": Georgia the country or the state). */
function computeReferents(word: string): Referents | undefined {
  const lower = word.toLowerCase();
  if (NOT_A_PLACE_REFERENCE.has(lower)) return undefined;
  const state = stateOfDemonym(word);
  const country = isDemonym(word) ? lookupCountry(word)?.iso2 : undefined;
  if (!state && !country) return undefined;
  // Both fields always present (undefined when absent): one shape for every referent.
  return { country: country || undefined, state: state || undefined };
}

export function proposeDemonyms(doc: Doc, entities: readonly Entity[]): PlaceMention[] {
  const tokens = doc.get('tokens');
  const people = entities.filter((e) => e.type === 'PER');
  const out: PlaceMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const found = longestDemonymAt(doc, tokens, i);
    if (!found) continue;
    const span = { start: tokens[i]!.start, end: tokens[found.last]!.end };
    if (people.some((p) => overlaps(p, span))) continue;
    out.push(placeMention(span.start, span.end, doc.text.slice(span.start, span.end), 'demonym', undefined, undefined, found.referents));
    i = found.last;
  }
  return out;
}

const UPPER_LOWER = /^\p{Lu}\p{Ll}/u;

/** An upper-case letter then a lower-case one ("Iraqi", not "IRAQ" or "iraqi"); ASCII answered directly. */
function startsUpperLower(text: string, t: Token): boolean {
  const c0 = text.charCodeAt(t.start);
  const c1 = t.end - t.start >= 2 ? text.charCodeAt(t.start + 1) : NaN;
  if (c0 < 128 && c1 < 128) return c0 >= 65 && c0 <= 90 && c1 >= 97 && c1 <= 122;
  if (c0 < 128 && !(c0 >= 65 && c0 <= 90)) return false;
  return UPPER_LOWER.test(text.slice(t.start, t.end));
}

/** First two letters (lower case, as c0 * 128 + c1) of the US state demonyms. */
const STATE_DEMONYM_STARTS = new Set(STATE_DEMONYM_NAMES.map((d) => (d.charCodeAt(0) | 0x20) * 128 + (d.charCodeAt(1) | 0x20)));

/**
 * False when no demonym can start with the token's first two letters (ASCII
 * only; anything else is looked up): most capitalised words ("Trump",
 * "Senate") are then rejected without a slice or a memo lookup.
 */
function mayStartDemonym(text: string, t: Token): boolean {
  const c0 = text.charCodeAt(t.start);
  const c1 = text.charCodeAt(t.start + 1);
  if (!(c0 >= 65 && c0 <= 90 && c1 >= 97 && c1 <= 122)) return true;
  return mayStartCountryName(c0, c1) || STATE_DEMONYM_STARTS.has((c0 | 0x20) * 128 + c1);
}

/** Hashes (asciiLowerHash) of the second words of the two-word US state demonyms, singular and plural ("yorker", "yorkers"). */
const STATE_DEMONYM_SECOND_WORDS = new Set(
  STATE_DEMONYM_NAMES.filter((d) => d.includes(' ')).flatMap((d) => {
    const second = d.slice(d.indexOf(' ') + 1).toLowerCase();
    return [second, `${second}s`].map(hashString);
  }),
);

/**
 * False when the text from `first` to `last` ("Iraqi forces", "Trump's") cannot
 * be a two-word demonym: it holds no space, or no two-word demonym ends with the
 * word after its first space (ASCII words only; anything else is looked up).
 * Most pairs are then rejected without a slice, two regex tests and a memo entry.
 */
function mayBeTwoWordDemonym(text: string, first: Token, last: Token): boolean {
  let space = first.start;
  while (space < last.end && text.charCodeAt(space) !== 32) space++;
  // The form test wants "word word", one space: with none, no match; with one, the second word follows it.
  if (space >= last.end) return false;
  const hash = asciiLowerHash(text, space + 1, last.end);
  if (hash < 0) return true;
  return mayEndTwoWordCountryName(hash) || STATE_DEMONYM_SECOND_WORDS.has(hash);
}

function longestDemonymAt(doc: Doc, tokens: readonly Token[], i: number) {
  const first = tokens[i]!;
  if (!startsUpperLower(doc.text, first) || !mayStartDemonym(doc.text, first)) return undefined;
  for (let n = Math.min(MAX_STATE_DEMONYM_WORDS, tokens.length - i); n >= 1; n--) {
    const last = tokens[i + n - 1]!;
    if (last.sentence !== first.sentence) continue;
    let referents: Referents | undefined;
    if (n > 1) {
      if (!mayBeTwoWordDemonym(doc.text, first, last)) continue;
      const surface = doc.text.slice(first.start, last.end);
      // Two-word forms ("New Yorker", "Sri Lankan"); the country lexicon would read "The Georgian" as "Georgian".
      if (!/^\S+ \S+$/.test(surface) || /^(?:the|a|an)\s/i.test(surface)) continue;
      referents = demonymReferents(surface);
    } else {
      referents = wordReferents.get(doc.text, first.start, last.end);
    }
    if (referents) return { last: i + n - 1, referents };
  }
  return undefined;
}
