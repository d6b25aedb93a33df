/**
 * Actor dictionary: words that make a noun phrase an actor and the PLOVER
 * sector they signal, plus international organisations by name. Countries
 * come from the shared lexicon (src/lexicon/countries.ts).
 */

/** Head nouns (lemma) → sector. */
export const SECTOR_NOUNS: Record<string, string> = {
  government: 'GOV', ministry: 'GOV', minister: 'GOV', president: 'GOV', premier: 'GOV', cabinet: 'GOV',
  official: 'GOV', authority: 'GOV', authorities: 'GOV', administration: 'GOV', parliament: 'GOV', lawmaker: 'GOV',
  legislator: 'GOV', king: 'GOV', queen: 'GOV', leader: 'GOV', spokesman: 'GOV', spokeswoman: 'GOV', spokesperson: 'GOV',
  diplomat: 'GOV', ambassador: 'GOV', envoy: 'GOV', embassy: 'GOV', regime: 'GOV', mayor: 'GOV', governor: 'GOV',
  chancellor: 'GOV', secretary: 'GOV', state: 'GOV', junta: 'MIL', senate: 'GOV', congress: 'GOV', delegation: 'GOV',
  troop: 'MIL', soldier: 'MIL', army: 'MIL', military: 'MIL', force: 'MIL', navy: 'MIL', marine: 'MIL', coalition: 'MIL',
  militiaman: 'MIL', militiamen: 'MIL', tank: 'MIL', aircraft: 'MIL', jet: 'MIL', warplane: 'MIL', helicopter: 'MIL',
  artillery: 'MIL', commander: 'MIL', general: 'MIL', sniper: 'MIL', paratrooper: 'MIL', predator: 'MIL', drone: 'MIL',
  police: 'COP', policeman: 'COP', policemen: 'COP', officer: 'COP', guard: 'COP', gendarme: 'COP',
  rebel: 'REB', insurgent: 'REB', militant: 'REB', jihadist: 'REB', guerrilla: 'REB', fighter: 'REB', resistance: 'REB',
  separatist: 'REB', extremist: 'REB', terrorist: 'REB', militia: 'REB', faction: 'REB', 'islamic state': 'REB',
  opposition: 'OPP', dissident: 'OPP', protester: 'CVL', demonstrator: 'CVL', rioter: 'CVL', mob: 'CVL', civilian: 'CVL', people: 'CVL',
  resident: 'CVL', villager: 'CVL', student: 'CVL', worker: 'LAB', union: 'LAB', crowd: 'CVL', citizen: 'CVL',
  refugee: 'REF', migrant: 'REF', detainee: 'CVL', prisoner: 'CVL', farmer: 'CVL',
  court: 'JUD', judge: 'JUD', prosecutor: 'JUD', tribunal: 'JUD', judiciary: 'JUD',
  journalist: 'MED', reporter: 'MED', newspaper: 'MED', media: 'MED', agency: 'MED',
  cleric: 'REL', church: 'REL', imam: 'REL', bishop: 'REL', pope: 'REL', priest: 'REL',
  company: 'BUS', firm: 'BUS', businessman: 'BUS', businessmen: 'BUS', corporation: 'BUS', bank: 'BUS',
  agent: 'COP', supporter: 'CVL', fundamentalist: 'REB', settler: 'CVL', youth: 'CVL', hacker: 'UAF', inhabitant: 'CVL',
  elder: 'CVL', servicemen: 'MIL', serviceman: 'MIL', warship: 'MIL', vessel: 'MIL', islamist: 'REB', party: 'OPP', minority: 'CVL',
  activist: 'NGO', charity: 'NGO', gunman: 'UAF', gunmen: 'UAF', assailant: 'UAF', attacker: 'UAF', bomber: 'UAF',
};

/** Sector words that only count when the phrase also names a country or a link ("pro-Iranian groups"). */
export const WEAK_SECTOR_NOUNS: Record<string, string> = { group: 'REB', alliance: 'REB', side: 'GOV' };

/** International organisations. */
export const IGO_NAMES: readonly string[] = [
  'united nations', 'un', 'u.n.', 'nato', 'european union', 'eu', 'african union', 'au', 'world bank', 'imf',
  'international monetary fund', 'security council', 'apec', 'asean', 'arab league', 'opec', 'osce', 'who',
  'international criminal court', 'icc', 'international atomic energy agency', 'red cross', 'red crescent', 'icrc', 'european community', 'ec', 'organization of african unity', 'oau', 'world food program', 'wfp', 'iaea', 'unhcr', 'unicef', 'wto', 'ecowas', 'oas',
  'asia-pacific economic cooperation', 'interpol', 'g7', 'g20',
];
export const NGO_NAMES: readonly string[] = ['amnesty international', 'human rights watch', 'msf', 'doctors without borders', 'oxfam', 'greenpeace'];

/** Words that make a following country a link rather than the actor's own country. */
export const LINK_PREFIXES = ['pro-'];
export const LINK_SUFFIXES = ['-linked', '-backed', '-aligned', '-affiliated', '-allied', '-funded', '-supported', '-sponsored'];
/** "US-led" makes the leader the actor's country. */
export const LEAD_SUFFIXES = ['-led'];
