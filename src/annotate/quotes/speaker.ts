/**
 * Proposing the speaker mention of a cue: the noun phrase, name or pronoun
 * right before the cue ("Albares said", "a security official said") or,
 * in inverted order, right after it ("said the minister", "according to
 * the ministry"). Works on token indexes; every walk is bounded.
 */
import type { Entity } from '../../model/layers.js';
import type { QuoteView } from './context.js';
import { BETWEEN_WORDS, SPEAKER_PRONOUNS, TIME_PREPOSITIONS } from './lexicon.js';

export type MentionKind = 'entity' | 'pronoun' | 'nominal';

export interface SpeakerMention {
  /** Token range [first, last). */
  first: number;
  last: number;
  /** The token that heads the phrase. */
  head: number;
  kind: MentionKind;
  entity: Entity | undefined;
}

const MAX_NP = 12;
const APPROXIMATORS = new Set(['about', 'nearly', 'almost', 'some', 'roughly', 'around', 'over', 'under']);
const LINKS = new Set(['of', 'for', 'at', 'to']);
const NP_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const POSSESSIVE = new Set(["'s", "'", '’s']);

function usable(view: QuoteView, k: number): boolean {
  return view.pieceAt[k]! < 0 && !view.isMark[k];
}

function isNpToken(view: QuoteView, k: number): boolean {
  if (!usable(view, k) || view.inTime[k]) return false;
  if (view.entityAt[k]) return true;
  const pos = view.tokens[k]!.pos;
  return NP_POS.has(pos) || POSSESSIVE.has(view.lower.get(k)!) || view.lower.get(k) === '-' || view.lower.get(k) === '.';
}

function isHeadToken(view: QuoteView, k: number): boolean {
  if (!usable(view, k) || view.inTime[k]) return false;
  if (view.entityAt[k]) return true;
  const pos = view.tokens[k]!.pos;
  return (pos === 'NOUN' || pos === 'PROPN') && /\p{L}/u.test(view.lower.get(k)!);
}

/** Skips, backwards from j, auxiliaries, adverbs and time expressions between a speaker and its cue. */
function skipBackBetween(view: QuoteView, j: number, floor: number): number {
  while (j >= floor) {
    const w = view.lower.get(j)!;
    if (view.inTime[j] || BETWEEN_WORDS.has(w) || view.tokens[j]!.pos === 'ADV') j--;
    else if (TIME_PREPOSITIONS.has(w) && j + 1 < view.tokens.length && view.inTime[j + 1]) j--;
    else break;
  }
  return j;
}

/**
 * "Hussein, Iraq's foreign minister, said" / "an official, who asked not to be
 * named, said" / "Marley Anderson, 21, a junior from Las Vegas, said": the
 * phrase before the first comma of the parenthetical (up to three commas back).
 */
function skipParenthetical(view: QuoteView, comma: number, floor: number): number | undefined {
  let commas = 0;
  for (let k = comma - 1; k >= Math.max(floor, comma - 25); k--) {
    if (!usable(view, k)) return undefined;
    if (view.lower.get(k) !== ',') continue;
    if (isHeadToken(view, k - 1)) return k - 1;
    if (++commas >= 3) return undefined;
  }
  return undefined;
}

/** A mention is an entity mention when its head token belongs to an entity. */
function mention(view: QuoteView, first: number, last: number, head: number): SpeakerMention {
  const entity: Entity | undefined = view.entityAt[head];
  if (entity) return { first, last, head, kind: 'entity', entity };
  // entity present (undefined) on every mention: one hidden class for all of them.
  if (SPEAKER_PRONOUNS.has(view.lower.get(head)!)) return { first, last, head, kind: 'pronoun', entity: undefined };
  return { first, last, head, kind: 'nominal', entity: undefined };
}

/** The noun phrase that ends at token j (its head), reaching back no further than floor. */
function phraseEndingAt(view: QuoteView, j: number, floor: number): SpeakerMention | undefined {
  if (j < floor || !usable(view, j)) return undefined;
  if (SPEAKER_PRONOUNS.has(view.lower.get(j)!) && view.tokens[j]!.pos === 'PRON') return mention(view, j, j + 1, j);
  // Poll shares: "About 4 in 10 say", "six in 10 said".
  if (view.tokens[j]!.pos === 'NUM' && view.lower.get(j - 1) === 'in' && j - 2 >= floor && view.tokens[j - 2]!.pos === 'NUM') {
    const first = j - 3 >= floor && APPROXIMATORS.has(view.lower.get(j - 3)!) ? j - 3 : j - 2;
    return mention(view, first, j + 1, j);
  }
  if (!isHeadToken(view, j)) return undefined;
  let first = j;
  while (first - 1 >= floor && j - first < MAX_NP) {
    const k = first - 1;
    if (isNpToken(view, k)) first = k;
    else if (view.tokens[k]!.pos === 'DET' && usable(view, k)) {
      first = k;
      break;
    } else if (LINKS.has(view.lower.get(k)!) && k - 1 >= floor && isHeadToken(view, k - 1)) first = k - 1;
    else break;
  }
  // A phrase does not start with possessive or punctuation debris.
  while (first < j && !/\p{L}|\d/u.test(view.lower.get(first)!)) first++;
  return mention(view, first, j + 1, j);
}

