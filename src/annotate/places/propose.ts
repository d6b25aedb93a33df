/**
 * Propose place mentions, in this order (earlier rules win overlaps):
 *  1. LOC entities (and ORG/MISC entities whose text is a strong gazetteer name);
 *  2. named facilities ("Ain al-Asad air base", "Tower 22") from entities;
 *  3. capitalised token runs that the gazetteer knows, when a locative cue
 *     ("in", "near", "X, Y", "X County") supports them;
 *  4. US state abbreviations after "Town, " ("Paris, Tenn.").
 * Demonyms ("Iraqi") are never places; context.ts reads them instead.
 */
import type { Doc } from '../../model/doc.js';
import type { Entity, Span, Token } from '../../model/layers.js';
import type { Gazetteer } from '../../geo/gazetteer.js';
import { AP_ABBREVIATION_SOURCE, AP_STATE_ABBREVIATIONS, STATE_ABBREVIATION_AT_START, stateCodeOfAbbreviation } from '../../geo/us-states.js';
import { isDemonym } from '../../lexicon/countries.js';
import { overlaps, placeMention, type PlaceMention } from './mentions.js';
import { firstEndingAfter, firstStartingFrom } from '../../model/span-search.js';
import { hasOffsetIn, matchOffsets } from '../../util/sorted-offsets.js';

const FACILITY_WORD =
  /\b(?:base|airbase|air base|camp|airport|airfield|air field|tower|outpost|checkpoint|crossing|refinery|port|prison|compound|barracks|bridge|dam|embassy|consulate|garrison|depot|plant|mine|field)\b/i;
const NUMBERED_FACILITY = /^(?:Tower|Camp|Base|Checkpoint|Outpost|Gate)\s+\d+$/;
const STREET_WORD = /\b(?:Road|Rd|Street|St|Avenue|Ave|Boulevard|Blvd|Drive|Dr|Lane|Ln|Highway|Hwy|Route|Interstate|Way|Court|Ct|Parkway|Pkwy|Place|Pl)\.?$/;

/** Words that precede a place name. */
const LOCATIVE_CUE = new Set([
  'in', 'at', 'near', 'from', 'to', 'outside', 'across', 'throughout', 'into', 'toward', 'towards', 'around',
  'between', 'of', 'inside', 'through', 'via', 'visited', 'visit', 'within', 'northern', 'southern', 'eastern',
  'western', 'central', 'north', 'south', 'east', 'west', 'downtown', 'rural', 'neighboring', 'neighbouring',
]);
/** Words that follow a place name and make it one. */
const FOLLOWING_AREA_WORD = /^\s+(?:County|Parish|Township|province|Province|governorate|Governorate|region|state|oblast|district|city|area)\b/;
/** Local-news nouns after a town used as a modifier ("Torrington businesses", "DeKalb police"). */
const FOLLOWING_CIVIC_WORD =
  /^\s+(?:police|officials|residents|businesses|schools|mayor|council|firefighters|sheriff|native|resident|officers|authorities|voters|neighborhood|neighbourhood|homeowners|townspeople)\b/;
/** Capitalised words that are almost never places even when a tiny town shares the name. */
const NOT_PLACE_WORDS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'this', 'that', 'these', 'those',
  'mr', 'mrs', 'ms', 'dr', 'sheriff', 'police', 'mayor', 'president', 'governor', 'senator', 'judge', 'officer',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'but', 'and', 'or',
  'if', 'when', 'after', 'before', 'while', 'as', 'for', 'with', 'by', 'on', 'in', 'at', 'to', 'from', 'of',
  'there', 'here', 'what', 'who', 'some', 'many', 'most', 'all', 'no', 'not', 'one', 'two', 'three', 'also',
  'said', 'says', 'according', 'county', 'state', 'city', 'school', 'church', 'university', 'college', 'hospital',
  'center', 'centre', 'department', 'office', 'court', 'news', 'day', 'year', 'street', 'road', 'avenue',
  'park', 'lake', 'river', 'high', 'middle', 'north', 'south', 'east', 'west', 'new', 'old', 'union', 'republican',
  'democrat', 'democratic', 'christian', 'god', 'jesus', 'christmas', 'easter', 'thanksgiving', 'internet', 'web',
  'central', 'western', 'eastern', 'southern', 'northern', 'northeast', 'northwest', 'southeast', 'southwest',
  'metro', 'federal', 'commerce', 'free', 'man', 'earth', 'hills', 'main', 'delta', 'swat', 'nice', 'toyota',
  'patrick', 'lincoln', 'moore', 'al', 'el', 'bin', 'abu', 'white house', 'capitol', 'pentagon', 'eu', 'un', 'nato',
]);

