/**
 * United States state abbreviations as news writes them after a town
 * ("Paris, Tenn.", "Macon, GA"): AP style and postal codes → admin1 code.
 * Postal codes only count in the "Town, ST" pattern (they are too short to
 * trust elsewhere).
 */
export const AP_STATE_ABBREVIATIONS: Record<string, string> = {
  'Ala.': 'AL', 'Ariz.': 'AZ', 'Ark.': 'AR', 'Calif.': 'CA', 'Cal.': 'CA', 'Colo.': 'CO', 'Conn.': 'CT',
  'Del.': 'DE', 'Fla.': 'FL', 'Ga.': 'GA', 'Ill.': 'IL', 'Ind.': 'IN', 'Kan.': 'KS', 'Kans.': 'KS',
  'Ky.': 'KY', 'La.': 'LA', 'Md.': 'MD', 'Mass.': 'MA', 'Mich.': 'MI', 'Minn.': 'MN', 'Miss.': 'MS',
  'Mo.': 'MO', 'Mont.': 'MT', 'Neb.': 'NE', 'Nebr.': 'NE', 'Nev.': 'NV', 'N.H.': 'NH', 'N.J.': 'NJ',
  'N.M.': 'NM', 'N.Y.': 'NY', 'N.C.': 'NC', 'N.D.': 'ND', 'Okla.': 'OK', 'Ore.': 'OR', 'Oreg.': 'OR',
  'Pa.': 'PA', 'Penn.': 'PA', 'R.I.': 'RI', 'S.C.': 'SC', 'S.D.': 'SD', 'Tenn.': 'TN', 'Tex.': 'TX',
  'Vt.': 'VT', 'Va.': 'VA', 'Wash.': 'WA', 'W.Va.': 'WV', 'W. Va.': 'WV', 'Wis.': 'WI', 'Wisc.': 'WI',
  'Wyo.': 'WY', 'D.C.': 'DC',
};

const US_POSTAL_CODES = new Set([
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA',
  'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR',
  'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY',
]);

/** Regex source matching any AP abbreviation, longest first. */
export const AP_ABBREVIATION_SOURCE = Object.keys(AP_STATE_ABBREVIATIONS)
  .map((k) => k.replace(/\./g, '\\.'))
  .sort((a, b) => b.length - a.length)
  .join('|');

/** Matches an AP abbreviation or a postal code at the start of a string. */
export const STATE_ABBREVIATION_AT_START = new RegExp(`^(?:${AP_ABBREVIATION_SOURCE}|[A-Z]{2}(?![A-Za-z]))`);

/** The admin1 code of an abbreviation ("Tenn." → "TN", "GA" → "GA"), if it is one. */
export function stateCodeOfAbbreviation(s: string): string | undefined {
  return AP_STATE_ABBREVIATIONS[s] ?? (US_POSTAL_CODES.has(s) ? s : undefined);
}
