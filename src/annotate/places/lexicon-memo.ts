/**
 * gazetteer.has, memoised per gazetteer: the capitalised n-gram scan asks
 * about the same strings in every article. (Country-lexicon answers are
 * memoised in the lexicon itself.)
 */
import type { Gazetteer } from '../../geo/gazetteer.js';
import { memoize } from '../../lexicon/memoize.js';

const knownNames = new WeakMap<Gazetteer, (s: string) => boolean>();

export function gazetteerHasMemo(gazetteer: Gazetteer, s: string): boolean {
  let has = knownNames.get(gazetteer);
  if (!has) knownNames.set(gazetteer, (has = memoize((name) => gazetteer.has(name))));
  return has(s);
}
