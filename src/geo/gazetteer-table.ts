/**
 * The loaded gazetteer file as columns: typed arrays of numbers and offsets
 * into the file's text, plus the key index (key-index.ts). Loading creates
 * no per-row objects or strings, so it is one pass and leaves almost nothing
 * for the garbage collector; a row becomes a GazPlace object the first time
 * it is asked for, and that object is kept.
 */
import { featureClassOf } from './gazetteer-file.js';
import type { GazPlace } from './gazetteer.js';
import { KeyIndex } from './key-index.js';

const TAB = 9;
const BAR = 124;
const HASH_MARK = 35;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export class GazetteerTable {
  readonly size: number;
  readonly keys: KeyIndex;
  /** Rows of key id k: keyRows[keyRowStart[k]] up to keyRows[keyRowStart[k + 1]], in file order. */
  readonly keyRowStart: Int32Array;
  readonly keyRows: Int32Array;
  /** Rows whose feature code is ADM1 / PCLI. */
  readonly admin1Rows: number[] = [];
  readonly countryRows: number[] = [];

  private readonly id: Float64Array;
  private readonly lat: Float64Array;
  private readonly lon: Float64Array;
  private readonly population: Float64Array;
  /** Offsets into the text of the name, country, admin1 and fcode fields (each ends at the next tab). */
  private readonly nameAt: Int32Array;
  private readonly countryAt: Int32Array;
  private readonly admin1At: Int32Array;
  private readonly fcodeAt: Int32Array;
  private readonly places: (GazPlace | undefined)[];
  private readonly featureClasses = new Map<string, string>();

  constructor(private readonly text: string) {
    const capacity = countLines(text);
    this.id = new Float64Array(capacity);
    this.lat = new Float64Array(capacity);
    this.lon = new Float64Array(capacity);
    this.population = new Float64Array(capacity);
    this.nameAt = new Int32Array(capacity);
    this.countryAt = new Int32Array(capacity);
    this.admin1At = new Int32Array(capacity);
    this.fcodeAt = new Int32Array(capacity);
    this.keys = new KeyIndex(text, capacity);
    const pairs = new PairList(capacity);
    this.size = this.readRows(pairs);
    this.places = emptySlots<GazPlace>(this.size);
    ({ rowStart: this.keyRowStart, rows: this.keyRows } = pairs.groupByKey(this.keys.size));
  }

  /** The place on row i, built on first use. */
  place(i: number): GazPlace {
    return (this.places[i] ??= this.buildPlace(i));
  }

  private buildPlace(i: number): GazPlace {
    const fcode = this.field(this.fcodeAt[i]!);
    let featureClass = this.featureClasses.get(fcode);
    if (featureClass === undefined) this.featureClasses.set(fcode, (featureClass = featureClassOf(fcode)));
    return {
      index: i,
      id: this.id[i]!,
      name: this.field(this.nameAt[i]!),
      lat: this.lat[i]!,
      lon: this.lon[i]!,
      country: this.field(this.countryAt[i]!),
      admin1Code: this.field(this.admin1At[i]!),
      featureClass,
      fcode,
      population: this.population[i]!,
    };
  }

  /** The text from offset to the next tab. */
  private field(at: number): string {
    return this.text.slice(at, this.text.indexOf('\t', at));
  }

  /**
   * Line: keys (|) TAB id TAB name TAB lat TAB lon TAB country TAB admin1 TAB fcode TAB population.
   * Returns the row count.
   */
  private readRows(pairs: PairList): number {
    const { text } = this;
    let row = 0;
    for (let pos = 0; pos < text.length; ) {
      let eol = text.indexOf('\n', pos);
      if (eol < 0) eol = text.length;
      if (eol > pos && text.charCodeAt(pos) !== HASH_MARK) {
        const afterKeys = this.readKeys(pos, eol, row, pairs);
        this.readFields(afterKeys, eol, row);
        row++;
      }
      pos = eol + 1;
    }
    return row;
  }

  /** Interns each "|"-separated key before the first tab, hashing as it scans; returns the offset after the tab. */
  private readKeys(pos: number, eol: number, row: number, pairs: PairList): number {
    const { text } = this;
    let start = pos;
    let hash = FNV_OFFSET;
    for (let i = pos; i < eol; i++) {
      const c = text.charCodeAt(i);
      if (c !== BAR && c !== TAB) {
        hash = Math.imul(hash ^ c, FNV_PRIME);
        continue;
      }
      if (i > start) pairs.push(this.keys.intern(start, i, hash >>> 0), row);
      if (c === TAB) return i + 1;
      start = i + 1;
      hash = FNV_OFFSET;
    }
    throw new Error(`gazetteer: row ${row + 1} has no fields after its keys`);
  }

  private readFields(at: number, eol: number, row: number): void {
    const { text } = this;
    const next = (from: number) => {
      const tab = text.indexOf('\t', from);
      if (tab < 0 || tab > eol) throw new Error(`gazetteer: row ${row + 1} has too few fields`);
      return tab;
    };
    const idEnd = next(at);
    this.id[row] = parseDecimal(text, at, idEnd);
    this.nameAt[row] = idEnd + 1;
    const nameEnd = next(idEnd + 1);
    const latEnd = next(nameEnd + 1);
    this.lat[row] = parseDecimal(text, nameEnd + 1, latEnd);
    const lonEnd = next(latEnd + 1);
    this.lon[row] = parseDecimal(text, latEnd + 1, lonEnd);
    this.countryAt[row] = lonEnd + 1;
    const countryEnd = next(lonEnd + 1);
    this.admin1At[row] = countryEnd + 1;
    const admin1End = next(countryEnd + 1);
    this.fcodeAt[row] = admin1End + 1;
    const fcodeEnd = next(admin1End + 1);
    this.population[row] = parseDecimal(text, fcodeEnd + 1, eol);
    if (fcodeEnd - admin1End === 5) {
      if (text.startsWith('ADM1', admin1End + 1)) this.admin1Rows.push(row);
      else if (text.startsWith('PCLI', admin1End + 1)) this.countryRows.push(row);
    }
  }
}

