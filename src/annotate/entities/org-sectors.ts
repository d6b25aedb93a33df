/**
 * Sector of an organisation from the words in its name ("Iraqi Army" → MIL,
 * "Supreme Court" → JUD) and a short list of well-known names news uses
 * bare. First matching rule wins; order is most specific first.
 */

const KNOWN: Readonly<Record<string, string>> = {
  'united nations': 'IGO',
  un: 'IGO',
  'u.n.': 'IGO',
  nato: 'IGO',
  eu: 'IGO',
  'european union': 'IGO',
  'european commission': 'IGO',
  'african union': 'IGO',
  'arab league': 'IGO',
  imf: 'IGO',
  'world bank': 'IGO',
  who: 'IGO',
  'world health organization': 'IGO',
  unicef: 'IGO',
  unhcr: 'IGO',
  opec: 'IGO',
  asean: 'IGO',
  'security council': 'IGO',
  'red cross': 'NGO',
  icrc: 'NGO',
  'amnesty international': 'NGO',
  'human rights watch': 'NGO',
  'doctors without borders': 'NGO',
  msf: 'NGO',
  afp: 'MED',
  reuters: 'MED',
  ap: 'MED',
  'associated press': 'MED',
  bbc: 'MED',
  cnn: 'MED',
  'al jazeera': 'MED',
  'islamic state': 'REB',
  isis: 'REB',
  isil: 'REB',
  'al-qaeda': 'REB',
  'al qaeda': 'REB',
  taliban: 'REB',
  hezbollah: 'REB',
  hamas: 'REB',
  houthis: 'REB',
  'boko haram': 'REB',
  'al-shabaab': 'REB',
  pentagon: 'MIL',
  'white house': 'GOV',
  kremlin: 'GOV',
  congress: 'LEG',
  senate: 'LEG',
  parliament: 'LEG',
  knesset: 'LEG',
};

const KEYWORD_RULES: readonly [RegExp, string][] = [
  [/\b(police|gendarmerie|interpol)\b/i, 'COP'],
  [/\b(army|armed forces|military|navy|air force|marines|defen[cs]e forces|national guard|brigade|battalion|regiment|command)\b/i, 'MIL'],
  [/\b(rebels?|resistance|militia|liberation|insurgents?|jihadists?|mujahideen|front)\b/i, 'REB'],
  [/\b(court|tribunal|judiciary|prosecutor'?s? office)\b/i, 'JUD'],
  [/\b(parliament|senate|congress|assembly|house of (representatives|commons|lords)|duma|majlis)\b/i, 'LEG'],
  [/\b(party|democrats|republicans|labour|conservatives)\b/i, 'PTY'],
  [/\b(ministry|government|cabinet|department|council of ministers|presidency|agency|commission)\b/i, 'GOV'],
  [/\b(university|college|school|institute|academy)\b/i, 'EDU'],
  [/\b(hospital|clinic|health)\b/i, 'HLH'],
  [/\b(church|mosque|synagogue|diocese|vatican|islamic council)\b/i, 'REL'],
  [/\b(news|times|post|journal|television|tv|radio|press|herald|gazette|tribune)\b/i, 'MED'],
  [/\b(bank|inc\.?|corp\.?|corporation|company|co\.|ltd\.?|plc|group|airlines?|holdings|motors|oil)\b/i, 'BUS'],
  [/\b(foundation|charity|watch|amnesty|aid)\b/i, 'NGO'],
];

/**
 * Matches where any rule matches (their alternation): one test tells most
 * names (clubs, companies with no keyword) that no rule applies, instead of
 * one test per rule. Names it matches go through the rules in order, as the
 * first matching rule decides. (The rules are all case-insensitive, with no
 * back-references: their sources join as they stand.)
 */
const ANY_KEYWORD = new RegExp(KEYWORD_RULES.map(([re]) => `(?:${re.source})`).join('|'), 'i');

export function orgSector(name: string): string | undefined {
  const key = name.toLowerCase().replace(/^the\s+/, '');
  // Own keys only: "Constructor" must not find Object's constructor.
  const known = Object.hasOwn(KNOWN, key) ? KNOWN[key] : undefined;
  if (known) return known;
  if (!ANY_KEYWORD.test(name)) return undefined;
  for (const [re, sector] of KEYWORD_RULES) if (re.test(name)) return sector;
  return undefined;
}
