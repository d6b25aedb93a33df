/**
 * Propose: every place in a sentence where an event pattern matches.
 * No choice is made here; resolve.ts picks among overlapping proposals.
 */
import { EVENT_PATTERNS, type EventPattern } from './patterns.js';
import type { Sentence } from '../../model/layers.js';
import { firstEndingAfter } from '../../model/span-search.js';
import { IRREGULAR } from './lemma.js';
import { alternationTrie } from './regex-trie.js';
import { isNominal, isVerbal, type SentenceUnits, type Unit, type Word } from './units.js';

export interface Proposal {
  pattern: EventPattern;
  sentence: SentenceUnits;
  /** Unit range of the trigger, end-exclusive. */
  first: number;
  last: number;
}

const MAX_GAP = 3;

/** Patterns indexed by the lemma of their first word. */
const BY_FIRST = new Map<string, EventPattern[]>();
for (const pattern of EVENT_PATTERNS) {
  const key = pattern.words[0]!;
  const list = BY_FIRST.get(key) ?? [];
  list.push(pattern);
  BY_FIRST.set(key, list);
}

/**
 * Words that can start a pattern, and the heads of hyphenated ones ("sit" for
 * "sit-in"): units that are none of these start no proposal.
 */
const STARTERS = new Set<string>();
for (const key of BY_FIRST.keys()) STARTERS.add(key).add(headOf(key));

/** "sit-in" → "sit": wink splits hyphen compounds, so token-level tests use the head. */
function headOf(word: string): string {
  const dash = word.indexOf('-');
  return dash > 0 ? word.slice(0, dash) : word;
}

/**
 * Words too common to say a sentence may hold an event ("have .. troops",
 * "go on strike", "call for"): the sentence filter keys such patterns on
 * another of their words.
 */
const COMMON = new Set([
  'have', 'on', 'state', 'take', 'go', 'give', 'news', 'return', 'leave', 'war', 'claim', 'rule', 'close',
  'hold', 'accord', 'break', 'high', 'order', 'talk', 'hand', 'cut', 'set', 'air', 'call', 'for', 'to',
  'of', 'in', 'with', 'up', 'out', 'off', 'make', 'be', 'the', 'general', 'joint', 'travel', 'put', 'open', 'sign',
  'into', 'or', 'down', 'live', 'formal', 'file', 'find', 'lay', 'join', 'pull', 'military', 'peace', 'win', 'drive',
  'pour', 'mass', 'gang', 'naval', 'war', 'aerial', 'stun', 'rubber', 'pepper', 'water', 'suicide', 'explosive', 'bring',
  'gain',
]);

/**
 * One word per pattern that any match must contain (its least common word):
 * a sentence none of whose tokens has one of these as a lemma can hold no
 * proposal, and is skipped from its raw tokens before units, chunks and
 * actors are built (most sentences of an article code nothing).
 */
const FILTER_KEYS = new Set<string>();
for (const pattern of EVENT_PATTERNS) {
  const words = pattern.words.filter((w) => w !== '..');
  FILTER_KEYS.add(headOf(words.find((w) => !COMMON.has(w)) ?? words[0]!));
}

/** The forms KEY_TEXT looks for: each key's stem (final "e"/"y" dropped) and the irregular forms of keys, longest first. */
export const KEY_FORMS: readonly string[] = (() => {
  const forms = new Set<string>();
  for (const key of FILTER_KEYS) forms.add(key.length > 3 ? key.replace(/[ey]$/, '') : key);
  for (const [word, lemma] of Object.entries(IRREGULAR)) if (FILTER_KEYS.has(lemma)) forms.add(word);
  return [...forms].sort((a, b) => b.length - a.length);
})();

/**
 * The filter keys as one regex over raw text: each key's stem (so "hoping",
 * "carried" still match) and the irregular forms that lemmatise to a key
 * ("held"). A superset of the tokens hasFilterKey accepts, so sentences without
 * a match are skipped before their tokens are even sliced. Only the endings
 * lemmaCandidates undoes may follow a stem (a doubled consonant, a restored
 * e/y, then -s/-es/-ies/-ied/-ed/-d/-ing/-en): "overseas" and "background" are
 * not "over", "back". The forms are one prefix tree, not a flat alternation (see alternationTrie).
 */
const KEY_TEXT = new RegExp(`(?<![A-Za-z])${alternationTrie(KEY_FORMS)}[a-z]?[eyi]?(?:s|es|ed|d|ing|n|en)?(?![A-Za-z])`, 'gi');

