/**
 * Title and role words → PLOVER/CAMEO actor sector. Keys are lower case;
 * the longest match wins, so "foreign minister" beats "minister" and
 * "police chief" beats "chief". Written by hand for news usage.
 *
 * Sectors: GOV government, MIL military, REB rebels/insurgents, COP police,
 * JUD judiciary, LEG legislature, OPP opposition, PTY party, BUS business,
 * MED media, EDU education, HLH health, NGO non-governmental, IGO
 * international organisation, CVL civilians, REL religion, UAF armed
 * unidentified.
 */

export const ROLE_SECTORS: Readonly<Record<string, string>> = {
  // Government
  president: 'GOV',
  'vice president': 'GOV',
  'president-elect': 'GOV',
  'prime minister': 'GOV',
  'deputy prime minister': 'GOV',
  premier: 'GOV',
  chancellor: 'GOV',
  minister: 'GOV',
  'foreign minister': 'GOV',
  'defence minister': 'GOV',
  'defense minister': 'GOV',
  'interior minister': 'GOV',
  'finance minister': 'GOV',
  'health minister': 'GOV',
  'justice minister': 'GOV',
  'oil minister': 'GOV',
  'trade minister': 'GOV',
  'economy minister': 'GOV',
  'energy minister': 'GOV',
  'education minister': 'GOV',
  'minister of foreign affairs': 'GOV',
  'minister of defence': 'GOV',
  'minister of defense': 'GOV',
  'secretary of state': 'GOV',
  'foreign secretary': 'GOV',
  'home secretary': 'GOV',
  'defense secretary': 'GOV',
  'defence secretary': 'GOV',
  'treasury secretary': 'GOV',
  secretary: 'GOV',
  'head of state': 'GOV',
  // A bare "leader" is read as government; an organisation before it ("Islamic State leader") sets the sector.
  leader: 'GOV',
  'supreme leader': 'GOV',
  king: 'GOV',
  queen: 'GOV',
  prince: 'GOV',
  'crown prince': 'GOV',
  emir: 'GOV',
  sultan: 'GOV',
  governor: 'GOV',
  mayor: 'GOV',
  ambassador: 'GOV',
  envoy: 'GOV',
  diplomat: 'GOV',
  official: 'GOV',
  'government spokesman': 'GOV',
  'government spokeswoman': 'GOV',
  spokesman: 'GOV',
  spokeswoman: 'GOV',
  spokesperson: 'GOV',
  // Military
  general: 'MIL',
  'lieutenant general': 'MIL',
  'major general': 'MIL',
  'brigadier general': 'MIL',
  brigadier: 'MIL',
  colonel: 'MIL',
  'lieutenant colonel': 'MIL',
  major: 'MIL',
  captain: 'MIL',
  lieutenant: 'MIL',
  sergeant: 'MIL',
  admiral: 'MIL',
  'vice admiral': 'MIL',
  'rear admiral': 'MIL',
  marshal: 'MIL',
  'field marshal': 'MIL',
  'army chief': 'MIL',
  'chief of staff': 'MIL',
  'military spokesman': 'MIL',
  'army spokesman': 'MIL',
  commander: 'MIL',
  'military commander': 'MIL',
  soldier: 'MIL',
  // Police
  'police chief': 'COP',
  'police commissioner': 'COP',
  'police spokesman': 'COP',
  'police officer': 'COP',
  inspector: 'COP',
  detective: 'COP',
  sheriff: 'COP',
  // Judiciary
  judge: 'JUD',
  justice: 'JUD',
  'chief justice': 'JUD',
  prosecutor: 'JUD',
  'public prosecutor': 'JUD',
  'attorney general': 'JUD',
  magistrate: 'JUD',
  // Legislature
  senator: 'LEG',
  congressman: 'LEG',
  congresswoman: 'LEG',
  lawmaker: 'LEG',
  legislator: 'LEG',
  mp: 'LEG',
  parliamentarian: 'LEG',
  'speaker of parliament': 'LEG',
  'parliament speaker': 'LEG',
  representative: 'LEG',
  // Opposition, parties
  'opposition leader': 'OPP',
  'opposition figure': 'OPP',
  'party leader': 'PTY',
  'party chairman': 'PTY',
  'party spokesman': 'PTY',
  // Business
  'chief executive': 'BUS',
  'chief executive officer': 'BUS',
  ceo: 'BUS',
  chairman: 'BUS',
  executive: 'BUS',
  businessman: 'BUS',
  businesswoman: 'BUS',
  founder: 'BUS',
  economist: 'BUS',
  // Media
  journalist: 'MED',
  reporter: 'MED',
  editor: 'MED',
  correspondent: 'MED',
  photographer: 'MED',
  // Education
  professor: 'EDU',
  researcher: 'EDU',
  scholar: 'EDU',
  academic: 'EDU',
  teacher: 'EDU',
  student: 'EDU',
  analyst: 'EDU',
  // Health
  doctor: 'HLH',
  surgeon: 'HLH',
  nurse: 'HLH',
  physician: 'HLH',
  // Civil society, international
  activist: 'NGO',
  'rights activist': 'NGO',
  'aid worker': 'NGO',
  campaigner: 'NGO',
  'secretary-general': 'IGO',
  'secretary general': 'IGO',
  'special envoy': 'IGO',
  'high commissioner': 'IGO',
  // Religion
  pope: 'REL',
  cardinal: 'REL',
  bishop: 'REL',
  archbishop: 'REL',
  imam: 'REL',
  cleric: 'REL',
  ayatollah: 'REL',
  'grand ayatollah': 'REL',
  rabbi: 'REL',
  priest: 'REL',
  mufti: 'REL',
  'grand mufti': 'REL',
  // Armed groups, civilians
  'rebel leader': 'REB',
  'rebel commander': 'REB',
  'militant leader': 'REB',
  'jihadist leader': 'REB',
  warlord: 'REB',
  gunman: 'UAF',
  resident: 'CVL',
  witness: 'CVL',
  farmer: 'CVL',
};

