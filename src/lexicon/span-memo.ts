/**
 * A pure string → value function remembered per input, asked about a span of
 * a text in place (util/span-table.ts): a spelling met before (most words of
 * an article) needs no slice and no Map hashing of a new string; only a
 * spelling not seen yet is sliced and handed to the function. Bounded like
 * memoize: it starts again once it holds half its slots.
 */
import { EntryTable } from '../util/span-table.js';

interface Remembered<T> {
  readonly word: string;
  readonly value: T;
}

export class SpanMemo<T> {
  private readonly table: EntryTable<Remembered<T>>;
  private readonly limit: number;

  constructor(
    private readonly fn: (s: string) => T,
    bits = 14,
  ) {
    this.table = new EntryTable<Remembered<T>>(1 << bits);
    // Half full at most (the table would double beyond that), so probes stay short.
    this.limit = 1 << (bits - 1);
  }

  /** fn(text.slice(start, end)), remembered. */
  get(text: string, start: number, end: number): T {
    const known = this.table.getRange(text, start, end);
    if (known) return known.value;
    const word = text.slice(start, end);
    const value = this.fn(word);
    if (this.table.size >= this.limit) this.table.clear();
    this.table.add({ word, value });
    return value;
  }
}
