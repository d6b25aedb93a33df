/**
 * The server store: PostgreSQL via `pg` (jsonb records, the same flat query
 * tables as SQLite, generated tsvector columns for text search). Same
 * behaviour as SqliteStore; both pass store-suite.ts.
 */
import pg from 'pg';
import { SitrepError, errorMessage } from '../errors.js';
import type { ArticleRecord } from '../model/record.js';
import { flattenRecord, type FlatRecord } from './flatten.js';
import { POSTGRES_MIGRATIONS } from './postgres-schema.js';
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

export const POSTGRES_DIALECT: Dialect = {
  contains: (column) => `${column} ILIKE ? ESCAPE '\\'`,
  articleText: `a.search @@ to_tsquery('simple', ?)`,
  quoteText: `q.search @@ to_tsquery('simple', ?)`,
  ftsQuery: (tokens) => tokens.map((t) => `${t}:*`).join(' & '),
  distinctList: (column) => `string_agg(DISTINCT ${column}, ',')`,
};

/** `?` placeholders (shared SQL) → `$1, $2, ...`. The shared SQL never holds a literal `?`. */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** Rows per multi-row INSERT; keeps the parameter count far below PostgreSQL's 65535. */
const INSERT_CHUNK = 500;
const UNIQUE_VIOLATION = '23505';

export interface PostgresStoreOptions {
  /** Use (and create) this schema instead of `public`; tests use one per run. */
  schema?: string;
}

export class PostgresStore implements Store {
  constructor(
    readonly pool: pg.Pool,
    readonly schema: string | undefined,
  ) {}

  async migrate(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      // One migrator at a time, whoever else is opening the same database.
      await client.query('SELECT pg_advisory_xact_lock(7426135)');
      await client.query('CREATE TABLE IF NOT EXISTS sitrep_schema (version integer NOT NULL)');
      const { rows } = await client.query('SELECT max(version) AS v FROM sitrep_schema');
      const current = Number(rows[0]?.v ?? 0);
      for (let i = current; i < POSTGRES_MIGRATIONS.length; i++) {
        await client.query(POSTGRES_MIGRATIONS[i]!);
        await client.query('INSERT INTO sitrep_schema (version) VALUES ($1)', [i + 1]);
      }
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  }

  async schemaVersion(): Promise<number> {
    const { rows } = await this.pool.query('SELECT max(version) AS v FROM sitrep_schema');
    return Number(rows[0]?.v ?? 0);
  }

  private async query(sql: string, params: unknown[] = []): Promise<Row[]> {
    return (await this.pool.query(numberPlaceholders(sql), params)).rows as Row[];
  }

