/**
 * Feature ids keyed by short affixes (the prefix and suffix templates, at
 * most four UTF-16 code units), looked up from a range of a word in place.
 * A key is its length and its code units packed into two int32s, stored in
 * the slot itself with the ids: a look-up reads one slot of one Int32Array.
 * Only new words are looked up, so from cold memory: a string-keyed table
 * costs a miss on its hash array, on the record, on the key string to
 * compare and on the record's ids; here, one.
 *
 * Open addressing with linear probing over a power-of-two table, at most
 * half full.
 */

/** Longest affix the table holds (and can be asked for). */
export const MAX_AFFIX = 4;

/** Per slot: length + 1 (0: empty), code units 0-1, code units 2-3, then the ids. */
const HEADER = 3;

export class AffixTable {
  private readonly slots: Int32Array;
  private readonly stride: number;
  private readonly mask: number;

  /** `ids` per affix: `width` feature ids (-1: none) each; affixes longer than MAX_AFFIX are left out (no range asked for matches them). */
  constructor(ids: ReadonlyMap<string, ArrayLike<number>>, width: number) {
    let size = 16;
    while (size < 2 * ids.size) size *= 2;
    this.mask = size - 1;
    this.stride = HEADER + width;
    this.slots = new Int32Array(size * this.stride);
    for (const [affix, row] of ids) {
      if (affix.length > MAX_AFFIX) continue;
      const lo = packed(affix, 0, affix.length, 0);
      const hi = packed(affix, 0, affix.length, 2);
      let at = slotHash(affix.length, lo, hi) & this.mask;
      while (this.slots[at * this.stride] !== 0) at = (at + 1) & this.mask;
      const base = at * this.stride;
      this.slots[base] = affix.length + 1;
      this.slots[base + 1] = lo;
      this.slots[base + 2] = hi;
      for (let c = 0; c < width; c++) this.slots[base + HEADER + c] = row[c]!;
    }
  }

  /** Id in column `column` of the affix s[start, end), or -1 (not in the table, or no id there). */
  get(s: string, start: number, end: number, column: number): number {
    const length = end - start;
    if (length > MAX_AFFIX) return -1;
    const lo = packed(s, start, end, 0);
    const hi = packed(s, start, end, 2);
    const slots = this.slots;
    for (let at = slotHash(length, lo, hi) & this.mask; ; at = (at + 1) & this.mask) {
      const base = at * this.stride;
      const stored = slots[base]!;
      if (stored === 0) return -1;
      if (stored === length + 1 && slots[base + 1] === lo && slots[base + 2] === hi) return slots[base + HEADER + column]!;
    }
  }
}

/** Code units `from` and `from + 1` of s[start, end) in one int32 (0 past the end). */
function packed(s: string, start: number, end: number, from: number): number {
  const a = start + from < end ? s.charCodeAt(start + from) : 0;
  const b = start + from + 1 < end ? s.charCodeAt(start + from + 1) : 0;
  return a | (b << 16);
}

function slotHash(length: number, lo: number, hi: number): number {
  const h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) + length;
  return h ^ (h >>> 15);
}
