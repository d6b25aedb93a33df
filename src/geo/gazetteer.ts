/**
 * The offline gazetteer: loads models/gazetteer.tsv.gz (built by
 * scripts/build-gazetteer.ts) and looks names up case-, diacritic-, hyphen-
 * and Arabic-article-insensitively ("al-Anbar" = "Anbar" = "AL ANBAR").
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { repoPath } from '../paths.js';
import { featureClassOf, parseGazetteerLine } from './gazetteer-file.js';
import { adminCore, nameKey, saintVariant, withoutArticle } from './normalize.js';

export const GAZETTEER_PATH = repoPath('models', 'gazetteer.tsv.gz');

export interface GazPlace {
  /** Position in the gazetteer; stable for one loaded file. */
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
  readonly places: GazPlace[] = [];
  private readonly byKey = new Map<string, number[]>();
  private readonly admin1ByCode = new Map<string, GazPlace>();
  private readonly countryByCode = new Map<string, GazPlace>();

  constructor(lines: Iterable<string>) {
    for (const line of lines) {
      const row = parseGazetteerLine(line);
      if (!row) continue;
      const place: GazPlace = {
        index: this.places.length,
        id: row.id,
        name: row.name,
        lat: row.lat,
        lon: row.lon,
        country: row.country,
        admin1Code: row.admin1,
        featureClass: featureClassOf(row.fcode),
        fcode: row.fcode,
        population: row.population,
      };
      this.places.push(place);
      if (place.fcode === 'ADM1') this.admin1ByCode.set(`${place.country}.${place.admin1Code}`, place);
      if (place.fcode === 'PCLI') this.countryByCode.set(place.country, place);
      this.index(row.name, place);
      for (const alt of row.alts) this.index(alt, place);
    }
    // Most populous first, once, so lookups need no sorting.
    const pop = (i: number) => this.places[i]!.population;
    for (const list of this.byKey.values()) if (list.length > 1) list.sort((a, b) => pop(b) - pop(a));
  }

  private index(name: string, place: GazPlace): void {
    const key = nameKey(name);
    if (!key) return;
    this.add(key, place.index);
    const bare = withoutArticle(key);
    if (bare) this.add(bare, place.index);
    const saint = saintVariant(key);
    if (saint) this.add(saint, place.index);
    if (place.featureClass === 'A') {
      const core = adminCore(key);
      if (core) this.add(core, place.index);
    }
  }

  private add(key: string, index: number): void {
    const list = this.byKey.get(key);
    if (!list) this.byKey.set(key, [index]);
    else if (!list.includes(index)) list.push(index);
  }

  /** True when some place has this name (any spelling variant). */
  has(name: string): boolean {
    return this.count(name) > 0;
  }

  /** Every place a name may refer to, most populous first. */
  lookup(name: string): readonly GazPlace[] {
    const hits = this.lookupIndexes(name);
    return hits ? hits.map((i) => this.places[i]!) : [];
  }

  /** How many places share the name (without building the candidate list). */
  count(name: string): number {
    return this.lookupIndexes(name)?.length ?? 0;
  }

  private lookupIndexes(name: string): readonly number[] | undefined {
    const key = nameKey(name);
    if (!key) return undefined;
    let hits = this.byKey.get(key);
    if (!hits) {
      const alt = withoutArticle(key) ?? adminCore(key);
      if (alt) hits = this.byKey.get(alt);
    }
    return hits;
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
  const text = gunzipSync(readFileSync(path)).toString('utf8');
  return new Gazetteer(text.split('\n'));
}

let shared: Gazetteer | undefined;

/** The shipped gazetteer, loaded on first use and kept for the life of the process. */
export function getGazetteer(): Gazetteer {
  shared ??= loadGazetteer();
  return shared;
}
