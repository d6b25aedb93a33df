/**
 * The embedded store: one SQLite file via better-sqlite3 (WAL mode, prepared
 * statements, one transaction per put, FTS5 for text search).
 */
import Database from 'better-sqlite3';
import { SitrepError, errorMessage } from '../errors.js';
import type { ArticleRecord } from '../model/record.js';
import { flattenRecord, type FlatRecord } from './flatten.js';
import {
  ARTICLE_ORDER,
  ARTICLE_SELECT,
  ENTITY_ORDER,
  ENTITY_SELECT,
  EVENT_FROM,
  EVENT_ORDER,
  EVENT_SELECT,
  QUOTE_FROM,
  QUOTE_ORDER,
  QUOTE_SELECT,
  articleWhere,
  entityWhere,
  eventWhere,
  pageOf,
  placesSql,
  dyadsSql,
  quoteWhere,
  speakersSql,
  timelineSql,
  type Dialect,
  type Where,
} from './query.js';
import { assembleRecords, BULK_IDS, HAS_CONTENT_SELECT, recordsSelect, syndicationSelectMany, SYNDICATION_SELECT, withSyndication, toArticleSummary, toEntityRow, toEventRow, toDyadCount, toPlacePoint, toQuoteRow, toSpeakerCount, toTimelinePoint } from './rows.js';
import { SQLITE_MIGRATIONS } from './sqlite-schema.js';
import type {
  ArticleFilter,
  ArticleSummary,
  EntityFilter,
  EntityRow,
  DyadCount,
  DyadFilter,
  EventAggregateFilter,
  EventFilter,
  EventRow,
  Page,
  PlacePoint,
  PutResult,
  QuoteFilter,
  QuoteRow,
  SpeakerCount,
  Store,
  StoredSignature,
  SyndicatedCopy,
  TimelineFilter,
  TimelinePoint,
} from './store.js';
import { validateRecord } from './validate.js';

type Row = Record<string, unknown>;

export const SQLITE_DIALECT: Dialect = {
  contains: (column) => `${column} LIKE ? ESCAPE '\\'`,
  articleText: 'a.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)',
  quoteText: 'q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)',
  ftsQuery: (tokens) => tokens.map((t) => `"${t}"*`).join(' '),
  distinctList: (column) => `group_concat(DISTINCT ${column})`,
};

/** SQLite has no booleans; everything else binds as is. */
function bindable(value: unknown): unknown {
  return typeof value === 'boolean' ? (value ? 1 : 0) : value;
}

export class SqliteStore implements Store {
  readonly db: Database.Database;
  /** Prepared statements by SQL text: prepared once, reused for every put and query. */
  private readonly statements = new Map<string, Database.Statement>();

  constructor(path: string) {
    try {
      this.db = new Database(path);
    } catch (err) {
      throw new SitrepError('E030', `SQLite ${path}: ${errorMessage(err)}`);
    }
    this.db.pragma('journal_mode = WAL');
    // In WAL mode NORMAL is still crash-safe (a power cut may lose the last commits, never corrupt).
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    this.migrate();
  }

  /** Runs the migrations this file has not seen yet, each in its own transaction. */
  private migrate(): void {
    const current = this.db.pragma('user_version', { simple: true }) as number;
    SQLITE_MIGRATIONS.forEach((sql, i) => {
      const version = i + 1;
      if (version <= current) return;
      this.db.transaction(() => {
        this.db.exec(sql);
        this.db.pragma(`user_version = ${version}`);
      })();
    });
  }

  get schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  async put(record: ArticleRecord, signature?: Uint32Array): Promise<PutResult> {
    const valid = validateRecord(record, `record "${(record as { id?: unknown })?.id}"`);
    const flat = flattenRecord(valid, signature);
    return this.db.transaction(() => this.putFlat(flat))();
  }

  private putFlat(flat: FlatRecord): PutResult {
    const { article } = flat;
    const same = this.prepared('SELECT id FROM articles WHERE content_hash = ?').get(article.content_hash) as Row | undefined;
    if (same) return { id: String(same.id), inserted: false };
    this.removeArticle(article.id);

    const { body, ...columns } = article;
    const seq = this.insert('articles', columns).lastInsertRowid;
    this.prepared('INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)').run(seq, article.title ?? '', body);
    for (const row of flat.entities) this.insert('entities', row);
    for (const row of flat.quotes) {
      const id = this.insert('quotes', row).lastInsertRowid;
      this.prepared('INSERT INTO quotes_fts (rowid, text) VALUES (?, ?)').run(id, row.text);
    }
    for (const row of flat.places) this.insert('places', row);
    for (const row of flat.events) this.insert('events', row);
    return { id: article.id, inserted: true };
  }

  /** Deletes an article (a new version replaces it) with its rows and search entries. */
  private removeArticle(id: string): void {
    const old = this.prepared('SELECT seq FROM articles WHERE id = ?').get(id) as Row | undefined;
    if (!old) return;
    this.prepared('DELETE FROM articles_fts WHERE rowid = ?').run(old.seq);
    this.prepared('DELETE FROM quotes_fts WHERE rowid IN (SELECT id FROM quotes WHERE article = ?)').run(id);
    this.prepared('DELETE FROM articles WHERE id = ?').run(id); // rows go by ON DELETE CASCADE
  }

