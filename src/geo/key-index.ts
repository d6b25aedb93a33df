/**
 * A hash index of lookup keys stored as spans of one string (the gazetteer
 * file's text), so loading creates no per-key strings for the garbage
 * collector to copy: the table is typed arrays only. Open addressing with
 * linear probing over FNV-1a hashes of the UTF-16 code units.
 */

const EMPTY = 0;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a of text[start, end). */
export function hashSpan(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

export class KeyIndex {
  /** Key id + 1 per slot; 0 is empty. */
  private slots: Int32Array;
  private mask: number;
  private starts: Int32Array;
  private ends: Int32Array;
  private hashes: Uint32Array;
  private count = 0;

  constructor(
    private readonly text: string,
    expectedKeys = 1 << 16,
  ) {
    let capacity = 1 << 4;
    while (capacity < expectedKeys * 2) capacity <<= 1;
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.starts = new Int32Array(expectedKeys);
    this.ends = new Int32Array(expectedKeys);
    this.hashes = new Uint32Array(expectedKeys);
  }

  get size(): number {
    return this.count;
  }

  /** The id of text[start, end) (whose hash is given), adding it when new. Ids count up from 0. */
  intern(start: number, end: number, hash: number): number {
    const { text } = this;
    const length = end - start;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot]!;
      if (entry === EMPTY) return this.add(slot, start, end, hash);
      const id = entry - 1;
      if (this.hashes[id] !== hash || this.ends[id]! - this.starts[id]! !== length) continue;
      const other = this.starts[id]!;
      let i = 0;
      while (i < length && text.charCodeAt(start + i) === text.charCodeAt(other + i)) i++;
      if (i === length) return id;
    }
  }

  /** The id of a key, or -1. */
  find(key: string): number {
    const hash = hashSpan(key, 0, key.length);
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot]!;
      if (entry === EMPTY) return -1;
      const id = entry - 1;
      if (this.hashes[id] === hash && this.ends[id]! - this.starts[id]! === key.length && this.text.startsWith(key, this.starts[id]!)) return id;
    }
  }

  private add(slot: number, start: number, end: number, hash: number): number {
    const id = this.count++;
    if (id === this.starts.length) {
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
      this.hashes = grow(this.hashes);
    }
    this.starts[id] = start;
    this.ends[id] = end;
    this.hashes[id] = hash;
    this.slots[slot] = id + 1;
    // Keep the table at most half full so probes stay short.
    if (this.count * 2 > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.count; id++) {
      let slot = this.hashes[id]! & mask;
      while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

function grow<T extends Int32Array | Uint32Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}
