import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { fixtureRecords, lyonRecord, maliRecord } from '../store/fixtures.js';
import { openSqliteStore, type SqliteStore } from '../store/sqlite.js';
import { createApp } from './app.js';

let dir: string;
let store: SqliteStore;
let app: Hono;
const errors: string[] = [];
// Response bodies are checked field by field; a loose type keeps the assertions readable.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-api-'));
  store = openSqliteStore(join(dir, 'api.sqlite'));
  for (const r of fixtureRecords()) await store.put(r);
  const web = join(dir, 'web');
  mkdirSync(web);
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>dash</title>');
  writeFileSync(join(web, 'app.js'), 'export const x = 1;');
  writeFileSync(join(dir, 'secret.txt'), 'do not serve');
  app = createApp(store, { webRoot: web, logError: (m) => errors.push(m) });
});

after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function json(path: string, status = 200): Promise<Json> {
  const res = await app.request(path);
  assert.equal(res.status, status, `${path} → ${res.status}: ${await res.clone().text()}`);
  assert.match(res.headers.get('content-type') ?? '', /application\/json/);
  return res.json();
}

describe('API: articles', () => {
  it('reports health with the article count', async () => {
    assert.deepEqual(await json('/api/health'), { ok: true, version: 1, articles: 3 });
  });

  it('lists, searches and date-filters articles', async () => {
    const all = await json('/api/articles');
    assert.equal(all.total, 3);
    assert.deepEqual(all.items[0].counts, { entities: 1, quotes: 1, places: 1, events: 1 });
    assert.deepEqual((await json('/api/articles?q=geneva')).items.map((a: Json) => a.id), ['geneva-1']);
    assert.deepEqual((await json('/api/articles?from=2024-01-01&to=2024-01-31')).items.map((a: Json) => a.id), ['mali-1']);
    const paged = await json('/api/articles?limit=1&offset=1');
    assert.equal(paged.total, 3);
    assert.deepEqual(paged.items.map((a: Json) => a.id), ['geneva-1']);
  });

  it('returns the full record by id, and 404 for an unknown id', async () => {
    assert.deepEqual(await json('/api/articles/mali-1'), maliRecord());
    const missing = await json('/api/articles/nope', 404);
    assert.match(missing.error, /nope/);
  });

  it('serves ids holding slashes and spaces when they are URL-encoded', async () => {
    const odd = { ...lyonRecord(), id: 'samples/a b.txt', meta: { contentHash: 'sha256:odd-id' } };
    const oddStore = openSqliteStore(join(dir, 'odd.sqlite'));
    try {
      await oddStore.put(odd);
      const res = await createApp(oddStore).request(`/api/articles/${encodeURIComponent(odd.id)}`);
      assert.equal(res.status, 200);
      assert.equal(((await res.json()) as Json).id, 'samples/a b.txt');
    } finally {
      await oddStore.close();
    }
  });

  it('answers bad parameters with 400 naming the parameter', async () => {
    for (const [path, parameter] of [
      ['/api/articles?from=2024-13-01', 'from'],
      ['/api/articles?from=yesterday', 'from'],
      ['/api/articles?from=2024-03-01&to=2024-01-01', 'to'],
      ['/api/articles?limit=0', 'limit'],
      ['/api/articles?limit=abc', 'limit'],
      ['/api/articles?offset=-1', 'offset'],
      ['/api/articles?query=x', 'query'],
      ['/api/entities?type=PERSON', 'type'],
      ['/api/events?cameo=19x', 'cameo'],
      ['/api/events/timeline?groupBy=year', 'groupBy'],
      ['/api/export/csv', 'format'],
    ] as const) {
      const body = await json(path, 400);
      assert.equal(body.parameter, parameter, path);
      assert.equal(typeof body.error, 'string');
    }
  });

  it('answers unknown API paths with a JSON 404', async () => {
    assert.match((await json('/api/nothing-here', 404)).error, /nothing-here/);
  });
});

