/** Recognising speech cues at a token: "said", "told", "according to", "pointed out". */
import type { QuoteView } from './context.js';
import { CUE_WORDS, type CueInfo } from './lexicon.js';
import { hashString } from '../../util/fnv.js';

export interface CueMatch {
  /** Token range [first, last). */
  first: number;
  last: number;
  info: CueInfo;
}

const ACCORDING: CueInfo = { lemma: 'according to', strength: 'strong' };
const POINT_OUT: CueInfo = { lemma: 'point out', strength: 'weak' };
const POINT_FORMS = new Set(['point', 'points', 'pointed', 'pointing']);
/** Nouns and adjectives that share a form with a cue verb ("the state", "a claim"). */
const NON_VERB_POS = new Set(['NOUN', 'ADJ', 'PROPN', 'DET', 'ADP']);

/**
 * Lengths (up to 31) and first characters (ASCII) of every word a cue can
 * start with: a word whose pair is absent is no cue, found with two reads
 * instead of set and map lookups (cueAt runs on every token of every unit).
 */
const CUE_SHAPES = new Uint32Array(128);
for (const w of [...CUE_WORDS.keys(), 'according', ...POINT_FORMS]) {
  const c = w.charCodeAt(0);
  if (c >= 128 || w.length > 31) throw new Error(`quotes: cue word "${w}" needs a wider shape table`);
  CUE_SHAPES[c]! |= 1 << w.length;
}

/**
 * Hashes (13 bits of hashString) of the same words: a word whose bit is clear is
 * no cue either. Most words of a cue's shape ("some", "than") are turned
 * away here, still without a string or a set lookup.
 */
const CUE_HASH_BITS = 13;
const CUE_HASHES = new Uint8Array(1 << CUE_HASH_BITS);
for (const w of [...CUE_WORDS.keys(), 'according', ...POINT_FORMS]) CUE_HASHES[hashString(w) & ((1 << CUE_HASH_BITS) - 1)] = 1;

const cueShape = (c: number, length: number): boolean => c < 128 && length <= 31 && (CUE_SHAPES[c]! & (1 << length)) !== 0;
const cueHash = (h: number): boolean => CUE_HASHES[h & ((1 << CUE_HASH_BITS) - 1)] === 1;

/** Whether token k's lower-case word may be a cue word (read from the text: no string made). */
function mayBeCueWord(view: QuoteView, k: number): boolean {
  return view.lower.test(k, cueShape, cueHash);
}

/**
 * The cue starting at token k, if any (outside quotation marks). `lenient`
 * trusts the word whatever its tag: right after a quotation and its speaker
 * (`," Viguerie notes.`) the tagger often calls the verb a noun.
 */
export function cueAt(view: QuoteView, k: number, lenient = false): CueMatch | undefined {
  if (view.pieceAt[k]! >= 0) return undefined;
  if (!mayBeCueWord(view, k)) return undefined;
  const w = view.lower.get(k)!;
  if (w === 'according' && view.lower.get(k + 1) === 'to') return { first: k, last: k + 2, info: ACCORDING };
  if (POINT_FORMS.has(w) && view.lower.get(k + 1) === 'out') return { first: k, last: k + 2, info: POINT_OUT };
  const info = CUE_WORDS.get(w);
  if (!info) return undefined;
  const pos = view.tokens[k]!.pos;
  // "said" is tagged reliably; other forms double as nouns ("the state", "reports").
  if (!lenient && info.lemma !== 'say' && info.lemma !== 'tell' && NON_VERB_POS.has(pos)) return undefined;
  if (info.lemma === 'say' && (view.lower.get(k - 1) === 'the' || view.lower.get(k - 1) === 'to')) {
    // "the said", and "to say" infinitives still count: keep "to say".
    if (view.lower.get(k - 1) === 'the') return undefined;
  }
  return { first: k, last: k + 1, info };
}

/** Cues in a token range, in order. */
export function cuesIn(view: QuoteView, first: number, last: number): CueMatch[] {
  const out: CueMatch[] = [];
  for (let k = first; k < last; k++) {
    const cue = cueAt(view, k);
    if (cue) {
      out.push(cue);
      k = cue.last - 1;
    }
  }
  return out;
}
