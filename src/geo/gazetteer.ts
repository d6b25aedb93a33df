/**
 * The offline gazetteer: loads models/gazetteer.tsv.gz (built by
 * scripts/build-gazetteer.ts) and looks names up case-, diacritic-, hyphen-
 * and Arabic-article-insensitively ("al-Anbar" = "Anbar" = "AL ANBAR").
 *
 * Loading reads the file into columns and a key index (gazetteer-table.ts,
 * key-index.ts) without per-row objects; a lookup is one key normalisation,
 * one hash probe and, on the first lookup of a key, one small shared array.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { repoPath } from '../paths.js';
import { emptySlots, GazetteerTable } from './gazetteer-table.js';
import { adminCore, foldNameKey, mayHaveAlternate, nameKey, withoutArticle } from './normalize.js';

export const GAZETTEER_PATH = repoPath('models', 'gazetteer.tsv.gz');

export interface GazPlace {
  /** Row number in the gazetteer; stable for one loaded file. */
  readonly index: number;
  /** GeoNames id, 0 when unknown. */
  readonly id: number;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  /** ISO2, '' for areas spanning countries. */
  readonly country: string;
  /** Admin1 code within the country. */
  readonly admin1Code: string;
  /** "country.admin1" ("US.TX"), one shared string per area; '' when either is empty. */
  readonly admin1Key: string;
  /** GeoNames feature class (P, A, L, H, T) and code (PPLC, ADM1, PCLI, ...). */
  readonly featureClass: string;
  readonly fcode: string;
  readonly population: number;
}

const NONE: readonly GazPlace[] = Object.freeze([]);
const WARM_UP_ROWS = 4000;
const WARM_UP_SPREAD = 6000;
/** Spellings that take the less common paths of keyIdOf (typographic marks, articles, admin words, misses, the general path). */
const WARM_UP_VARIANTS = [
  'The Hague', 'al-Anbar', 'Al Anbar province', 'Kharkiv Oblast', 'Sana’a', "Sana'a", 'São Paulo', 'Zürich',
  'St. Louis', 'Mount Vernon', 'Dallas County', 'Kent County', 'Nowhere Town', 'Xyzzy', 'Αθήνα', 'Москва',
  'Ḥalab', 'Ain al-Asad', 'Gaza Strip', 'Middle East', 'Île-de-France', 'Rhône', 'Provincia de Buenos Aires',
];

export class Gazetteer {
  private readonly table: GazetteerTable;
  /** Candidate lists by key id, built on the first lookup of each key and shared after. */
  private readonly hitLists: (readonly GazPlace[] | undefined)[];
  private readonly admin1ByCode = new Map<string, GazPlace>();
  private readonly countryByCode = new Map<string, GazPlace>();
  /** Scratch space for folding a name's key (see keyIdOf). */
  private readonly keyCodes = new Uint16Array(256);

  /** The text of a gazetteer file (see loadGazetteer). */
  constructor(text: string) {
    this.table = new GazetteerTable(text);
    this.hitLists = emptySlots<readonly GazPlace[]>(this.table.keys.size);
    for (const i of this.table.admin1Rows) {
      const p = this.table.place(i);
      this.admin1ByCode.set(`${p.country}.${p.admin1Code}`, p);
    }
    for (const i of this.table.countryRows) {
      const p = this.table.place(i);
      this.countryByCode.set(p.country, p);
    }
    this.warmUp();
  }

  /**
   * Runs the lookup code on every path it has before the first real lookup.
   * Otherwise the first few thousand lookups of a process run unoptimised
   * code, and the first name with a diacritic, a typographic apostrophe, an
   * Arabic article or a non-Latin letter throws optimised code away
   * (V8 deoptimises on a path it has never seen, then compiles again): that
   * was most of a cold 10k-lookup round. Counted in the load time instead.
   *  - lookup() of the most populous names builds their candidate lists,
   *    which news asks for most;
   *  - names spread over the whole file (every kind of character, rows of
   *    every kind) and spelling variants train the key folding, probing
   *    and the building of places and candidate lists.
   */
  private warmUp(): void {
    for (let i = 0; i < Math.min(WARM_UP_ROWS, this.size); i++) this.lookup(this.table.place(i).name);
    const step = Math.max(1, Math.floor(this.size / WARM_UP_SPREAD));
    for (let i = 0; i < this.size; i += step) {
      const name = this.table.name(i);
      this.lookup(name);
      this.has(name.toUpperCase());
      this.hasSpan(name, 0, name.length);
    }
    for (let round = 0; round < 20; round++) {
      for (const name of WARM_UP_VARIANTS) {
        this.has(name);
        this.count(name);
      }
    }
  }

