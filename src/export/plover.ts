/**
 * PLOVER JSON records, shaped like the PLOVER gold-standard records
 * (source/target actor lists with actorText, code and sector; event, mode,
 * eventText, eventLoc), plus the CAMEO code, counts, modality flags and the
 * provenance a consumer needs to check the coding.
 */
import type { EventActor } from '../model/layers.js';
import type { ArticleRecord } from '../model/record.js';
import { eachEvent, sentenceText, type RecordEvent } from './shared.js';

export interface PloverActor {
  actorText: string;
  code?: string;
  sector?: string;
  links?: string[];
}

export interface PloverRecord {
  id: string;
  date: string | null;
  dateTo?: string;
  event: string;
  mode?: string;
  cameo?: string;
  eventText: string;
  source: PloverActor[];
  target: PloverActor[];
  eventLoc?: { name: string; country?: string | null; lat?: number | null; lon?: number | null };
  magnitude?: { size?: number; qualifier?: string; dead?: number; injured?: number; arrested?: number; troops?: number };
  negated?: boolean;
  hypothetical?: boolean;
  future?: boolean;
  claimed?: boolean;
  text: string;
  language: 'en';
  publication: string | null;
  docId: string;
  coder: string;
  evidence?: string;
}

function actor(a: EventActor | undefined): PloverActor[] {
  if (!a) return [];
  const out: PloverActor = { actorText: a.text };
  if (a.country) out.code = a.country;
  if (a.sector) out.sector = a.sector;
  if (a.links?.length) out.links = a.links;
  return [out];
}

export function ploverRecord(re: RecordEvent): PloverRecord {
  const { event, record } = re;
  const out: PloverRecord = {
    id: `${record.id}-${re.index}`,
    date: event.date ?? record.published?.slice(0, 10) ?? null,
    event: event.plover.type,
    eventText: record.text.slice(event.start, event.end),
    source: actor(event.actor),
    target: actor(event.target),
    text: sentenceText(re),
    language: 'en',
    publication: record.url,
    docId: record.id,
    coder: event.source ?? 'events',
  };
  if (event.dateTo) out.dateTo = event.dateTo;
  if (event.plover.mode) out.mode = event.plover.mode;
  if (event.cameo) out.cameo = event.cameo;
  if (event.place) out.eventLoc = { name: event.place.name ?? event.place.text, country: event.place.country, lat: event.place.lat, lon: event.place.lon };
  const magnitude: NonNullable<PloverRecord['magnitude']> = {};
  if (event.count !== undefined) magnitude.size = event.count;
  if (event.countQualifier) magnitude.qualifier = event.countQualifier;
  if (event.counts?.killed !== undefined) magnitude.dead = event.counts.killed;
  if (event.counts?.injured !== undefined) magnitude.injured = event.counts.injured;
  if (event.counts?.arrested !== undefined) magnitude.arrested = event.counts.arrested;
  if (event.counts?.troops !== undefined) magnitude.troops = event.counts.troops;
  if (Object.keys(magnitude).length) out.magnitude = magnitude;
  for (const flag of ['negated', 'hypothetical', 'future', 'claimed'] as const) if (event[flag]) out[flag] = true;
  if (event.evidence) out.evidence = event.evidence;
  return out;
}

export function toPloverJson(records: readonly ArticleRecord[]): PloverRecord[] {
  return eachEvent(records).map(ploverRecord);
}
