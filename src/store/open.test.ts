import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isPostgresSpec, openStore } from './open.js';
import { SqliteStore } from './sqlite.js';

describe('openStore', () => {
  it('tells PostgreSQL URLs from file paths', () => {
    assert.equal(isPostgresSpec('postgres://u:p@localhost/db'), true);
    assert.equal(isPostgresSpec('postgresql://localhost/db'), true);
    assert.equal(isPostgresSpec('./postgres.sqlite'), false);
    assert.equal(isPostgresSpec('data/sitrep.sqlite'), false);
  });

  it('opens a SQLite file for a path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-open-'));
    try {
      const store = await openStore(join(dir, 'x.sqlite'));
      assert.ok(store instanceof SqliteStore);
      assert.equal((await store.listArticles()).total, 0);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports an unreachable PostgreSQL server as E030 without leaking the password', async () => {
    await assert.rejects(openStore('postgres://u:secret@127.0.0.1:1/db'), (err: Error) => /E030/.test(err.message) && !err.message.includes('secret'));
  });
});
