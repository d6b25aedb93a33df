/**
 * Pipeline component: time expressions (TIMEX3), anchored at the
 * publication date. Order: propose (rules) → resolve (overlaps, modifiers,
 * anaphora, intervals). See docs/times.md.
 */
import type { Doc } from '../../model/doc.js';
import type { Time } from '../../model/layers.js';
import type { Component } from '../../pipeline/component.js';
import { parseIsoDate } from './calendar.js';
import { sentenceAt } from './governing.js';
import { proposeTimes } from './propose.js';
import { resolveTimes } from './resolve.js';
import { clauseTense, markers, type Marker } from './tense.js';
import type { RuleContext, Tense } from './types.js';

export function findTimes(doc: Doc): Time[] {
  const sentences = doc.get('sentences');
  const text = doc.text;
  // Several expressions often share a sentence: find its tense markers once.
  const markerCache = new Map<number, Marker[]>();
  const ctx: RuleContext = {
    text,
    anchor: parseIsoDate(doc.meta.published),
    tense(start: number, end: number): Tense {
      const s = sentenceAt(sentences, start) ?? { start: Math.max(0, start - 150), end: Math.min(text.length, end + 150) };
      let found = markerCache.get(s.start);
      if (!found) {
        found = markers(text.slice(s.start, s.end), s.start);
        markerCache.set(s.start, found);
      }
      return clauseTense(found, start, end);
    },
  };
  return resolveTimes(text, proposeTimes(ctx));
}

export const timesComponent: Component = {
  name: 'times',
  requires: ['sentences', 'tokens'],
  assigns: ['times'],
  run(doc) {
    doc.set('times', findTimes(doc));
  },
};
