import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { maliRecord } from './fixtures.js';
import { openSqliteStore } from './sqlite.js';
import { SQLITE_MIGRATIONS } from './sqlite-schema.js';
import { runStoreSuite } from './store-suite.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-sqlite-'));
let n = 0;
after(() => rmSync(dir, { recursive: true, force: true }));

runStoreSuite('sqlite', async () => openSqliteStore(join(dir, `store-${++n}.sqlite`)));

describe('SqliteStore specifics', () => {
  it('uses WAL and records the schema version', async () => {
    const store = openSqliteStore(join(dir, 'wal.sqlite'));
    assert.equal(store.db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(store.schemaVersion, SQLITE_MIGRATIONS.length);
    await store.close();
  });

  it('reopens an existing file without re-running migrations and keeps its data', async () => {
    const path = join(dir, 'reopen.sqlite');
    const first = openSqliteStore(path);
    await first.put(maliRecord());
    await first.close();
    const second = openSqliteStore(path);
    assert.equal((await second.listArticles()).total, 1);
    assert.deepEqual(await second.put(maliRecord()), { id: 'mali-1', inserted: false });
    await second.close();
  });

  it('reports an unopenable path as E030', () => {
    assert.throws(() => openSqliteStore(join(dir, 'no', 'such', 'dir', 'x.sqlite')), /E030/);
  });
});
