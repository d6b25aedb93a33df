/**
 * One quote for a quotation interrupted by its attribution:
 * `"We will not leave," the minister said, "until the job is done."`
 *
 * The proposers see two pieces: the first attributed by the cue in its tail
 * (direct-after / direct-after-inverted), the second by the same cue in its
 * head (direct-before). They are one statement when
 *   - the pieces are neighbours in one unit (no other quotation between),
 *   - both have the same cue token, lying between the two pieces, and the
 *     same speaker mention,
 *   - the attribution between them goes on with a comma or a dash
 *     (`, "until ...`), not a full stop: `"A," she said. "B."` is a new
 *     sentence and stays a second quote (with the speaker borrowed).
 * A second piece with its own cue (`"B," she added`) has another cue token
 * and stays separate; so does a first piece introduced by a cue of its own
 * (`someone shouted, "Cruz," Beck joked, "Amen!"`).
 */
import { tokenRange, type QuoteView } from './context.js';
import { cuesIn } from './cues.js';
import { proposedQuote, type ProposedQuote } from './proposal.js';
import type { SpeakerMention } from './speaker.js';

const TAIL_RULES = new Set(['direct-after', 'direct-after-inverted']);
/** What the attribution may end with for the quotation to go on in the same sentence. */
const CONTINUES_SENTENCE = /[,—–]\s*$/;
const SENTENCE_END = /^[.!?]+$/;

const sameSpeaker = (a: SpeakerMention | null, b: SpeakerMention | null) =>
  a === b || (a !== null && b !== null && a.first === b.first && a.last === b.last);

/** True when the text between the two pieces is only their shared attribution, and the sentence goes on. */
function attributionBetween(view: QuoteView, first: ProposedQuote, second: ProposedQuote): boolean {
  const a = view.pieces[first.piece!]!;
  const b = view.pieces[second.piece!]!;
  if (a.close === null) return false;
  const gapStart = a.close + a.closeLength;
  const cue = first.attribution!.cue!;
  const cueStart = view.tokens[cue.first]!.start;
  if (cueStart < gapStart || cueStart >= b.open) return false;
  if (!CONTINUES_SENTENCE.test(view.text.slice(gapStart, b.open))) return false;
  for (let k = cue.first; k < view.tokens.length && view.tokens[k]!.start < b.open; k++) {
    if (SENTENCE_END.test(view.lower.get(k)!)) return false;
  }
  return true;
}

function isInterruption(view: QuoteView, first: ProposedQuote, second: ProposedQuote): boolean {
  if (!first.direct || !second.direct || first.piece === undefined || second.piece !== first.piece + 1) return false;
  if (first.unit !== second.unit || !TAIL_RULES.has(first.rule) || second.rule !== 'direct-before') return false;
  const x = first.attribution;
  const y = second.attribution;
  if (!x?.cue || !y?.cue || x.cue.first !== y.cue.first || !sameSpeaker(x.speaker, y.speaker)) return false;
  return attributionBetween(view, first, second) && !introducedByOwnCue(view, first);
}

/** A cue before the first piece in its unit: that piece is someone's words introduced there, not the start of an interrupted quote. */
function introducedByOwnCue(view: QuoteView, first: ProposedQuote): boolean {
  const open = view.pieces[first.piece!]!.open;
  const openTok = tokenRange(view, { start: open, end: open + 1 })[0];
  return cuesIn(view, view.units[first.unit]!.first, openTok).length > 0;
}

function merged(first: ProposedQuote, second: ProposedQuote): ProposedQuote {
  return proposedQuote(first.start, second.end, true, first.unit, first.attribution, 'direct-interrupted', {
    piece: first.piece!,
    lastPiece: second.piece!,
    parts: [
      { start: first.start, end: first.end },
      { start: second.start, end: second.end },
    ],
  });
}

/** Direct proposals (in piece order) with each interrupted pair merged into one quote. */
export function mergeInterrupted(view: QuoteView, direct: readonly ProposedQuote[]): ProposedQuote[] {
  const out: ProposedQuote[] = [];
  for (let i = 0; i < direct.length; i++) {
    const q = direct[i]!;
    const next = direct[i + 1];
    if (next && isInterruption(view, q, next)) {
      out.push(merged(q, next));
      i++;
    } else out.push(q);
  }
  return out;
}
