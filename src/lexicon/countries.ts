/**
 * Countries by name, common news alternates and demonyms, from the
 * `world-countries` package (ODbL), plus news spellings it lacks.
 * Used by entities (affiliation), places (context) and events (actor country).
 */
import { memoize } from './memoize.js';
import { FNV_OFFSET, FNV_PRIME, hashSpan } from '../util/fnv.js';
import { createRequire } from 'node:module';

export interface CountryInfo {
  iso2: string;
  iso3: string;
  name: string;
  demonyms: string[];
  capitals: string[];
  lat: number;
  lon: number;
  region: string;
  subregion: string;
}

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  altSpellings: string[];
  capital: string[];
  latlng: [number, number];
  region: string;
  subregion: string;
  demonyms?: { eng?: { f: string; m: string } };
}

/** Names news writers use that world-countries does not list (ISO3 → extra names and adjectives). */
const EXTRA_NAMES: Record<string, string[]> = {
  USA: ['U.S.', 'U.S.A.', 'US', 'America', 'United States', 'the United States', 'American', 'Americans'],
  GBR: ['Britain', 'U.K.', 'UK', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'English', 'Scottish', 'Welsh', 'Briton', 'Britons', 'Brit', 'Brits'],
  ESP: ['Spaniard', 'Spaniards'],
  RUS: ['Russian Federation'],
  KOR: ['S. Korea', 'South Korea'],
  PRK: ['N. Korea', 'North Korea'],
  PSE: ['Palestinian territories', 'Palestinians'],
  COD: ['Democratic Republic of the Congo', 'Congo-Kinshasa'],
  COG: ['Congo-Brazzaville', 'Republic of the Congo'],
  CIV: ['Ivory Coast', "Cote d'Ivoire", 'Ivorian'],
  CZE: ['Czech Republic'],
  MMR: ['Burma', 'Burmese'],
  SAU: ['Saudi', 'Saudis'],
  ARE: ['UAE', 'U.A.E.', 'Emirates'],
  NLD: ['Holland', 'Dutch'],
  TUR: ['Turkey', 'Turkiye', 'Türkiye', 'Turk', 'Turks', 'Turkish'],
  SRB: ['Serb', 'Serbs', 'Serbian', 'Serbians'],
  HRV: ['Croat', 'Croats', 'Croatian', 'Croatians'],
  BIH: ['Bosnia', 'Bosnian', 'Bosnians'],
  SWZ: ['Swaziland'],
  MKD: ['Macedonia'],
  CPV: ['Cape Verde'],
  TLS: ['East Timor'],
  VAT: ['Vatican', 'Holy See'],
  PHL: ['Filipino', 'Filipinos'],
  AFG: ['Afghans'],
  ISR: ['Israelis'],
  UKR: ['Ukrainians'],
  IRQ: ['Iraqis'],
  IRN: ['Iranians', 'Persia'],
  SYR: ['Syrians'],
  LBN: ['Lebanese'],
  YEM: ['Yemenis'],
  DEU: ['Germans'],
  FRA: ['French'],
  CHN: ['Chinese', 'PRC', "People's Republic of China"],
  TWN: ['Taiwanese'],
};

/** Acronyms and short codes only match in their exact case ("US" but never "us"). */
const isCaseSensitive = (s: string) => /^[A-Z.]{2,6}$/.test(s);

const norm = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, "'")
    .toLowerCase()
    .trim();

function plural(demonym: string): string | undefined {
  if (/(ese|ish|ch|sh|s|x|i)$/i.test(demonym)) return undefined;
  return `${demonym}s`;
}

const byIso2 = new Map<string, CountryInfo>();
const byIso3 = new Map<string, CountryInfo>();
const byExact = new Map<string, CountryInfo>();
const byNorm = new Map<string, CountryInfo>();

function addName(name: string, info: CountryInfo, override = false): void {
  if (!name || name.length < 2) return;
  if (isCaseSensitive(name)) {
    if (override || !byExact.has(name)) byExact.set(name, info);
    return;
  }
  const key = norm(name);
  if (override || !byNorm.has(key)) byNorm.set(key, info);
}

function load(): void {
  const require = createRequire(import.meta.url);
  const all = require('world-countries') as WorldCountry[];
  for (const c of all) {
    const demonyms = new Set<string>();
    const eng = c.demonyms?.eng;
    if (eng) {
      for (const d of [eng.m, eng.f]) {
        if (!d) continue;
        demonyms.add(d);
        const p = plural(d);
        if (p) demonyms.add(p);
      }
    }
    const info: CountryInfo = {
      iso2: c.cca2,
      iso3: c.cca3,
      name: c.name.common,
      demonyms: [...demonyms],
      capitals: c.capital ?? [],
      lat: c.latlng[0],
      lon: c.latlng[1],
      region: c.region,
      subregion: c.subregion,
    };
    byIso2.set(info.iso2, info);
    byIso3.set(info.iso3, info);
  }
  // Common and official names first, so they win over alternates of other countries.
  for (const c of all) {
    const info = byIso3.get(c.cca3)!;
    addName(c.name.common, info, true);
    addName(c.name.official, info);
  }
  for (const [iso3, names] of Object.entries(EXTRA_NAMES)) {
    const info = byIso3.get(iso3);
    if (info) for (const n of names) addName(n, info, true);
  }
  for (const c of all) {
    const info = byIso3.get(c.cca3)!;
    for (const d of info.demonyms) addName(d, info);
    // Two-letter alt spellings are ISO codes ("IN", "IT"): too ambiguous in running text.
    for (const alt of c.altSpellings) if (alt.length > 2) addName(alt, info);
  }
}
load();