/** Indexes of the sentences whose text contains a filter key's form (see KEY_TEXT). */
export function sentencesWithKeys(text: string, sentences: readonly Sentence[]): Set<number> {
  const out = new Set<number>();
  KEY_TEXT.lastIndex = 0;
  for (let m = KEY_TEXT.exec(text); m; m = KEY_TEXT.exec(text)) {
    const i = firstEndingAfter(sentences, m.index);
    if (i < sentences.length) {
      out.add(i);
      // Nothing more to learn from this sentence: jump to the next one.
      KEY_TEXT.lastIndex = Math.max(KEY_TEXT.lastIndex, sentences[i]!.end);
    }
  }
  return out;
}

const NO_PATTERNS: readonly EventPattern[] = [];

/** The patterns whose first word is one of `lemmas`, lemma by lemma in order. */
function patternsStartingWith(lemmas: readonly string[]): readonly EventPattern[] {
  if (!lemmas.some((l) => STARTERS.has(l))) return NO_PATTERNS;
  const out: EventPattern[] = [];
  for (const lemma of lemmas) for (const pattern of BY_FIRST.get(lemma) ?? NO_PATTERNS) out.push(pattern);
  return out.length ? out : NO_PATTERNS;
}

/** The patterns a unit can start; kept on the shared word, since the same words recur. */
function startingPatterns(unit: Unit): readonly EventPattern[] {
  const word = unit.word;
  if (!word) return patternsStartingWith(unit.lemmas);
  word.patterns ??= patternsStartingWith(word.lemmas);
  return word.patterns;
}

function hasFilterKey(word: Word): boolean {
  word.key ??= word.lemmas.some((l) => FILTER_KEYS.has(l));
  return word.key;
}

/** Whether the words of a sentence can hold a proposal (a cheap, never-wrong test before building units). */
export function mayPropose(words: readonly Word[]): boolean {
  for (const w of words) if (hasFilterKey(w)) return true;
  return false;
}

function wordMatches(unit: Unit, word: string): boolean {
  return unit.lemmas.includes(word);
}

function posMatches(unit: Unit, pos: EventPattern['pos']): boolean {
  if (pos === 'V') return isVerbal(unit);
  if (pos === 'N') return isNominal(unit);
  return true;
}

const CLAUSE_END = new Set(['.', ';', ':', '!', '?']);

/** The unit index just past the match of `pattern` starting at `i`, or -1. */
function matchAt(units: readonly Unit[], i: number, pattern: EventPattern): number {
  let at = i + 1;
  let gap = 0;
  for (let w = 1; w < pattern.words.length; w++) {
    const word = pattern.words[w]!;
    if (word === '..') {
      gap = MAX_GAP;
      continue;
    }
    let found = -1;
    for (let k = at; k <= Math.min(units.length - 1, at + gap); k++) {
      if (wordMatches(units[k]!, word)) {
        found = k;
        break;
      }
      if (CLAUSE_END.has(units[k]!.text)) break;
    }
    if (found < 0) return -1;
    at = found + 1;
    gap = 0;
  }
  return at;
}

/**
 * The lower-cased text after a trigger, possessive "'s" dropped so that the
 * patterns' word-gap idiom `(\w+\s+){0,n}` can pass "the governor's office".
 */
function followingText(s: SentenceUnits, last: number, text: string): string {
  const from = s.units[last - 1]?.end ?? s.sentence.end;
  const after = text.slice(from, Math.min(s.sentence.end, from + 120)).toLowerCase();
  return after.includes("'s") || after.includes('’s') ? after.replace(/['’]s\b/g, '') : after;
}

export function proposeInSentence(s: SentenceUnits, text: string): Proposal[] {
  const out: Proposal[] = [];
  // Patterns sharing a trigger ("send" + aid, + weapons, + troops) test the same following text.
  let followingAt = -1;
  let following = '';
  for (let i = 0; i < s.units.length; i++) {
    const unit = s.units[i]!;
    const patterns = startingPatterns(unit);
    // Most units start no pattern.
    if (!patterns.length) continue;
    for (const pattern of patterns) {
      if (!posMatches(unit, pattern.pos)) continue;
      const last = matchAt(s.units, i, pattern);
      if (last < 0) continue;
      if (pattern.after) {
        if (followingAt !== last) {
          followingAt = last;
          following = followingText(s, last, text);
        }
        if (!pattern.after.test(following)) continue;
      }
      out.push({ pattern, sentence: s, first: i, last });
    }
  }
  return out;
}
