/**
 * conlleval-style scoring: entity-level exact match of (start, end, type),
 * micro-averaged, with per-type precision/recall/F1. Predictions are made
 * through the run-time path (offset tokens → pieces → spans), so the score
 * includes the piece splitting.
 */
import { spansFromTypes, type LabelledDoc } from './conll.js';
import type { OffsetToken } from './pieces.js';
import type { NerTagger } from './tagger.js';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  byType: Record<string, Counts>;
  all: Counts;
}

export const prf = (c: Counts) => {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

/** The exact-match key of a span in character offsets: "start:end:type". */
export const spanKey = (s: { start: number; end: number; type: string }) => `${s.start}:${s.end}:${s.type}`;

/** A CoNLL doc as offset tokens of a synthetic text (words joined by spaces). */
export function docAsTokens(doc: LabelledDoc): { sentences: OffsetToken[][]; gold: string[] } {
  let offset = 0;
  const gold: string[] = [];
  const sentences = doc.map((sent) => {
    const tokens = sent.words.map((w) => {
      const t = { text: w, start: offset };
      offset += w.length + 1;
      return t;
    });
    for (const s of spansFromTypes(sent.types, sent.begins)) {
      gold.push(spanKey({ start: tokens[s.start]!.start, end: tokens[s.end - 1]!.start + sent.words[s.end - 1]!.length, type: s.type }));
    }
    return tokens;
  });
  return { sentences, gold };
}

export function evaluate(tagger: NerTagger, docs: readonly LabelledDoc[]): Scores {
  const byType: Record<string, Counts> = {};
  const all: Counts = { tp: 0, fp: 0, fn: 0 };
  const bump = (type: string, key: keyof Counts) => {
    byType[type] ??= { tp: 0, fp: 0, fn: 0 };
    byType[type][key]++;
    all[key]++;
  };
  for (const doc of docs) {
    const { sentences, gold } = docAsTokens(doc);
    const predicted = new Set(tagger.tagTokens(sentences).map(spanKey));
    const goldSet = new Set(gold);
    for (const g of goldSet) bump(g.split(':')[2]!, predicted.has(g) ? 'tp' : 'fn');
    for (const p of predicted) if (!goldSet.has(p)) bump(p.split(':')[2]!, 'fp');
  }
  return { byType, all };
}

export function formatScores(scores: Scores): string {
  const row = (name: string, c: Counts) => {
    const { p, r, f1 } = prf(c);
    return `${name.padEnd(6)} P ${(100 * p).toFixed(2).padStart(6)}  R ${(100 * r).toFixed(2).padStart(6)}  F1 ${(100 * f1).toFixed(2).padStart(6)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
  };
  const types = Object.keys(scores.byType).sort();
  return [...types.map((t) => row(t, scores.byType[t]!)), row('ALL', scores.all)].join('\n');
}
