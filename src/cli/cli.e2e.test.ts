/**
 * End to end through bin/sitrep (compiled): ingest is idempotent and survives
 * broken documents, annotate honours the contract, extract cleans a capture.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoPath } from '../paths.js';
import { openSqliteStore } from '../store/sqlite.js';

const bin = repoPath('bin', 'sitrep');
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', timeout: 120_000 });

const capture = [
  'Skip to main content',
  '',
  'Rebels seize border post in eastern Chad',
  '',
  'Desert News Agency',
  'Desert News Agency',
  'Mar 5, 2024',
  '',
  'ABECHE (DNA) - Rebel fighters seized a border post near Abeche on Monday after a night of fighting with the army, residents said.',
  '',
  '"We heard gunfire until dawn," said Ahmat Mahamat, a trader in the town.',
].join('\n');

test('cli: ingest stores once, reports a broken document and goes on', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-e2e-'));
  writeFileSync(join(dir, 'chad.txt'), capture);
  writeFileSync(
    join(dir, 'wire.jsonl'),
    [
      JSON.stringify({ id: 'w1', published: '2024-03-06', text: 'Police detained 20 opposition activists in Dakar on Tuesday, the interior ministry said.' }),
      '{broken json',
      JSON.stringify({ id: 'w3', published: '2024-03-07', text: 'Ministers of Senegal and Mali met in Bamako on Wednesday to discuss border security.' }),
    ].join('\n'),
  );
  const db = join(dir, 'test.sqlite');
  const first = run(['ingest', dir, '--db', db]);
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stdout, /stored 3, already stored 0, syndicated 0, errors 1/);
  assert.match(first.stderr, /wire\.jsonl/);
  const second = run(['ingest', dir, '--db', db]);
  assert.match(second.stdout, /stored 0, already stored 3, syndicated 0, errors 1/);
});

test('cli: stored records are queryable after ingest', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-e2e-'));
  writeFileSync(join(dir, 'chad.txt'), capture);
  const db = join(dir, 'test.sqlite');
  assert.equal(run(['ingest', dir, '--db', db]).status, 0);
  const store = openSqliteStore(db);
  try {
    const { items } = await store.listArticles({});
    assert.equal(items.length, 1);
    assert.equal(items[0]!.title, 'Rebels seize border post in eastern Chad');
    assert.equal(items[0]!.published, '2024-03-05');
    const rec = await store.get(items[0]!.id);
    assert.ok(rec && !rec.text.includes('Skip to main content'));
  } finally {
    await store.close();
  }
});

test('cli: annotate writes one line per input, errors inline', () => {
  const input = [
    JSON.stringify({ id: 'a', published: '2024-03-05', text: 'Rebels seized a border post near Abeche on Monday, the army said.' }),
    JSON.stringify({ id: 'b', published: 'yesterday', text: 'x' }),
  ].join('\n');
  const out = run(['annotate'], input);
  assert.equal(out.status, 0, out.stderr);
  const lines = out.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.deepEqual(lines.map((l) => l.id), ['a', 'b']);
  const times = lines[0]!.times as { text: string; value: string }[];
  assert.deepEqual(times.map((t) => [t.text, t.value]), [['Monday', '2024-03-04']]);
  assert.match(String(lines[1]!.error), /E013/);
});

test('cli: extract cleans a text capture into a record', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-e2e-'));
  const file = join(dir, 'chad.txt');
  writeFileSync(file, capture);
  const out = run(['extract', file]);
  assert.equal(out.status, 0, out.stderr);
  const rec = JSON.parse(out.stdout) as { text: string; title: string; quotes: { direct: boolean; speaker: { text: string } | null }[] };
  assert.equal(rec.title, 'Rebels seize border post in eastern Chad');
  assert.ok(rec.text.startsWith('ABECHE (DNA) - Rebel fighters'));
  assert.equal(rec.quotes.find((q) => q.direct)?.speaker?.text, 'Ahmat Mahamat');
  assert.equal(rec.quotes.find((q) => !q.direct)?.speaker?.text, 'residents');
});

test('cli: a missing file is a clear error', () => {
  const out = run(['extract', '/nonexistent/page.html']);
  assert.equal(out.status, 2);
  assert.match(out.stderr, /E020.*\/nonexistent\/page\.html/);
});

test('cli: ingest --workers 2 and export every format to a file or stdout', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-e2e-'));
  writeFileSync(join(dir, 'chad.txt'), capture);
  writeFileSync(
    join(dir, 'wire.jsonl'),
    JSON.stringify({ id: 'w1', published: '2024-03-06', text: 'Police detained 20 opposition activists in Dakar on Tuesday, the interior ministry said.' }) + '\n',
  );
  const db = join(dir, 'test.sqlite');
  const ingest = run(['ingest', dir, '--db', db, '--workers', '2']);
  assert.equal(ingest.status, 0, ingest.stderr);
  assert.match(ingest.stdout, /stored 2, already stored 0, syndicated 0, errors 0/);

  const acledFile = join(dir, 'events.csv');
  const acled = run(['export', 'acled', '--db', db, '--out', acledFile]);
  assert.equal(acled.status, 0, acled.stderr);
  const csv = readFileSync(acledFile, 'utf8').trim().split('\r\n');
  assert.match(csv[0]!, /^event_id_cnty,/);
  assert.ok(csv.some((l) => l.includes('Arrests')), csv.join('\n'));

  const plover = run(['export', 'plover', '--db', db, '--from', '2024-03-06']);
  assert.equal(plover.status, 0, plover.stderr);
  const events = JSON.parse(plover.stdout) as { event_type?: string }[];
  assert.ok(Array.isArray(events) && events.length > 0);

  const bad = run(['export', 'xml', '--db', db]);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /format must be one of gdelt, acled, plover, got "xml"/);
  assert.match(run(['export', 'gdelt', '--db', db, '--from', 'March']).stderr, /--from must be a date YYYY-MM-DD, got "March"/);
  assert.match(run(['ingest', dir, '--db', db, '--workers', 'lots']).stderr, /\[E051\]/);
});