describe('API: entities, quotes, events', () => {
  it('filters entities by type and name', async () => {
    const page = await json('/api/entities?type=per&q=diarra');
    assert.equal(page.total, 1);
    assert.equal(page.items[0].name, 'Amadou Diarra');
  });

  it('finds quotes by speaker, words and dates', async () => {
    assert.equal((await json('/api/quotes?speaker=Albares')).items[0].text, 'frank and useful');
    assert.equal((await json('/api/quotes?q=repelled')).items[0].speaker, 'Amadou Diarra');
    assert.equal((await json('/api/quotes?from=2024-03-01')).total, 1);
  });

  it('lists speakers with quote counts', async () => {
    const { items } = await json('/api/quotes/speakers?from=2024-02-01');
    assert.deepEqual(items.map((s: Json) => [s.speaker, s.count]).sort(), [['Jose Manuel Albares', 1], ['officials', 1], ['the interior ministry', 1]]);
    assert.equal((await json('/api/quotes/speakers?limit=5', 400)).parameter, 'limit');
  });

  it('filters events by type, CAMEO prefix, ACLED type, actor, country and place', async () => {
    const types = async (qs: string) => (await json(`/api/events?${qs}`)).items.map((e: Json) => e.ploverType).sort();
    assert.deepEqual(await types('type=ASSAULT'), ['ASSAULT']);
    assert.deepEqual(await types('cameo=14'), ['PROTEST']);
    assert.deepEqual(await types('acled=Battles'), ['ASSAULT']);
    assert.deepEqual(await types('actor=police'), ['COERCE']);
    assert.deepEqual(await types('country=Mali'), ['ASSAULT', 'DISAPPROVE']);
    assert.deepEqual(await types('place=Geneva&from=2024-02-10&to=2024-02-10'), ['CONSULT', 'PROTEST']);
  });

  it('aggregates a timeline and event places', async () => {
    const timeline = await json('/api/events/timeline?groupBy=month&country=CHE');
    assert.deepEqual(timeline.items, [
      { period: '2024-02', type: 'CONSULT', count: 1 },
      { period: '2024-02', type: 'PROTEST', count: 1 },
    ]);
    assert.equal((await json('/api/events/timeline')).items[0].period, '2024-01-22', 'weeks by default');
    const places = await json('/api/events/places');
    assert.deepEqual(places.items.map((p: Json) => [p.name, p.count]), [['Geneva', 2], ['Kidal', 1], ['Lyon', 1]]);
    const dyads = await json('/api/events/dyads?by=name&type=CONSULT');
    assert.deepEqual(dyads.items.map((d: Json) => [d.actor, d.actorCountry, d.target, d.targetCountry, d.count]), [['Spain', 'ESP', 'Morocco', 'MAR', 1]]);
    assert.equal((await json('/api/events/dyads')).items.length, 5, 'by code by default');
    const bad = await app.request('/api/events/dyads?by=colour');
    assert.equal(bad.status, 400);
    assert.match(((await bad.json()) as Json).error, /"by" must be one of code, name, got "colour"/);
  });

  it('exports the events of the selected articles as ACLED CSV, GDELT TSV and PLOVER JSON', async () => {
    const acled = await app.request('/api/export/acled?from=2024-03-01');
    assert.equal(acled.status, 200);
    assert.match(acled.headers.get('content-type') ?? '', /text\/csv/);
    assert.match(acled.headers.get('content-disposition') ?? '', /sitrep-events\.csv/);
    const csv = await acled.text();
    assert.match(csv, /Lyon/);
    assert.doesNotMatch(csv, /Kidal/, 'only articles from March');

    const gdelt = await app.request('/api/export/gdelt');
    assert.equal(gdelt.status, 200);
    assert.match(gdelt.headers.get('content-type') ?? '', /tab-separated/);
    assert.match(await gdelt.text(), /\t/);

    const plover = await json('/api/export/plover?q=geneva');
    assert.ok(Array.isArray(plover));
    assert.equal(plover.length, 2, 'the two Geneva events');
  });
});

describe('API: dashboard files', () => {
  it('serves index.html at / and files with their content type', async () => {
    const index = await app.request('/');
    assert.equal(index.status, 200);
    assert.match(index.headers.get('content-type') ?? '', /text\/html/);
    assert.match(await index.text(), /<title>dash<\/title>/);
    assert.match(index.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    assert.equal(index.headers.get('x-content-type-options'), 'nosniff');
    const js = await app.request('/app.js');
    assert.match(js.headers.get('content-type') ?? '', /javascript/);
  });

  it('never serves files outside the web folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt']) {
      const res = await app.request(path);
      assert.equal(res.status, 404, path);
      assert.doesNotMatch(await res.text(), /do not serve/);
    }
    assert.equal((await app.request('/missing.js')).status, 404);
  });

  it('serves the offline basemap as GeoJSON', async () => {
    const map = await json('/assets/countries.json');
    assert.equal(map.type, 'FeatureCollection');
    assert.ok(map.features.length > 150, `${map.features.length} countries`);
    assert.ok(map.features.some((f: Json) => f.properties.name === 'Mali'));
  });
});

describe('API: errors', () => {
  it('turns a store failure into a logged 500 without details', async () => {
    const broken = createApp({ ...store, listArticles: async () => { throw new Error('disk on fire'); } } as unknown as SqliteStore, { logError: (m) => errors.push(m) });
    const res = await broken.request('/api/articles');
    assert.equal(res.status, 500);
    assert.doesNotMatch(await res.text(), /disk on fire/);
    assert.match(errors.at(-1) ?? '', /disk on fire/);
  });
});
