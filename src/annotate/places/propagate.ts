/**
 * One sense per document for recognition: once a name is proposed as a place,
 * its other capitalised occurrences are places too ("Troy" found after "in
 * Troy" is also a place where the tagger or the cues missed it). Occurrences
 * inside a longer capitalised name ("Troy Aikman", "Troy High School") or a
 * person entity longer than the name are left alone.
 */
import type { Doc } from '../../model/doc.js';
import type { Entity } from '../../model/layers.js';
import { overlaps, placeMention, type PlaceMention } from './mentions.js';
import { partOfLongerName } from './propose.js';
import { firstEndingAfter, firstStartingFrom } from '../../model/span-search.js';

/** Rules whose names are spread; facilities, demonyms and state abbreviations have their own patterns. */
const SPREAD_RULES = new Set(['entity-loc', 'entity-other', 'capitalised', 'dateline']);

export function propagateMentions(doc: Doc, mentions: readonly PlaceMention[], entities: readonly Entity[]): PlaceMention[] {
  const tokens = doc.get('tokens');
  // Token boundaries by binary search (tokens are sorted and do not overlap).
  const tokenAt = (offset: number) => {
    const i = firstStartingFrom(tokens, offset);
    return tokens[i]?.start === offset ? i : undefined;
  };
  const tokenEndingAt = (offset: number) => {
    const i = firstEndingAfter(tokens, offset - 1);
    return tokens[i]?.end === offset ? i : undefined;
  };
  const longerPeople = entities.filter((e) => e.type === 'PER');
  const names = new Set<string>();
  for (const m of mentions) if (SPREAD_RULES.has(m.rule) && /^\p{Lu}/u.test(m.text)) names.add(m.text);
  const taken: { start: number; end: number }[] = [...mentions];
  const out: PlaceMention[] = [];
  for (const name of names) {
    for (let at = doc.text.indexOf(name); at >= 0; at = doc.text.indexOf(name, at + 1)) {
      const span = { start: at, end: at + name.length };
      const first = tokenAt(span.start);
      const last = tokenEndingAt(span.end);
      if (first === undefined || last === undefined) continue;
      if (taken.some((t) => overlaps(t, span))) continue;
      if (longerPeople.some((p) => overlaps(p, span) && p.end - p.start > name.length)) continue;
      if (partOfLongerName(doc, tokens, first, last)) continue;
      const m = placeMention(span.start, span.end, name, 'propagated');
      out.push(m);
      taken.push(m);
    }
  }
  return out;
}
