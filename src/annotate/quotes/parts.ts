/**
 * The content parts of a quote. Most quotes are the one span start–end; an
 * interrupted quote (`"A," he said, "B."`, source `quotes/direct-interrupted`)
 * spans from its first part's start to its last part's end, attribution
 * included, and its `text` is the parts joined by a space.
 *
 * The component records the parts in the quote's `parts` field; for a
 * record without it (stored before the field existed), `quoteParts` finds
 * them again from the quotation marks inside the span.
 */
import type { Doc } from '../../model/doc.js';
import type { Quote, Span } from '../../model/layers.js';
import { findQuotePieces, paragraphSpans } from './marks.js';

export const INTERRUPTED_SOURCE = 'quotes/direct-interrupted';
/** What joins the parts in `text`. */
const PART_SEPARATOR = ' ';

/** The content text of a quote made of parts. */
export function partsText(text: string, parts: readonly Span[]): string {
  return parts.map((p) => text.slice(p.start, p.end)).join(PART_SEPARATOR);
}

/** The paragraph holding an offset (paragraphs as the component saw them). */
function paragraphAt(doc: Doc, offset: number): Span | undefined {
  return paragraphSpans(doc.text, doc.meta.paragraphs).find((p) => p.start <= offset && offset < p.end);
}

/** The content spans of a quote, in order: the quotation pieces inside an interrupted quote, else the quote itself. */
export function quoteParts(doc: Doc, quote: Quote): Span[] {
  if (quote.parts && quote.parts.length > 0) return quote.parts.map((p) => ({ start: p.start, end: p.end }));
  const whole = [{ start: quote.start, end: quote.end }];
  if (quote.source !== INTERRUPTED_SOURCE) return whole;
  const paragraph = paragraphAt(doc, quote.start);
  if (!paragraph) return whole;
  const parts = findQuotePieces(doc.text, [paragraph])
    .filter((p) => p.start >= quote.start && p.end <= quote.end)
    .map((p) => ({ start: p.start, end: p.end }));
  // The pieces must rebuild the text, or the record did not come from this component.
  return parts.length > 1 && partsText(doc.text, parts) === quote.text ? parts : whole;
}
