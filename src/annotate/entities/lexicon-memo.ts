/**
 * Memoised forms of the pure lexicon look-ups the resolve steps call per
 * mention and per neighbouring word. `lookupCountry` normalises its input
 * (Unicode NFD, several regexes) on every call, and the same few strings
 * recur across a document and across documents.
 */
import { countryByCapital, isDemonym, lookupCountry, type CountryInfo } from '../../lexicon/countries.js';
import { orgSector } from './org-sectors.js';

/** A string → value function remembered per input (bounded: cleared when full). */
export function memoize<T>(fn: (s: string) => T, max = 20_000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as T;
    if (cache.size >= max) cache.clear();
    const value = fn(s);
    cache.set(s, value);
    return value;
  };
}

export const countryOf: (s: string) => CountryInfo | undefined = memoize(lookupCountry);
export const capitalCountryOf: (s: string) => CountryInfo | undefined = memoize(countryByCapital);
export const isDemonymWord: (s: string) => boolean = memoize(isDemonym);
export const sectorOfOrganisation: (s: string) => string | undefined = memoize(orgSector);
