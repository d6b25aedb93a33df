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
  /** Lower case of each kept code unit below TABLE_END (the key folds case per character). */
  lower: Uint16Array;
  /** The replacement of each REPLACE code unit, lower-cased, as code units. */
  replacementCodes: (Uint16Array | undefined)[];
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
  // Lower-casing per character equals lower-casing the key: every entry keeps its length when lower-cased.
  const lower = new Uint16Array(TABLE_END);
  const replacementCodes: (Uint16Array | undefined)[] = [];
  for (let c = 0; c < TABLE_END; c++) {
    lower[c] = kind[c] === KEEP ? String.fromCharCode(c).toLowerCase().charCodeAt(0) : c;
    const r = kind[c] === REPLACE ? replacement[c]!.toLowerCase() : '';
    replacementCodes.push(r ? Uint16Array.from(r, (ch) => ch.charCodeAt(0)) : undefined);
  }
  return { kind, replacement, typographic, lower, replacementCodes };
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

/**
 * nameKey without making a string: writes the key of name (or of
 * name[from, to), which saves slicing it out of a text) as UTF-16 code units into
 * `out` and returns where the key starts in it ("the " is skipped, not
 * moved) and its length, or undefined when the name needs the general path
 * (a character outside the table) or does not fit. Gazetteer lookups probe
 * the key index with these code units directly, so a lookup allocates nothing.
 * Same result as nameKey by construction: the steps of fastNameKey, with the
 * final lower-casing done per character (see CharTable.lower).
 */
export function foldNameKey(name: string, out: Uint16Array, from = 0, to = name.length): { start: number; length: number } | undefined {
  const n = foldInto(name, from, to, out);
  if (n < 0) return undefined;
  const the = n > 4 && out[0] === 116 && out[1] === 104 && out[2] === 101 && out[3] === 32;
  FOLDED.start = the ? 4 : 0;
  FOLDED.length = the ? n - 4 : n;
  return FOLDED;
}

/** The one result object of foldNameKey (read it before the next call). */
const FOLDED = { start: 0, length: 0 };

/** The folded code units of name[from, to) in out; their count, or -1 (general path needed, or too long). */
function foldInto(name: string, from: number, to: number, out: Uint16Array): number {
  const { kind, typographic, lower, replacementCodes } = TABLE;
  const limit = out.length;
  let n = 0;
  let pendingSpace = false;
  for (let i = from; i < to; i++) {
    const c = name.charCodeAt(i);
    const k = c < TABLE_END ? kind[c]! : (typographic.get(c) ?? UNKNOWN);
    if (k === KEEP) {
      if (n + 2 > limit) return -1;
      if (pendingSpace) out[n++] = 32;
      pendingSpace = false;
      out[n++] = c < TABLE_END ? lower[c]! : c;
    } else if (k === SPACE) {
      if (n > 0) pendingSpace = true;
    } else if (k === REPLACE) {
      const codes = replacementCodes[c]!;
      if (n + 1 + codes.length > limit) return -1;
      if (pendingSpace) out[n++] = 32;
      pendingSpace = false;
      for (let j = 0; j < codes.length; j++) out[n++] = codes[j]!;
    } else if (k === UNKNOWN) return -1;
    // DROP: nothing.
  }
  return n;
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
  if (ADMIN_SUFFIX_WORDS.has(core.slice(lastSpace + 1))) core = core.slice(0, lastSpace);
  for (const prefix of ADMIN_PREFIXES) {
    if (core.startsWith(prefix)) {
      core = core.slice(prefix.length);
      break;
    }
  }
  return core !== key && core.length >= 3 ? core : undefined;
}

/**
 * Whether withoutArticle or adminCore could give anything for the key held
 * as code units in codes[start, start + length): its first word is an
 * Arabic article, its last word an administrative suffix, or it starts
 * with an administrative prefix. When not, a missed lookup is over without
 * making the key's string.
 */
export function mayHaveAlternate(codes: Uint16Array, start: number, length: number): boolean {
  const end = start + length;
  let firstSpace = -1;
  let lastSpace = -1;
  for (let i = start; i < end; i++) {
    if (codes[i] !== 32) continue;
    if (firstSpace < 0) firstSpace = i;
    lastSpace = i;
  }
  if (firstSpace < 0) return false;
  // Plain loops: this runs on every missed multi-word n-gram of every article.
  for (const w of ARTICLE_CODES) if (codesEqual(codes, start, firstSpace, w)) return true;
  for (const w of SUFFIX_CODES) if (codesEqual(codes, lastSpace + 1, end, w)) return true;
  for (const w of PREFIX_CODES) if (w.length <= length && codesEqual(codes, start, start + w.length, w)) return true;
  return false;
}

const toCodes = (w: string) => Uint16Array.from(w, (ch) => ch.charCodeAt(0));
const ARTICLE_CODES = [...ARABIC_ARTICLES].map(toCodes);
const SUFFIX_CODES = [...ADMIN_SUFFIX_WORDS].map(toCodes);
const PREFIX_CODES = ADMIN_PREFIXES.map(toCodes);

function codesEqual(codes: Uint16Array, from: number, to: number, word: Uint16Array): boolean {
  if (to - from !== word.length) return false;
  for (let i = 0; i < word.length; i++) if (codes[from + i] !== word[i]) return false;
  return true;
}