/** Longer surfaces cannot be in NOT_PLACE_WORDS, so they skip the case folding and set test. */
const LONGEST_NOT_PLACE_WORD = Math.max(...[...NOT_PLACE_WORDS].map((w) => w.length));

/** Words that make a longer place name around a known one ("New London", "Boulder City", "Lake Vermont"). */
const NAME_PREFIX = /^(?:New|North|South|East|West|Upper|Lower|Little|Big|Old|Great|Mount|Mt\.?|Lake|Port|Fort|Ft\.?|Saint|St\.?|San|Santa|Glen|Grand|Palm|Cape)$/;
const NAME_SUFFIX = /^(?:City|Park|Colony|Heights|Springs|Falls|Beach|Valley|Hills|Village|Township|Junction|Center|Centre|Creek|Lake|River|Bay|Island|Harbor|Harbour|Point|Ridge|Grove|Station|Side)$/;

const MAX_NGRAM = 5;

/** Mis-decoded UTF-8 left on a word ("Minnesotaâ" from "Minnesota’s"). */
const MOJIBAKE_TAIL = /(?:â|Ã|Â)[\u0080-\u00ff€™œ]*$/;

/** Step 1 and 2: entity-based mentions. LOC entities the gazetteer lacks are left to step 3. */
export function proposeFromEntities(entities: readonly Entity[], gazetteer: Gazetteer): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const e of entities) {
    if (e.anaphor || e.type === 'PER') continue;
    const text = e.text.replace(MOJIBAKE_TAIL, '');
    const span = { start: e.start, end: e.start + text.length, text };
    if (STREET_WORD.test(text) || isDemonym(text) || NOT_PLACE_WORDS.has(text.toLowerCase())) continue;
    const known = gazetteer.has(text);
    if (!known && (FACILITY_WORD.test(text) || NUMBERED_FACILITY.test(text))) {
      out.push(placeMention(span.start, span.end, span.text, 'facility', undefined, true));
    } else if (known && (e.type === 'LOC' || isStrongName(text, gazetteer))) {
      out.push(placeMention(span.start, span.end, span.text, e.type === 'LOC' ? 'entity-loc' : 'entity-other'));
    }
  }
  return out;
}

/** A name whose best gazetteer entry is a country, first-level area, named county or big city. */
function isStrongName(text: string, gazetteer: Gazetteer, minPopulation = 500_000): boolean {
  const best = gazetteer.lookup(text)[0];
  if (!best) return false;
  if (best.fcode === 'ADM2' && / (?:County|Parish|Borough)$/.test(text)) return true;
  return ['PCLI', 'ADM1', 'TERR', 'CONT', 'RGN'].includes(best.fcode) || best.population >= minPopulation;
}

/**
 * Step 3: gazetteer-matched capitalised n-grams. Outside entities they need a
 * locative cue; inside a LOC entity any match counts ("Lake Vermont" → ...);
 * inside ORG/MISC only strong names do ("Rapides Parish Fire District").
 * People's names and spans already proposed are blocked.
 */