/**
 * A country by name, alternate name or demonym ("Iraq", "Iraqi", "U.S.", "Britain"). Memoised (as are isDemonym and
 * countryByCapital): normalising costs Unicode decomposition and several
 * regexes, and every component asks about the same words in every article.
 */
export const lookupCountry: (s: string) => CountryInfo | undefined = memoize(findCountry);

function findCountry(s: string): CountryInfo | undefined {
  const trimmed = s.trim();
  const exact = byExact.get(trimmed);
  if (exact) return exact;
  if (isCaseSensitive(trimmed) && trimmed.length <= 3) return undefined;
  return byNorm.get(norm(trimmed.replace(/^the\s+/i, '')));
}

/** True when the word is a demonym/adjective rather than the country's name. */
export const isDemonym: (s: string) => boolean = memoize(demonymCheck);

function demonymCheck(s: string): boolean {
  const c = lookupCountry(s);
  if (!c) return false;
  const n = norm(s);
  // Listed demonyms, or an adjective-shaped alternate ("Saudi") that is not the country's own name.
  return c.demonyms.some((d) => norm(d) === n) || (/(an|ese|ish|i)s?$/i.test(s) && norm(c.name) !== n);
}

export function countryByIso2(code: string): CountryInfo | undefined {
  return byIso2.get(code.toUpperCase());
}

export function countryByIso3(code: string): CountryInfo | undefined {
  return byIso3.get(code.toUpperCase());
}

/** The country whose capital this is ("Washington" → USA), for metonymy ("Washington responded"). */
export const countryByCapital: (name: string) => CountryInfo | undefined = memoize((name) => capitalIndex().get(norm(name)));

let capitals: Map<string, CountryInfo> | undefined;
function capitalIndex(): Map<string, CountryInfo> {
  if (capitals) return capitals;
  capitals = new Map();
  for (const info of byIso3.values()) {
    for (const cap of info.capitals) {
      capitals.set(norm(cap), info);
      // "Washington D.C." is written "Washington" in news.
      const short = cap.replace(/\s+D\.?C\.?$/, '');
      if (short !== cap) capitals.set(norm(short), info);
    }
  }
  return capitals;
}

/**
 * Whether a name whose first two characters are the ASCII letters c0 c1
 * (any case) could be a country name, alternate or demonym: false means
 * lookupCountry and isDemonym answer no without normalising it. (The
 * normalised form of such a name starts with the same two letters in lower
 * case, and case-sensitive entries are all capitals: "US", "U.K.".)
 */
export function mayStartCountryName(c0: number, c1: number): boolean {
  prefixes ??= namePrefixes();
  return prefixes[(c0 | 0x20) * 128 + (c1 | 0x20)] === 1;
}

let prefixes: Uint8Array | undefined;
function namePrefixes(): Uint8Array {
  const table = new Uint8Array(128 * 128);
  const isLower = (c: number) => c >= 97 && c <= 122;
  for (const key of byNorm.keys()) {
    const c0 = key.charCodeAt(0);
    const c1 = key.charCodeAt(1);
    if (isLower(c0) && isLower(c1)) table[c0 * 128 + c1] = 1;
  }
  return table;
}

/**
 * FNV-1a of text[start, end) with A-Z in lower case, or -1 when the span holds
 * a character beyond ASCII. For an ASCII word this is the hash of its
 * normalised form (normalising an ASCII word only lower-cases it).
 */
export function asciiLowerHash(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) return -1;
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h >>> 0;
}

/**
 * Whether a word whose asciiLowerHash is `hash` may be the second word of a
 * two-word country name, alternate or demonym ("Lankan" of "Sri Lankan"):
 * false means a two-word phrase ending with it ("Iraqi forces") is none of
 * them, and needs no look-up.
 */
export function mayEndTwoWordCountryName(hash: number): boolean {
  secondWordHashes ??= twoWordNameSecondWords();
  return secondWordHashes.has(hash);
}

let secondWordHashes: Set<number> | undefined;
function twoWordNameSecondWords(): Set<number> {
  const hashes = new Set<number>();
  for (const key of byNorm.keys()) {
    const space = key.indexOf(' ');
    if (space < 0 || key.indexOf(' ', space + 1) >= 0) continue;
    // Keys are normalised (lower case): their hash is the one asciiLowerHash gives a word spelled so.
    hashes.add(hashSpan(key, space + 1, key.length));
  }
  return hashes;
}

/** Every country, for building gazetteers. */
export function allCountries(): CountryInfo[] {
  return [...byIso3.values()];
}
