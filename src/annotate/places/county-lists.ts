/**
 * Bare county names before a plural area word: "Becker, Clay and Douglas
 * counties", "Caddo and Bossier parishes". Each name is a mention looked up
 * as "<name> County" / "<name> Parish" so the county, not a namesake town, wins.
 */
import type { Doc } from '../../model/doc.js';
import { placeMention, type PlaceMention } from './mentions.js';

const NAME = String.raw`\p{Lu}[\p{L}'.-]+(?: \p{Lu}[\p{L}'.-]+)?`;
/** Items are comma-separated, so the split is unambiguous (no backtracking blow-up); anchored at the area word. */
const LIST_BEFORE_AREA_WORD = new RegExp(String.raw`(?:${NAME}, )*${NAME},? (?:and|or|&) ${NAME} $`, 'u');
const AREA_WORD = /\b(counties|parishes)\b/gi;
const ANY_AREA_WORD = /counties|parishes/i;
const NAME_IN_LIST = new RegExp(NAME, 'gu');
/** Longest list looked at before the area word, in characters. */
const WINDOW = 160;

export function proposeCountyLists(doc: Doc): PlaceMention[] {
  const out: PlaceMention[] = [];
  // The area word is rare: look for it with one native case-insensitive search (no lower-cased copy of
  // the text) before running the pattern; it finds every text AREA_WORD can match in.
  if (!ANY_AREA_WORD.test(doc.text)) return out;
  for (const w of doc.text.matchAll(AREA_WORD)) {
    const from = Math.max(0, w.index - WINDOW);
    const m = LIST_BEFORE_AREA_WORD.exec(doc.text.slice(from, w.index));
    if (!m) continue;
    const list = m[0].trimEnd();
    const area = /^parish/i.test(w[1]!) ? 'Parish' : 'County';
    for (const n of list.matchAll(NAME_IN_LIST)) {
      const start = from + m.index + n.index;
      out.push(placeMention(start, start + n[0].length, n[0], 'county-list', undefined, undefined, undefined, `${n[0]} ${area}`));
    }
  }
  return out;
}
