/**
 * Resolving proposals into the quotes layer:
 *   0. scare quotes and titles are dropped (short quoted phrases without a
 *      cue of their own, capitalised titles) — run before indirect speech;
 *   1. continued pieces of one multi-paragraph quotation share its attribution;
 *   2. unattributed direct quotes take the speaker of the nearest attributed
 *      quote in the same paragraph, else (when the paragraph opens with the
 *      quotation) of the last quote in the previous paragraph;
 *   3. duplicates (same span) are dropped.
 */
import type { QuoteView } from './context.js';
import { partsText } from './parts.js';
import type { ProposedQuote } from './proposal.js';

/** Quoted phrases this short need their own speech cue to count as speech. */
const SCARE_MAX_WORDS = 3;

const hasSpeaker = (q: ProposedQuote) => q.attribution?.speaker != null;

/** Runs of non-space characters: the non-empty pieces of text.split(/\s+/). */
const WORD_RUN = /\S+/g;
const LETTER_OR_DIGIT = /\p{L}|\d/u;

/** The first `limit` + 1 words of a text (fewer when it has fewer): long quotations are not split whole. */
function leadingWords(text: string, limit: number): string[] {
  const words: string[] = [];
  WORD_RUN.lastIndex = 0;
  for (let m = WORD_RUN.exec(text); m && words.length <= limit; m = WORD_RUN.exec(text)) words.push(m[0]);
  return words;
}

/** Whether more than `max` words hold a letter or a digit (what counting them all and comparing gives). */
function moreWordsThan(text: string, max: number): boolean {
  let n = 0;
  WORD_RUN.lastIndex = 0;
  for (let m = WORD_RUN.exec(text); m; m = WORD_RUN.exec(text)) {
    if (LETTER_OR_DIGIT.test(m[0]) && ++n > max) return true;
  }
  return false;
}

function shareAcrossChains(view: QuoteView, direct: ProposedQuote[]): void {
  const byPiece = new Map<number, ProposedQuote>();
  for (const q of direct) {
    if (q.piece !== undefined) byPiece.set(q.piece, q);
    // An interrupted quote may run on into the next paragraph from its last piece.
    if (q.lastPiece !== undefined) byPiece.set(q.lastPiece, q);
  }
  // Walk each chain forwards then backwards so any attributed member speaks for all.
  for (const q of direct) {
    const piece = view.pieces[q.piece!]!;
    const prev = piece.continues === null ? undefined : byPiece.get(piece.continues);
    if (prev && hasSpeaker(prev) && !hasSpeaker(q)) {
      q.attribution = prev.attribution;
      q.rule = 'direct-continued';
    }
  }
  for (let i = direct.length - 1; i >= 0; i--) {
    const q = direct[i]!;
    const piece = view.pieces[q.piece!]!;
    const prev = piece.continues === null ? undefined : byPiece.get(piece.continues);
    if (prev && hasSpeaker(q) && !hasSpeaker(prev)) {
      prev.attribution = q.attribution;
      prev.rule = 'direct-continued';
    }
  }
}

function borrowFromNeighbours(view: QuoteView, all: ProposedQuote[]): void {
  const paragraphOf = (q: ProposedQuote) => view.units[q.unit]!.paragraph;
  // Attributed quotes per paragraph, in document order (one pass; lookups stay within a paragraph).
  const byParagraph = new Map<number, ProposedQuote[]>();
  for (const q of all) {
    if (!hasSpeaker(q)) continue;
    const list = byParagraph.get(paragraphOf(q)) ?? [];
    list.push(q);
    byParagraph.set(paragraphOf(q), list);
  }
  for (const q of all) {
    if (!q.direct || hasSpeaker(q)) continue;
    const p = paragraphOf(q);
    const samePara = byParagraph.get(p) ?? [];
    // Before it, any attributed statement ("Viguerie said X. "..."); after it, only a quotation.
    const before = samePara.filter((x) => x.start < q.start).pop();
    const after = samePara.find((x) => x.direct && x.start > q.start);
    const sameParagraphSource = before ?? after;
    if (sameParagraphSource) {
      q.attribution = { cue: null, speaker: sameParagraphSource.attribution!.speaker };
      q.rule = 'direct-neighbour';
      continue;
    }
    const piece = view.pieces[q.piece!]!;
    const opensParagraph = piece.open === view.paragraphs[piece.paragraph]!.start;
    if (!opensParagraph || p === 0) continue;
    const previousParagraph = (byParagraph.get(p - 1) ?? []).at(-1);
    if (previousParagraph) {
      q.attribution = { cue: null, speaker: previousParagraph.attribution!.speaker };
      q.rule = 'direct-neighbour-paragraph';
    }
  }
}

