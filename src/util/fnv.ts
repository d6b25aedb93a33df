/**
 * FNV-1a (32-bit) over UTF-16 code units: the one string hash of the
 * lookup tables (gazetteer keys, entity entries, quote cue words). The
 * constants are exported for loops that hash characters as they read them.
 */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a of text[start, end), unsigned. */
export function hashSpan(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** FNV-1a of a whole string, unsigned. */
export function hashString(s: string): number {
  return hashSpan(s, 0, s.length);
}
