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
import { adminCore, nameKey, withoutArticle } from './normalize.js';

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
  /** GeoNames feature class (P, A, L, H, T) and code (PPLC, ADM1, PCLI, ...). */
  readonly featureClass: string;
  readonly fcode: string;
  readonly population: number;
}

const NONE: readonly GazPlace[] = Object.freeze([]);
const WARM_UP_ROWS = 4000;

export class Gazetteer {
  private readonly table: GazetteerTable;
  /** Candidate lists by key id, built on the first lookup of each key and shared after. */
  private readonly hitLists: (readonly GazPlace[] | undefined)[];
  private readonly admin1ByCode = new Map<string, GazPlace>();
  private readonly countryByCode = new Map<string, GazPlace>();

  /** The text of a gazetteer file (see loadGazetteer). */
  constructor(text: string) {
    this.table = new GazetteerTable(text);
    this.hitLists = emptySlots<readonly GazPlace[]>(this.table.keys.size);
    for (const i of this.table.admin1Rows) {
      const p = this.table.place(i);
      this.admin1ByCode.set(`${p.country}.${p.admin1Code}`, p);
    }
    for (const i of this.table.countryRows) this.countryByCode.set(this.table.place(i).country, this.table.place(i));
    this.warmUp();
  }

  /**
   * Looks up the names of the most populous places once. The first few
   * thousand lookups of a process otherwise run unoptimised code and pay for
   * its compilation; this moves that one-time cost into loading (where it
   * is counted), and these are the names news looks up most anyway.
   */
  private warmUp(): void {
    for (let i = 0; i < Math.min(WARM_UP_ROWS, this.size); i++) this.lookup(this.table.place(i).name);
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
    return hits;
  }

  /** The key id of a name, or -1. */
  private keyIdOf(name: string): number {
    const key = nameKey(name);
    if (!key) return -1;
    const keys = this.table.keys;
    const id = keys.find(key);
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
