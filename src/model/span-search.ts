/**
 * Binary searches over spans sorted by offset (every Doc layer is kept sorted),
 * shared by the components that look up the sentence, token or time at an offset.
 */
import type { Span } from './layers.js';

/** Index of the first span starting at or after `offset`. */
export function firstStartingFrom(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first span ending after `offset` (spans non-overlapping). */
export function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The items of `sorted` (sorted by start) that lie wholly inside [start, end): the layer items of one sentence, without a scan of the whole layer. */
export function itemsWithin<T extends Span>(sorted: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = firstStartingFrom(sorted, start); i < sorted.length && sorted[i]!.start < end; i++) {
    if (sorted[i]!.end <= end) out.push(sorted[i]!);
  }
  return out;
}
