/**
 * Resolve place mentions to gazetteer entries. Order:
 *  1. group mentions by name key (one sense per document) and look up candidates;
 *  2. read "X, Y" qualifiers (Paris, Texas; Macon, Ga.) and the spatial
 *     support of each candidate (other names with a candidate nearby);
 *  3. score candidates with the initial context (dateline, country names, demonyms);
 *  4. twice: rebuild the context from the current picks (each name leaving out
 *     its own evidence) and rescore;
 *  5. give named facilities a container (the resolved place they are "in");
 *  6. emit Place items.
 */
import type { Doc } from '../../model/doc.js';
import type { Place } from '../../model/layers.js';
import type { GazPlace, Gazetteer } from '../../geo/gazetteer.js';
import { nameKey } from '../../geo/normalize.js';
import { lookupCountry } from '../../lexicon/countries.js';
import { spatialSupport } from './cluster.js';
import { initialContext, type DocGeoContext } from './context.js';
import type { PlaceMention } from './mentions.js';
import { scoreCandidate, type Qualifier } from './score.js';

const MAX_CANDIDATES = 400;
const REFINE_PASSES = 2;

interface NameGroup {
  key: string;
  mentions: PlaceMention[];
  candidates: GazPlace[];
  /** Spatial support per candidate row (cluster.ts). */
  support: Map<number, number>;
  qualifier?: Qualifier;
  /** ISO2 when the name is a country's name or alternate (lexicon). */
  namedCountry?: string;
  pick?: GazPlace;
  confidence: number;
}

export function resolveMentions(doc: Doc, mentions: readonly PlaceMention[], gazetteer: Gazetteer): Place[] {
  mentionKeys.clear();
  const groups = groupMentions(mentions, gazetteer);
  readQualifiers(doc, mentions, groups, gazetteer);
  const list = [...groups.values()];
  spatialSupport(list.map((g) => g.candidates)).forEach((support, i) => (list[i]!.support = support));
  const base = initialContext(doc, gazetteer);
  pickAll(groups, base);
  for (let pass = 0; pass < REFINE_PASSES; pass++) {
    const ctx = base.clone();
    for (const g of groups.values()) if (g.pick) ctx.addPlace(g.pick, g.confidence * g.mentions.length ** 0.5, g.key);
    pickAll(groups, ctx);
  }
  const places = emitPlaces(doc, mentions, groups, gazetteer);
  mentionKeys.clear();
  return places;
}

/**
 * Each mention's key, worked out once (steps 1, 2, 5 and 6 all ask for it).
 * A plain Map emptied at the start of each document: a WeakMap lookup costs
 * several times as much, and the keys are not needed after the document.
 */
const mentionKeys = new Map<PlaceMention, string>();

function mentionKey(m: PlaceMention): string {
  let key = mentionKeys.get(m);
  if (key === undefined) {
    if (m.demonym) key = `demonym:${m.demonym.country ?? ''}:${m.demonym.state ?? ''}`;
    else key = m.stateCode ? `state:${m.stateCode}` : nameKey(m.lookupAs ?? m.text);
    mentionKeys.set(m, key);
  }
  return key;
}

/** Gazetteer candidates of a mention: the state of an abbreviation, the country or state of a demonym, else by name. */
function candidatesOf(m: PlaceMention, gazetteer: Gazetteer): GazPlace[] {
  if (m.stateCode) return [gazetteer.admin1('US', m.stateCode)].filter((p): p is GazPlace => !!p);
  if (m.demonym) {
    const { country, state } = m.demonym;
    return [country ? gazetteer.country(country) : undefined, state ? gazetteer.admin1('US', state) : undefined].filter((p): p is GazPlace => !!p);
  }
  const asArea = m.lookupAs ? gazetteer.lookup(m.lookupAs) : [];
  return (asArea.length > 0 ? asArea : gazetteer.lookup(m.text)).slice(0, MAX_CANDIDATES);
}

/** Step 1. */
function groupMentions(mentions: readonly PlaceMention[], gazetteer: Gazetteer): Map<string, NameGroup> {
  const groups = new Map<string, NameGroup>();
  for (const m of mentions) {
    if (m.facility) continue;
    const key = mentionKey(m);
    let g = groups.get(key);
    if (!g) {
      const candidates = candidatesOf(m, gazetteer);
      const named = m.stateCode || m.demonym ? undefined : lookupCountry(m.text)?.iso2;
      g = { key, mentions: [], candidates, support: new Map(), confidence: 0, ...(named ? { namedCountry: named } : {}) };
      groups.set(key, g);
    }
    g.mentions.push(m);
  }
  return groups;
}