/**
 * An array of n undefined slots with fast elements. (new Array(n) for large n
 * gives a dictionary-mode array, where every read is a hash lookup.)
 */
export function emptySlots<T>(n: number): (T | undefined)[] {
  const slots: (T | undefined)[] = [];
  for (let i = 0; i < n; i++) slots.push(undefined);
  return slots;
}

/** Upper bound on the rows: the number of lines. */
function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * A plain decimal ("-31.8783", "2060993"); empty is 0; anything else goes
 * through Number(). Exact: integer digits below 2^53 divided once by a power
 * of ten is the correctly rounded value, as Number() gives.
 */
export function parseDecimal(text: string, from: number, to: number): number {
  let i = from;
  const negative = text.charCodeAt(i) === 45;
  if (negative) i++;
  let digits = 0;
  let scale = 1;
  let seenPoint = false;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits = digits * 10 + (c - 48);
      if (seenPoint) scale *= 10;
    } else if (c === 46 && !seenPoint) seenPoint = true;
    else return Number(text.slice(from, to));
  }
  if (digits > Number.MAX_SAFE_INTEGER || scale > 1e22) return Number(text.slice(from, to));
  const value = digits / scale;
  return negative ? -value : value;
}

/** (key id, row) pairs, grouped by key at the end with a counting sort that keeps rows in file order. */
class PairList {
  private keys: Int32Array;
  private rows: Int32Array;
  private length = 0;

  constructor(capacity: number) {
    this.keys = new Int32Array(capacity);
    this.rows = new Int32Array(capacity);
  }

  push(key: number, row: number): void {
    if (this.length === this.keys.length) {
      this.keys = grow(this.keys);
      this.rows = grow(this.rows);
    }
    this.keys[this.length] = key;
    this.rows[this.length++] = row;
  }

  groupByKey(keyCount: number): { rowStart: Int32Array; rows: Int32Array } {
    const rowStart = new Int32Array(keyCount + 1);
    for (let i = 0; i < this.length; i++) rowStart[this.keys[i]! + 1]!++;
    for (let k = 0; k < keyCount; k++) rowStart[k + 1]! += rowStart[k]!;
    const fill = rowStart.slice(0, keyCount);
    const rows = new Int32Array(this.length);
    for (let i = 0; i < this.length; i++) rows[fill[this.keys[i]!]!++] = this.rows[i]!;
    return { rowStart, rows };
  }
}

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
