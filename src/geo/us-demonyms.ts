/**
 * Demonyms of US states as news writes them ("Texan", "Californians") →
 * admin1 code. Hand-written; only forms that are not also common words.
 */
const STATE_DEMONYM_LIST: Record<string, string> = {
  Alabamian: 'AL', Alaskan: 'AK', Arizonan: 'AZ', Arkansan: 'AR', Californian: 'CA', Coloradan: 'CO',
  Connecticuter: 'CT', Delawarean: 'DE', Floridian: 'FL', Georgian: 'GA', Hawaiian: 'HI', Idahoan: 'ID',
  Illinoisan: 'IL', Hoosier: 'IN', Indianan: 'IN', Iowan: 'IA', Kansan: 'KS', Kentuckian: 'KY', Louisianan: 'LA',
  Louisianian: 'LA', Mainer: 'ME', Marylander: 'MD', Michigander: 'MI', Michiganian: 'MI', Minnesotan: 'MN',
  Mississippian: 'MS', Missourian: 'MO', Montanan: 'MT', Nebraskan: 'NE', Nevadan: 'NV', 'New Hampshirite': 'NH',
  'New Jerseyan': 'NJ', 'New Mexican': 'NM', 'New Yorker': 'NY', 'North Carolinian': 'NC', 'North Dakotan': 'ND',
  Ohioan: 'OH', Oklahoman: 'OK', Oregonian: 'OR', Pennsylvanian: 'PA', 'Rhode Islander': 'RI',
  'South Carolinian': 'SC', 'South Dakotan': 'SD', Tennessean: 'TN', Texan: 'TX', Utahn: 'UT', Utahan: 'UT',
  Vermonter: 'VT', Virginian: 'VA', Washingtonian: 'WA', 'West Virginian': 'WV', Wisconsinite: 'WI', Wyomingite: 'WY',
};

const STATE_DEMONYMS = new Map(Object.entries(STATE_DEMONYM_LIST));

/** Every state demonym in its singular form ("Texan", "New Yorker"). */
export const STATE_DEMONYM_NAMES: readonly string[] = Object.keys(STATE_DEMONYM_LIST);

/** White space other than single inner spaces: the only case that needs the name tidied first. */
const UNTIDY_SPACE = /^\s|\s$|\s\s|[^\S ]/;

/** The admin1 code of a US state demonym, singular or plural ("Texans" → "TX"). Called on every capitalised word. */
export function stateOfDemonym(s: string): string | undefined {
  const t = UNTIDY_SPACE.test(s) ? s.trim().replace(/\s+/g, ' ') : s;
  return STATE_DEMONYMS.get(t) ?? (t.endsWith('s') ? STATE_DEMONYMS.get(t.slice(0, -1)) : undefined);
}

/** Longest state demonym in words (for n-gram scans). */
export const MAX_STATE_DEMONYM_WORDS = 2;