/** The noun phrase that starts at token j, reaching no further than ceil (exclusive). */
export function phraseStartingAt(view: QuoteView, j: number, ceil: number): SpeakerMention | undefined {
  if (j >= ceil || !usable(view, j)) return undefined;
  if (SPEAKER_PRONOUNS.has(view.lower.get(j)!) && view.tokens[j]!.pos === 'PRON') return mention(view, j, j + 1, j);
  let k = j;
  if (view.tokens[k]!.pos === 'DET' || view.tokens[k]!.pos === 'PRON') k++;
  let head = -1;
  let firstHead = -1;
  while (k < ceil && k - j < MAX_NP) {
    if (isNpToken(view, k)) {
      if (isHeadToken(view, k)) head = k;
      k++;
    } else if (LINKS.has(view.lower.get(k)!) && head === k - 1 && k + 1 < ceil && view.lower.get(k + 1) !== 'be') {
      if (firstHead < 0) firstHead = head;
      k++;
      if (k < ceil && view.tokens[k]!.pos === 'DET') k++;
    } else break;
  }
  if (head < 0) return undefined;
  // "a spokesman for the ministry": the person heads the phrase, unless the first part is no person at all.
  const m = mention(view, j, head + 1, firstHead >= 0 ? firstHead : head);
  if (firstHead >= 0 && m.kind !== 'entity') {
    const inner = view.entityAt[head];
    if (inner && !view.entityAt[firstHead]) return { first: m.first, last: m.last, head: m.head, kind: 'nominal', entity: inner };
  }
  return m;
}

const CONJUNCTIONS = new Set(['and', 'but', 'then', 'yet']);

/** The speaker right before cue token c (subject position). */
export function speakerBefore(view: QuoteView, c: number, floor: number): SpeakerMention | undefined {
  let j = skipBackBetween(view, c - 1, floor);
  // "Ted Cruz, who said ...": the relative pronoun stands for the phrase before the comma.
  if ((view.lower.get(j) === 'who' || view.lower.get(j) === 'which') && view.lower.get(j - 1) === ',') return phraseEndingAt(view, j - 2, floor);
  if (j >= floor && view.lower.get(j) === ',') {
    const k = skipParenthetical(view, j, floor);
    if (k === undefined) return undefined;
    j = k;
  }
  return phraseEndingAt(view, j, floor);
}

/**
 * "Fields later tweeted a photograph and said she ...": the cue's subject is
 * the phrase that opens the unit, followed by a verb.
 */
export function coordinatedSubject(view: QuoteView, c: number, unitFirst: number): SpeakerMention | undefined {
  const j = skipBackBetween(view, c - 1, unitFirst);
  // "..., then says" (the adverb was skipped) or "... and says".
  const joined = CONJUNCTIONS.has(view.lower.get(j)!) || (view.lower.get(j) === ',' && view.lower.get(j + 1) === 'then');
  if (j < unitFirst || !joined) return undefined;
  let start = unitFirst;
  while (start < j && view.tokens[start]!.pos === 'PUNCT') start++;
  const subject = phraseStartingAt(view, start, j);
  if (!subject) return undefined;
  const next = view.tokens[skipForwardBetween(view, subject.last, j)];
  return next && (next.pos === 'VERB' || next.pos === 'AUX') ? subject : undefined;
}

/**
 * The subject that opens a unit ("Sanders called the remark “profane”"):
 * a PER name or a personal pronoun followed by a verb. Used when a quotation
 * has no usable cue of its own.
 */
export function unitSubject(view: QuoteView, unitFirst: number, ceil: number): SpeakerMention | undefined {
  let start = unitFirst;
  while (start < ceil && view.tokens[start]!.pos === 'PUNCT') start++;
  const subject = phraseStartingAt(view, start, ceil);
  if (!subject) return undefined;
  const person = subject.kind === 'entity' ? subject.entity?.type === 'PER' : subject.kind === 'pronoun' && ['he', 'she'].includes(view.lower.get(subject.head)!);
  if (!person) return undefined;
  const next = view.tokens[skipForwardBetween(view, subject.last, ceil)];
  return next && (next.pos === 'VERB' || next.pos === 'AUX') ? subject : undefined;
}

function skipForwardBetween(view: QuoteView, k: number, ceil: number): number {
  while (k < ceil && (view.inTime[k] || view.tokens[k]!.pos === 'ADV' || view.lower.get(k) === 'also')) k++;
  return k;
}

/** The speaker right after the cue's last token (inverted order). */
export function speakerAfter(view: QuoteView, cueLast: number, ceil: number): SpeakerMention | undefined {
  let j = cueLast;
  while (j < ceil && view.inTime[j]) j++;
  return phraseStartingAt(view, j, ceil);
}
