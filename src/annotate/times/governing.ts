/**
 * The time expression that dates an event or a quote: the nearest DATE/TIME
 * with a calendar value in the same sentence, else the publication date.
 * Quotes and events call this so they date things the same way.
 */
import type { Doc } from '../../model/doc.js';
import type { Span, Time } from '../../model/layers.js';
import { firstStartingFrom } from '../../model/span-search.js';
import { rememberedInterval } from './interval.js';

/** Every field present (from and to undefined when unknown): one shape for the callers' code. */
export interface GoverningTime {
  value: string;
  from: string | undefined;
  to: string | undefined;
  source: 'text' | 'published';
}

/** Only expressions that name a calendar time can date an event ("now" or "for three years" cannot). */
function isCalendarTime(t: Time): boolean {
  return (t.type === 'DATE' || t.type === 'TIME') && /^\d{4}/.test(t.value);
}

/** The sentence holding an offset (sentences sorted, non-overlapping), or undefined between sentences. */
export function sentenceAt(sentences: readonly Span[], offset: number): Span | undefined {
  const s = sentences[firstStartingFrom(sentences, offset + 1) - 1];
  return s && offset >= s.start && offset < s.end ? s : undefined;
}

function distance(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

export function governingTime(doc: Doc, span: Span): GoverningTime {
  // Binary searches keep dating every quote and event of a long document linear overall.
  const sentence = sentenceAt(doc.get('sentences'), span.start) ?? span;
  let best: Time | undefined;
  const times = doc.get('times');
  for (let i = firstStartingFrom(times, sentence.start); i < times.length && times[i]!.start < sentence.end; i++) {
    const t = times[i]!;
    if (t.end > sentence.end || !isCalendarTime(t)) continue;
    if (!best || distance(t, span) < distance(best, span)) best = t;
  }
  if (best) {
    return { value: best.value, from: best.from || undefined, to: best.to || undefined, source: 'text' };
  }
  const published = doc.meta.published?.slice(0, 10);
  if (!published || !rememberedInterval(published)) return { value: 'PRESENT_REF', from: undefined, to: undefined, source: 'published' };
  return { value: published, from: published, to: published, source: 'published' };
}
