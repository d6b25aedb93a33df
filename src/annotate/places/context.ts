/**
 * Document geography used to disambiguate: countries (from country names,
 * demonyms, the dateline) and admin1 areas and points (from places already
 * resolved), each with a weight.
 */
import type { Doc } from '../../model/doc.js';
import type { GazPlace, Gazetteer } from '../../geo/gazetteer.js';
import { lookupCountry } from '../../lexicon/countries.js';

interface Anchor {
  lat: number;
  lon: number;
  weight: number;
  /** The mention key that produced it, so a name is not its own evidence. */
  key: string;
}

/** What a mention key added; both fields always present (one shape). */
interface Contribution {
  country: string | undefined;
  admin1: string | undefined;
  weight: number;
}

const NO_CONTRIBUTIONS: readonly Contribution[] = [];

export class DocGeoContext {
  readonly countries = new Map<string, number>();
  readonly admin1 = new Map<string, number>();
  readonly anchors: Anchor[] = [];
  private readonly byKey = new Map<string, Contribution[]>();

  addCountry(iso2: string, weight: number, key = ''): void {
    if (!iso2) return;
    this.countries.set(iso2, (this.countries.get(iso2) ?? 0) + weight);
    this.remember(key, { country: iso2, admin1: undefined, weight });
  }

  /** Adds a resolved place: its country, its admin1 area and its point. */
  addPlace(place: GazPlace, weight: number, key: string): void {
    this.addCountry(place.country, weight, key);
    if (place.country && place.admin1Code) {
      const a1 = place.admin1Key;
      this.admin1.set(a1, (this.admin1.get(a1) ?? 0) + weight);
      this.remember(key, { country: undefined, admin1: a1, weight });
    }
    // Countries and continents are too big to say where nearby things are.
    if (place.fcode !== 'PCLI' && place.featureClass !== 'H' && place.fcode !== 'CONT' && place.fcode !== 'RGN') {
      this.anchors.push({ lat: place.lat, lon: place.lon, weight, key });
    }
  }

  /** Weight of a country, leaving out what the mention key itself contributed. */
  countryWeight(iso2: string, excludeKey: string): number {
    // Summed in insertion order from 0, as a filter-and-reduce would (same floating-point result), without the arrays.
    let own = 0;
    for (const c of this.byKey.get(excludeKey) ?? NO_CONTRIBUTIONS) if (c.country === iso2) own += c.weight;
    return (this.countries.get(iso2) ?? 0) - own;
  }

  /** Weight of an admin1 area by its key ("US.TX", GazPlace.admin1Key), leaving out what the mention key contributed. */
  admin1Weight(a1: string, excludeKey: string): number {
    let own = 0;
    for (const c of this.byKey.get(excludeKey) ?? NO_CONTRIBUTIONS) if (c.admin1 === a1) own += c.weight;
    return (this.admin1.get(a1) ?? 0) - own;
  }

  /** An independent copy, to add to without touching this one. */
  clone(): DocGeoContext {
    const c = new DocGeoContext();
    for (const [k, v] of this.countries) c.countries.set(k, v);
    for (const [k, v] of this.admin1) c.admin1.set(k, v);
    c.anchors.push(...this.anchors);
    for (const [k, v] of this.byKey) c.byKey.set(k, [...v]);
    return c;
  }

  private remember(key: string, c: Contribution): void {
    if (!key) return;
    const list = this.byKey.get(key) ?? [];
    list.push(c);
    this.byKey.set(key, list);
  }
}

/** Context known before any place is resolved: the dateline and country names or demonyms among entities. */
export function initialContext(doc: Doc, gazetteer: Gazetteer): DocGeoContext {
  const ctx = new DocGeoContext();
  const dateline = doc.meta.dateline?.trim();
  if (dateline) {
    const country = lookupCountry(dateline);
    const best = country ? undefined : gazetteer.lookup(dateline)[0];
    if (country) ctx.addCountry(country.iso2, 2);
    else if (best) ctx.addPlace(best, 2, '');
  }
  for (const e of doc.get('entities')) {
    const c = lookupCountry(e.text);
    if (c) ctx.addCountry(c.iso2, 0.5);
  }
  return ctx;
}