  async put(record: ArticleRecord, signature?: Uint32Array): Promise<PutResult> {
    const valid = validateRecord(record, `record "${(record as { id?: unknown })?.id}"`);
    const clean = withoutNul(valid);
    // A text changed by NUL removal needs its own signature.
    const flat = flattenRecord(clean, clean === valid ? signature : undefined);
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await this.putFlat(client, flat);
      await client.query(result.inserted ? 'COMMIT' : 'ROLLBACK');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      // A concurrent put of the same content won the race: that is a duplicate, not an error.
      if ((err as { code?: string }).code === UNIQUE_VIOLATION) {
        const same = await this.pool.query('SELECT id FROM articles WHERE content_hash = $1', [flat.article.content_hash]);
        if (same.rows[0]) return { id: String(same.rows[0].id), inserted: false };
      }
      throw err;
    } finally {
      client.release();
    }
  }

  private async putFlat(client: pg.PoolClient, flat: FlatRecord): Promise<PutResult> {
    const { article } = flat;
    // Serialise puts of one id, so a concurrent duplicate waits and then sees the first as stored.
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('sitrep-article:' || $1))`, [article.id]);
    const same = await client.query('SELECT id FROM articles WHERE content_hash = $1', [article.content_hash]);
    if (same.rows[0]) return { id: String(same.rows[0].id), inserted: false };
    await client.query('DELETE FROM articles WHERE id = $1', [article.id]); // a new version replaces the old; rows cascade
    await insertRows(client, 'articles', [article], { record: 'jsonb' });
    await insertRows(client, 'entities', flat.entities);
    await insertRows(client, 'quotes', flat.quotes);
    await insertRows(client, 'places', flat.places);
    await insertRows(client, 'events', flat.events);
    return { id: article.id, inserted: true };
  }

  async get(id: string): Promise<ArticleRecord | null> {
    const rows = await this.query('SELECT record FROM articles WHERE id = ?', [id]);
    if (!rows[0]) return null;
    const record = validateRecord(rows[0].record, `stored record "${id}"`);
    return withSyndication(record, await this.query(SYNDICATION_SELECT, [id]));
  }

  async getMany(ids: readonly string[]): Promise<ArticleRecord[]> {
    const out: ArticleRecord[] = [];
    for (let i = 0; i < ids.length; i += BULK_IDS) {
      const chunk = ids.slice(i, i + BULK_IDS);
      const records = await this.query(recordsSelect(chunk.length), chunk);
      const copies = await this.query(syndicationSelectMany(chunk.length), chunk);
      const parse = (r: Row) => validateRecord(r.record, `stored record "${String(r.id)}"`);
      out.push(...assembleRecords(chunk, records, copies, parse));
    }
    return out;
  }

  async hasContent(contentHash: string): Promise<boolean> {
    return (await this.query(HAS_CONTENT_SELECT, [contentHash, contentHash])).length > 0;
  }

  async signatures(): Promise<StoredSignature[]> {
    const rows = await this.query('SELECT id, signature FROM articles WHERE signature IS NOT NULL ORDER BY seq');
    return rows.map((r) => ({ id: String(r.id), signature: String(r.signature) }));
  }

  async addSyndicated(articleId: string, copy: SyndicatedCopy): Promise<boolean> {
    // One statement: inserts only when the article exists and no article has the copy's hash.
    const rows = await this.query(
      `INSERT INTO syndication (article, id, url, content_hash, similarity)
       SELECT a.id, ?, ?, ?, ? FROM articles a
       WHERE a.id = ? AND NOT EXISTS (SELECT 1 FROM articles b WHERE b.content_hash = ?)
       ON CONFLICT (content_hash) DO NOTHING RETURNING id`,
      [copy.id, copy.url ?? null, copy.contentHash, copy.similarity, articleId, copy.contentHash],
    );
    return rows.length > 0;
  }

  private async page<T>(select: string, countFrom: string, where: Where, order: string, filter: { limit?: number; offset?: number }, map: (r: Row) => T): Promise<Page<T>> {
    const { limit, offset } = pageOf(filter);
    const [count, rows] = await Promise.all([
      this.query(`SELECT count(*) AS n ${countFrom} ${where.sql}`, where.params),
      this.query(`${select} ${where.sql} ${order} LIMIT ? OFFSET ?`, [...where.params, limit, offset]),
    ]);
    return { items: rows.map(map), total: Number(count[0]?.n ?? 0) };
  }

  async listArticles(filter: ArticleFilter = {}): Promise<Page<ArticleSummary>> {
    return this.page(ARTICLE_SELECT, 'FROM articles a', articleWhere(filter, POSTGRES_DIALECT), ARTICLE_ORDER, filter, toArticleSummary);
  }

  async entities(filter: EntityFilter = {}): Promise<Page<EntityRow>> {
    return this.page(ENTITY_SELECT, 'FROM entities n', entityWhere(filter, POSTGRES_DIALECT), ENTITY_ORDER, filter, toEntityRow);
  }

  async quotes(filter: QuoteFilter = {}): Promise<Page<QuoteRow>> {
    return this.page(QUOTE_SELECT, QUOTE_FROM, quoteWhere(filter, POSTGRES_DIALECT), QUOTE_ORDER, filter, toQuoteRow);
  }

  async events(filter: EventFilter = {}): Promise<Page<EventRow>> {
    return this.page(EVENT_SELECT, EVENT_FROM, eventWhere(filter, POSTGRES_DIALECT), EVENT_ORDER, filter, toEventRow);
  }

  async quoteSpeakers(filter: QuoteFilter = {}): Promise<SpeakerCount[]> {
    const where = quoteWhere(filter, POSTGRES_DIALECT);
    return (await this.query(speakersSql(where), where.params)).map(toSpeakerCount);
  }

  async eventTimeline(filter: TimelineFilter): Promise<TimelinePoint[]> {
    const where = eventWhere(filter, POSTGRES_DIALECT);
    return (await this.query(timelineSql(filter.groupBy, where), where.params)).map(toTimelinePoint);
  }

  async eventPlaces(filter: EventAggregateFilter = {}): Promise<PlacePoint[]> {
    const where = eventWhere(filter, POSTGRES_DIALECT);
    return (await this.query(placesSql(where, POSTGRES_DIALECT), where.params)).map(toPlacePoint);
  }

  async eventDyads(filter: DyadFilter): Promise<DyadCount[]> {
    const where = eventWhere(filter, POSTGRES_DIALECT);
    return (await this.query(dyadsSql(filter.by, where, POSTGRES_DIALECT), where.params)).map(toDyadCount);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/**
 * PostgreSQL text and jsonb cannot hold U+0000. Each one becomes U+FFFD, which
 * has the same UTF-16 length, so every offset still points at the same text.
 */
export function withoutNul(record: ArticleRecord): ArticleRecord {
  // Walked, not serialised: put flattens (and so serialises) the record once anyway.
  if (!holdsNul(record)) return record;
  return JSON.parse(JSON.stringify(record, (_key, value: unknown) => (typeof value === 'string' ? value.replaceAll('\0', '\uFFFD') : value))) as ArticleRecord;
}

/** Whether any string in a JSON-like value (its keys included) contains U+0000. */
function holdsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\0');
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some(holdsNul);
  for (const [key, item] of Object.entries(value)) if (key.includes('\0') || holdsNul(item)) return true;
  return false;
}

/** Multi-row INSERT of same-shaped rows, in chunks. `casts` names columns needing a type cast. */
async function insertRows(client: pg.PoolClient, table: string, rows: object[], casts: Record<string, string> = {}): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const chunk = rows.slice(i, i + INSERT_CHUNK);
    const params: unknown[] = [];
    const tuples = chunk.map((row) => {
      const values = Object.values(row);
      const slots = columns.map((c, j) => {
        params.push(values[j]);
        return `$${params.length}${casts[c] ? `::${casts[c]}` : ''}`;
      });
      return `(${slots.join(', ')})`;
    });
    await client.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`, params);
  }
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
  const { schema } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) throw new Error(`postgres store: bad schema name "${schema}"`);
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // Idle clients can fail when the server restarts; log instead of crashing the process.
  pool.on('error', (err) => console.error(`sitrep: postgres pool: ${errorMessage(err)}`));
  if (schema) pool.on('connect', (client) => void client.query(`SET search_path TO ${schema}`));
  const store = new PostgresStore(pool, schema);
  try {
    if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await store.migrate();
  } catch (err) {
    await pool.end().catch(() => {});
    throw new SitrepError('E030', `PostgreSQL ${redact(url)}: ${errorMessage(err)}`);
  }
  return store;
}

/** The URL without its password, for error messages. */
function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}
