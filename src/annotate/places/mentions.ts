/** A span proposed as a place name, before resolution. */
export interface PlaceMention {
  start: number;
  end: number;
  text: string;
  /** The proposing rule: entity-loc, entity-other, capitalised, state-abbrev, facility. */
  rule: string;
  /** Admin1 code when the mention is a US state abbreviation ("Tenn." → TN). */
  stateCode?: string;
  /** Named facility the gazetteer cannot place ("Ain al-Asad air base"). */
  facility?: boolean;
  /** An adjectival reference ("Israeli", "Texans") to a country (ISO2) and/or a US state (admin1 code). */
  demonym?: { country?: string; state?: string };
  /** The gazetteer name to look up instead of the text ("Clay" in "Clay and Polk counties" → "Clay County"). */
  lookupAs?: string;
}

/**
 * A mention with every field present (undefined when absent): all mentions share
 * one hidden class, so the resolver's loops over them stay monomorphic instead
 * of being deoptimised each time a rule's new shape reaches them.
 */
export function placeMention(
  start: number,
  end: number,
  text: string,
  rule: string,
  stateCode?: string,
  facility?: boolean,
  demonym?: PlaceMention['demonym'],
  lookupAs?: string,
): PlaceMention {
  return { start, end, text, rule, stateCode, facility, demonym, lookupAs };
}

export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;
