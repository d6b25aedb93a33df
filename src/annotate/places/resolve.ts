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
/** Placeholder until step 2 sets each group's support (never written to). */
const NO_SUPPORT: Map<number, number> = new Map();
const REFINE_PASSES = 2;

interface NameGroup {
  key: string;
  mentions: PlaceMention[];
  candidates: GazPlace[];
  /** Spatial support per candidate row (cluster.ts). */
  support: Map<number, number>;
  qualifier: Qualifier | undefined;
  /** ISO2 when the name is a country's name or alternate (lexicon). */
  namedCountry: string | undefined;
  pick: GazPlace | undefined;
  confidence: number;
}

export function resolveMentions(doc: Doc, mentions: readonly PlaceMention[], gazetteer: Gazetteer): Place[] {
  // Nothing to resolve (the steps below would give no places): their code then never meets empty lists,
  // whose arrays have another hidden class (a deoptimisation the first time a text without places came).
  if (mentions.length === 0) return [];
  mentionKeys.clear();
  const groups = groupMentions(mentions, gazetteer);
  readQualifiers(doc, mentions, groups, gazetteer);
  // Loops, not map/forEach: a map's array is holey in optimised code and packed in the interpreter,
  // and code inlined from here was deoptimised each time it met the other kind.
  const list: NameGroup[] = [];
  const candidateLists: GazPlace[][] = [];
  for (const g of groups.values()) {
    list.push(g);
    candidateLists.push(g.candidates);
  }
  const supports = spatialSupport(candidateLists);
  for (let i = 0; i < list.length; i++) list[i]!.support = supports[i]!;
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
      // Every field set here, in one order (no spread, nothing added later): one hidden class for all groups.
      g = { key, mentions: [], candidates, support: NO_SUPPORT, qualifier: undefined, namedCountry: named || undefined, pick: undefined, confidence: 0 };
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
  if (country) return { country: country.iso2, admin1: undefined };
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

/** Step 6. */
function emitPlaces(doc: Doc, mentions: readonly PlaceMention[], groups: Map<string, NameGroup>, gazetteer: Gazetteer): Place[] {
  const out: Place[] = [];
  for (const m of mentions) {
    if (m.facility) {
      const c = containerOf(doc, m, mentions, groups);
      out.push(placeItem(m, m.text, c?.lat ?? null, c?.lon ?? null, c?.country || null, {
        container: c ? c.name : undefined,
        resolved: false,
        confidence: c ? 0.5 : 0.3,
        source: 'places/facility',
      }));
      continue;
    }
    const g = groups.get(mentionKey(m))!;
    const p = g.pick;
    if (!p) {
      out.push(placeItem(m, m.text, null, null, null, { resolved: false, confidence: 0.3, source: `places/${m.rule}` }));
      continue;
    }
    out.push(placeItem(m, p.name, p.lat, p.lon, p.country || null, {
      admin1: p.admin1Code && p.fcode !== 'ADM1' ? gazetteer.admin1(p.country, p.admin1Code)?.name : undefined,
      geonameId: p.id || undefined,
      featureClass: p.featureClass,
      resolved: true,
      confidence: Math.round(g.confidence * 1000) / 1000,
      demonym: m.demonym ? true : undefined,
      source: `places/${m.rule}`,
    }));
  }
  return out;
}

/**
 * A place with every field of the layer present, in the layer's order, undefined
 * when it has no value (JSON leaves those out, as it left out absent keys): one
 * hidden class for all places, so the events step's reads of them stay monomorphic.
 */
function placeItem(
  m: PlaceMention,
  name: string,
  lat: number | null,
  lon: number | null,
  country: string | null,
  rest: Pick<Place, 'admin1' | 'geonameId' | 'featureClass' | 'container' | 'resolved' | 'confidence' | 'demonym' | 'source'>,
): Place {
  return {
    start: m.start,
    end: m.end,
    text: m.text,
    name,
    lat,
    lon,
    country,
    admin1: rest.admin1,
    geonameId: rest.geonameId,
    featureClass: rest.featureClass,
    container: rest.container,
    resolved: rest.resolved,
    confidence: rest.confidence,
    demonym: rest.demonym,
    source: rest.source,
  };
}
