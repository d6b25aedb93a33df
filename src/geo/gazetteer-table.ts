/**
 * The loaded gazetteer file as columns: typed arrays of numbers, offsets
 * into the file's text and ids of shared code strings, plus the key index
 * (key-index.ts). Loading creates no per-row objects or strings, so it is
 * one pass and leaves almost nothing for the garbage collector. A row
 * becomes a GazPlace the first time it is asked for: a two-field view
 * (table, row) whose properties read the columns, so building the
 * candidates of a first lookup allocates next to nothing either.
 */
import { featureClassOf } from './gazetteer-file.js';
import type { GazPlace } from './gazetteer.js';
import { FNV_OFFSET, FNV_PRIME } from '../util/fnv.js';
import { grow, KeyIndex } from './key-index.js';

const TAB = 9;
const BAR = 124;
const HASH_MARK = 35;

export class GazetteerTable {
  readonly size: number;
  readonly keys: KeyIndex;
  /** Rows of key id k: keyRows[keyRowStart[k]] up to keyRows[keyRowStart[k + 1]], in file order. */
  readonly keyRowStart: Int32Array;
  readonly keyRows: Int32Array;
  /** Rows whose feature code is ADM1 / PCLI. */
  readonly admin1Rows: number[] = [];
  readonly countryRows: number[] = [];

  /** Columns, read by PlaceRow. */
  readonly id: Float64Array;
  readonly lat: Float64Array;
  readonly lon: Float64Array;
  readonly population: Float64Array;
  /** Ids into `codes` of each row's country, admin1 and feature code (few distinct values, one string each). */
  readonly countryId: Uint16Array;
  readonly admin1Id: Uint16Array;
  readonly fcodeId: Uint16Array;
  readonly codes: string[] = [];
  /** GeoNames feature class of each code id used as a feature code. */
  readonly featureClassOfCode: string[] = [];
  /** Offsets into the text of the name (it ends at the next tab). */
  private readonly nameAt: Int32Array;
  private readonly places: (GazPlace | undefined)[];
  /** Code ids: short ASCII codes keyed by their characters as a number, others by the string. */
  private readonly shortCodeIds = new Map<number, number>();
  private readonly twoCharCodeIds = new Int32Array(128 * 128).fill(-1);
  private readonly longCodeIds = new Map<string, number>();
  private readonly admin1Keys = new Map<number, string>();

  constructor(private readonly text: string) {
    const capacity = countLines(text);
    this.id = new Float64Array(capacity);
    this.lat = new Float64Array(capacity);
    this.lon = new Float64Array(capacity);
    this.population = new Float64Array(capacity);
    this.nameAt = new Int32Array(capacity);
    this.countryId = new Uint16Array(capacity);
    this.admin1Id = new Uint16Array(capacity);
    this.fcodeId = new Uint16Array(capacity);
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

  /**
   * "country.admin1" of row i, or '' when either is empty: one string per
   * area, made on first use, so scoring does not build one per candidate.
   */
  admin1KeyOf(i: number): string {
    const country = this.countryId[i]!;
    const admin1 = this.admin1Id[i]!;
    const pair = country * 0x10000 + admin1;
    let key = this.admin1Keys.get(pair);
    if (key === undefined) {
      const c = this.codes[country]!;
      const a = this.codes[admin1]!;
      this.admin1Keys.set(pair, (key = c && a ? `${c}.${a}` : ''));
    }
    return key;
  }

  /** The name on row i, without building the place. */
  name(i: number): string {
    return this.field(this.nameAt[i]!);
  }

  private buildPlace(i: number): GazPlace {
    return new PlaceRow(this, i);
  }

  /** The text from offset to the next tab. */
  private field(at: number): string {
    return this.text.slice(at, this.text.indexOf('\t', at));
  }

  /**
   * The id in `codes` of text[start, end), added when new. Codes of up to
   * six ASCII characters ("US", "ADM1", "07") are keyed by their characters
   * as a number (7 bits each, 3 for the length), so reading a row makes no
   * string unless its code is new.
   */
  private codeId(start: number, end: number): number {
    const { text } = this;
    // Two ASCII characters (every country code, most admin1 codes): a table read, no hashing.
    if (end - start === 2) {
      const c0 = text.charCodeAt(start);
      const c1 = text.charCodeAt(start + 1);
      if (c0 < 128 && c1 < 128) {
        const slot = c0 * 128 + c1;
        let id = this.twoCharCodeIds[slot]!;
        if (id < 0) this.twoCharCodeIds[slot] = id = this.addCode(text.slice(start, end));
        return id;
      }
    }
    if (end - start <= 6) {
      let key = 0;
      let i = start;
      for (; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c >= 128) break;
        key = key * 128 + c;
      }
      if (i === end) {
        key = key * 8 + (end - start);
        let id = this.shortCodeIds.get(key);
        if (id === undefined) this.shortCodeIds.set(key, (id = this.addCode(text.slice(start, end))));
        return id;
      }
    }
    const code = text.slice(start, end);
    let id = this.longCodeIds.get(code);
    if (id === undefined) this.longCodeIds.set(code, (id = this.addCode(code)));
    return id;
  }

