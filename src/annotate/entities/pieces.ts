/**
 * Turning word-level data into the piece level the model works at:
 * CoNLL sentences (training) and offset tokens (run time, evaluation).
 */
import { isDemonym, lookupCountry } from '../../lexicon/countries.js';
import { spansFromTypes, type LabelledSentence, type TypedSpan } from './conll.js';
import { NAME_PARTICLES, maySplit, splitToken } from './subtokens.js';

export interface PieceSentence {
  words: string[];
  spans: TypedSpan[];
}

const startsLower = (w: string) => /^\p{Ll}/u.test(w);

/** A CoNLL sentence split into pieces, with labels moved onto the pieces that carry the name. */
export function labelPieces(sent: LabelledSentence): PieceSentence {
  const words: string[] = [];
  const types: string[] = [];
  const begins: boolean[] = [];
  sent.words.forEach((word, w) => {
    const type = sent.types[w]!;
    const pieces = splitToken(word).map((p) => p.text);
    const pieceTypes = pieces.map((p) => {
      if (type === 'O' || pieces.length === 1) return type;
      if (p === '-') return type;
      return startsLower(p) && !NAME_PARTICLES.has(p) ? 'O' : type;
    });
    // A hyphen only stays inside a name when both of its neighbours are in it.
    pieces.forEach((p, k) => {
      if (p === '-' && (pieceTypes[k - 1] !== type || pieceTypes[k + 1] !== type)) pieceTypes[k] = 'O';
    });
    // CoNLL tags "U.S.-led" as MISC; we follow the convention that a country name is a LOC.
    const named = pieces.filter((_, k) => pieceTypes[k] !== 'O');
    if (type === 'MISC' && named.length === 1 && named.length < pieces.length) {
      const name = named[0]!;
      if (lookupCountry(name) && !isDemonym(name)) pieceTypes.forEach((t, k) => (pieceTypes[k] = t === 'O' ? 'O' : 'LOC'));
    }
    let first = true;
    pieces.forEach((p, k) => {
      words.push(p);
      types.push(pieceTypes[k]!);
      begins.push(pieceTypes[k] !== 'O' && first && sent.begins[w]!);
      if (pieceTypes[k] !== 'O') first = false;
    });
  });
  return { words, spans: spansFromTypes(types, begins) };
}

export interface OffsetToken {
  text: string;
  start: number;
}

/** Sentences of pieces as parallel arrays: the piece texts (what the tagger reads) and their offsets. */
export interface OffsetPieceDoc {
  words: string[][];
  starts: number[][];
  ends: number[][];
}

/**
 * Builds an `OffsetPieceDoc` token by token, splitting tokens into pieces
 * (`splitToken`), without an object per token or piece.
 */
export class OffsetPieceDocBuilder {
  readonly doc: OffsetPieceDoc = { words: [], starts: [], ends: [] };
  private words: string[] = [];
  private starts: number[] = [];
  private ends: number[] = [];

  startSentence(): void {
    this.doc.words.push((this.words = []));
    this.doc.starts.push((this.starts = []));
    this.doc.ends.push((this.ends = []));
  }

  /** A token known to be one piece (see `maySplit`). */
  addPiece(text: string, start: number): void {
    this.words.push(text);
    this.starts.push(start);
    this.ends.push(start + text.length);
  }

  addToken(text: string, start: number): void {
    if (!maySplit(text)) {
      this.addPiece(text, start);
      return;
    }
    for (const p of splitToken(text)) this.addPiece(p.text, start + p.offset);
  }
}
