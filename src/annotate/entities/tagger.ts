/**
 * Run-time entity tagger: pieces → re-cased title-case headlines → stages of
 * Viterbi BILOU decoding (runtime.ts, decode.ts) → typed spans with a confidence from
 * the decision margins.
 */
import type { PieceDoc } from './features.js';
import { Gazetteer } from './gazetteer.js';
import type { NerModelData } from './model-file.js';
import { toPieces, type OffsetToken } from './pieces.js';
import { StagedModel } from './runtime.js';
import { truecaseHeadlines } from './truecase.js';
import { TAGS, decodeBilou } from './tags.js';
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
    return this.staged.run(truecaseHeadlines(doc, this.lowercaseWords, (w) => this.gazetteer.has(w), (w) => this.staged.caseFlags(w)), this.gazetteer).map(({ tags, margins }) => {
      // Most sentences hold no name: no spans to read.
      if (tags.every((t) => t === 0)) return [];
      return decodeBilou(tags.map((t) => TAGS[t]!)).map((span) => {
        let min = Infinity;
        for (let i = span.start; i < span.end; i++) min = Math.min(min, margins[i]!);
        return { ...span, confidence: 1 / (1 + Math.exp(-min / MARGIN_SCALE)) };
      });
    });
  }

  /** Spans in character offsets for sentences of offset tokens. */
  tagTokens(sentences: readonly (readonly OffsetToken[])[]): TaggedSpan[] {
    const pieceSentences = sentences.map((tokens) => toPieces(tokens));
    const tagged = this.tagPieces(pieceSentences.map((ps) => ps.map((p) => p.text)));
    const out: TaggedSpan[] = [];
    tagged.forEach((spans, s) => {
      const pieces = pieceSentences[s]!;
      for (const span of spans) {
        out.push({ start: pieces[span.start]!.start, end: pieces[span.end - 1]!.end, type: span.type, confidence: span.confidence });
      }
    });
    return out;
  }
}
