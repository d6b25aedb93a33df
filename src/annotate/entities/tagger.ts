/**
 * Run-time entity tagger: pieces → re-cased title-case headlines → stages of
 * Viterbi BILOU decoding (runtime.ts, decode.ts) → typed spans with a confidence from
 * the decision margins.
 */
import type { PieceDoc } from './features.js';
import { Gazetteer } from './gazetteer.js';
import type { NerModelData } from './model-file.js';
import { OffsetPieceDocBuilder, type OffsetPieceDoc, type OffsetToken } from './pieces.js';
import { StagedModel } from './runtime.js';
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
    // Each word's entry is looked up once: headline re-casing reads the sentence cases made from them.
    const prepared = this.staged.prepare(doc);
    const recased = truecaseHeadlines(doc, this.lowercaseWords, (w) => this.gazetteer.has(w), undefined, prepared.cases);
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
    const tagged = this.tagPieces(doc.words);
    const out: TaggedSpan[] = [];
    tagged.forEach((spans, s) => {
      for (const span of spans) {
        out.push({ start: doc.starts[s]![span.start]!, end: doc.ends[s]![span.end - 1]!, type: span.type, confidence: span.confidence });
      }
    });
    return out;
  }
}
