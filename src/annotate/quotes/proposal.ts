/** What the proposers hand to the resolver: a content span and how it is attributed. */
import type { Span } from '../../model/layers.js';
import type { CueMatch } from './cues.js';
import type { SpeakerMention } from './speaker.js';

export interface Attribution {
  cue: CueMatch | null;
  speaker: SpeakerMention | null;
}

export interface ProposedQuote {
  /** Content span (characters, end-exclusive); for an interrupted quote, first part start to last part end. */
  start: number;
  end: number;
  direct: boolean;
  /** Index of the quotation piece (direct quotes only); the first piece of an interrupted quote. */
  piece?: number;
  /** The last piece of an interrupted quote (`"A," he said, "B."`), when it has more than one. */
  lastPiece?: number;
  /** Content parts of an interrupted quote, in order; absent when the content is the one span start–end. */
  parts?: Span[];
  unit: number;
  attribution: Attribution | null;
  /** Rule name for the `source` field ("direct-after", "indirect-that", ...). */
  rule: string;
}

/**
 * A proposal with every field present (undefined when absent), in one order:
 * direct, interrupted and indirect proposals then share one hidden class, and
 * the resolver's loops over them are not deoptimised by each new shape.
 */
export function proposedQuote(
  start: number,
  end: number,
  direct: boolean,
  unit: number,
  attribution: Attribution | null,
  rule: string,
  pieces?: { piece: number; lastPiece?: number; parts?: Span[] },
): ProposedQuote {
  return { start, end, direct, piece: pieces?.piece, lastPiece: pieces?.lastPiece, parts: pieces?.parts, unit, attribution, rule };
}
