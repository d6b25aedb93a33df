/**
 * Rule-based corrections applied to the tagger's spans (resolve step):
 *  - well-known names the CoNLL-trained model cannot know replace what it
 *    proposed over the same text ("Islamic State", "Agence France-Presse");
 *  - a country name tagged MISC ("US" in "US-led") becomes LOC, following
 *    the CoNLL convention for country names;
 *  - an organisation split in two by the model ("Islamic" + "Resistance",
 *    "Economic Community of West" + "African States") is merged, and extended over "in/of <place>" ("Islamic Resistance in
 *    Iraq").
 */
import { isDemonym, lookupCountry } from '../../lexicon/countries.js';
import type { Entity, EntityType } from '../../model/layers.js';
import { escapeRegExp } from '../../util/regexp.js';

/** Names news uses that the model mislabels; matched case-sensitively at word boundaries. */
export const KNOWN_NAMES: readonly [string, EntityType][] = [
  ['Islamic State', 'ORG'],
  ['Islamic Resistance in Iraq', 'ORG'],
  ['Islamic Jihad', 'ORG'],
  ['al-Qaeda', 'ORG'],
  ['Al-Qaeda', 'ORG'],
  ['al-Shabaab', 'ORG'],
  ['Boko Haram', 'ORG'],
  ['Hezbollah', 'ORG'],
  ['Hamas', 'ORG'],
  ['Taliban', 'ORG'],
  ['Houthis', 'ORG'],
  ['Kataeb Hezbollah', 'ORG'],
  ['Wagner Group', 'ORG'],
  ['Agence France-Presse', 'ORG'],
  ['Associated Press', 'ORG'],
  ['European Union', 'ORG'],
  ['United Nations', 'ORG'],
  ['Security Council', 'ORG'],
  ['African Union', 'ORG'],
  ['Arab League', 'ORG'],
  ['NATO', 'ORG'],
  ['Middle East', 'LOC'],
  ['Gaza Strip', 'LOC'],
  ['West Bank', 'LOC'],
  ['Sahel', 'LOC'],
];

/**
 * The names, longest first, not followed by a letter or digit. Not preceded
 * by one is checked on each match (`wordStartsAt`): a look-behind at the
 * start of the pattern keeps the regex engine from skipping ahead to the
 * names' first letters, so it tried every position of the text.
 */
const KNOWN_RE = new RegExp(`(?:${[...KNOWN_NAMES].sort((a, b) => b[0].length - a[0].length).map((n) => escapeRegExp(n[0])).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
const LETTER_OR_DIGIT_AT_END = /[\p{L}\p{N}]$/u;

/** `(?<![\p{L}\p{N}])` at `at`: the code point before it (a surrogate pair read whole) is no letter or digit. */
const wordStartsAt = (text: string, at: number) => at === 0 || !LETTER_OR_DIGIT_AT_END.test(text.slice(Math.max(0, at - 2), at));
const KNOWN_TYPE = new Map(KNOWN_NAMES);

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export function applyKnownNames(text: string, entities: readonly Entity[]): Entity[] {
  const known: Entity[] = [];
  // As matchAll with the look-behind in the pattern would: a match not at a word start is passed over, and the search goes on from the next position.
  KNOWN_RE.lastIndex = 0;
  for (let m = KNOWN_RE.exec(text); m; m = KNOWN_RE.exec(text)) {
    if (!wordStartsAt(text, m.index)) {
      KNOWN_RE.lastIndex = m.index + 1;
      continue;
    }
    known.push({ start: m.index, end: m.index + m[0].length, text: m[0], type: KNOWN_TYPE.get(m[0])!, source: 'entities/known-name', confidence: 0.9 });
  }
  // A model span that contains a known name and more ("Islamic State Province") is kept.
  const kept = entities.filter((e) => !known.some((k) => overlaps(k, e) && !(e.start <= k.start && e.end >= k.end && e.end - e.start > k.end - k.start)));
  const shadowed = known.filter((k) => kept.some((e) => overlaps(k, e)));
  return [...kept, ...known.filter((k) => !shadowed.includes(k))].sort((a, b) => a.start - b.start);
}

export function retypeCountryNames(entities: readonly Entity[]): Entity[] {
  return entities.map((e) => (e.type === 'MISC' && lookupCountry(e.text) && !isDemonym(e.text) ? { ...e, type: 'LOC' as const } : e));
}

/** Head words of organisation names that take a modifier before and "in/of X" after. */
const ORG_HEADS = /(?:^|\s)(Resistance|Front|Movement|Army|Council|Party|Union|Brigades?|Forces|Committee|Alliance|Coalition|Organi[sz]ation|Ministry|Authority|Commission|Agency|Association|Federation|League|Guard|Jihad|Mission)$/;

export function mergeOrganisationParts(text: string, entities: readonly Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const e of entities) {
    const prev = out[out.length - 1];
    // Only gaps of one or four code units can match below: longer ones are not copied out of the text.
    const gap = prev && (e.start - prev.end === 1 || e.start - prev.end === 4) ? text.slice(prev.end, e.start) : '';
    // "Islamic" (MISC) + "Resistance" (ORG) with only a space between: one organisation.
    if (prev && (e.type === 'ORG' || prev.type === 'ORG') && prev.type !== 'PER' && e.type !== 'PER' && gap === ' ') {
      out[out.length - 1] = merged(text, prev, e);
      continue;
    }
    // "<Org head> in|of <LOC>": "Islamic Resistance in Iraq".
    if (prev && prev.type === 'ORG' && e.type === 'LOC' && (gap === ' in ' || gap === ' of ') && ORG_HEADS.test(prev.text)) {
      out[out.length - 1] = merged(text, prev, e);
      continue;
    }
    out.push(e);
  }
  return out;
}

function merged(text: string, a: Entity, b: Entity): Entity {
  const confidence = Math.min(a.confidence ?? 1, b.confidence ?? 1);
  return { start: a.start, end: b.end, text: text.slice(a.start, b.end), type: 'ORG', source: 'entities/merge', confidence };
}

/** Honorifics the model sometimes includes at the start of a person span. */
const LEADING_HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr|Mme|M)\.?\s+(?=\p{Lu})/u;

export function stripHonorifics(entities: readonly Entity[]): Entity[] {
  return entities.map((e) => {
    if (e.type !== 'PER') return e;
    const m = LEADING_HONORIFIC.exec(e.text);
    if (!m) return e;
    return { ...e, start: e.start + m[0].length, text: e.text.slice(m[0].length) };
  });
}
