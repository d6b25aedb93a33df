/**
 * Name keys for gazetteer lookup: case-, diacritic-, punctuation- and
 * hyphen-insensitive, so "Al-Anbar", "al Anbar" and "AL ANBAR" meet.
 */

/** Arabic article prefixes that news writers add or drop ("al-Anbar" / "Anbar", "Ar Ramadi" / "Ramadi"). */
const ARABIC_ARTICLE = /^(?:al|el|ar|as|ad|an|at|az|ash|adh|ath)\s+(?=\S{3,})/;

const NON_ASCII = /[^ -~]/;

/** The lookup key of a name: lower case, no diacritics, no dots or apostrophes, hyphens as spaces. */
export function nameKey(name: string): string {
  // Most names are plain ASCII; NFD is the slow step, so only pay for it when needed.
  const folded = NON_ASCII.test(name) ? name.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : name;
  return folded
    .replace(/[ʻʼʿʾ‘’'`´.]/g, '')
    .replace(/[-‐‑–—_/]/g, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/** The key with its Arabic article removed, or undefined when it has none. */
export function withoutArticle(key: string): string | undefined {
  const stripped = key.replace(ARABIC_ARTICLE, '');
  return stripped !== key ? stripped : undefined;
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
const ADMIN_SUFFIX = / (?:oblast|governorate|province|state|region|district|prefecture|municipality|city|voivodeship|county|parish|department|territory)$/;
const ADMIN_PREFIX = /^(?:muhafazat|provincia de|province of|state of|departamento de|region de) /;

/** The key of an administrative area name without its generic part, when it has one. */
export function adminCore(key: string): string | undefined {
  const core = key.replace(ADMIN_SUFFIX, '').replace(ADMIN_PREFIX, '');
  return core !== key && core.length >= 3 ? core : undefined;
}
