/**
 * Run-time entity tagger: pieces → re-cased title-case headlines → stages of
 * Viterbi BILOU decoding (runtime.ts, decode.ts) → typed spans with a confidence from
 * the decision margins.
 */
import type { PieceDoc } from './features.js';
import { Gazetteer } from './gazetteer.js';
import type { NerModelData } from './model-file.js';
import { OffsetPieceDocBuilder, type OffsetPieceDoc, type OffsetToken } from './pieces.js';
import { StagedModel, type PreparedDoc, type WordEntry } from './runtime.js';
import { truecaseHeadlines } from './truecase.js';
import { decodeBilouIndexes } from './tags.js';
import type { TypedSpan } from './conll.js';

export interface ScoredSpan extends TypedSpan {
  /** 0..1, from the smallest decision margin inside the span. */
  confidence: number;
}

export interface TaggedSpan {
  /** Character offsets, end-exclusive. */
  start: number;
  end: number;
  type: string;
  confidence: number;
}

/** Margin → 0..1; a margin of ~MARGIN_SCALE reads as ~73 % sure. */
const MARGIN_SCALE = 4;

export class NerTagger {
  private readonly staged: StagedModel;
  private readonly gazetteer: Gazetteer;
  private readonly lowercaseWords: ReadonlySet<string>;

  constructor(model: NerModelData) {
    this.staged = new StagedModel(model.stages);
    this.lowercaseWords = new Set(model.lowercaseWords ?? []);
    this.gazetteer = new Gazetteer(model.gazetteer);
  }

  /** Spans (piece indexes) per sentence of a piece document. */
  tagPieces(doc: PieceDoc): ScoredSpan[][] {
    return this.tagPrepared(this.staged.prepare(doc));
  }

  private tagPrepared(prepared: PreparedDoc): ScoredSpan[][] {
    const doc = prepared.doc;
    // Each word's entry is looked up once: headline re-casing reads the sentence cases made from them.
    const recased = truecaseHeadlines(doc, this.lowercaseWords, (w) => this.gazetteer.has(w), undefined, prepared.cases, prepared.entries);
    return this.staged.run(recased, this.gazetteer, this.staged.replaceSentences(prepared, recased)).map(({ tags, margins }) => {
      // Most sentences hold no name (and get no margins): no spans to read.
      if (margins.length === 0 && !tags.some((t) => t !== 0)) return [];
      return decodeBilouIndexes(tags).map((span) => {
        let min = Infinity;
        for (let i = span.start; i < span.end; i++) min = Math.min(min, margins[i]!);
        return { start: span.start, end: span.end, type: span.type, confidence: 1 / (1 + Math.exp(-min / MARGIN_SCALE)) };
      });
    });
  }

  /** Spans in character offsets for sentences of offset tokens. */
  tagTokens(sentences: readonly (readonly OffsetToken[])[]): TaggedSpan[] {
    const builder = new OffsetPieceDocBuilder();
    for (const tokens of sentences) {
      builder.startSentence();
      for (const t of tokens) builder.addToken(t.text, t.start);
    }
    return this.tagOffsetPieces(builder.doc);
  }

  /** Spans in character offsets for sentences of offset pieces. */
  tagOffsetPieces(doc: OffsetPieceDoc): TaggedSpan[] {
    return this.toOffsets(doc, this.tagPieces(doc.words));
  }

  /**
   * Spans in character offsets for the tokens of a text (`sentence`: the
   * index of the token's sentence; tokens in text order), as `tagOffsetPieces`
   * over `normalize`d token texts split into pieces. A token that is its own
   * single piece is looked up from the text in place (no string made for a
   * word met before); `normalize` runs on tokens holding a character it may
   * change (`mayNormalize`) only when `normalizes` is true.
   */
  tagTextTokens(
    text: string,
    tokens: readonly { start: number; end: number; sentence: number }[],
    normalize: (token: string) => string,
    mayNormalize: (code: number) => boolean,
    normalizes: boolean,
  ): TaggedSpan[] {
    this.staged.beginDocument();
    const pieces = new OffsetPieceDocBuilder();
    const entries: WordEntry[][] = [];
    let sentenceEntries: WordEntry[] = [];
    let sentence = -1;
    // Indexed loops: the tokens layer is a frozen array, which for-of walks with an allocated iterator.
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.sentence !== sentence) {
        sentence = t.sentence;
        pieces.startSentence();
        entries.push((sentenceEntries = []));
      }
      if (isWholePiece(text, t.start, t.end, normalizes ? mayNormalize : undefined)) {
        const e = this.staged.entryAt(text, t.start, t.end);
        pieces.addPiece(e.word, t.start);
        sentenceEntries.push(e);
        continue;
      }
      const token = text.slice(t.start, t.end);
      const before = sentenceEntries.length;
      pieces.addToken(normalizes ? normalize(token) : token, t.start);
      const words = pieces.doc.words[pieces.doc.words.length - 1]!;
      for (let i = before; i < words.length; i++) sentenceEntries.push(this.staged.entryOf(words[i]!));
    }
    return this.toOffsets(pieces.doc, this.tagPrepared(this.staged.prepareEntries(pieces.doc.words, entries)));
  }

  private toOffsets(doc: OffsetPieceDoc, tagged: ScoredSpan[][]): TaggedSpan[] {
    const out: TaggedSpan[] = [];
    tagged.forEach((spans, s) => {
      for (const span of spans) {
        out.push({ start: doc.starts[s]![span.start]!, end: doc.ends[s]![span.end - 1]!, type: span.type, confidence: span.confidence });
      }
    });
    return out;
  }
}

/**
 * Whether text[start, end) is one piece as it stands: `maySplit`
 * (subtokens.ts) says no (under three code units, or no hyphen) and no
 * character may be normalised.
 */
function isWholePiece(text: string, start: number, end: number, mayNormalize: ((code: number) => boolean) | undefined): boolean {
  const long = end - start >= 3;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if ((c === HYPHEN && long) || (mayNormalize !== undefined && mayNormalize(c))) return false;
  }
  return true;
}

const HYPHEN = 45;
