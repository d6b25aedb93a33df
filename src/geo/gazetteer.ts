/**
 * The offline gazetteer: loads models/gazetteer.tsv.gz (built by
 * scripts/build-gazetteer.ts) and looks names up case-, diacritic-, hyphen-
 * and Arabic-article-insensitively ("al-Anbar" = "Anbar" = "AL ANBAR").
 * Keys are precomputed in the file; rows are parsed on first lookup.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { repoPath } from '../paths.js';
import { featureClassOf, parseGazetteerFields } from './gazetteer-file.js';
import { adminCore, nameKey, withoutArticle } from './normalize.js';

export const GAZETTEER_PATH = repoPath('models', 'gazetteer.tsv.gz');

export interface GazPlace {
  /** Row number in the gazetteer; stable for one loaded file. */
  index: number;
  /** GeoNames id, 0 when unknown. */
  id: number;
  name: string;
  lat: number;
  lon: number;
  /** ISO2, '' for areas spanning countries. */
  country: string;
  /** Admin1 code within the country. */
  admin1Code: string;
  /** GeoNames feature class (P, A, L, H, T) and code (PPLC, ADM1, PCLI, ...). */
  featureClass: string;
  fcode: string;
  population: number;
}

export class Gazetteer {
  private readonly lines: string[];
  private readonly parsed: (GazPlace | undefined)[];
  private readonly byKey = new Map<string, number[]>();
  private readonly admin1ByCode = new Map<string, number>();
  private readonly countryByCode = new Map<string, number>();

  /** Lines in file order (most populous first), as written by the build script. */
  constructor(lines: string[]) {
    this.lines = lines.filter((l) => l && !l.startsWith('#'));
    this.parsed = new Array<GazPlace | undefined>(this.lines.length);
    for (let i = 0; i < this.lines.length; i++) {
      const line = this.lines[i]!;
      const tab = line.indexOf('\t');
      for (const key of line.slice(0, tab).split('|')) {
        const list = this.byKey.get(key);
        if (list) list.push(i);
        else this.byKey.set(key, [i]);
      }
      if (line.includes('\tADM1\t')) {
        const p = this.place(i);
        this.admin1ByCode.set(`${p.country}.${p.admin1Code}`, i);
      } else if (line.includes('\tPCLI\t')) {
        this.countryByCode.set(this.place(i).country, i);
      }
    }
  }

  get size(): number {
    return this.lines.length;
  }

  /** The place on row i. */
  place(i: number): GazPlace {
    const cached = this.parsed[i];
    if (cached) return cached;
    const f = parseGazetteerFields(this.lines[i]!);
    const place: GazPlace = {
      index: i,
      id: f.id,
      name: f.name,
      lat: f.lat,
      lon: f.lon,
      country: f.country,
      admin1Code: f.admin1,
      featureClass: featureClassOf(f.fcode),
      fcode: f.fcode,
      population: f.population,
    };
    this.parsed[i] = place;
    return place;
  }

  /** True when some place has this name (any spelling variant). */
  has(name: string): boolean {
    return this.count(name) > 0;
  }

  /** How many places share the name (without building the candidate list). */
  count(name: string): number {
    return this.lookupIndexes(name)?.length ?? 0;
  }

  /** Every place a name may refer to, most populous first. */
  lookup(name: string): GazPlace[] {
    const hits = this.lookupIndexes(name);
    return hits ? hits.map((i) => this.place(i)) : [];
  }

  private lookupIndexes(name: string): readonly number[] | undefined {
    const key = nameKey(name);
    if (!key) return undefined;
    const hits = this.byKey.get(key);
    if (hits) return hits;
    // "Anbar province" → "Anbar"; but an unknown "Kent County" must not become any "Kent".
    const alt = withoutArticle(key) ?? (/ (?:county|parish)$/.test(key) ? undefined : adminCore(key));
    return alt ? this.byKey.get(alt) : undefined;
  }

  /** The admin1 area with this code ("US", "LA" → Louisiana). */
  admin1(country: string, code: string): GazPlace | undefined {
    const i = this.admin1ByCode.get(`${country}.${code}`);
    return i === undefined ? undefined : this.place(i);
  }

  /** The country entry by ISO2. */
  country(iso2: string): GazPlace | undefined {
    const i = this.countryByCode.get(iso2);
    return i === undefined ? undefined : this.place(i);
  }
}

/** Loads a gazetteer file (gzip'd TSV). */
export function loadGazetteer(path: string = GAZETTEER_PATH): Gazetteer {
  const text = gunzipSync(readFileSync(path)).toString('utf8');
  return new Gazetteer(text.split('\n'));
}

let shared: Gazetteer | undefined;

/** The shipped gazetteer, loaded on first use and kept for the life of the process. */
export function getGazetteer(): Gazetteer {
  shared ??= loadGazetteer();
  return shared;
}
