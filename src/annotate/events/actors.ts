/**
 * Turns a noun-phrase chunk into an event actor: its country (ISO3), sector,
 * and linked countries, from the country lexicon, capitals, sector nouns,
 * international organisations, and the entity layer when it knows more.
 */
import type { Entity, EventActor } from '../../model/layers.js';
import { countryByCapital, lookupCountry } from '../../lexicon/countries.js';
import { IGO_NAMES, LEAD_SUFFIXES, LINK_PREFIXES, LINK_SUFFIXES, NGO_NAMES, SECTOR_NOUNS, WEAK_SECTOR_NOUNS } from './actor-lexicon.js';
import type { Chunk } from './chunks.js';
import { escapeRegExp } from '../../util/regexp.js';
import type { Unit, Word } from './units.js';

/** Every field always present (undefined when not found): one hidden class for all chunks' parts. */
interface Parts {
  country: string | undefined;
  viaCapital: boolean | undefined;
  links: string[];
  sector: string | undefined;
  weakSector: string | undefined;
  igo: string | undefined;
}

/** Country lookups normalise the name (NFD, accents, case); the same few names recur, so remember them (bounded). */
const ISO3_BY_NAME = new Map<string, string | null>();

function iso3Of(name: string): string | undefined {
  // /^[A-Z]/ without a regex: asked for every capitalised n-gram of every actor chunk.
  const first = name.charCodeAt(0);
  if (!(first >= 65 && first <= 90)) return undefined;
  let iso3 = ISO3_BY_NAME.get(name);
  if (iso3 === undefined) {
    iso3 = lookupCountry(name)?.iso3 ?? null;
    if (ISO3_BY_NAME.size > 50_000) ISO3_BY_NAME.clear();
    ISO3_BY_NAME.set(name, iso3);
  }
  return iso3 ?? undefined;
}

const COMPOUND_SUFFIXES = [...LINK_SUFFIXES, ...LEAD_SUFFIXES];

/** Reads one hyphen compound: "US-led" (leader), "Iran-linked"/"pro-Iranian" (links). */
function readCompound(lower: string, text: string, parts: { country?: string; links: string[] }): boolean {
  for (const prefix of LINK_PREFIXES) {
    if (lower.startsWith(prefix)) {
      const c = iso3Of(text.slice(prefix.length));
      if (c) parts.links.push(c);
      return true;
    }
  }
  for (const suffix of COMPOUND_SUFFIXES) {
    if (!lower.endsWith(suffix)) continue;
    const c = iso3Of(text.slice(0, text.length - suffix.length));
    if (c && LEAD_SUFFIXES.includes(suffix)) parts.country ??= c;
    else if (c) parts.links.push(c);
    return true;
  }
  if (lower.startsWith('anti-')) return true;
  return false;
}

const STARTS_UPPER = /^[A-Z]/;
const NGRAM_SIZES = [6, 5, 4, 3, 2, 1];
/** Lower-case words found inside country names ("Republic of the Congo", "People's Republic", "Cote d'Ivoire"). */
const NAME_CONNECTORS = new Set(['of', 'and', 'the', 'de', 'du', 'da', 'del', 'des', "'s", "'", '&']);

/**
 * How many units from `i` (at most six) could belong to one country name:
 * capitalised words and the connectors between them. Only n-grams within that
 * run are looked up ("Syrian army" tries "Syrian" alone), which keeps the
 * lexicon lookups per chunk few.
 */
function nameRunLength(units: readonly Unit[], i: number, end: number): number {
  let n = 1;
  while (n < 6 && i + n < end) {
    const u = units[i + n]!;
    if (!STARTS_UPPER.test(u.text) && !NAME_CONNECTORS.has(u.lower) && !u.lower.startsWith("d'")) break;
    n++;
  }
  return n;
}

/** The text of units i..i+n-1, with a space only where the tokens do not touch ("People's"). */
function surfaceForm(units: readonly Unit[], i: number, n: number): string {
  let name = units[i]!.text;
  for (let k = i + 1; k < i + n; k++) name += (units[k - 1]!.end < units[k]!.start ? ' ' : '') + units[k]!.text;
  return name;
}

/** iso3Of a single unit's text, kept on its shared word. */
function wordIso3(u: Unit): string | undefined {
  const word = u.word;
  if (!word) return iso3Of(u.text);
  if (word.iso3 === undefined) word.iso3 = iso3Of(word.text) ?? null;
  return word.iso3 ?? undefined;
}

