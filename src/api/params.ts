/**
 * Query-string parsing for the API: every parameter is checked, and a bad one
 * becomes a 400 naming the parameter, never a silent default or a 500.
 */
import { ENTITY_TYPES } from '../model/layers.js';
import { MAX_LIMIT } from '../store/query.js';
import { isDay } from '../store/periods.js';
import type { ArticleFilter, DyadFilter, DyadGrouping, EntityFilter, EventAggregateFilter, EventFilter, QuoteFilter, TimelineFilter, TimelineGrouping } from '../store/store.js';

export class BadParameter extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
    this.name = 'BadParameter';
  }
}

type Query = Record<string, string>;

/** Rejects parameters a route does not know (typos would otherwise silently match everything). */
export function onlyKnown(query: Query, known: readonly string[]): void {
  for (const key of Object.keys(query)) {
    if (!known.includes(key)) throw new BadParameter(key, `unknown parameter "${key}"; expected one of: ${known.join(', ')}`);
  }
}

function text(query: Query, name: string, max = 200): string | undefined {
  const v = query[name]?.trim();
  if (v === undefined || v === '') return undefined;
  if (v.length > max) throw new BadParameter(name, `"${name}" is longer than ${max} characters`);
  return v;
}

function matching(query: Query, name: string, pattern: RegExp, expected: string): string | undefined {
  const v = text(query, name);
  if (v !== undefined && !pattern.test(v)) throw new BadParameter(name, `"${name}" must be ${expected}, got "${v}"`);
  return v;
}

function integer(query: Query, name: string, min: number, max: number): number | undefined {
  const v = text(query, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < min || n > max) throw new BadParameter(name, `"${name}" must be an integer from ${min} to ${max}, got "${v}"`);
  return n;
}

function day(query: Query, name: string): string | undefined {
  const v = text(query, name);
  if (v !== undefined && !isDay(v)) throw new BadParameter(name, `"${name}" must be a date YYYY-MM-DD, got "${v}"`);
  return v;
}

/** Drops undefined values so filters only carry what was asked for. */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function dateRange(query: Query): { from?: string; to?: string } {
  const from = day(query, 'from');
  const to = day(query, 'to');
  if (from && to && from > to) throw new BadParameter('to', `"to" (${to}) is before "from" (${from})`);
  return defined({ from, to });
}

function paging(query: Query): { limit?: number; offset?: number } {
  return defined({ limit: integer(query, 'limit', 1, MAX_LIMIT), offset: integer(query, 'offset', 0, 10_000_000) });
}

const PAGING = ['limit', 'offset'] as const;
const DATES = ['from', 'to'] as const;

export const ARTICLE_PARAMS = ['q', ...DATES, ...PAGING] as const;
export function articleFilter(query: Query): ArticleFilter {
  onlyKnown(query, ARTICLE_PARAMS);
  return defined({ q: text(query, 'q'), ...dateRange(query), ...paging(query) });
}

export const ENTITY_PARAMS = ['type', 'q', 'article', ...PAGING] as const;
export function entityFilter(query: Query): EntityFilter {
  onlyKnown(query, ENTITY_PARAMS);
  const type = text(query, 'type')?.toUpperCase();
  if (type && !(ENTITY_TYPES as readonly string[]).includes(type)) throw new BadParameter('type', `"type" must be one of ${ENTITY_TYPES.join(', ')}, got "${type}"`);
  return defined({ type, q: text(query, 'q'), article: text(query, 'article'), ...paging(query) });
}

/** The quote filters without paging: speaker counts take these too. */
function quoteFields(query: Query): QuoteFilter {
  return defined({ speaker: text(query, 'speaker'), q: text(query, 'q'), article: text(query, 'article'), ...dateRange(query) });
}

export const SPEAKER_PARAMS = ['speaker', 'q', 'article', ...DATES] as const;
export function speakerFilter(query: Query): QuoteFilter {
  onlyKnown(query, SPEAKER_PARAMS);
  return quoteFields(query);
}

export const QUOTE_PARAMS = [...SPEAKER_PARAMS, ...PAGING] as const;
export function quoteFilter(query: Query): QuoteFilter {
  onlyKnown(query, QUOTE_PARAMS);
  return { ...quoteFields(query), ...paging(query) };
}

const EVENT_AGGREGATE_PARAMS = ['type', 'cameo', 'acled', 'actor', 'country', 'place', 'article', ...DATES] as const;
function eventAggregateFilter(query: Query): EventAggregateFilter {
  return defined({
    type: matching(query, 'type', /^[A-Za-z_]{2,30}$/, 'a PLOVER event type such as ASSAULT'),
    cameo: matching(query, 'cameo', /^\d{1,4}$/, 'a CAMEO code or prefix of 1-4 digits'),
    acled: text(query, 'acled'),
    actor: text(query, 'actor'),
    country: text(query, 'country'),
    place: text(query, 'place'),
    article: text(query, 'article'),
    ...dateRange(query),
  });
}

export const EVENT_PARAMS = [...EVENT_AGGREGATE_PARAMS, ...PAGING] as const;
export function eventFilter(query: Query): EventFilter {
  onlyKnown(query, EVENT_PARAMS);
  return { ...eventAggregateFilter(query), ...paging(query) };
}

export const PLACES_PARAMS = EVENT_AGGREGATE_PARAMS;
export function placesFilter(query: Query): EventAggregateFilter {
  onlyKnown(query, PLACES_PARAMS);
  return eventAggregateFilter(query);
}

const DYAD_GROUPINGS: readonly DyadGrouping[] = ['code', 'name'];
export const DYAD_PARAMS = [...EVENT_AGGREGATE_PARAMS, 'by'] as const;
export function dyadFilter(query: Query): DyadFilter {
  onlyKnown(query, DYAD_PARAMS);
  const by = (text(query, 'by') ?? 'code') as DyadGrouping;
  if (!DYAD_GROUPINGS.includes(by)) throw new BadParameter('by', `"by" must be one of ${DYAD_GROUPINGS.join(', ')}, got "${by}"`);
  return { ...eventAggregateFilter(query), by };
}

const GROUPINGS: readonly TimelineGrouping[] = ['day', 'week', 'month'];
export const TIMELINE_PARAMS = [...EVENT_AGGREGATE_PARAMS, 'groupBy'] as const;
export function timelineFilter(query: Query): TimelineFilter {
  onlyKnown(query, TIMELINE_PARAMS);
  const groupBy = (text(query, 'groupBy') ?? 'week') as TimelineGrouping;
  if (!GROUPINGS.includes(groupBy)) throw new BadParameter('groupBy', `"groupBy" must be one of ${GROUPINGS.join(', ')}, got "${groupBy}"`);
  return { ...eventAggregateFilter(query), groupBy };
}