/** Small words a title may keep in lower case ("Meet the Press"). */
const TITLE_SMALL_WORDS = new Set(['the', 'a', 'an', 'of', 'with', 'and', 'in', 'on', 'for', 'to', 'at', 'by']);
const TITLE_MAX_WORDS = 6;

/** Show, film and book titles: every word capitalised but a few small ones, no question or exclamation. */
function isTitle(text: string): boolean {
  // Trailing dots and commas off, then the words (only as many as can still make a title).
  let end = text.length;
  while (end > 0 && (text[end - 1] === '.' || text[end - 1] === ',')) end--;
  const words = leadingWords(end === text.length ? text : text.slice(0, end), TITLE_MAX_WORDS);
  if (words.length === 0 || words.length > TITLE_MAX_WORDS || /[?!]$/.test(text)) return false;
  const capital = (w: string) => /^[\p{Lu}\d]/u.test(w);
  return capital(words[0]!) && words.every((w) => capital(w) || TITLE_SMALL_WORDS.has(w));
}

/** True when the quotation ends its clause (`... "need to stop".`), as short speech fragments do. */
function endsClause(view: QuoteView, q: ProposedQuote): boolean {
  const last = q.lastPiece ?? q.piece;
  const piece = last === undefined ? undefined : view.pieces[last];
  if (!piece || piece.close === null) return true;
  let k = piece.close + piece.closeLength;
  while (view.text[k] === ' ') k++;
  return k >= view.text.length || /[.,;:!?)\n—–-]/.test(view.text[k]!);
}

/** Rules whose cue follows (part of) the quotation: `"No," he said`, `"No," he said, "never."`. */
const CUE_AFTER_RULES = new Set(['direct-after', 'direct-after-inverted', 'direct-interrupted']);

/** A quotation that is a scare quote or a title rather than speech. */
function isNotSpeech(view: QuoteView, q: ProposedQuote): boolean {
  if (!q.direct) return false;
  const text = q.parts ? partsText(view.text, q.parts) : view.text.slice(q.start, q.end);
  if (isTitle(text)) return true;
  if (moreWordsThan(text, SCARE_MAX_WORDS)) return false;
  // Short phrases count only with their own cue: after them (`"No," he said`),
  // or before them when they end the clause (`said the attacks "need to stop".`).
  if (!q.attribution?.cue) return true;
  return !CUE_AFTER_RULES.has(q.rule) && !endsClause(view, q);
}

/** Step 0, before indirect speech is proposed: so a cue whose scare quote is dropped can still report a clause. */
export function dropNonSpeech(view: QuoteView, direct: readonly ProposedQuote[]): ProposedQuote[] {
  return direct.filter((q) => !isNotSpeech(view, q));
}

export function resolveQuotes(view: QuoteView, direct: ProposedQuote[], indirect: ProposedQuote[]): ProposedQuote[] {
  shareAcrossChains(view, direct);
  const all = [...direct, ...indirect].sort((a, b) => a.start - b.start || a.end - b.end);
  borrowFromNeighbours(view, all);
  const seen = new Set<string>();
  return all.filter((q) => {
    const key = `${q.start}:${q.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
