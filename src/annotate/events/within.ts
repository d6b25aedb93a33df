/**
 * Layer items inside a span, found by binary search: every Doc layer is kept
 * sorted by offset, and the events component asks once per sentence, so a
 * linear filter over the whole document per sentence would be quadratic.
 */
import type { Span } from '../../model/layers.js';
import { firstStartingFrom } from '../../model/span-search.js';

/** The items of `sorted` (sorted by start) that lie wholly inside [start, end). */
export function itemsWithin<T extends Span>(sorted: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = firstStartingFrom(sorted, start); i < sorted.length && sorted[i]!.start < end; i++) {
    if (sorted[i]!.end <= end) out.push(sorted[i]!);
  }
  return out;
}
