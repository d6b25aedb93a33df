/** What the proposers hand to the resolver: a content span and how it is attributed. */
import type { CueMatch } from './cues.js';
import type { SpeakerMention } from './speaker.js';

export interface Attribution {
  cue: CueMatch | null;
  speaker: SpeakerMention | null;
}

export interface ProposedQuote {
  /** Content span (characters, end-exclusive). */
  start: number;
  end: number;
  direct: boolean;
  /** Index of the quotation piece (direct quotes only). */
  piece?: number;
  unit: number;
  attribution: Attribution | null;
  /** Rule name for the `source` field ("direct-after", "indirect-that", ...). */
  rule: string;
}
