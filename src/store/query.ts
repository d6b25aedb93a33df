/**
 * Filter → SQL, shared by both stores. Each store supplies a small Dialect
 * for the few places SQLite and PostgreSQL differ (case-insensitive match,
 * full-text search, string aggregation); everything else is one SQL text with
 * `?` placeholders, so both backends apply every filter the same way.
 */
import { countryByIso2, countryByIso3, lookupCountry } from '../lexicon/countries.js';
import type { ArticleFilter, DyadGrouping, EntityFilter, EventAggregateFilter, QuoteFilter, TimelineGrouping } from './store.js';

export interface Dialect {
  /** Case-insensitive "column contains ?" (the parameter is a LIKE pattern). */
  contains(column: string): string;
  /** Full-text match of article title + text against the parameter from ftsQuery. */
  articleText: string;
  /** Full-text match of quote text against the parameter from ftsQuery. */
  quoteText: string;
  /** The full-text query parameter matching every token as a word prefix. */
  ftsQuery(tokens: string[]): string;
  /** Aggregate of distinct values joined by ','. */
  distinctList(column: string): string;
}

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 1000;

export class Where {
  readonly clauses: string[] = [];
  readonly params: unknown[] = [];
  add(sql: string, ...params: unknown[]): this {
    this.clauses.push(sql);
    this.params.push(...params);
    return this;
  }
  get sql(): string {
    return this.clauses.length ? `WHERE ${this.clauses.join(' AND ')}` : '';
  }
}

/** Limit and offset clamped to sane values, whatever the caller passed. */
export function pageOf(filter: { limit?: number; offset?: number }): { limit: number; offset: number } {
  const limit = Number.isInteger(filter.limit) && filter.limit! > 0 ? Math.min(filter.limit!, MAX_LIMIT) : DEFAULT_LIMIT;
  const offset = Number.isInteger(filter.offset) && filter.offset! > 0 ? filter.offset! : 0;
  return { limit, offset };
}

