/**
 * The text wink-nlp is given, with the spaces it misreads replaced.
 *
 * wink records each token's preceding spaces, and tokenize.ts finds offsets
 * by summing them. For twelve characters (found by trying every UTF-16 code
 * unit between two words) wink's count comes out one short, so every later
 * offset drifted by one: a form feed, a vertical tab, the line and
 * paragraph separators U+2028/U+2029 (common in text taken from JSON or
 * CMS exports), the ideographic space U+3000, U+FEFF (a BOM or zero-width
 * no-break space), the Ogham space mark and some Unicode typographic spaces.
 * NEL (U+0085, a line break in text decoded from Latin-1 pages) is counted
 * but read as a one-character token. Each is replaced by one code unit wink counts (a line break for the
 * breaking ones, a space for the others), so offsets into the original
 * text stay exact; the Doc keeps the original text.
 */
const MISREAD = /[\v\f\u0085\u1680\u2000\u2001\u2006-\u2008\u2028\u2029\u3000\ufeff]/g;
const BREAKING = /[\v\f\u0085\u2028\u2029]/;

const standIn = (c: string) => (BREAKING.test(c) ? '\n' : ' ');

/** `text` with each space wink misreads replaced by one it reads right; the same string when there is none. */
export function withCountedSpaces(text: string): string {
  MISREAD.lastIndex = 0;
  return MISREAD.test(text) ? text.replace(MISREAD, standIn) : text;
}
