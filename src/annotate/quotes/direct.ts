/**
 * Proposing direct quotes: every quotation piece, attributed by the cue in
 * its tail (`"...," Albares said`), else in its head (`Albares said: "..."`,
 * `said a spate of attacks "need to stop"`), else in the previous unit when
 * that ends with a colon. Unattributed pieces are left for the resolver.
 */
import { tokenRange, type QuoteView } from './context.js';
import { cueAt, cuesIn, type CueMatch } from './cues.js';
import { proposedQuote, type Attribution, type ProposedQuote } from './proposal.js';
import { coordinatedSubject, speakerAfter, speakerBefore, unitSubject } from './speaker.js';

/** How far into the tail the cue may be: `," Spanish Foreign Minister Jose Manuel Albares told`. */
const TAIL_CUE_REACH = 12;

const isPunct = (view: QuoteView, k: number) => view.tokens[k]!.pos === 'PUNCT' || view.isMark[k]!;

function fromTail(view: QuoteView, from: number, to: number): { attribution: Attribution; rule: string } | undefined {
  let start = from;
  while (start < to && isPunct(view, start)) start++;
  const limit = Math.min(to, start + TAIL_CUE_REACH);
  for (let k = start; k < limit; k++) {
    if (view.isMark[k] || view.pieceAt[k]! >= 0) break;
    const cue = cueAt(view, k, true);
    if (!cue) continue;
    const before = speakerBefore(view, cue.first, start);
    if (before && before.first === start) return { attribution: { cue, speaker: before }, rule: 'direct-after' };
    if (cue.first === start) {
      const after = speakerAfter(view, cue.last, to);
      if (after) return { attribution: { cue, speaker: after }, rule: 'direct-after-inverted' };
    }
    return undefined;
  }
  return undefined;
}

function attributeInRange(view: QuoteView, first: number, last: number): Attribution | undefined {
  const cues = cuesIn(view, first, last);
  const cue: CueMatch | undefined = cues[cues.length - 1];
  if (!cue) return undefined;
  const before = speakerBefore(view, cue.first, first) ?? coordinatedSubject(view, cue.first, first);
  if (before) return { cue, speaker: before };
  // Inverted only when a colon or comma closes the phrase: `said Albares: "..."`;
  // after "told" the phrase is the hearer, not the speaker.
  const after = cue.info.hearer ? undefined : speakerAfter(view, cue.last, last);
  const next = after ? view.lower.get(after.last) : undefined;
  if (after && (next === ':' || next === ',')) return { cue, speaker: after };
  return { cue, speaker: unitSubject(view, first, cue.first) ?? null };
}

/** The token range of the tail after a closing mark: up to the unit end or the next quotation. */
function tailRange(view: QuoteView, after: number, unitLast: number): [number, number] {
  let end = after;
  while (end < unitLast && !view.isMark[end] && view.pieceAt[end]! < 0) end++;
  return [after, end];
}

function proposeOne(view: QuoteView, pieceIndex: number): ProposedQuote | undefined {
  const piece = view.pieces[pieceIndex]!;
  const [a, b] = tokenRange(view, piece);
  if (a >= b) return undefined;
  const ui = view.unitOfToken[a]!;
  const unit = view.units[ui]!;
  // Marks may be glued to punctuation the content trim left out (`asked,”`): find them by offset.
  const closeTok = piece.close === null ? b : tokenRange(view, { start: piece.close, end: piece.close + piece.closeLength })[1];
  const openTok = tokenRange(view, { start: piece.open, end: piece.open + 1 })[0];

  if (piece.close !== null) {
    const [tf, tl] = tailRange(view, closeTok, unit.last);
    const tail = fromTail(view, tf, tl);
    if (tail) return proposedQuote(piece.start, piece.end, true, ui, tail.attribution, tail.rule, { piece: pieceIndex });
  }
  const head = attributeInRange(view, unit.first, openTok);
  if (head) return proposedQuote(piece.start, piece.end, true, ui, head, 'direct-before', { piece: pieceIndex });
  // Not units[-1]: a read before an array's start is a slow named look-up, and deoptimised this function.
  const prev = ui > 0 ? view.units[ui - 1] : undefined;
  if (openTok === unit.first && prev && view.lower.get(prev.last - 1) === ':') {
    const previous = attributeInRange(view, prev.first, prev.last - 1);
    if (previous) return proposedQuote(piece.start, piece.end, true, ui, previous, 'direct-previous', { piece: pieceIndex });
  }
  return proposedQuote(piece.start, piece.end, true, ui, null, 'direct', { piece: pieceIndex });
}

export function proposeDirect(view: QuoteView): ProposedQuote[] {
  const out: ProposedQuote[] = [];
  for (let i = 0; i < view.pieces.length; i++) {
    const q = proposeOne(view, i);
    if (q) out.push(q);
  }
  return out;
}