/** Words of a search string (letters and digits), lower-cased. */
export function searchTokens(q: string | undefined): string[] {
  return (q ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A LIKE pattern matching the value anywhere, with LIKE's wildcards escaped. */
export function likePattern(value: string): string {
  return `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** ISO alpha-3 for an alpha-2, alpha-3, name or demonym; the raw value upper-cased when unknown. */
export function countryCode(value: string): string {
  const v = value.trim();
  const found = /^[A-Za-z]{3}$/.test(v)
    ? countryByIso3(v.toUpperCase())
    : /^[A-Za-z]{2}$/.test(v)
      ? countryByIso2(v.toUpperCase())
      : undefined;
  return (found ?? lookupCountry(v))?.iso3 ?? v.toUpperCase();
}

function addDateRange(where: Where, column: string, from?: string, to?: string): void {
  if (from) where.add(`${column} >= ?`, from);
  if (to) where.add(`${column} <= ?`, to);
}

export function articleWhere(f: ArticleFilter, d: Dialect): Where {
  const where = new Where();
  const tokens = searchTokens(f.q);
  if (tokens.length) where.add(d.articleText, d.ftsQuery(tokens));
  addDateRange(where, 'a.published_day', f.from, f.to);
  return where;
}

export function entityWhere(f: EntityFilter, d: Dialect): Where {
  const where = new Where();
  if (f.type) where.add('n.type = ?', f.type.toUpperCase());
  if (f.q) where.add(`(${d.contains('n.text')} OR ${d.contains('n.name')})`, likePattern(f.q), likePattern(f.q));
  if (f.article) where.add('n.article = ?', f.article);
  return where;
}

export function quoteWhere(f: QuoteFilter, d: Dialect): Where {
  const where = new Where();
  if (f.speaker) {
    const p = likePattern(f.speaker);
    where.add(`(${d.contains('q.speaker_name')} OR ${d.contains('q.speaker_text')})`, p, p);
  }
  const tokens = searchTokens(f.q);
  if (tokens.length) where.add(d.quoteText, d.ftsQuery(tokens));
  addDateRange(where, 'q.day', f.from, f.to);
  if (f.article) where.add('q.article = ?', f.article);
  return where;
}

export function eventWhere(f: EventAggregateFilter, d: Dialect): Where {
  const where = new Where();
  if (f.type) where.add('e.plover_type = ?', f.type.toUpperCase());
  if (f.cameo) where.add(`e.cameo LIKE ? ESCAPE '\\'`, `${likePattern(f.cameo).slice(1)}`);
  if (f.acled) where.add('(lower(e.acled_event_type) = lower(?) OR lower(e.acled_sub_event_type) = lower(?))', f.acled, f.acled);
  if (f.actor) {
    const p = likePattern(f.actor);
    const country = lookupCountry(f.actor)?.iso3 ?? null;
    where.add(`(${d.contains('e.actor_text')} OR ${d.contains('e.actor_name')} OR e.actor_country = ?)`, p, p, country ?? f.actor.toUpperCase());
  }
  if (f.country) {
    const iso3 = countryCode(f.country);
    where.add('(e.place_country3 = ? OR e.actor_country = ? OR e.target_country = ?)', iso3, iso3, iso3);
  }
  if (f.place) {
    const p = likePattern(f.place);
    where.add(`(${d.contains('e.place_text')} OR ${d.contains('e.place_name')})`, p, p);
  }
  addDateRange(where, 'e.day', f.from, f.to);
  if (f.article) where.add('e.article = ?', f.article);
  return where;
}

/** Column holding the period for a timeline grouping (a fixed whitelist: never user text). */
export function periodColumn(groupBy: TimelineGrouping): string {
  switch (groupBy) {
    case 'day':
      return 'e.day';
    case 'week':
      return 'e.week';
    case 'month':
      return 'e.month';
  }
}

export const ARTICLE_SELECT = 'SELECT a.id, a.title, a.published, a.url, a.n_entities, a.n_quotes, a.n_places, a.n_events, (SELECT count(*) FROM syndication s WHERE s.article = a.id) AS copies FROM articles a';
export const ARTICLE_ORDER = 'ORDER BY (a.published_day IS NULL), a.published_day DESC, a.published DESC, a.id';

export const ENTITY_SELECT = 'SELECT n.article, n.start_offset, n.end_offset, n.text, n.type, n.name, n.country FROM entities n';
export const ENTITY_ORDER = 'ORDER BY n.article, n.start_offset, n.end_offset';

export const QUOTE_FROM = 'FROM quotes q JOIN articles a ON a.id = q.article';
export const QUOTE_SELECT = `SELECT q.article, a.title AS article_title, q.start_offset, q.end_offset, q.text, q.direct, q.speaker_name, q.speaker_text, q.day ${QUOTE_FROM}`;
export const QUOTE_ORDER = 'ORDER BY (q.day IS NULL), q.day DESC, q.article, q.start_offset';

export const EVENT_FROM = 'FROM events e JOIN articles a ON a.id = e.article';
export const EVENT_SELECT = `SELECT e.*, a.title AS article_title ${EVENT_FROM}`;
export const EVENT_ORDER = 'ORDER BY (e.day IS NULL), e.day DESC, e.article, e.start_offset';

export function timelineSql(groupBy: TimelineGrouping, where: Where): string {
  const period = periodColumn(groupBy);
  const clauses = [...where.clauses, `${period} IS NOT NULL`];
  return `SELECT ${period} AS period, e.plover_type AS type, count(*) AS n ${EVENT_FROM} WHERE ${clauses.join(' AND ')} GROUP BY ${period}, e.plover_type ORDER BY 1, 2`;
}

export function placesSql(where: Where, d: Dialect): string {
  const clauses = [...where.clauses, 'e.lat IS NOT NULL', 'e.lon IS NOT NULL'];
  return `SELECT e.place_name AS name, e.lat, e.lon, count(*) AS n, ${d.distinctList('e.plover_type')} AS types ${EVENT_FROM} WHERE ${clauses.join(' AND ')} GROUP BY e.place_name, e.lat, e.lon ORDER BY 4 DESC, 1`;
}

/** Most actor → target pairs a dyad list returns. */
export const MAX_DYADS = 200;

/**
 * Dyads by code group on the four code columns; by name on the resolved
 * names, with the most common code of each side alongside.
 */
export function dyadsSql(by: DyadGrouping, where: Where, d: Dialect): string {
  const types = `${d.distinctList('e.plover_type')} AS types`;
  if (by === 'code') {
    const clauses = [...where.clauses, '(e.actor_country IS NOT NULL OR e.actor_sector IS NOT NULL)'];
    return `SELECT NULL AS actor, e.actor_country AS actor_country, e.actor_sector AS actor_sector, NULL AS target, e.target_country AS target_country, e.target_sector AS target_sector, count(*) AS n, ${types} ${EVENT_FROM} WHERE ${clauses.join(' AND ')} GROUP BY e.actor_country, e.actor_sector, e.target_country, e.target_sector ORDER BY count(*) DESC, ${['e.actor_country', 'e.actor_sector', 'e.target_country', 'e.target_sector'].map((c) => `coalesce(${c}, '')`).join(', ')} LIMIT ${MAX_DYADS}`;
  }
  const actor = 'coalesce(e.actor_name, e.actor_text)';
  const target = 'coalesce(e.target_name, e.target_text)';
  const clauses = [...where.clauses, `${actor} IS NOT NULL`];
  return `SELECT ${actor} AS actor, max(e.actor_country) AS actor_country, max(e.actor_sector) AS actor_sector, ${target} AS target, max(e.target_country) AS target_country, max(e.target_sector) AS target_sector, count(*) AS n, ${types} ${EVENT_FROM} WHERE ${clauses.join(' AND ')} GROUP BY ${actor}, ${target} ORDER BY count(*) DESC, ${actor}, coalesce(${target}, '') LIMIT ${MAX_DYADS}`;
}

/** Most speakers a speaker list returns. */
export const MAX_SPEAKERS = 100;

export function speakersSql(where: Where): string {
  const speaker = 'coalesce(q.speaker_name, q.speaker_text)';
  const clauses = [...where.clauses, `${speaker} IS NOT NULL`];
  return `SELECT ${speaker} AS speaker, count(*) AS n ${QUOTE_FROM} WHERE ${clauses.join(' AND ')} GROUP BY ${speaker} ORDER BY 2 DESC, 1 LIMIT ${MAX_SPEAKERS}`;
}
