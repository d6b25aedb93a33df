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

export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;
