/**
 * A bounded memory from strings to short sequences of integers, looked up
 * by a span of a text and its hash, without cutting the span out of the
 * text.
 *
 * wink-chunk-tokenizer.ts looks up every chunk of every document (~800 per
 * article). Cutting each out (String.split) and finding it in a Map, or
 * in a table of keys and arrays, reads some seven scattered places in
 * memory per chunk (slot, hash, key, key characters, value, its elements),
 * each a likely cache miss: ~190 ns a chunk. Here a slot holds the hash
 * and the entry's place in one Int32Array arena, where the key's
 * characters and the value lie together: two or three misses. The caller
 * hashes the span while it scans it (hashSpan's FNV-1a). When full, the
 * memory empties and starts again.
 */

export class ChunkMemory {
  /** Two numbers per slot: the key's hash and the entry's offset in `arena` + 1 (0: empty slot). */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private count = 0;
  private used = 0;
  /**
   * The entries: key length, the key's UTF-16 code units, value length,
   * the value's numbers. Read values from here at the offset `find` gives.
   */
  arena: Int32Array;

  /** At most `capacity` keys and `arenaLimit` numbers in the arena. */
  constructor(
    private readonly capacity: number,
    private readonly arenaLimit = capacity * 32,
  ) {
    let size = 1;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    this.arena = new Int32Array(Math.min(arenaLimit, 1 << 16));
  }

  get size(): number {
    return this.count;
  }

  /**
   * Where the value stored for text[start, end) (whose hashSpan is `hash`)
   * begins in `arena`: its length there, then its numbers; -1 if absent.
   */
  find(text: string, start: number, end: number, hash: number): number {
    const length = end - start;
    const slots = this.slots;
    const arena = this.arena;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = slots[2 * slot + 1]! - 1;
      if (entry < 0) return -1;
      if (slots[2 * slot] === (hash | 0) && arena[entry] === length) {
        const keyStart = entry + 1 - start;
        let k = start;
        while (k < end && arena[keyStart + k] === text.charCodeAt(k)) k++;
        if (k === end) return entry + 1 + length;
      }
    }
  }

  /**
   * Stores `value` (integers) for `key` (not already stored), whose
   * hashSpan is `hash`; empties the memory first when it is full, and
   * stores nothing for an entry larger than the whole arena.
   */
  add(key: string, hash: number, value: ArrayLike<number>): void {
    const need = 2 + key.length + value.length;
    if (need > this.arenaLimit) return;
    if (this.count >= this.capacity || this.used + need > this.arenaLimit) this.clear();
    if (this.used + need > this.arena.length) {
      const grown = new Int32Array(Math.min(this.arenaLimit, Math.max(this.arena.length * 2, this.used + need)));
      grown.set(this.arena.subarray(0, this.used));
      this.arena = grown;
    }
    const entry = this.used;
    const arena = this.arena;
    arena[entry] = key.length;
    for (let k = 0; k < key.length; k++) arena[entry + 1 + k] = key.charCodeAt(k);
    arena[entry + 1 + key.length] = value.length;
    arena.set(value, entry + 2 + key.length);
    this.used += need;
    let slot = hash & this.mask;
    while (this.slots[2 * slot + 1] !== 0) slot = (slot + 1) & this.mask;
    this.slots[2 * slot] = hash | 0;
    this.slots[2 * slot + 1] = entry + 1;
    this.count++;
  }

  clear(): void {
    this.slots.fill(0);
    this.count = 0;
    this.used = 0;
  }
}
