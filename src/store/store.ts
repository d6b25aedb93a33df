/**
 * One storage interface; SQLite (embedded) and PostgreSQL implement it and
 * pass the same test suite (store-suite.ts).
 */
import type { ArticleRecord } from '../model/record.js';

export interface PutResult {
  id: string;
  /** False when a record with the same content hash was already stored. */
  inserted: boolean;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface ArticleFilter {
  q?: string;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

export interface EntityFilter {
  type?: string;
  q?: string;
  article?: string;
  limit?: number;
  offset?: number;
}

export interface QuoteFilter {
  speaker?: string;
  q?: string;
  from?: string;
  to?: string;
  article?: string;
  limit?: number;
  offset?: number;
}

export interface EventFilter {
  type?: string;
  cameo?: string;
  acled?: string;
  actor?: string;
  country?: string;
  place?: string;
  from?: string;
  to?: string;
  article?: string;
  limit?: number;
  offset?: number;
}

export interface Store {
  /** Stores a record; idempotent by `meta.contentHash` (falls back to id). */
  put(record: ArticleRecord): Promise<PutResult>;
  get(id: string): Promise<ArticleRecord | null>;
  listArticles(filter?: ArticleFilter): Promise<Page<ArticleSummary>>;
  entities(filter?: EntityFilter): Promise<Page<EntityRow>>;
  quotes(filter?: QuoteFilter): Promise<Page<QuoteRow>>;
  events(filter?: EventFilter): Promise<Page<EventRow>>;
  close(): Promise<void>;
}

export interface ArticleSummary {
  id: string;
  title: string | null;
  published: string | null;
  url: string | null;
  counts: { entities: number; quotes: number; places: number; events: number };
}

/** Rows of the flat query tables; each carries its article id and evidence span. */
export interface EntityRow {
  article: string;
  start: number;
  end: number;
  text: string;
  type: string;
  name: string | null;
}
export interface QuoteRow {
  article: string;
  start: number;
  end: number;
  text: string;
  direct: boolean;
  speaker: string | null;
  date: string | null;
}
export interface EventRow {
  article: string;
  start: number;
  end: number;
  sentence: string;
  ploverType: string;
  ploverMode: string | null;
  cameo: string | null;
  acledEventType: string | null;
  acledSubEventType: string | null;
  actor: string | null;
  actorCountry: string | null;
  target: string | null;
  targetCountry: string | null;
  place: string | null;
  lat: number | null;
  lon: number | null;
  date: string | null;
  count: number | null;
}
