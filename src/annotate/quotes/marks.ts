/**
 * Quotation-mark pairs, found by one left-to-right scan per paragraph.
 *
 * Double marks only (straight ", curly “ ”, and the doubled apostrophe ''
 * of some archives): single marks are left alone, so nested 'quotes' and
 * apostrophes stay inside the content. A paragraph
 * that opens a quote without closing it yields a piece that runs to the
 * paragraph end; when the next paragraph opens with a mark, its piece
 * continues the same quotation (news style for multi-paragraph quotes).
 */
import type { Span } from '../../model/layers.js';
import { hasOffsetIn, matchOffsets } from '../../util/sorted-offsets.js';

export interface QuotePiece {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or null when the quote runs to the paragraph end. */
  close: number | null;
  /** Length of the opening and closing marks (2 for ''). */
  openLength: number;
  closeLength: number;
  /** Content, trimmed of surrounding spaces. */
  start: number;
  end: number;
  paragraph: number;
  /** Index of the piece this one continues (multi-paragraph quote), if any. */
  continues: number | null;
}

const OPEN = '“';
const CLOSE = '”';
const STRAIGHT = '"';
/** Any character the scan acts on: curly or straight double marks, or a doubled apostrophe. */
const ANY_MARK = /[“”"]|''/g;
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';

/** Characters a match of ANY_MARK starts with. */
const MARK_CHAR = /[“”"']/g;

/** Non-empty lines as paragraphs, unless the doc gives paragraph spans. */
export function paragraphSpans(text: string, given?: readonly Span[]): Span[] {
  if (given && given.length > 0) return [...given];
  const out: Span[] = [];
  for (let start = 0; start <= text.length; ) {
    let i = text.indexOf('\n', start);
    if (i < 0) i = text.length;
    let s = start;
    let e = i;
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
    start = i + 1;
  }
  return out;
}

function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && isSpace(text[start])) start++;
  // A comma before the closing mark belongs to the sentence around the quote.
  while (end > start && (isSpace(text[end - 1]) || text[end - 1] === ',')) end--;
  return [start, end];
}

/** All quotation pieces in document order. */
export function findQuotePieces(text: string, paragraphs: readonly Span[]): QuotePiece[] {
  const pieces: QuotePiece[] = [];
  const markChars = matchOffsets(text, MARK_CHAR);
  let openAtParagraphEnd: number | null = null;
  paragraphs.forEach((p, pi) => {
    let open = -1;
    let openLength = 1;
    let firstPieceOfParagraph = true;
    const push = (close: number | null, closeLength: number, contentEnd: number) => {
      const [start, end] = trimmed(text, open + openLength, contentEnd);
      if (end > start) {
        const startsParagraph = firstPieceOfParagraph && open === p.start;
        pieces.push({ open, close, openLength, closeLength, start, end, paragraph: pi, continues: startsParagraph ? openAtParagraphEnd : null });
      }
      firstPieceOfParagraph = false;
      open = -1;
    };
    const opens = (i: number, length: number) => {
      open = i;
      openLength = length;
    };
    // Jump from mark to mark (the only characters that change the state). A search is started only
    // while some mark character lies ahead in the paragraph: otherwise it would run on through the
    // following paragraphs to the next mark, only to find it out of this one.
    ANY_MARK.lastIndex = p.start;
    for (;;) {
      if (!hasOffsetIn(markChars, ANY_MARK.lastIndex, p.end)) break;
      const found = ANY_MARK.exec(text);
      if (!found || found.index >= p.end) break;
      const i = found.index;
      const c = text[i];
      if (c === OPEN) opens(i, 1);
      else if (c === CLOSE) {
        if (open >= 0) push(i, 1, i);
      } else if (c === STRAIGHT || (c === "'" && text[i + 1] === "'")) {
        const length = c === STRAIGHT ? 1 : 2;
        if (open >= 0) push(i, length, i);
        else opens(i, length);
      }
    }
    openAtParagraphEnd = null;
    if (open >= 0) {
      push(null, 0, p.end);
      const last = pieces[pieces.length - 1];
      if (last && last.close === null) openAtParagraphEnd = pieces.length - 1;
    }
  });
  return pieces;
}