  private addCode(code: string): number {
    if (this.codes.length === 0xffff) throw new Error('gazetteer: too many distinct codes');
    this.codes.push(code);
    this.featureClassOfCode.push(featureClassOf(code));
    return this.codes.length - 1;
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
    const countryEnd = next(lonEnd + 1);
    this.countryId[row] = this.codeId(lonEnd + 1, countryEnd);
    const admin1End = next(countryEnd + 1);
    this.admin1Id[row] = this.codeId(countryEnd + 1, admin1End);
    const fcodeEnd = next(admin1End + 1);
    this.fcodeId[row] = this.codeId(admin1End + 1, fcodeEnd);
    this.population[row] = parseDecimal(text, fcodeEnd + 1, eol);
    if (fcodeEnd - admin1End === 5) {
      if (text.startsWith('ADM1', admin1End + 1)) this.admin1Rows.push(row);
      else if (text.startsWith('PCLI', admin1End + 1)) this.countryRows.push(row);
    }
  }
}

/**
 * A gazetteer row as a GazPlace: its properties read the table's columns.
 * Only the name is a string of its own, made on first use and kept.
 */
class PlaceRow implements GazPlace {
  private cachedName: string | undefined = undefined;

  constructor(
    private readonly table: GazetteerTable,
    readonly index: number,
  ) {}

  get id(): number {
    return this.table.id[this.index]!;
  }
  get name(): string {
    return (this.cachedName ??= this.table.name(this.index));
  }
  get lat(): number {
    return this.table.lat[this.index]!;
  }
  get lon(): number {
    return this.table.lon[this.index]!;
  }
  get country(): string {
    return this.table.codes[this.table.countryId[this.index]!]!;
  }
  get admin1Code(): string {
    return this.table.codes[this.table.admin1Id[this.index]!]!;
  }
  get admin1Key(): string {
    return this.table.admin1KeyOf(this.index);
  }
  get featureClass(): string {
    return this.table.featureClassOfCode[this.table.fcodeId[this.index]!]!;
  }
  get fcode(): string {
    return this.table.codes[this.table.fcodeId[this.index]!]!;
  }
  get population(): number {
    return this.table.population[this.index]!;
  }

  /** The plain fields (for JSON and debugging; the properties above are getters). */
  toJSON(): Omit<GazPlace, never> {
    const { index, id, name, lat, lon, country, admin1Code, admin1Key, featureClass, fcode, population } = this;
    return { index, id, name, lat, lon, country, admin1Code, admin1Key, featureClass, fcode, population };
  }
}

/**
 * An array of n undefined slots with fast elements. (new Array(n) for large n
 * gives a dictionary-mode array, where every read is a hash lookup; and a
 * natively filled one is holey, which made the first lookups after load
 * about twice as slow in bench-geo.)
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