  get size(): number {
    return this.table.size;
  }

  /** The place on row i. */
  place(i: number): GazPlace {
    return this.table.place(i);
  }

  /** True when some place has this name (any spelling variant). */
  has(name: string): boolean {
    return this.keyIdOf(name) >= 0;
  }

  /** has(text.slice(start, end)), without making the slice unless the name needs the general path. */
  hasSpan(text: string, start: number, end: number): boolean {
    return this.keyIdOf(text, start, end) >= 0;
  }

  /** How many places share the name (without building the candidate list). */
  count(name: string): number {
    const id = this.keyIdOf(name);
    return id < 0 ? 0 : this.table.keyRowStart[id + 1]! - this.table.keyRowStart[id]!;
  }

  /** Every place a name may refer to, most populous first. The list is shared: do not modify it. */
  lookup(name: string): readonly GazPlace[] {
    const id = this.keyIdOf(name);
    if (id < 0) return NONE;
    return (this.hitLists[id] ??= this.buildHits(id));
  }

  private buildHits(id: number): readonly GazPlace[] {
    const { keyRows, keyRowStart } = this.table;
    const hits: GazPlace[] = [];
    for (let r = keyRowStart[id]!; r < keyRowStart[id + 1]!; r++) hits.push(this.table.place(keyRows[r]!));
    // Frozen like NONE: frozen arrays share one hidden class, empty or not, so callers' code reading
    // lookup() results meets one kind of array (it was deoptimised when NONE first reached it).
    return Object.freeze(hits);
  }

  /**
   * The key id of a name, or -1. The name's key is first folded into a
   * reusable buffer and probed as code units (no strings made); the key is
   * made as a string only for the general path and for the alternates of a
   * missed key that may have one ("al Anbar", "Anbar province").
   */
  private keyIdOf(text: string, start = 0, end = text.length): number {
    const keys = this.table.keys;
    const folded = foldNameKey(text, this.keyCodes, start, end);
    if (folded) {
      if (folded.length === 0) return -1;
      const id = keys.findCodes(this.keyCodes, folded.start, folded.length);
      if (id >= 0 || !mayHaveAlternate(this.keyCodes, folded.start, folded.length)) return id;
    }
    const key = nameKey(start === 0 && end === text.length ? text : text.slice(start, end));
    if (!key) return -1;
    const id = folded ? -1 : keys.find(key);
    if (id >= 0) return id;
    // "Anbar province" → "Anbar"; but an unknown "Kent County" must not become any "Kent".
    const alt = withoutArticle(key) ?? (key.endsWith(' county') || key.endsWith(' parish') ? undefined : adminCore(key));
    return alt ? keys.find(alt) : -1;
  }

  /** The admin1 area with this code ("US", "LA" → Louisiana). */
  admin1(country: string, code: string): GazPlace | undefined {
    return this.admin1ByCode.get(`${country}.${code}`);
  }

  /** The country entry by ISO2. */
  country(iso2: string): GazPlace | undefined {
    return this.countryByCode.get(iso2);
  }
}

/** Loads a gazetteer file (gzip'd TSV). */
export function loadGazetteer(path: string = GAZETTEER_PATH): Gazetteer {
  return new Gazetteer(gunzipSync(readFileSync(path)).toString('utf8'));
}

let shared: Gazetteer | undefined;

/** The shipped gazetteer, loaded on first use and kept for the life of the process. */
export function getGazetteer(): Gazetteer {
  shared ??= loadGazetteer();
  return shared;
}
