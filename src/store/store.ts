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

/** Event filters without pagination, for aggregations. */
export type EventAggregateFilter = Omit<EventFilter, 'limit' | 'offset'>;

export type TimelineGrouping = 'day' | 'week' | 'month';

export interface TimelineFilter extends EventAggregateFilter {
  groupBy: TimelineGrouping;
}

/** One bar segment: events of one PLOVER type in one period. */
export interface TimelinePoint {
  /** 'YYYY-MM-DD' for day, the Monday 'YYYY-MM-DD' of the ISO week for week, 'YYYY-MM' for month. */
  period: string;
  type: string;
  count: number;
}

/** A speaker (resolved name, else mention text) and how many quotes they have. */
export interface SpeakerCount {
  speaker: string;
  count: number;
}

/**
 * How dyads are formed: by `code` (actor country + sector → target country +
 * sector, as CAMEO/GDELT users count them) or by `name` (the resolved actor
 * and target names, e.g. one armed group against one army).
 */
export type DyadGrouping = 'code' | 'name';

export interface DyadFilter extends EventAggregateFilter {
  by: DyadGrouping;
}

/** The two sides of an event or dyad: resolved name (else text), ISO alpha-3 country and sector. */
export interface EventSides {
  actor: string | null;
  actorCountry: string | null;
  actorSector: string | null;
  target: string | null;
  targetCountry: string | null;
  targetSector: string | null;
}

/** Who did what to whom, how often: events counted per actor → target pair. `actor`/`target` are null when grouping by `code`. */
export interface DyadCount extends EventSides {
  count: number;
  /** Distinct PLOVER types of the pair's events, sorted. */
  types: string[];
}

/** Events grouped by geocoded place. */
export interface PlacePoint {
  name: string;
  lat: number;
  lon: number;
  count: number;
  /** Distinct PLOVER types of the events there, sorted. */
  types: string[];
}

export interface Store {
  /**
   * Stores a record; idempotent by `meta.contentHash` (falls back to id).
   * A record with a known id but new content replaces the old one.
   * Throws SitrepError E031 for an invalid record; a failed put changes nothing.
   * `signature`: the MinHash signature of `record.text`, when the caller has
   * already computed it (ingest does, to find syndicated copies); else computed here.
   */
  put(record: ArticleRecord, signature?: Uint32Array): Promise<PutResult>;
  get(id: string): Promise<ArticleRecord | null>;
  /** The records of these ids in the order given (unknown ids left out), read in bulk. */
  getMany(ids: readonly string[]): Promise<ArticleRecord[]>;
  listArticles(filter?: ArticleFilter): Promise<Page<ArticleSummary>>;
  entities(filter?: EntityFilter): Promise<Page<EntityRow>>;
  quotes(filter?: QuoteFilter): Promise<Page<QuoteRow>>;
  events(filter?: EventFilter): Promise<Page<EventRow>>;
  /** Speakers of the quotes a filter selects (pagination ignored), most quoted first. */
  quoteSpeakers(filter?: QuoteFilter): Promise<SpeakerCount[]>;
  eventTimeline(filter: TimelineFilter): Promise<TimelinePoint[]>;
  eventPlaces(filter?: EventAggregateFilter): Promise<PlacePoint[]>;
  /** Actor → target pairs of the events a filter selects, most frequent first (at most MAX_DYADS). */
  eventDyads(filter: DyadFilter): Promise<DyadCount[]>;
  /**
   * Whether a document with this content hash is stored, as an article or as a
   * syndicated copy: lets ingest skip re-annotating what it already has.
   */
  hasContent(contentHash: string): Promise<boolean>;
  /** MinHash signatures (hex) of all stored articles, to seed a NearDuplicateIndex. */
  signatures(): Promise<StoredSignature[]>;
  /**
   * Records another capture of a stored article's story (same wire story, other site).
   * Idempotent by contentHash: false when that capture (or an article with that hash) is already stored,
   * or when the article does not exist.
   */
  addSyndicated(articleId: string, copy: SyndicatedCopy): Promise<boolean>;
  close(): Promise<void>;
}

export interface StoredSignature {
  id: string;
  signature: string;
}

export interface SyndicatedCopy {
  /** The id the copy would have had as an article of its own. */
  id: string;
  url?: string;
  contentHash: string;
  /** Estimated Jaccard similarity to the stored article's text. */
  similarity: number;
}

export interface ArticleSummary {
  id: string;
  title: string | null;
  published: string | null;
  url: string | null;
  counts: { entities: number; quotes: number; places: number; events: number };
  /** Syndicated copies (other captures of the same story) recorded for this article. */
  copies: number;
}

/** Rows of the flat query tables; each carries its article id and evidence span. */
export interface EntityRow {
  article: string;
  start: number;
  end: number;
  text: string;
  type: string;
  name: string | null;
  /** ISO 3166-1 alpha-3. */
  country: string | null;
}
export interface QuoteRow {
  article: string;
  articleTitle: string | null;
  start: number;
  end: number;
  text: string;
  direct: boolean;
  /** Resolved speaker name, else the speaker mention text. */
  speaker: string | null;
  /** The mention in the text naming the speaker. */
  speakerText: string | null;
  /** Statement date, else the article's publication day. */
  date: string | null;
}
export interface EventRow extends EventSides {
  article: string;
  articleTitle: string | null;
  start: number;
  end: number;
  sentence: string;
  ploverType: string;
  ploverMode: string | null;
  cameo: string | null;
  acledEventType: string | null;
  acledSubEventType: string | null;
  place: string | null;
  /** ISO 3166-1 alpha-2 of the place. */
  placeCountry: string | null;
  lat: number | null;
  lon: number | null;
  /** Event day ('YYYY-MM-DD'): the stated date, else the article's publication day. */
  date: string | null;
  count: number | null;
}