export function proposeCapitalised(doc: Doc, gazetteer: Gazetteer, taken: readonly PlaceMention[]): PlaceMention[] {
  const entities = doc.get('entities');
  const people = entities.filter((e) => e.type === 'PER' && !followedByState(doc, e.end) && !taggerMissedPlace(doc, e, gazetteer));
  // concat, not spread: no iterator results to allocate.
  const blocked = (taken as readonly Span[]).concat(people);
  const tokens = doc.get('tokens');
  const text = doc.text;
  const out: PlaceMention[] = [];
  // Capitalisation of each token, read once (the n-gram loop asks up to five times per token).
  // Indexed, not for-of: this loop often runs before the function is optimised, when for-of allocates an iterator result per token.
  const cap: boolean[] = [];
  for (let t = 0; t < tokens.length; t++) cap.push(startsCapitalised(text, tokens[t]!));
  // Sorted offsets of the characters a name never spans, and the blocked ranges merged: a span test is a binary search.
  const unspannable = matchOffsets(text, UNSPANNABLE);
  const blockedEmpty = blocked.some((b) => b.end <= b.start);
  const covered = mergedRanges(text.length, blocked);
  const inBlocked = (start: number, end: number) =>
    blockedEmpty ? blocked.some((b) => overlaps(b, { start, end })) : covered.touches(start, end);
  // Entities usually lie sorted and apart: the one overlapping a span is then found by binary search, not a scan (checked per doc).
  const entitiesApart = sortedApart(entities);
  const entityOverlapping = (start: number, end: number): Entity | undefined => {
    if (!entitiesApart) return entities.find((e) => overlaps(e, { start, end }));
    const k = firstEndingAfter(entities, start);
    return k < entities.length && entities[k]!.start < end ? entities[k] : undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!cap[i]) continue;
    let matched = false;
    for (let n = Math.min(MAX_NGRAM, tokens.length - i); n >= 1 && !matched; n--) {
      const first = tokens[i]!;
      const last = tokens[i + n - 1]!;
      if (last.sentence !== first.sentence || !cap[i + n - 1]) continue;
      const start = first.start;
      const end = last.end;
      // Cheap tests first; all of them must pass, so their order does not change the result.
      // The gazetteer is asked about the span in place: most n-grams are not places, and need no string.
      if (hasOffsetIn(unspannable, start, end) || inBlocked(start, end)) continue;
      if (!gazetteer.hasSpan(text, start, end)) continue;
      if (end - start <= LONGEST_NOT_PLACE_WORD && NOT_PLACE_WORDS.has(text.slice(start, end).toLowerCase())) continue;
      const surface = text.slice(start, end);
      if (isDemonym(surface)) continue;
      const inside = entityOverlapping(start, end);
      // Outside entities, a capitalised neighbour means a longer name ("Moore Elementary");
      // inside, only a place-name prefix or suffix does ("New London", but "Minnesota House" is fine).
      if (!inside && partOfLongerName(doc, tokens, i, i + n - 1)) continue;
      if (inside && extendsPlaceName(doc, tokens, i, i + n - 1, inside)) continue;
      const cued = hasLocativeSupport(doc, tokens, i, i + n - 1);
      const supported = inside ? cued || isStrongName(surface, gazetteer, 100_000) : cued || isStrongName(surface, gazetteer, Infinity);
      if (!supported) continue;
      out.push(placeMention(start, end, surface, 'capitalised'));
      matched = true;
      i += n - 1;
    }
  }
  return out;
}

/**
 * True when each span ends before the next starts (none reversed): their ends then ascend too, so the first
 * span overlapping a range, in list order, is the first ending after the range's start, if it starts before its end.
 */
export function sortedApart(spans: readonly Span[]): boolean {
  for (let i = 0; i < spans.length; i++) {
    if (spans[i]!.end < spans[i]!.start) return false;
    if (i + 1 < spans.length && spans[i]!.end > spans[i + 1]!.start) return false;
  }
  return true;
}

const CAPITALISED = /^\p{Lu}/u;

/** The token's first character is an upper-case letter (ASCII answered directly, the rest by the Unicode class). */
function startsCapitalised(text: string, t: Token): boolean {
  if (t.end <= t.start) return false;
  const c = text.charCodeAt(t.start);
  if (c < 128) return c >= 65 && c <= 90;
  return CAPITALISED.test(text.slice(t.start, t.end));
}

