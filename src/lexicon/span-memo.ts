/**
 * A pure string → value function remembered per input, asked about a span of
 * a text in place: the span is hashed from the text and compared code unit by
 * code unit with the remembered spellings, so a spelling met before (most
 * words of an article) needs no slice and no Map hashing of a new string.
 * Only a spelling not seen yet is sliced and handed to the function.
 * Bounded like memoize: the table starts again once half full.
 */
import { hashSpan } from '../util/fnv.js';
import { sameChars } from '../util/same-chars.js';

export class SpanMemo<T> {
  private readonly mask: number;
  private readonly limit: number;
  /** Filled by push: `new Array(n)` this large would get slow dictionary elements in V8. */
  private readonly keys: (string | undefined)[] = [];
  private readonly values: (T | undefined)[] = [];
  private readonly hashes: Int32Array;
  private count = 0;

  constructor(
    private readonly fn: (s: string) => T,
    bits = 14,
  ) {
    const size = 1 << bits;
    this.mask = size - 1;
    // Half full at most, so probes stay short.
    this.limit = size >> 1;
    this.hashes = new Int32Array(size);
    for (let i = 0; i < size; i++) {
      this.keys.push(undefined);
      this.values.push(undefined);
    }
  }

  /** fn(text.slice(start, end)), remembered. */
  get(text: string, start: number, end: number): T {
    const h = hashSpan(text, start, end) | 0;
    const length = end - start;
    let slot = h & this.mask;
    for (let key = this.keys[slot]; key !== undefined; key = this.keys[slot]) {
      if (this.hashes[slot] === h && key.length === length && sameChars(text, start, key)) return this.values[slot] as T;
      slot = (slot + 1) & this.mask;
    }
    const key = text.slice(start, end);
    const value = this.fn(key);
    if (this.count >= this.limit) {
      this.keys.fill(undefined);
      this.values.fill(undefined);
      this.count = 0;
      slot = h & this.mask;
    }
    this.keys[slot] = key;
    this.values[slot] = value;
    this.hashes[slot] = h;
    this.count++;
    return value;
  }
}

