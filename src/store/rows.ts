/**
 * Database rows → the public row types. Both drivers hand back loosely typed
 * values (PostgreSQL counts arrive as strings, SQLite booleans as 0/1), so the
 * conversion lives here once.
 */
import type { ArticleRecord } from '../model/record.js';
import type { ArticleSummary, DyadCount, EntityRow, EventRow, PlacePoint, QuoteRow, SpeakerCount, TimelinePoint } from './store.js';

type DbRow = Record<string, unknown>;

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const num = (v: unknown): number => Number(v ?? 0);
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export function toArticleSummary(r: DbRow): ArticleSummary {
  return {
    id: str(r.id),
    title: strOrNull(r.title),
    published: strOrNull(r.published),
    url: strOrNull(r.url),
    counts: { entities: num(r.n_entities), quotes: num(r.n_quotes), places: num(r.n_places), events: num(r.n_events) },
    copies: num(r.copies),
  };
}

export function toEntityRow(r: DbRow): EntityRow {
  return {
    article: str(r.article),
    start: num(r.start_offset),
    end: num(r.end_offset),
    text: str(r.text),
    type: str(r.type),
    name: strOrNull(r.name),
    country: strOrNull(r.country),
  };
}

export function toQuoteRow(r: DbRow): QuoteRow {
  return {
    article: str(r.article),
    articleTitle: strOrNull(r.article_title),
    start: num(r.start_offset),
    end: num(r.end_offset),
    text: str(r.text),
    direct: Boolean(r.direct),
    speaker: strOrNull(r.speaker_name ?? r.speaker_text),
    speakerText: strOrNull(r.speaker_text),
    date: strOrNull(r.day),
  };
}

export function toEventRow(r: DbRow): EventRow {
  return {
    article: str(r.article),
    articleTitle: strOrNull(r.article_title),
    start: num(r.start_offset),
    end: num(r.end_offset),
    sentence: str(r.sentence),
    ploverType: str(r.plover_type),
    ploverMode: strOrNull(r.plover_mode),
    cameo: strOrNull(r.cameo),
    acledEventType: strOrNull(r.acled_event_type),
    acledSubEventType: strOrNull(r.acled_sub_event_type),
    actor: strOrNull(r.actor_name ?? r.actor_text),
    actorCountry: strOrNull(r.actor_country),
    actorSector: strOrNull(r.actor_sector),
    target: strOrNull(r.target_name ?? r.target_text),
    targetCountry: strOrNull(r.target_country),
    targetSector: strOrNull(r.target_sector),
    place: strOrNull(r.place_name),
    placeCountry: strOrNull(r.place_country),
    lat: numOrNull(r.lat),
    lon: numOrNull(r.lon),
    date: strOrNull(r.day),
    count: numOrNull(r.count),
  };
}

export function toTimelinePoint(r: DbRow): TimelinePoint {
  return { period: str(r.period), type: str(r.type), count: num(r.n) };
}

export function toPlacePoint(r: DbRow): PlacePoint {
  return {
    name: str(r.name),
    lat: num(r.lat),
    lon: num(r.lon),
    count: num(r.n),
    types: str(r.types).split(',').filter(Boolean).sort(),
  };
}

export function toDyadCount(r: DbRow): DyadCount {
  return {
    actor: strOrNull(r.actor),
    actorCountry: strOrNull(r.actor_country),
    actorSector: strOrNull(r.actor_sector),
    target: strOrNull(r.target),
    targetCountry: strOrNull(r.target_country),
    targetSector: strOrNull(r.target_sector),
    count: num(r.n),
    types: str(r.types).split(',').filter(Boolean).sort(),
  };
}

export function toSpeakerCount(r: DbRow): SpeakerCount {
  return { speaker: str(r.speaker), count: num(r.n) };
}

/** Attaches the stored syndicated copies (rows of the syndication table) to a record's meta. */
export function withSyndication(record: ArticleRecord, rows: DbRow[]): ArticleRecord {
  if (rows.length === 0) return record;
  const syndication = rows.map((r) => ({ id: str(r.id), ...(r.url == null ? {} : { url: str(r.url) }), similarity: num(r.similarity) }));
  return { ...record, meta: { ...record.meta, syndication } };
}

export const SYNDICATION_SELECT = 'SELECT id, url, similarity FROM syndication WHERE article = ? ORDER BY stored_at, id';

export const HAS_CONTENT_SELECT =
  'SELECT 1 AS found FROM articles WHERE content_hash = ? UNION ALL SELECT 1 AS found FROM syndication WHERE content_hash = ? LIMIT 1';

/** Ids per bulk read: well under SQLite's 32,766 bound parameters, and a modest PostgreSQL statement. */
export const BULK_IDS = 500;

/** `?, ?, …` for an IN list of n values. */
export function inList(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

export function recordsSelect(n: number): string {
  return `SELECT id, record FROM articles WHERE id IN (${inList(n)})`;
}

export function syndicationSelectMany(n: number): string {
  return `SELECT article, id, url, similarity FROM syndication WHERE article IN (${inList(n)}) ORDER BY stored_at, id`;
}

/**
 * Puts bulk-read rows back in the order of `ids`, each record with its
 * syndicated copies; `parse` turns the stored record column into a checked record.
 */
export function assembleRecords(
  ids: readonly string[],
  recordRows: DbRow[],
  syndicationRows: DbRow[],
  parse: (row: DbRow) => ArticleRecord,
): ArticleRecord[] {
  const byId = new Map(recordRows.map((r) => [str(r.id), r]));
  const copies = new Map<string, DbRow[]>();
  for (const r of syndicationRows) {
    const list = copies.get(str(r.article));
    if (list) list.push(r);
    else copies.set(str(r.article), [r]);
  }
  const out: ArticleRecord[] = [];
  for (const id of ids) {
    const row = byId.get(id);
    if (row) out.push(withSyndication(parse(row), copies.get(id) ?? []));
  }
  return out;
}