/** Step 2: "X, Y" where Y is a state abbreviation, a first-level area or a country. */
function readQualifiers(doc: Doc, mentions: readonly PlaceMention[], groups: Map<string, NameGroup>, gazetteer: Gazetteer): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const x = mentions[i]!;
    const y = mentions[i + 1]!;
    if (x.facility || !/^,\s*$/.test(doc.text.slice(x.end, y.start))) continue;
    const q = qualifierOf(y, gazetteer);
    const g = groups.get(mentionKey(x));
    if (q && g && !g.qualifier && g.candidates.some((c) => matches(c, q))) g.qualifier = q;
  }
}

function qualifierOf(y: PlaceMention, gazetteer: Gazetteer): Qualifier | undefined {
  if (y.stateCode) return { country: 'US', admin1: y.stateCode };
  const country = lookupCountry(y.text);
  if (country) return { country: country.iso2 };
  const area = gazetteer.lookup(y.text).find((c) => c.fcode === 'ADM1');
  return area ? { country: area.country, admin1: area.admin1Code } : undefined;
}

const matches = (c: GazPlace, q: Qualifier) => c.country === q.country && (!q.admin1 || c.admin1Code === q.admin1);

/** Steps 3–4: best candidate per name and a confidence from its margin over the runner-up. */
function pickAll(groups: Map<string, NameGroup>, ctx: DocGeoContext): void {
  for (const g of groups.values()) {
    if (g.candidates.length === 0) continue;
    let best = -Infinity;
    let second = -Infinity;
    let pick: GazPlace | undefined;
    for (const c of g.candidates) {
      const s = scoreCandidate(c, g.key, ctx, g.qualifier, g.support.get(c.index), g.namedCountry);
      if (s > best) {
        second = best;
        best = s;
        pick = c;
      } else if (s > second) second = s;
    }
    g.pick = pick;
    g.confidence = second === -Infinity ? 0.9 : 1 / (1 + Math.exp(-1.5 * (best - second)));
  }
}

const FACILITY_CONTAINER_CUE = /^\s*(?:,\s*)?(?:(?:located |situated )?(?:in|near|outside|at|inside|of|close to|(?:north|south|east|west)(?:east|west)? of)\s+)(?:the\s+)?$/i;

/** Step 5: the resolved place a facility is said to be in, else a resolved area named in its sentence. */
function containerOf(doc: Doc, f: PlaceMention, mentions: readonly PlaceMention[], groups: Map<string, NameGroup>): GazPlace | undefined {
  const pickOf = (m: PlaceMention) => (m.facility ? undefined : groups.get(mentionKey(m))?.pick);
  const sentence = doc.get('sentences').find((s) => s.start <= f.start && f.start < s.end);
  const inSentence = mentions.filter((m) => m !== f && (!sentence || (m.start >= sentence.start && m.end <= sentence.end)));
  for (const m of inSentence) {
    if (m.start < f.end || m.start - f.end > 40) continue;
    const pick = pickOf(m);
    if (pick && FACILITY_CONTAINER_CUE.test(doc.text.slice(f.end, m.start))) return pick;
  }
  const areas = inSentence.map(pickOf).filter((p): p is GazPlace => !!p && (p.fcode === 'ADM1' || p.fcode === 'PCLI'));
  return areas[0];
}

/** Step 6. Optional fields are added only when they have a value (no undefined keys in the output). */
function emitPlaces(doc: Doc, mentions: readonly PlaceMention[], groups: Map<string, NameGroup>, gazetteer: Gazetteer): Place[] {
  const out: Place[] = [];
  for (const m of mentions) {
    if (m.facility) {
      const c = containerOf(doc, m, mentions, groups);
      out.push({
        start: m.start, end: m.end, text: m.text, name: m.text, lat: c?.lat ?? null, lon: c?.lon ?? null, country: c?.country || null,
        ...(c ? { container: c.name } : {}), resolved: false, confidence: c ? 0.5 : 0.3,
        source: 'places/facility',
      });
      continue;
    }
    const g = groups.get(mentionKey(m))!;
    const p = g.pick;
    if (!p) {
      out.push({ start: m.start, end: m.end, text: m.text, name: m.text, lat: null, lon: null, country: null, resolved: false, confidence: 0.3, source: `places/${m.rule}` });
      continue;
    }
    const admin1 = p.admin1Code && p.fcode !== 'ADM1' ? gazetteer.admin1(p.country, p.admin1Code)?.name : undefined;
    // Fields added one by one in output order (cheaper than spreading optional parts).
    const place: Record<string, unknown> = { start: m.start, end: m.end, text: m.text, name: p.name, lat: p.lat, lon: p.lon, country: p.country || null };
    if (admin1 !== undefined) place.admin1 = admin1;
    if (p.id) place.geonameId = p.id;
    place.featureClass = p.featureClass;
    place.resolved = true;
    place.confidence = Math.round(g.confidence * 1000) / 1000;
    if (m.demonym) place.demonym = true;
    place.source = `places/${m.rule}`;
    out.push(place as unknown as Place);
  }
  return out;
}
