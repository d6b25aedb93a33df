/**
 * Tense of the clause around a time expression, from the nearest tense
 * marker in its sentence: future markers ("will", "plans to") point
 * forward, past-tense verbs back. News narrates the past, so past is the default.
 */
import type { Tense } from './types.js';

const FUTURE = /\b(?:will|shall|won't|going\sto|(?:is|are)\s(?:due\s)?to|plans?\sto|planned\sto|scheduled|expected|due\sto|intends?\sto|would|next|upcoming|to\sbe\sheld|set\sto)\b|'ll\b/gi;
const PAST = /\b(?:said|says|was|were|had|did|met|told|went|came|took|made|gave|began|left|held|won|lost|fell|rose|saw|got|found|brought|sent|spoke|hit|led|fled|struck|shot|wrote|became|ago|last|earlier|yesterday|[a-z]{3,}ed)\b/gi;

export interface Marker { at: number; tense: Tense }

/** Tense markers of a sentence, with absolute offsets. */
export function markers(sentence: string, offset: number): Marker[] {
  const found: Marker[] = [];
  for (const m of sentence.matchAll(FUTURE)) {
    // "had been due to", "was scheduled to": a plan told in the past.
    if (/\b(?:had\sbeen|has\sbeen|was|were)\s$/i.test(sentence.slice(Math.max(0, m.index - 9), m.index))) continue;
    found.push({ at: offset + m.index, tense: 'future' });
  }
  for (const m of sentence.matchAll(PAST)) {
    // "scheduled"/"expected to" are future cues even though they end in -ed.
    if (/^(?:scheduled|expected)$/i.test(m[0])) continue;
    found.push({ at: offset + m.index, tense: 'past' });
  }
  return found;
}

/** Tense at [start, end) given the markers of its sentence. */
export function clauseTense(sentenceMarkers: readonly Marker[], start: number, end: number): Tense {
  let best: Marker | undefined;
  let bestDistance = Infinity;
  for (const marker of sentenceMarkers) {
    if (marker.at >= start && marker.at < end) continue; // words inside the expression itself
    const distance = marker.at < start ? start - marker.at : marker.at - end;
    // Ties and near-ties go to the future marker: "will" governs the verb it precedes.
    const weighted = marker.tense === 'future' ? distance * 0.8 : distance;
    if (weighted < bestDistance) {
      best = marker;
      bestDistance = weighted;
    }
  }
  return best?.tense ?? 'past';
}
