/**
 * The HTTP API (JSON under /api) and the dashboard (web/ at /), on Hono.
 * Routes only parse parameters (params.ts) and call the Store; all querying
 * lives in the store.
 */
import { Hono, type Context } from 'hono';
import { SitrepError, errorMessage } from '../errors.js';
import type { Store } from '../store/store.js';
import { EXPORT_FORMATS, exportResponse, isExportFormat } from './export.js';
import { BadParameter, articleFilter, entityFilter, eventFilter, onlyKnown, placesFilter, dyadFilter, quoteFilter, speakerFilter, timelineFilter } from './params.js';
import { basemapGeoJson, readStaticFile, webRoot } from './static.js';

export interface AppOptions {
  /** Folder served at / (default: the repository's web/). */
  webRoot?: string;
  /** Log server errors (default: console.error). */
  logError?: (message: string) => void;
}

export const API_VERSION = 1;

/** Own scripts, styles (inline style attributes for colours) and data: images only; no other origin. */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

export function createApp(store: Store, opts: AppOptions = {}): Hono {
  const app = new Hono();
  const root = opts.webRoot ?? webRoot();
  const logError = opts.logError ?? ((m: string) => console.error(m));
  const query = (c: Context) => c.req.query();

  // Defence in depth: the dashboard escapes all stored text, and may run nothing but its own files.
  app.use('*', async (c, next) => {
    await next();
    c.header('x-content-type-options', 'nosniff');
    c.header('content-security-policy', CSP);
  });

  app.get('/api/health', async (c) => {
    const articles = await store.listArticles({ limit: 1 });
    return c.json({ ok: true, version: API_VERSION, articles: articles.total });
  });

  app.get('/api/articles', async (c) => c.json(await store.listArticles(articleFilter(query(c)))));

  app.get('/api/articles/:id', async (c) => {
    onlyKnown(query(c), []);
    const id = c.req.param('id');
    const record = await store.get(id);
    return record ? c.json(record) : c.json({ error: `no article with id "${id}"` }, 404);
  });

  app.get('/api/entities', async (c) => c.json(await store.entities(entityFilter(query(c)))));
  app.get('/api/quotes', async (c) => c.json(await store.quotes(quoteFilter(query(c)))));
  app.get('/api/quotes/speakers', async (c) => c.json({ items: await store.quoteSpeakers(speakerFilter(query(c))) }));
  app.get('/api/events', async (c) => c.json(await store.events(eventFilter(query(c)))));
  app.get('/api/events/timeline', async (c) => c.json({ items: await store.eventTimeline(timelineFilter(query(c))) }));
  app.get('/api/events/places', async (c) => c.json({ items: await store.eventPlaces(placesFilter(query(c))) }));
  app.get('/api/events/dyads', async (c) => c.json({ items: await store.eventDyads(dyadFilter(query(c))) }));

  app.get('/api/export/:format', async (c) => {
    const format = c.req.param('format');
    if (!isExportFormat(format)) throw new BadParameter('format', `export format must be one of ${Object.keys(EXPORT_FORMATS).join(', ')}, got "${format}"`);
    const filter = articleFilter(query(c)); // the articles whose events are exported; all of them without a limit
    return exportResponse(store, format, filter);
  });

  app.all('/api/*', (c) => c.json({ error: `no API route ${c.req.method} ${c.req.path}` }, 404));

  app.get('/assets/countries.json', (c) => c.body(basemapGeoJson(), 200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'max-age=86400' }));

  app.get('*', async (c) => {
    const file = await readStaticFile(root, c.req.path);
    if (!file) return c.text('not found', 404);
    return c.body(new Uint8Array(file.body), 200, { 'content-type': file.contentType });
  });

  app.onError((err, c) => {
    if (err instanceof BadParameter) return c.json({ error: err.message, parameter: err.parameter }, 400);
    if (err instanceof SitrepError && err.code === 'E030') return c.json({ error: err.message }, 503);
    logError(`sitrep api: ${c.req.method} ${c.req.path}: ${errorMessage(err)}`);
    return c.json({ error: 'internal error' }, 500);
  });

  return app;
}
