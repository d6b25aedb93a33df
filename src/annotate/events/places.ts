/**
 * The place of an event: a place from the places layer in the sentence
 * (preferring one after "in/at/near" or the object of a visit), else a
 * country or capital named after "in/at/to" in the sentence, resolved with
 * the country lexicon so events keep a place before the places layer exists.
 */
import type { Event, Place } from '../../model/layers.js';
import { countryByCapital, isDemonym, lookupCountry } from '../../lexicon/countries.js';
import { firstEndingAfter, firstStartingFrom } from '../../model/span-search.js';
import type { Unit } from './units.js';

export type EventPlace = NonNullable<Event['place']>;

const LOCATIVE = new Set(['in', 'at', 'near', 'to', 'outside', 'inside', 'across', 'around']);

function fromPlace(p: Place): EventPlace {
  // Every field present, undefined when absent (JSON leaves those out, as it left out absent keys): one shape.
  return {
    start: p.start,
    end: p.end,
    text: p.text,
    name: p.name,
    lat: p.lat,
    lon: p.lon,
    country: p.country,
    admin1: p.admin1 || undefined,
    geonameId: p.geonameId,
    featureClass: p.featureClass || undefined,
  };
}

/**
 * The index of the unit starting (or ending) at an offset, by binary search: units are
 * sorted and do not overlap, and eventPlace and eventSite ask for each place of every event.
 */
function unitAt(units: readonly Unit[], offset: number, edge: 'start' | 'end'): number {
  // Offsets are integers: the first unit ending after offset - 1 is the first ending at or after it.
  const i = edge === 'start' ? firstStartingFrom(units, offset) : firstEndingAfter(units, offset - 1);
  return i < units.length && units[i]![edge] === offset ? i : -1;
}

/**
 * Countries and capitals after "in/at/to" (lexiconPlace), in unit order, for the last
 * sentence's units asked about: a sentence's events ask one after another (a WeakMap
 * per sentence cost more than the look-up saves).
 */
let locativeUnits: readonly Unit[] | undefined;
let locativeFound: { i: number; place: EventPlace }[] = [];

function precededByLocative(units: readonly Unit[], start: number): boolean {
  const i = unitAt(units, start, 'start');
  return i > 0 && (LOCATIVE.has(units[i - 1]!.lower) || (units[i - 1]!.pos === 'DET' && i > 1 && LOCATIVE.has(units[i - 2]!.lower)));
}

/** A country or capital named in the units, as a place. */
function lexiconPlace(units: readonly Unit[], i: number): EventPlace | undefined {
  // Every n-gram below starts with unit i: without a capital there, none can name a place.
  if (i >= units.length || !/^[A-Z]/.test(units[i]!.text)) return undefined;
  for (const n of [3, 2, 1]) {
    const span = units.slice(i, i + n);
    if (span.length < n || !/^[A-Z]/.test(span[0]!.text)) continue;
    const text = span.map((u) => u.text).join(' ');
    const country = lookupCountry(text);
    if (country && !isDemonym(text)) {
      return { start: span[0]!.start, end: span[n - 1]!.end, text, name: country.name, country: country.iso2, lat: country.lat, lon: country.lon, featureClass: 'A' };
    }
    if (n === 1) {
      const capitalOf = countryByCapital(text);
      if (capitalOf) return { start: span[0]!.start, end: span[0]!.end, text, name: text, country: capitalOf.iso2, featureClass: 'P' };
    }
  }
  return undefined;
}

/** "anti-Syria", "US-led": a place inside a hyphen compound is a modifier, not where something happened. */
function startsUnit(units: readonly Unit[], p: Place): boolean {
  return unitAt(units, p.start, 'start') >= 0;
}

/** "Three US servicemen": a place name followed by a noun modifies it. */
function standalone(units: readonly Unit[], p: Place): boolean {
  if (!startsUnit(units, p)) return false;
  const last = unitAt(units, p.end, 'end');
  const next = last >= 0 ? units[last + 1] : undefined;
  return last >= 0 && !(next && /^(NOUN|PROPN)$/.test(next.pos));
}

/**
 * The place an event happened at, strict enough to infer an actor from: a
 * standalone place name, preferring one after "in/at/near", nearest the trigger.
 */
export function eventSite(units: readonly Unit[], places: readonly Place[], first: number): EventPlace | undefined {
  const triggerStart = units[first]?.start ?? 0;
  const ordered = places.filter((p) => p.country && standalone(units, p)).sort((a, b) => Math.abs(a.start - triggerStart) - Math.abs(b.start - triggerStart));
  const site = ordered.find((p) => precededByLocative(units, p.start)) ?? ordered[0];
  return site ? fromPlace(site) : undefined;
}

/** The place for an event whose trigger starts at unit `first`. */
export function eventPlace(units: readonly Unit[], allPlaces: readonly Place[], first: number, visit: boolean): EventPlace | undefined {
  const triggerStart = units[first]?.start ?? 0;
  // filter makes a new array: sorted in place.
  const ordered = allPlaces.filter((p) => startsUnit(units, p)).sort((a, b) => Math.abs(a.start - triggerStart) - Math.abs(b.start - triggerStart));
  const locative = ordered.find((p) => precededByLocative(units, p.start) || (visit && p.start > triggerStart));
  // Without "in/at/near", only a place name standing alone ("US strikes" names who, not where).
  const fallback = locative ?? ordered.find((p) => standalone(units, p));
  if (fallback) return fromPlace(fallback);
  // No places layer item: look for "in Iraq", or the object of a visit ("visits Baghdad").
  // The locative candidates do not depend on the trigger: found once per sentence.
  if (locativeUnits !== units) {
    locativeFound = locativeCandidates(units);
    locativeUnits = units;
  }
  const locatives = locativeFound;
  const candidates: EventPlace[] = [];
  const visitAt = visit ? first + 1 : -1;
  let visitDone = !(visitAt >= 0 && visitAt < units.length) || (visitAt > 0 && LOCATIVE.has(units[visitAt - 1]!.lower));
  for (const c of locatives) {
    if (!visitDone && visitAt < c.i) {
      const place = lexiconPlace(units, visitAt);
      if (place) candidates.push(place);
      visitDone = true;
    }
    candidates.push(c.place);
  }
  if (!visitDone) {
    const place = lexiconPlace(units, visitAt);
    if (place) candidates.push(place);
  }
  candidates.sort((a, b) => Math.abs(a.start - triggerStart) - Math.abs(b.start - triggerStart));
  // A copy: the cached candidates must not be shared between events.
  return candidates[0] && { ...candidates[0] };
}

/** The countries and capitals named right after a locative word, with their unit index. */
function locativeCandidates(units: readonly Unit[]): { i: number; place: EventPlace }[] {
  const out: { i: number; place: EventPlace }[] = [];
  for (let i = 1; i < units.length; i++) {
    if (!LOCATIVE.has(units[i - 1]!.lower)) continue;
    const place = lexiconPlace(units, i);
    if (place) out.push({ i, place });
  }
  return out;
}
