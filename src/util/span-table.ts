/**
 * Entries by spelling, found from a range of a document's text without
 * slicing it out (the entity tagger's word entries, remembered answers of
 * lexicon look-ups: lexicon/span-memo.ts): a Map keyed by strings needs a new
 * string per token (an allocation, then V8 hashing it and comparing it with
 * the stored key); here the range is hashed and compared code unit by code
 * unit in place, and a string is made only for a word met for the first time.
 *
 * Open addressing with linear probing over a power-of-two table, each slot
 * keeping its key's hash so probes compare strings only on a hash match.
 */
import { hashSpan } from './fnv.js';

export interface Keyed {
  readonly word: string;
}

const EMPTY = 0;

/** FNV-1a over the code units of text[start, end) (`hashSpan`) as an int32, never 0 (0 marks an empty slot). */
export function hashRange(text: string, start: number, end: number): number {
  const h = hashSpan(text, start, end) | 0;
  return h === EMPTY ? 1 : h;
}

/** Whether text[start, end) is spelled `word`, compared code unit by code unit (cheaper than slicing, or a startsWith call, for short words). */
export function sameRange(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

export class EntryTable<E extends Keyed> {
  private hashes: Int32Array;
  private slots: (E | undefined)[];
  private count = 0;

  /** `capacity`: initial slots, a power of two (the table doubles when half full). */
  constructor(capacity = 1 << 12) {
    this.hashes = new Int32Array(capacity);
    this.slots = new Array<E | undefined>(capacity).fill(undefined);
  }

  get size(): number {
    return this.count;
  }

  /** The entry spelled text[start, end), if any. */
  getRange(text: string, start: number, end: number): E | undefined {
    const h = hashRange(text, start, end);
    const mask = this.hashes.length - 1;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const stored = this.hashes[at]!;
      if (stored === EMPTY) return undefined;
      if (stored === h) {
        const e = this.slots[at]!;
        if (sameRange(e.word, text, start, end)) return e;
      }
    }
  }

  get(word: string): E | undefined {
    return this.getRange(word, 0, word.length);
  }

  /** Adds an entry whose word is not in the table yet. */
  add(e: E): void {
    if (2 * (this.count + 1) > this.hashes.length) this.grow();
    this.place(hashRange(e.word, 0, e.word.length), e);
    this.count++;
  }

  clear(): void {
    this.hashes.fill(EMPTY);
    this.slots.fill(undefined);
    this.count = 0;
  }

  private place(h: number, e: E): void {
    const mask = this.hashes.length - 1;
    let at = h & mask;
    while (this.hashes[at] !== EMPTY) at = (at + 1) & mask;
    this.hashes[at] = h;
    this.slots[at] = e;
  }

  private grow(): void {
    const oldHashes = this.hashes;
    const oldSlots = this.slots;
    this.hashes = new Int32Array(2 * oldHashes.length);
    this.slots = new Array<E | undefined>(2 * oldSlots.length).fill(undefined);
    for (let k = 0; k < oldHashes.length; k++) if (oldHashes[k] !== EMPTY) this.place(oldHashes[k]!, oldSlots[k]!);
  }
}
