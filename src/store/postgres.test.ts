/**
 * Runs the shared store suite against PostgreSQL when SITREP_TEST_PG_URL is
 * set (CI starts a server); each store gets its own schema, dropped afterwards.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import pg from 'pg';
import { maliRecord } from './fixtures.js';
import { numberPlaceholders, openPostgresStore, withoutNul } from './postgres.js';
import { POSTGRES_MIGRATIONS } from './postgres-schema.js';
import { runStoreSuite } from './store-suite.js';

const url = process.env.SITREP_TEST_PG_URL;
const skip = url ? false : 'SITREP_TEST_PG_URL is not set (see docs/api.md, "Running against PostgreSQL")';
const run = `${process.pid}_${Date.now().toString(36)}`;
const schemas: string[] = [];

function freshSchema(): string {
  const schema = `sitrep_test_${run}_${schemas.length}`;
  schemas.push(schema);
  return schema;
}

after(async () => {
  if (!url || schemas.length === 0) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  await client.end();
});

// A plain test too, so the skip also shows in node:test's "skipped" count.
it('SITREP_TEST_PG_URL names a PostgreSQL server', { skip }, () => {
  assert.match(url!, /^postgres(ql)?:\/\//);
});

runStoreSuite('postgres', async () => openPostgresStore(url!, { schema: freshSchema() }), { skip });

describe('PostgresStore specifics', { skip }, () => {
  it('records the schema version and reopens without re-running migrations', async () => {
    const schema = freshSchema();
    const first = await openPostgresStore(url!, { schema });
    assert.equal(await first.schemaVersion(), POSTGRES_MIGRATIONS.length);
    await first.put(maliRecord());
    await first.close();
    const second = await openPostgresStore(url!, { schema });
    assert.equal((await second.listArticles()).total, 1);
    assert.equal(await second.schemaVersion(), POSTGRES_MIGRATIONS.length);
    await second.close();
  });

  it('stores concurrent puts of the same content once', async () => {
    const store = await openPostgresStore(url!, { schema: freshSchema() });
    try {
      const results = await Promise.all([store.put(maliRecord()), store.put(maliRecord()), store.put(maliRecord())]);
      assert.equal(results.filter((r) => r.inserted).length, 1);
      assert.equal((await store.listArticles()).total, 1);
    } finally {
      await store.close();
    }
  });
});

describe('PostgresStore NUL characters', { skip }, () => {
  it('stores text holding U+0000 with offsets intact', async () => {
    const store = await openPostgresStore(url!, { schema: freshSchema() });
    try {
      const record = maliRecord();
      record.text = record.text.replace('Rebels', 'Rebel\0');
      await store.put(record);
      const back = await store.get('mali-1');
      assert.equal(back?.text.length, record.text.length);
      assert.equal(back?.text.slice(0, 6), 'Rebel\uFFFD');
    } finally {
      await store.close();
    }
  });
});

describe('postgres helpers', () => {
  it('replaces U+0000 only when present', () => {
    const clean = maliRecord();
    assert.equal(withoutNul(clean), clean);
    const dirty = { ...maliRecord(), title: 'a\0b' };
    assert.equal(withoutNul(dirty).title, 'a\uFFFDb');
    const deep = maliRecord();
    deep.entities[1] = { ...deep.entities[1]!, role: 'Col\0onel' };
    const cleaned = withoutNul(deep);
    assert.notEqual(cleaned, deep);
    assert.equal(cleaned.entities[1]!.role, 'Col\uFFFDonel');
    assert.equal(cleaned.text, deep.text);
  });

  it('numbers ? placeholders in order', () => {
    assert.equal(numberPlaceholders('a = ? AND b LIKE ? LIMIT ?'), 'a = $1 AND b LIKE $2 LIMIT $3');
  });
});
