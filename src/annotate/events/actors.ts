/**
 * Turns a noun-phrase chunk into an event actor: its country (ISO3), sector,
 * and linked countries, from the country lexicon, capitals, sector nouns,
 * international organisations, and the entity layer when it knows more.
 */
import type { Entity, EventActor } from '../../model/layers.js';
import { countryByCapital, lookupCountry } from '../../lexicon/countries.js';
import { IGO_NAMES, LEAD_SUFFIXES, LINK_PREFIXES, LINK_SUFFIXES, NGO_NAMES, SECTOR_NOUNS, WEAK_SECTOR_NOUNS } from './actor-lexicon.js';
import type { Chunk } from './chunks.js';
import type { Unit } from './units.js';

interface Parts {
  country?: string;
  viaCapital?: boolean;
  links: string[];
  sector?: string;
  weakSector?: string;
  igo?: string;
}

function iso3Of(name: string): string | undefined {
  if (!/^[A-Z]/.test(name)) return undefined;
  return lookupCountry(name)?.iso3;
}

const COMPOUND_SUFFIXES = [...LINK_SUFFIXES, ...LEAD_SUFFIXES];

/** Reads one hyphen compound: "US-led" (leader), "Iran-linked"/"pro-Iranian" (links). */
function readCompound(lower: string, text: string, parts: Parts): boolean {
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

function readCountries(units: readonly Unit[], parts: Parts): void {
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.text.includes('-') && readCompound(u.lower, u.text, parts)) continue;
    for (const n of [6, 5, 4, 3, 2, 1]) {
      if (i + n > units.length) continue;
      // Rebuild the surface form: no space where the tokens touch ("People's").
      const name = units.slice(i, i + n).map((x, k, all) => (k > 0 && all[k - 1]!.end < x.start ? ' ' : '') + x.text).join('');
      const c = iso3Of(name);
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
}

function readSector(units: readonly Unit[], parts: Parts): void {
  for (const u of units) {
    for (const lemma of u.lemmas) {
      const s = SECTOR_NOUNS[lemma];
      if (s) {
        parts.sector = s;
        break;
      }
      const weak = WEAK_SECTOR_NOUNS[lemma];
      if (weak) parts.weakSector = weak;
    }
  }
}

function readOrganisation(lower: string, parts: Parts): void {
  const bare = lower.replace(/^(the|a|an)\s+/, '').replace(/'s$/, '');
  if (IGO_NAMES.includes(bare) || IGO_NAMES.some((n) => n.length > 4 && bare.includes(n))) parts.igo = 'IGO';
  else if (NGO_NAMES.some((n) => bare.includes(n))) parts.igo = 'NGO';
}

export interface ActorContext {
  text: string;
  entities: readonly Entity[];
  /** Country of the place the sentence is about, for actors known only by their links. */
  contextCountry?: string;
}

/** The actor a chunk denotes, or undefined when nothing marks it as an actor. */
export function actorFromChunk(chunk: Chunk, units: readonly Unit[], ctx: ActorContext): EventActor | undefined {
  const span = units.slice(chunk.first, chunk.last);
  const text = ctx.text.slice(chunk.start, chunk.end);
  const parts: Parts = { links: [] };
  readCountries(span, parts);
  readSector(span, parts);
  readOrganisation(text.toLowerCase(), parts);
  const entity = ctx.entities.find((e) => e.start < chunk.end && e.end > chunk.start && (e.country || e.sector || e.type !== 'LOC'));
  const hasLinks = parts.links.length > 0;
  const sector = parts.igo ?? parts.sector ?? entity?.sector ?? (hasLinks || parts.country ? parts.weakSector : undefined);
  // "Iran-linked groups": the entity layer's "Iran" is a link, not the actor's country.
  const entityCountry = entity?.country && !parts.links.includes(entity.country) ? entity.country : undefined;
  let country = parts.country ?? entityCountry;
  if (!country && hasLinks && sector) country = ctx.contextCountry;
  // "ethnic Albanians in Serbia": an ethnic minority belongs to the country it lives in; its kin country is a link.
  if (country && ctx.contextCountry && country !== ctx.contextCountry && span.some((u) => u.lower === 'ethnic')) {
    parts.links.push(country);
    country = ctx.contextCountry;
  }
  if (!country && !sector && !(entity && (entity.type === 'PER' || entity.type === 'ORG'))) return undefined;
  const actor: EventActor = { start: chunk.start, end: chunk.end, text };
  if (country) actor.country = country;
  // A bare country or capital name acting is its government (CAMEO convention).
  actor.sector = sector ?? (country ? 'GOV' : undefined);
  if (!actor.sector) delete actor.sector;
  if (entity?.name) actor.name = entity.name;
  const links = [...new Set(parts.links)].filter((c) => c !== country);
  if (links.length) actor.links = links;
  return actor;
}