/** The countries named in units[first..end) (one chunk). */
function readCountries(units: readonly Unit[], first: number, end: number): ChunkCountries {
  const parts: ChunkCountries & { links: string[] } = { country: undefined, viaCapital: undefined, links: [] };
  for (let i = first; i < end; i++) {
    const u = units[i]!;
    if (u.text.includes('-') && readCompound(u.lower, u.text, parts)) continue;
    // Country and capital names start with a capital letter (iso3Of would refuse the rest anyway).
    if (!STARTS_UPPER.test(u.text)) continue;
    const longest = nameRunLength(units, i, end);
    for (const n of NGRAM_SIZES) {
      if (n > longest || NAME_CONNECTORS.has(units[i + n - 1]!.lower)) continue;
      // Rebuild the surface form: no space where the tokens touch ("People's").
      const c = n === 1 ? wordIso3(u) : iso3Of(surfaceForm(units, i, n));
      if (c) {
        parts.country ??= c;
        i += n - 1;
        break;
      }
      if (n === 1 && u.pos === 'PROPN') {
        const cap = countryByCapital(u.text);
        if (cap && !parts.country) {
          parts.country = cap.iso3;
          parts.viaCapital = true;
        }
      }
    }
  }
  return parts;
}

/** What readCountries finds in a chunk, kept for the next chunk of the same words. */
interface ChunkCountries {
  country: string | undefined;
  viaCapital: boolean | undefined;
  links: readonly string[];
}

/**
 * readCountries remembered by the chunk's words: the same names ("President Barack
 * Obama", "the Syrian army") recur in every article, and reading them costs n-gram
 * strings and lexicon look-ups. The result depends only on each unit's word, on
 * whether it is a PROPN (capitals) and on whether it touches the unit before
 * (the n-gram's spelling), so a trie keyed on those finds it again.
 */
export interface CountryNode {
  /** Children by the next unit's flags (PROPN: 1, touching the previous unit: 2), then its word. */
  next: (Map<Word, CountryNode> | undefined)[];
  found?: ChunkCountries;
}

/**
 * The trie's first level hangs on the first unit's word itself (Word.countryRoots, by
 * its PROPN flag), so a one-word chunk needs no map look-up. Nodes of an older
 * generation are dropped when met: raising the generation empties the trie (bounded memory).
 */
let countryGeneration = 0;
let countryNodes = 0;
const COUNTRY_NODES_LIMIT = 50_000;

/** A node with its four flag slots present (reading past the end of an array is slow in V8). */
function countryNode(): CountryNode {
  countryNodes++;
  return { next: [undefined, undefined, undefined, undefined], found: undefined };
}

function rootOf(word: Word, propn: 0 | 1): CountryNode {
  if (countryNodes >= COUNTRY_NODES_LIMIT) {
    countryGeneration++;
    countryNodes = 0;
  }
  if (word.countryGeneration !== countryGeneration || !word.countryRoots) {
    word.countryRoots = [undefined, undefined];
    word.countryGeneration = countryGeneration;
  }
  return (word.countryRoots[propn] ??= countryNode());
}

function chunkCountries(units: readonly Unit[], first: number, end: number): ChunkCountries {
  const head = units[first]!;
  // Hand-made units without a shared word: nothing to key on.
  if (!head.word) return readCountries(units, first, end);
  let node = rootOf(head.word, head.pos === 'PROPN' ? 1 : 0);
  for (let k = first + 1; k < end; k++) {
    const u = units[k]!;
    const word = u.word;
    if (!word) return readCountries(units, first, end);
    const flags = (u.pos === 'PROPN' ? 1 : 0) | (!(units[k - 1]!.end < u.start) ? 2 : 0);
    const byWord = (node.next[flags] ??= new Map<Word, CountryNode>());
    let child = byWord.get(word);
    if (!child) byWord.set(word, (child = countryNode()));
    node = child;
  }
  return (node.found ??= readCountries(units, first, end));
}

// Maps, not the plain objects: a lemma such as "constructor" must not find Object.prototype.
const SECTOR_BY_LEMMA = new Map(Object.entries(SECTOR_NOUNS));
const WEAK_SECTOR_BY_LEMMA = new Map(Object.entries(WEAK_SECTOR_NOUNS));

function readSector(units: readonly Unit[], first: number, end: number, parts: Parts): void {
  for (let i = first; i < end; i++) {
    const { strong, weak } = sectorsOf(units[i]!);
    if (weak) parts.weakSector = weak;
    if (strong) parts.sector = strong;
  }
}

/** Both fields present, as in the found ones: one shape for every word's sectors. */
const NO_SECTORS: { strong?: string; weak?: string } = { strong: undefined, weak: undefined };

