import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleRecord } from '../model/record.js';
import { fixtureRecords } from '../store/fixtures.js';
import { openSqliteStore } from '../store/sqlite.js';
import type { Store } from '../store/store.js';
import { toAcledCsv, toGdeltTsv, toPloverJson } from './index.js';
import { exportChunks, type ExportFormat } from './stream.js';

async function withFilledStore(check: (store: Store, newestFirst: ArticleRecord[]) => Promise<void>): Promise<void> {
  const store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'sitrep-export-')), 'e.sqlite'));
  try {
    for (const r of fixtureRecords()) await store.put(r);
    const ids = (await store.listArticles()).items.map((a) => a.id);
    await check(store, await store.getMany(ids));
  } finally {
    await store.close();
  }
}

async function exported(store: Store, format: ExportFormat, filter = {}): Promise<string> {
  let out = '';
  for await (const chunk of exportChunks(store, format, filter)) out += chunk;
  return out;
}

test('exportChunks: the streamed export equals converting all records at once, in every format', async () => {
  await withFilledStore(async (store, all) => {
    assert.ok(all.some((r) => r.events.length > 0), 'fixtures have events');
    assert.equal(await exported(store, 'acled'), toAcledCsv(all));
    assert.equal(await exported(store, 'gdelt'), toGdeltTsv(all));
    assert.deepEqual(JSON.parse(await exported(store, 'plover')), toPloverJson(all));
  });
});

test('exportChunks: limit and offset select a window of articles; an empty window is still valid output', async () => {
  await withFilledStore(async (store, all) => {
    assert.equal(await exported(store, 'gdelt', { offset: 1, limit: 1 }), toGdeltTsv(all.slice(1, 2)));
    assert.deepEqual(JSON.parse(await exported(store, 'plover', { q: 'no-such-words-anywhere' })), []);
    assert.equal(await exported(store, 'acled', { q: 'no-such-words-anywhere' }), toAcledCsv([]));
  });
});