/** Characters a place name never spans: \n ; : ( ) " “ ” (few: their offsets are listed once per doc). */
const UNSPANNABLE = /[\n;:()"“”]/g;

/**
 * The union of character ranges (clipped to the text, empty ones adding
 * nothing) as sorted disjoint ranges; touches(s, e) is true when [s, e)
 * shares a character with the union.
 */
function mergedRanges(length: number, ranges: readonly { start: number; end: number }[]) {
  const sorted = ranges
    .map((r) => ({ start: Math.max(0, r.start), end: Math.min(length, r.end) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push(r);
  }
  return {
    touches(s: number, e: number): boolean {
      if (e <= s) return false;
      // The first merged range ending after s; it shares a character when it starts before e.
      const i = firstEndingAfter(merged, s);
      return i < merged.length && merged[i]!.start < e;
    },
  };
}

function extendsPlaceName(doc: Doc, tokens: readonly Token[], first: number, last: number, entity: Entity): boolean {
  const word = (t: Token | undefined) => (t && t.start >= entity.start && t.end <= entity.end ? doc.text.slice(t.start, t.end) : '');
  return NAME_PREFIX.test(word(tokens[first - 1])) || NAME_SUFFIX.test(word(tokens[last + 1]));
}

/** A capitalised word right before or after (in the same sentence) means the match is part of another name. */
export function partOfLongerName(doc: Doc, tokens: readonly Token[], first: number, last: number): boolean {
  const sentence = tokens[first]!.sentence;
  const capitalised = (t: Token | undefined) =>
    !!t && t.sentence === sentence && /^\p{Lu}/u.test(doc.text.slice(t.start, t.end)) && !/[\n,;:]/.test(doc.text.slice(t.start - 2, t.start));
  const prev = tokens[first - 1];
  const next = tokens[last + 1];
  const gapBefore = prev ? doc.text.slice(prev.end, tokens[first]!.start) : '';
  const gapAfter = next ? doc.text.slice(tokens[last]!.end, next.start) : '';
  const isSentenceStart = !prev || prev.sentence !== sentence;
  const prevJoins = !isSentenceStart && /^ ?$/.test(gapBefore) && capitalised(prev) && !LOCATIVE_CUE.has(doc.text.slice(prev.start, prev.end).toLowerCase());
  const nextJoins = /^ ?$/.test(gapAfter) && capitalised(next) && !STATE_ABBREVIATION_AT_START.test(doc.text.slice(next!.start, next!.end + 4));
  return prevJoins || nextJoins;
}

function hasLocativeSupport(doc: Doc, tokens: readonly Token[], first: number, last: number): boolean {
  const prev = tokens[first - 1];
  if (prev && prev.sentence === tokens[first]!.sentence) {
    const word = doc.text.slice(prev.start, prev.end).toLowerCase();
    if (LOCATIVE_CUE.has(word)) return true;
  }
  const after = doc.text.slice(tokens[last]!.end, tokens[last]!.end + 40);
  if (FOLLOWING_AREA_WORD.test(after) || FOLLOWING_CIVIC_WORD.test(after)) return true;
  const qualifier = /^,\s+(\S.*)/.exec(after);
  if (qualifier && STATE_ABBREVIATION_AT_START.test(qualifier[1]!)) return true;
  return false;
}

/** Cues after which a known place name is a place even if the tagger called it a person ("in Glen Carbon"). */
const STRONG_CUE_BEFORE = /\b(?:in|near|outside|across|throughout|into)\s+$/i;

function taggerMissedPlace(doc: Doc, e: Entity, gazetteer: Gazetteer): boolean {
  if (!gazetteer.has(e.text)) return false;
  const before = doc.text.slice(Math.max(0, e.start - 12), e.start);
  const after = doc.text.slice(e.end, e.end + 30);
  return STRONG_CUE_BEFORE.test(before) || FOLLOWING_CIVIC_WORD.test(after);
}

/** "..., Tenn." / "..., SC" right after this offset. */
function followedByState(doc: Doc, end: number): boolean {
  const after = /^,\s+(\S.*)/.exec(doc.text.slice(end, end + 12));
  return !!after && STATE_ABBREVIATION_AT_START.test(after[1]!);
}

/** Step 4: "Town, Tenn." — the abbreviation is itself a mention of the state. */
export function proposeStateAbbreviations(doc: Doc, mentions: readonly PlaceMention[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of mentions) {
    const after = doc.text.slice(m.end, m.end + 12);
    const comma = /^,\s+/.exec(after);
    if (!comma) continue;
    const abbr = STATE_ABBREVIATION_AT_START.exec(after.slice(comma[0].length));
    if (!abbr) continue;
    const code = stateCodeOfAbbreviation(abbr[0]);
    if (!code) continue;
    const start = m.end + comma[0].length;
    out.push(placeMention(start, start + abbr[0].length, abbr[0], 'state-abbrev', code));
  }
  return out;
}

/** An upper-case dateline town at the start of a line or sentence: "CORSICANA — ...", "HUDSON -- ...". */
const DATELINE = /(?:^|[\n.!?]\s+|\.\s*)(\p{Lu}[\p{Lu}.' ]{2,30}?\p{Lu})(?:,\s*[\p{L}.]+)?\s*(?:\([^)]{1,20}\)\s*)?(?:--|—|–|-)\s/gu;

/** Step 0: dateline towns, which news pages put before the first sentence. */
export function proposeDatelines(doc: Doc, gazetteer: Gazetteer): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of doc.text.matchAll(DATELINE)) {
    const name = m[1]!;
    const start = m.index + m[0].indexOf(name);
    if (!gazetteer.has(name) || isDemonym(name) || NOT_PLACE_WORDS.has(name.toLowerCase())) continue;
    out.push(placeMention(start, start + name.length, name, 'dateline'));
  }
  return out;
}

/** Keeps the first-proposed of overlapping mentions (callers pass them in rule order). */
export function dropOverlaps(ordered: readonly PlaceMention[]): PlaceMention[] {
  // Kept mentions never overlap one another, so sorted by start they are sorted by end too, and a
  // new mention can only overlap the last kept one starting before its end (binary search).
  const kept: PlaceMention[] = [];
  for (const m of ordered) {
    const at = firstStartingFrom(kept, m.end);
    if (m.end <= m.start ? kept.some((k) => overlaps(k, m)) : at > 0 && kept[at - 1]!.end > m.start) continue;
    kept.splice(at, 0, m);
  }
  return kept;
}

/** AP abbreviations with a period are unambiguous after "Word, " or a party letter ("Greer, S.C.", "R-Ind."). */
const LONE_AP_ABBREVIATION = new RegExp(
  `(?:\\p{Lu}[\\p{L}'.-]*,\\s+|\\b[DRI]-)(${AP_ABBREVIATION_SOURCE})`,
  'gu',
);

/**
 * What every LONE_AP_ABBREVIATION match holds: ", " or "D-" right before an AP abbreviation.
 * Without the Unicode classes it is a quick test of the whole text; the full pattern, which
 * tries every capital letter ("Washington, D.C." makes most political texts pass ANY_AP_ABBREVIATION), runs only after it.
 */
const LONE_AP_CONTEXT = new RegExp(`(?:,\\s+|\\b[DRI]-)(?:${AP_ABBREVIATION_SOURCE})`);

/** Initials abbreviations ("S.C.", "N.Y.") name a state anywhere: "the S.C. Highway Patrol", "moved to N.C. last year". */
const INITIALS_STATE = /(?<![\p{L}.])(N\.C\.|S\.C\.|N\.Y\.|N\.J\.|N\.H\.|N\.M\.|N\.D\.|S\.D\.|R\.I\.|W\.Va\.)/gu;
/** The initials themselves, the quick test before INITIALS_STATE (which also looks behind each). */
const ANY_INITIALS = /N\.C\.|S\.C\.|N\.Y\.|N\.J\.|N\.H\.|N\.M\.|N\.D\.|S\.D\.|R\.I\.|W\.Va\./;

/** Step 4b: AP state abbreviations whose town was not found ("Greer, S.C." with Greer outside the gazetteer). */
export function proposeLoneStateAbbreviations(doc: Doc): PlaceMention[] {
  const out: PlaceMention[] = [];
  // Each pattern runs only on texts that pass its quick test (a necessary condition: no match is lost).
  const lone = LONE_AP_CONTEXT.test(doc.text) ? [...doc.text.matchAll(LONE_AP_ABBREVIATION)] : [];
  const initials = ANY_INITIALS.test(doc.text) ? [...doc.text.matchAll(INITIALS_STATE)] : [];
  if (lone.length === 0 && initials.length === 0) return out;
  const seen = new Set<number>();
  for (const m of [...lone, ...initials]) {
    const abbr = m[1]!;
    const start = m.index + m[0].length - abbr.length;
    if (seen.has(start)) continue;
    seen.add(start);
    out.push(placeMention(start, start + abbr.length, abbr, 'state-abbrev', AP_STATE_ABBREVIATIONS[abbr]!));
  }
  return out;
}
