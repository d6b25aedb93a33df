/**
 * Memoised country-lexicon (and gazetteer-name) answers. The places rules ask about every
 * capitalised word and pair of words ("is it a demonym? a country?"), and
 * the same words come back in every article, while the lexicon normalises
 * each question from scratch (Unicode decomposition and several regexes).
 * The answers depend only on the string, so they are kept, up to a bound.
 */
import type { Gazetteer } from '../../geo/gazetteer.js';
import { isDemonym, lookupCountry, type CountryInfo } from '../../lexicon/countries.js';

/** Past this many distinct strings the memo starts again (bounded memory on long runs). */
const MAX_ENTRIES = 50_000;

function memoise<T>(f: (s: string) => T): (s: string) => T {
  const memo = new Map<string, T>();
  return (s) => {
    const hit = memo.get(s);
    if (hit !== undefined || memo.has(s)) return hit as T;
    if (memo.size >= MAX_ENTRIES) memo.clear();
    const value = f(s);
    memo.set(s, value);
    return value;
  };
}

export const isDemonymMemo: (s: string) => boolean = memoise(isDemonym);
export const lookupCountryMemo: (s: string) => CountryInfo | undefined = memoise(lookupCountry);

const knownNames = new WeakMap<Gazetteer, (s: string) => boolean>();

/** gazetteer.has, memoised per gazetteer: the capitalised n-gram scan asks about the same strings in every article. */
export function gazetteerHasMemo(gazetteer: Gazetteer, s: string): boolean {
  let has = knownNames.get(gazetteer);
  if (!has) knownNames.set(gazetteer, (has = memoise((name) => gazetteer.has(name))));
  return has(s);
}
