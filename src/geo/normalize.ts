/**
 * Name keys for gazetteer lookup: case-, diacritic-, punctuation- and
 * hyphen-insensitive, so "Al-Anbar", "al Anbar" and "AL ANBAR" meet.
 *
 * Lookups run this on every capitalised n-gram of every article, so names
 * in Latin script (nearly all of them) take a single table-driven character
 * loop; anything else goes through the general Unicode path. Both give the
 * same key (the table is derived from the general path).
 */

/** Arabic article prefixes that news writers add or drop ("al-Anbar" / "Anbar", "Ar Ramadi" / "Ramadi"). */
const ARABIC_ARTICLES = new Set(['al', 'el', 'ar', 'as', 'ad', 'an', 'at', 'az', 'ash', 'adh', 'ath']);

/** The lookup key of a name: lower case, no diacritics, no dots or apostrophes, hyphens as spaces. */
export function nameKey(name: string): string {
  // Most names are words of plain letters: one native regex test and a case fold.
  if (PLAIN_WORDS.test(name)) {
    const key = name.toLowerCase();
    return key.startsWith('the ') ? key.slice(4) : key;
  }
  return fastNameKey(name) ?? unicodeNameKey(name);
}

/** ASCII letters in words separated by single spaces: the key is the name in lower case. */
const PLAIN_WORDS = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/**
 * The general definition: Unicode decomposition strips diacritics; dots,
 * apostrophes (typographic too) go; dashes, underscores, slashes and white
 * space become single spaces; a leading "the " goes.
 */
