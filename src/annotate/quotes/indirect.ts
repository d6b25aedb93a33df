/**
 * Proposing indirect speech: per unit, each cue not used by a direct quote,
 *   forward   "Albares said (that) CLAUSE", "X told AFP that CLAUSE"
 *   inverted  "CLAUSE, the ministry said." / "CLAUSE, said the minister."
 *   source    "according to X, CLAUSE" / "CLAUSE, according to X."
 * The content is the reported clause, without "that" and final punctuation.
 */
import type { QuoteView, Unit } from './context.js';
import { cuesIn, type CueMatch } from './cues.js';
import { DIRECT_ONLY_LEMMAS, TIME_PREPOSITIONS } from './lexicon.js';
import { proposedQuote, type ProposedQuote } from './proposal.js';
import { coordinatedSubject, phraseStartingAt, speakerAfter, speakerBefore, type SpeakerMention } from './speaker.js';

const MIN_CONTENT_TOKENS = 3;
/** How far "said in a statement on Friday that" may run before "that". */
const THAT_REACH = 15;
const CLAUSE_START_POS = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'NUM', 'ADJ']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you']);

interface Content {
  first: number;
  last: number;
}

const isPunct = (view: QuoteView, k: number) => view.tokens[k]!.pos === 'PUNCT' || view.isMark[k]!;

/** Trims punctuation at both ends of a token range; undefined when too short. */
function contentRange(view: QuoteView, first: number, last: number): Content | undefined {
  while (first < last && isPunct(view, first) && !view.isMark[first]) first++;
  while (last > first && isPunct(view, last - 1)) last--;
  let words = 0;
  for (let k = first; k < last; k++) if (!isPunct(view, k)) words++;
  return words >= MIN_CONTENT_TOKENS ? { first, last } : undefined;
}

function skipTimes(view: QuoteView, k: number, last: number): number {
  while (k < last && (view.inTime[k] || (TIME_PREPOSITIONS.has(view.lower.get(k)!) && view.inTime[k + 1]))) k++;
  return k;
}

function findThat(view: QuoteView, from: number, last: number): number | undefined {
  for (let k = from; k < Math.min(last, from + THAT_REACH); k++) {
    if (view.isMark[k] || view.pieceAt[k]! >= 0) return undefined;
    if (view.lower.get(k) === 'that') return k;
    if (view.lower.get(k) === '.' || view.lower.get(k) === ';') return undefined;
  }
  return undefined;
}

/** Cues that report an undertaking with "to": "vowed to take the fight to every state". */
const PROMISE_LEMMAS = new Set(['vow', 'pledge', 'promise', 'urge', 'warn', 'ask', 'tell', 'threaten']);
/** Clause openers the tagger may call adverbs: "said none of the candidates were listed". */
const QUANTIFIERS = new Set(['none', 'all', 'most', 'many', 'some', 'few', 'both', 'each', 'no', 'nobody', 'everyone', 'nothing']);
const QUESTION_WORDS = new Set(['whether', 'if', 'how', 'why', 'what', 'who', 'when', 'where', 'which']);
const NOMINATIVE = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
const SUBJECT_POS = new Set(['NOUN', 'PROPN', 'PRON']);
/** How far into the words after a weak cue the clause's verb may be. */
const CLAUSE_VERB_REACH = 8;

/**
 * After a weak cue, a bare clause must look like one: a subject pronoun
 * ("announced she will resign") or a finite verb soon after a noun
 * ("suggested the United States should send"), not just an object.
 */
function looksLikeClause(view: QuoteView, k: number, last: number): boolean {
  if (NOMINATIVE.has(view.lower.get(k)!)) return true;
  for (let i = k + 1; i < Math.min(last, k + CLAUSE_VERB_REACH); i++) {
    const pos = view.tokens[i]!.pos;
    if (pos === 'PUNCT' || view.lower.get(i) === 'to') return false;
    if ((pos === 'AUX' || pos === 'VERB') && SUBJECT_POS.has(view.tokens[i - 1]!.pos)) return true;
  }
  return false;
}

