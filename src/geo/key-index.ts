/**
 * A hash index of lookup keys stored as spans of one string (the gazetteer
 * file's text), so loading creates no per-key strings for the garbage
 * collector to copy: the table is typed arrays only. Open addressing with
 * linear probing over FNV-1a hashes of the UTF-16 code units.
 *
 * Laid out for few cache misses, since the index (a few MB) is far larger
 * than the CPU caches and a probe lands somewhere random in it: each slot
 * holds its key's id and full hash side by side, so a miss usually costs
 * one memory read, and a key's start and length sit side by side too; the
 * text is read only when the hashes agree.
 */

import { FNV_OFFSET, FNV_PRIME, hashString } from '../util/fnv.js';

const EMPTY = 0;

export class KeyIndex {
  /** Two entries a slot: key id + 1 (0 is empty), then the key's hash (as int32). */
  private slots: Int32Array;
  /** Slot count - 1 (a power of two minus one). */
  private mask: number;
  /** Two entries a key id: start in the text, then length. */
  private spans: Int32Array;
  private count = 0;

  constructor(
    private readonly text: string,
    expectedKeys = 1 << 16,
  ) {
    let capacity = 1 << 4;
    while (capacity < expectedKeys * 2) capacity <<= 1;
    this.slots = new Int32Array(capacity * 2);
    this.mask = capacity - 1;
    this.spans = new Int32Array(Math.max(1, expectedKeys) * 2);
  }

  get size(): number {
    return this.count;
  }

  /** The id of text[start, end) (whose hash is given), adding it when new. Ids count up from 0. */
  intern(start: number, end: number, hash: number): number {
    const { text, slots, spans } = this;
    const length = end - start;
    const h = hash | 0;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = slots[slot * 2]!;
      if (entry === EMPTY) return this.add(slot, start, end, h);
      if (slots[slot * 2 + 1] !== h) continue;
      const id = entry - 1;
      if (spans[id * 2 + 1] !== length) continue;
      const other = spans[id * 2]!;
      let i = 0;
      while (i < length && text.charCodeAt(start + i) === text.charCodeAt(other + i)) i++;
      if (i === length) return id;
    }
  }

  /** The id of a key, or -1. */
  find(key: string): number {
    const hash = hashString(key);
    const { slots, spans } = this;
    const h = hash | 0;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = slots[slot * 2]!;
      if (entry === EMPTY) return -1;
      if (slots[slot * 2 + 1] !== h) continue;
      const id = entry - 1;
      if (spans[id * 2 + 1] === key.length && this.text.startsWith(key, spans[id * 2]!)) return id;
    }
  }

  /** The id of the key held in codes[start, start + length) as UTF-16 code units, or -1. Allocates nothing. */
  findCodes(codes: Uint16Array, start: number, length: number): number {
    const end = start + length;
    let hash = FNV_OFFSET;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ codes[i]!, FNV_PRIME);
    hash |= 0;
    const { text, slots, spans } = this;
    for (let slot = (hash >>> 0) & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = slots[slot * 2]!;
      if (entry === EMPTY) return -1;
      if (slots[slot * 2 + 1] !== hash) continue;
      const id = entry - 1;
      if (spans[id * 2 + 1] !== length) continue;
      const other = spans[id * 2]! - start;
      let i = start;
      while (i < end && codes[i] === text.charCodeAt(other + i)) i++;
      if (i === end) return id;
    }
  }

  private add(slot: number, start: number, end: number, hash: number): number {
    const id = this.count++;
    if (id * 2 === this.spans.length) this.spans = grow(this.spans);
    this.spans[id * 2] = start;
    this.spans[id * 2 + 1] = end - start;
    this.slots[slot * 2] = id + 1;
    this.slots[slot * 2 + 1] = hash;
    // Keep the table at most half full so probes stay short.
    if (this.count * 4 > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = slots.length / 2 - 1;
    for (let s = 0; s < old.length; s += 2) {
      if (old[s] === EMPTY) continue;
      let slot = old[s + 1]! & mask;
      while (slots[slot * 2] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot * 2] = old[s]!;
      slots[slot * 2 + 1] = old[s + 1]!;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** A copy of the array at twice its length. */
export function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