function unicodeNameKey(name: string): string {
  const folded = NON_ASCII.test(name) ? name.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : name;
  return folded
    .replace(/[ʻʼʿʾ‘’'`´.]/g, '')
    .replace(/[-‐‑–—_/]/g, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

const NON_ASCII = /[^ -~]/;

/**
 * What the general definition does to each UTF-16 code unit on its own:
 * keep it, drop it, make it a separator, or replace it (a letter without its
 * diacritics). Derived from unicodeNameKey itself for every code unit up to
 * the end of the combining diacritics block and for the typographic
 * punctuation it names, so the fast path cannot drift from it.
 */
const KEEP = 0;
const DROP = 1;
const SPACE = 2;
const REPLACE = 3;
const UNKNOWN = 4;
const TABLE_END = 0x370;
const TYPOGRAPHIC = '‘’‐‑–—\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

interface CharTable {
  kind: Uint8Array;
  replacement: string[];
  typographic: Map<number, number>;
}

/** Built once when the module loads (well under a millisecond), so the hot path has no lazy-init branch. */
const TABLE: CharTable = buildCharTable();

function buildCharTable(): CharTable {
  const kind = new Uint8Array(TABLE_END);
  const replacement: string[] = [];
  const classify = (ch: string): [number, string] => {
    // The general steps before case folding, on one character ("x" guards against trim and "the ").
    const folded = (NON_ASCII.test(ch) ? ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : ch)
      .replace(/[ʻʼʿʾ‘’'`´.]/g, '')
      .replace(/[-‐‑–—_/]/g, ' ')
      .replace(/\s/g, ' ');
    if (folded === ch) return /\s/.test(ch) ? [SPACE, ''] : [KEEP, ''];
    if (folded === '') return [DROP, ''];
    if (folded === ' ') return [SPACE, ''];
    return /\s/.test(folded) || folded.toLowerCase().length !== folded.length ? [UNKNOWN, ''] : [REPLACE, folded];
  };
  for (let c = 0; c < TABLE_END; c++) {
    const ch = String.fromCharCode(c);
    // Lone surrogates and characters whose lower case changes length take the general path.
    const [k, r] = ch.toLowerCase().length === 1 ? classify(ch) : [UNKNOWN, ''];
    kind[c] = k;
    replacement[c] = r;
  }
  const typographic = new Map<number, number>();
  for (const ch of TYPOGRAPHIC) typographic.set(ch.charCodeAt(0), classify(ch)[0]);
  return { kind, replacement, typographic };
}

/**
 * The key in one pass over the name, for names made of Latin letters,
 * ASCII and the typographic punctuation above (nearly all place names in
 * news); undefined for anything else, which takes the general path.
 */
function fastNameKey(name: string): string | undefined {
  const { kind, replacement, typographic } = TABLE;
  let out = '';
  // The run of kept characters not yet copied starts at runStart (when inRun).
  let runStart = 0;
  let inRun = true;
  let pendingSpace = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const k = c < TABLE_END ? kind[c]! : (typographic.get(c) ?? UNKNOWN);
    if (k === KEEP) {
      if (!inRun) {
        // (A pending space is only ever owed after a run has ended.)
        if (pendingSpace) out += ' ';
        pendingSpace = false;
        runStart = i;
        inRun = true;
      }
      continue;
    }
    if (k === UNKNOWN) return undefined;
    if (inRun && i > runStart) out += name.slice(runStart, i);
    inRun = false;
    if (k === SPACE) {
      if (out.length > 0) pendingSpace = true;
    } else if (k === REPLACE) {
      if (pendingSpace) out += ' ';
      pendingSpace = false;
      out += replacement[c]!;
    }
  }
  if (inRun) out += runStart === 0 ? name : name.slice(runStart);
  const key = out.toLowerCase();
  return key.startsWith('the ') ? key.slice(4) : key;
}

/** The key with its Arabic article removed, or undefined when it has none ("al anbar" → "anbar"; needs 3+ letters left). */
export function withoutArticle(key: string): string | undefined {
  const space = key.indexOf(' ');
  if (space < 2 || space > 3 || !ARABIC_ARTICLES.has(key.slice(0, space))) return undefined;
  const rest = key.slice(space + 1);
  // The old pattern's \s+(?=\S{3,}): the next word (up to a space) must have three or more characters.
  const nextSpace = rest.indexOf(' ');
  return (nextSpace < 0 ? rest.length : nextSpace) >= 3 ? rest : undefined;
}

/** "saint x" and "st x" are the same place name; returns the other spelling. */
export function saintVariant(key: string): string | undefined {
  if (key.startsWith('saint ')) return `st ${key.slice(6)}`;
  if (key.startsWith('st ')) return `saint ${key.slice(3)}`;
  if (key.startsWith('mount ')) return `mt ${key.slice(6)}`;
  if (key.startsWith('mt ')) return `mount ${key.slice(3)}`;
  if (key.startsWith('fort ')) return `ft ${key.slice(5)}`;
  if (key.startsWith('ft ')) return `fort ${key.slice(3)}`;
  return undefined;
}

/** Administrative suffixes that news often leaves off ("Kharkiv Oblast" → "Kharkiv"). */
const ADMIN_SUFFIX_WORDS = new Set([
  'oblast', 'governorate', 'province', 'state', 'region', 'district', 'prefecture', 'municipality', 'city',
  'voivodeship', 'county', 'parish', 'department', 'territory',
]);
const ADMIN_PREFIXES = ['muhafazat ', 'provincia de ', 'province of ', 'state of ', 'departamento de ', 'region de '];

/** The key of an administrative area name without its generic part, when it has one. */
export function adminCore(key: string): string | undefined {
  let core = key;
  const lastSpace = core.lastIndexOf(' ');
  // Every suffix and prefix is a word of its own: a one-word key has none.
  if (lastSpace < 0) return undefined;
  if (lastSpace >= 0 && ADMIN_SUFFIX_WORDS.has(core.slice(lastSpace + 1))) core = core.slice(0, lastSpace);
  for (const prefix of ADMIN_PREFIXES) {
    if (core.startsWith(prefix)) {
      core = core.slice(prefix.length);
      break;
    }
  }
  return core !== key && core.length >= 3 ? core : undefined;
}