/** The clause after a verb cue (and its hearer, if any). */
function forwardContent(view: QuoteView, cue: CueMatch, last: number): { content: Content; rule: string } | undefined {
  let k = skipTimes(view, cue.last, last);
  if (cue.info.hearer) {
    if (OBJECT_PRONOUNS.has(view.lower.get(k)!)) k++;
    else {
      const hearer = phraseStartingAt(view, k, last);
      if (hearer) k = hearer.last;
    }
    k = skipTimes(view, k, last);
    if (view.lower.get(k) === 'to' && cue.info.lemma !== 'say') {
      const content = contentRange(view, k + 1, last);
      return content && { content, rule: 'indirect-to' };
    }
  }
  if (view.lower.get(k) === 'to' && PROMISE_LEMMAS.has(cue.info.lemma)) {
    const content = contentRange(view, k + 1, last);
    return content && { content, rule: 'indirect-to' };
  }
  if (view.lower.get(k) === 'that') {
    const content = contentRange(view, k + 1, last);
    return content && { content, rule: 'indirect-that' };
  }
  const tok = view.tokens[k];
  if (!tok || view.isMark[k] || view.pieceAt[k]! >= 0) return undefined;
  if (QUESTION_WORDS.has(view.lower.get(k)!)) {
    const content = contentRange(view, k, last);
    return content && { content, rule: 'indirect-question' };
  }
  const word = view.lower.get(k)!;
  const startsClause =
    CLAUSE_START_POS.has(tok.pos) || view.entityAt[k] !== undefined || QUANTIFIERS.has(word) || (tok.pos === 'VERB' && word.endsWith('ing'));
  const strongEnough = cue.info.strength === 'strong' || looksLikeClause(view, k, last);
  if (strongEnough && startsClause && !view.inTime[k]) {
    const content = contentRange(view, k, last);
    return content && { content, rule: 'indirect-bare' };
  }
  const that = findThat(view, k, last);
  if (that === undefined) return undefined;
  const content = contentRange(view, that + 1, last);
  return content && { content, rule: 'indirect-that' };
}

/** Nothing but time, place or manner phrases after the cue up to the unit end ("the ministry said on Friday."). */
function cueEndsClause(view: QuoteView, from: number, last: number): boolean {
  for (let k = from; k < last; k++) {
    const w = view.lower.get(k)!;
    if (w === 'that' || view.isMark[k] || view.pieceAt[k]! >= 0) return false;
    const pos = view.tokens[k]!.pos;
    if ((pos === 'VERB' || pos === 'AUX' || pos === 'PRON') && w !== 'speaking') return false;
  }
  return last - from <= 12;
}

interface Found {
  speaker: SpeakerMention;
  content: Content;
  rule: string;
}

function accordingTo(view: QuoteView, unit: Unit, cue: CueMatch): Found | undefined {
  const speaker = speakerAfter(view, cue.last, unit.last);
  if (!speaker) return undefined;
  let lead = unit.first;
  while (lead < cue.first && isPunct(view, lead)) lead++;
  const content = lead === cue.first ? contentRange(view, speaker.last, unit.last) : contentRange(view, unit.first, cue.first);
  return content && { speaker, content, rule: 'indirect-according-to' };
}

function verbCue(view: QuoteView, unit: Unit, cue: CueMatch): Found | undefined {
  if (DIRECT_ONLY_LEMMAS.has(cue.info.lemma)) return undefined;
  const before = speakerBefore(view, cue.first, unit.first) ?? coordinatedSubject(view, cue.first, unit.first);
  if (before) {
    if (before.first > unit.first && view.lower.get(before.first - 1) === ',' && cueEndsClause(view, cue.last, unit.last)) {
      const content = contentRange(view, unit.first, before.first - 1);
      if (content) return { speaker: before, content, rule: 'indirect-inverted' };
    }
    const forward = forwardContent(view, cue, unit.last);
    return forward && { speaker: before, ...forward };
  }
  if (cue.first > unit.first && view.lower.get(cue.first - 1) === ',') {
    const after = speakerAfter(view, cue.last, unit.last);
    if (after && cueEndsClause(view, after.last, unit.last)) {
      const content = contentRange(view, unit.first, cue.first - 1);
      return content && { speaker: after, content, rule: 'indirect-inverted' };
    }
  }
  return undefined;
}

/**
 * A cue already used by a direct quote keeps an indirect clause only when a
 * complete clause stands before the quotation, closed by a comma: "he says he
 * would release them on Friday, calling them “very boring”".
 */
function clauseBeforeQuote(view: QuoteView, found: Found): Found | undefined {
  let mark = found.content.first;
  while (mark < found.content.last && !view.isMark[mark]) mark++;
  if (mark >= found.content.last) return undefined;
  let comma = mark - 1;
  while (comma > found.content.first && view.lower.get(comma) !== ',') comma--;
  if (view.lower.get(comma) !== ',') return undefined;
  const content = contentRange(view, found.content.first, comma);
  return content && content.last - content.first >= 4 ? { ...found, content } : undefined;
}

/** Indirect quotes; `usedCues` holds the first token of cues already claimed by direct quotes. */
export function proposeIndirect(view: QuoteView, usedCues: ReadonlySet<number>): ProposedQuote[] {
  const out: ProposedQuote[] = [];
  view.units.forEach((unit, ui) => {
    for (const cue of cuesIn(view, unit.first, unit.last)) {
      let found = cue.info.lemma === 'according to' ? accordingTo(view, unit, cue) : verbCue(view, unit, cue);
      if (found && usedCues.has(cue.first)) found = clauseBeforeQuote(view, found);
      if (!found) continue;
      const start = view.tokens[found.content.first]!.start;
      const end = view.tokens[found.content.last - 1]!.end;
      out.push(proposedQuote(start, end, false, ui, { cue, speaker: found.speaker }, found.rule));
    }
  });
  return out;
}
