/**
 * Roles and affiliations of entity mentions, by rule:
 *  - a title before a person: "Spanish Foreign Minister Jose Manuel Albares",
 *    "Iraq's Prime Minister ...", "Gen. ...";
 *  - an apposition after a person: "..., the Iraqi foreign minister, ...";
 *  - a counterpart: "his Iraqi counterpart Fuad Hussein" takes the role of
 *    the person last mentioned with one;
 *  - the country of organisations and places from their own words
 *    ("Islamic Resistance in Iraq" → IRQ), and the sector of organisations.
 */
import type { Entity } from '../../model/layers.js';
import { tokenRange, type TokenView } from './context.js';
import { countryByCapital, lookupCountry } from '../../lexicon/countries.js';
import { sectorOfOrganisation } from './lexicon-memo.js';
import { HONORIFICS, ROLE_MODIFIERS, roleAtEnd } from './roles.js';

/** How far before or after a name a title may reach, in tokens. */
const MAX_PREFIX = 7;
const MAX_APPOSITION = 9;
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);
const PUNCT = /^[,.;:!?()"“”[\]—–]+$/;

/**
 * Every affiliation has all three fields (undefined when unknown): one
 * hidden class, so the code reading them stays optimised ('wrong map'
 * deopts, each a recompile of a large function, came from the mix of shapes).
 */
export interface Affiliation {
  role: string | undefined;
  sector: string | undefined;
  country: string | undefined;
}

/** No role, sector or country (shared, read only). */
export const NO_AFFILIATION: Readonly<Affiliation> = Object.freeze({ role: undefined, sector: undefined, country: undefined });

/** Reads role and country from the words of a title phrase (lower-case and original forms). */
export function readTitle(lower: readonly string[], texts: readonly string[]): Affiliation {
  const role = roleAtEnd(lower);
  let rest = lower.length - (role?.words ?? 0);
  while (rest > 0 && ROLE_MODIFIERS.has(lower[rest - 1]!)) rest--;
  const out: Affiliation = { role: role?.role, sector: role?.sector, country: undefined };
  if (role) {
    // "the United Nations envoy", "a Hamas official": the organisation decides the sector.
    const orgWords = texts.slice(0, rest).filter((w, k) => !DETERMINERS.has(lower[k]!) && /^\p{Lu}/u.test(w));
    const bySector = orgWords.length ? sectorOfOrganisation(orgWords.join(' ')) : undefined;
    if (bySector && !lookupCountry(orgWords.join(' '))) out.sector = bySector;
  }
  // "Spanish", "Iraq 's", "U.S."; scanning back over at most three words.
  for (let k = rest - 1; k >= Math.max(0, rest - 3); k--) {
    if (lower[k] === "'s" || DETERMINERS.has(lower[k]!)) continue;
    // The capital first: most words before a name are not capitalised, and their look-ups would be wasted.
    if (!/^\p{Lu}/u.test(texts[k]!)) continue;
    const c = lookupCountry(texts[k]!);
    if (c) {
      out.country = c.iso3;
      break;
    }
  }
  return out;
}

/** Words before token `first` back to punctuation or the sentence start, without a trailing honorific. */
function prefixWords(view: TokenView, first: number): [number, number] {
  const sentence = view.tokens[first]?.sentence;
  let k = first;
  while (k > 0 && first - k < MAX_PREFIX) {
    const prev = k - 1;
    if (view.tokens[prev]!.sentence !== sentence || PUNCT.test(view.text(prev)!)) break;
    k = prev;
  }
  let end = first;
  while (end > k && HONORIFICS.has(view.lower(end - 1)!)) end--;
  return [k, end];
}

/** ", the Iraqi foreign minister," after a name: the words between the comma and the next punctuation. */
function appositionWords(view: TokenView, last: number): [number, number] | undefined {
  if (view.text(last) !== ',') return undefined;
  const sentence = view.tokens[last]!.sentence;
  let k = last + 1;
  while (k < view.tokens.length && k - last <= MAX_APPOSITION && view.tokens[k]!.sentence === sentence && !PUNCT.test(view.text(k)!)) {
    const w = view.lower(k);
    if (w === 'of' || w === 'for' || w === 'who' || w === 'in') break;
    k++;
  }
  return k > last + 1 ? [last + 1, k] : undefined;
}

const slice = (view: TokenView, [a, b]: [number, number]) => [view.lowers(a, b), view.texts(a, b)] as const;

/** Where "his counterpart" finds the role it takes: the last role stated before the mention. */
export interface EarlierRole {
  lastRole(): Affiliation | undefined;
}

export function personAffiliation(view: TokenView, entity: Entity, earlier: EarlierRole): Affiliation {
  const [first, last] = tokenRange(view, entity);
  const prefix = prefixWords(view, first);
  const [pl, pt] = slice(view, prefix);
  const fromTitle = readTitle(pl, pt);
  if (pl[pl.length - 1] === 'counterpart' || pl[pl.length - 1] === 'counterparts') {
    const other = earlier.lastRole();
    return { role: other?.role, sector: other?.sector, country: fromTitle.country };
  }
  if (fromTitle.role) return fromTitle;
  const app = appositionWords(view, last);
  if (app) {
    const [al, at] = slice(view, app);
    const fromApposition = readTitle(al, at);
    if (fromApposition.role) return fromApposition;
  }
  // A demonym right before the name ("Iraqi Fuad Hussein") still gives the country.
  return fromTitle.country && first - prefix[0] <= 1 ? { role: undefined, sector: undefined, country: fromTitle.country } : NO_AFFILIATION;
}

/** Country and sector of an organisation, place or other named thing from its own words. */
export function namedThingAffiliation(view: TokenView, entity: Entity): Affiliation {
  const out: Affiliation = { role: undefined, sector: entity.type === 'ORG' ? sectorOfOrganisation(entity.text) : undefined, country: undefined };
  const whole = lookupCountry(entity.text) ?? (entity.type !== 'MISC' ? countryByCapital(entity.text) : undefined);
  if (whole) {
    out.country = whole.iso3;
    return out;
  }
  const [first, last] = tokenRange(view, entity);
  for (let k = first; k < last; k++) {
    const t = view.text(k)!;
    if (!/^\p{Lu}/u.test(t)) continue;
    const c = lookupCountry(t);
    if (c) {
      out.country = c.iso3;
      break;
    }
  }
  return out;
}