  private insert(table: string, row: object): Database.RunResult {
    const columns = Object.keys(row);
    const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
    return this.prepared(sql).run(...Object.values(row).map(bindable));
  }

  private prepared(sql: string): Database.Statement {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      this.statements.set(sql, stmt);
    }
    return stmt;
  }

  async get(id: string): Promise<ArticleRecord | null> {
    const row = this.prepared('SELECT record FROM articles WHERE id = ?').get(id) as Row | undefined;
    if (!row) return null;
    const record = validateRecord(JSON.parse(String(row.record)), `stored record "${id}"`);
    return withSyndication(record, this.prepared(SYNDICATION_SELECT).all(id) as Row[]);
  }

  async getMany(ids: readonly string[]): Promise<ArticleRecord[]> {
    const out: ArticleRecord[] = [];
    for (let i = 0; i < ids.length; i += BULK_IDS) {
      const chunk = ids.slice(i, i + BULK_IDS);
      // Not cached: the statement text varies with the chunk length.
      const records = this.db.prepare(recordsSelect(chunk.length)).all(...chunk) as Row[];
      const copies = this.db.prepare(syndicationSelectMany(chunk.length)).all(...chunk) as Row[];
      const parse = (r: Row) => validateRecord(JSON.parse(String(r.record)), `stored record "${String(r.id)}"`);
      out.push(...assembleRecords(chunk, records, copies, parse));
    }
    return out;
  }

  async hasContent(contentHash: string): Promise<boolean> {
    return this.prepared(HAS_CONTENT_SELECT).get(contentHash, contentHash) !== undefined;
  }

  async signatures(): Promise<StoredSignature[]> {
    const rows = this.prepared('SELECT id, signature FROM articles WHERE signature IS NOT NULL ORDER BY seq').all() as Row[];
    return rows.map((r) => ({ id: String(r.id), signature: String(r.signature) }));
  }

  async addSyndicated(articleId: string, copy: SyndicatedCopy): Promise<boolean> {
    return this.db.transaction(() => {
      if (!this.prepared('SELECT 1 FROM articles WHERE id = ?').get(articleId)) return false;
      if (this.prepared('SELECT 1 FROM articles WHERE content_hash = ?').get(copy.contentHash)) return false;
      const sql = 'INSERT INTO syndication (article, id, url, content_hash, similarity) VALUES (?, ?, ?, ?, ?) ON CONFLICT (content_hash) DO NOTHING';
      return this.prepared(sql).run(articleId, copy.id, copy.url ?? null, copy.contentHash, copy.similarity).changes > 0;
    })();
  }

  private page<T>(select: string, countFrom: string, where: Where, order: string, filter: { limit?: number; offset?: number }, map: (r: Row) => T): Page<T> {
    const { limit, offset } = pageOf(filter);
    const total = (this.prepared(`SELECT count(*) AS n ${countFrom} ${where.sql}`).get(...where.params) as Row).n;
    const rows = this.prepared(`${select} ${where.sql} ${order} LIMIT ? OFFSET ?`).all(...where.params, limit, offset) as Row[];
    return { items: rows.map(map), total: Number(total) };
  }

  async listArticles(filter: ArticleFilter = {}): Promise<Page<ArticleSummary>> {
    return this.page(ARTICLE_SELECT, 'FROM articles a', articleWhere(filter, SQLITE_DIALECT), ARTICLE_ORDER, filter, toArticleSummary);
  }

  async entities(filter: EntityFilter = {}): Promise<Page<EntityRow>> {
    return this.page(ENTITY_SELECT, 'FROM entities n', entityWhere(filter, SQLITE_DIALECT), ENTITY_ORDER, filter, toEntityRow);
  }

  async quotes(filter: QuoteFilter = {}): Promise<Page<QuoteRow>> {
    return this.page(QUOTE_SELECT, QUOTE_FROM, quoteWhere(filter, SQLITE_DIALECT), QUOTE_ORDER, filter, toQuoteRow);
  }

  async events(filter: EventFilter = {}): Promise<Page<EventRow>> {
    return this.page(EVENT_SELECT, EVENT_FROM, eventWhere(filter, SQLITE_DIALECT), EVENT_ORDER, filter, toEventRow);
  }

  async quoteSpeakers(filter: QuoteFilter = {}): Promise<SpeakerCount[]> {
    const where = quoteWhere(filter, SQLITE_DIALECT);
    return (this.prepared(speakersSql(where)).all(...where.params) as Row[]).map(toSpeakerCount);
  }

  async eventTimeline(filter: TimelineFilter): Promise<TimelinePoint[]> {
    const where = eventWhere(filter, SQLITE_DIALECT);
    return (this.prepared(timelineSql(filter.groupBy, where)).all(...where.params) as Row[]).map(toTimelinePoint);
  }

  async eventPlaces(filter: EventAggregateFilter = {}): Promise<PlacePoint[]> {
    const where = eventWhere(filter, SQLITE_DIALECT);
    return (this.prepared(placesSql(where, SQLITE_DIALECT)).all(...where.params) as Row[]).map(toPlacePoint);
  }

  async eventDyads(filter: DyadFilter): Promise<DyadCount[]> {
    const where = eventWhere(filter, SQLITE_DIALECT);
    return (this.prepared(dyadsSql(filter.by, where, SQLITE_DIALECT)).all(...where.params) as Row[]).map(toDyadCount);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

export function openSqliteStore(path: string): SqliteStore {
  return new SqliteStore(path);
}