/** The first strong sector among a unit's lemmas, and the last weak one before it; kept on the shared word. */
function sectorsOf(u: Unit): { strong?: string; weak?: string } {
  if (u.word?.sectors) return u.word.sectors;
  let strong: string | undefined;
  let weak: string | undefined;
  for (const lemma of u.lemmas) {
    strong = SECTOR_BY_LEMMA.get(lemma);
    if (strong) break;
    weak = WEAK_SECTOR_BY_LEMMA.get(lemma) ?? weak;
  }
  const sectors = strong || weak ? { strong, weak } : NO_SECTORS;
  if (u.word) u.word.sectors = sectors;
  return sectors;
}

const IGO_EXACT = new Set(IGO_NAMES);
/** Long IGO names and every NGO name count anywhere in the phrase ("the UN Security Council"); one regex each. */
const IGO_INSIDE = new RegExp(IGO_NAMES.filter((n) => n.length > 4).map(escapeRegExp).join('|'));
const NGO_INSIDE = new RegExp(NGO_NAMES.map(escapeRegExp).join('|'));

/** Every word of an IGO/NGO name: a chunk with none of them names no organisation (skips the string work below). */
const ORGANISATION_WORDS = new Set([...IGO_NAMES, ...NGO_NAMES].flatMap((n) => n.split(' ')));

function readOrganisation(lower: string, parts: Parts): void {
  const bare = lower.replace(/^(the|a|an)\s+/, '').replace(/'s$/, '');
  if (IGO_EXACT.has(bare) || IGO_INSIDE.test(bare)) parts.igo = 'IGO';
  else if (NGO_INSIDE.test(bare)) parts.igo = 'NGO';
}

export interface ActorContext {
  text: string;
  entities: readonly Entity[];
  /** Country of the place the sentence is about, for actors known only by their links. */
  contextCountry?: string;
}

/** The actor a chunk denotes, or undefined when nothing marks it as an actor. */
export function actorFromChunk(chunk: Chunk, units: readonly Unit[], ctx: ActorContext): EventActor | undefined {
  // The chunk's units are read in place (units[first..last)), not copied out.
  const first = chunk.first;
  const last = chunk.last;
  const text = ctx.text.slice(chunk.start, chunk.end);
  const found = chunkCountries(units, first, last);
  // A copy: the remembered links must not grow with this actor's ("ethnic" below).
  const parts: Parts = {
    country: found.country || undefined,
    viaCapital: found.viaCapital || undefined,
    links: found.links.length ? found.links.slice() : [],
    sector: undefined,
    weakSector: undefined,
    igo: undefined,
  };
  readSector(units, first, last, parts);
  let organisationWord = false;
  let ethnic = false;
  for (let k = first; k < last; k++) {
    const lower = units[k]!.lower;
    if (ORGANISATION_WORDS.has(lower)) organisationWord = true;
    if (lower === 'ethnic') ethnic = true;
  }
  if (organisationWord) readOrganisation(text.toLowerCase(), parts);
  const entity = ctx.entities.find((e) => e.start < chunk.end && e.end > chunk.start && (e.country || e.sector || e.type !== 'LOC'));
  const hasLinks = parts.links.length > 0;
  const sector = parts.igo ?? parts.sector ?? entity?.sector ?? (hasLinks || parts.country ? parts.weakSector : undefined);
  // "Iran-linked groups": the entity layer's "Iran" is a link, not the actor's country.
  const entityCountry = entity?.country && !parts.links.includes(entity.country) ? entity.country : undefined;
  let country = parts.country ?? entityCountry;
  if (!country && hasLinks && sector) country = ctx.contextCountry;
  // "ethnic Albanians in Serbia": an ethnic minority belongs to the country it lives in; its kin country is a link.
  // (The context country is asked for last: computing it costs a search of the sentence.)
  if (country && ethnic && ctx.contextCountry && country !== ctx.contextCountry) {
    parts.links.push(country);
    country = ctx.contextCountry;
  }
  if (!country && !sector && !(entity && (entity.type === 'PER' || entity.type === 'ORG'))) return undefined;
  const actor: EventActor = { start: chunk.start, end: chunk.end, text };
  if (country) actor.country = country;
  // A bare country or capital name acting is its government (CAMEO convention).
  // (Set only when there is one: a `delete` would put every actor object in slow dictionary mode.)
  const actorSector = sector ?? (country ? 'GOV' : undefined);
  if (actorSector) actor.sector = actorSector;
  if (entity?.name) actor.name = entity.name;
  if (parts.links.length) {
    const links = [...new Set(parts.links)].filter((c) => c !== country);
    if (links.length) actor.links = links;
  }
  return actor;
}