/** Words that may precede a title without changing it ("former", "deputy"). */
export const ROLE_MODIFIERS = new Set(['former', 'acting', 'deputy', 'interim', 'outgoing', 'incoming', 'senior', 'top', 'new', 'then', 'then-', 'late', 'retired', 'ex', 'ex-', 'chief']);

/** Honorifics that precede names and are not roles. */
export const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'sir', 'dame', 'lord', 'lady', 'madame', 'monsieur', 'senor', 'señor', 'sheikh']);

/** Titles written before names whose role needs the sector but not the word itself ("Gen." → General). */
export const ROLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'gen.': 'general',
  gen: 'general',
  'lt.': 'lieutenant',
  'col.': 'colonel',
  col: 'colonel',
  'maj.': 'major',
  'capt.': 'captain',
  'sgt.': 'sergeant',
  'adm.': 'admiral',
  'sen.': 'senator',
  'rep.': 'representative',
  'gov.': 'governor',
  'pres.': 'president',
  'prof.': 'professor',
  'insp.': 'inspector',
  'det.': 'detective',
};

const MAX_ROLE_WORDS = Math.max(...Object.keys(ROLE_SECTORS).map((r) => r.split(' ').length));

export interface RoleMatch {
  /** Canonical role in title case ("Foreign Minister"). */
  role: string;
  sector: string;
  /** Number of words matched. */
  words: number;
}

export function titleCase(phrase: string): string {
  return phrase.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase()).replace(/\bOf\b/g, 'of');
}

/** The last word of every role: words ending in anything else end no role (most title phrases). */
const ROLE_LAST_WORDS = new Set(Object.keys(ROLE_SECTORS).map((r) => r.slice(r.lastIndexOf(' ') + 1)));

const expandAbbreviation = (w: string) => (Object.hasOwn(ROLE_ABBREVIATIONS, w) ? ROLE_ABBREVIATIONS[w]! : w);

/** The longest role that ends the given words (lower-cased), e.g. ["spanish","foreign","minister"] → Foreign Minister. */
export function roleAtEnd(words: readonly string[]): RoleMatch | undefined {
  if (words.length === 0 || !ROLE_LAST_WORDS.has(expandAbbreviation(words[words.length - 1]!))) return undefined;
  for (let n = Math.min(MAX_ROLE_WORDS, words.length); n >= 1; n--) {
    const phrase = words
      .slice(words.length - n)
      .map(expandAbbreviation)
      .join(' ');
    const sector = Object.hasOwn(ROLE_SECTORS, phrase) ? ROLE_SECTORS[phrase] : undefined;
    if (sector) return { role: titleCase(phrase), sector, words: n };
  }
  return undefined;
}
