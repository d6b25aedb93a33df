/**
 * runIngest with syndication: two captures of one wire story (different
 * headlines and boilerplate) become one article with both URLs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDefaultPipeline } from '../pipeline/default.js';
import { openSqliteStore } from '../store/sqlite.js';
import { runIngest } from './ingest.js';

const story = [
  'NIAMEY (DNA) - Gunmen attacked a convoy of fuel trucks on the road between Niamey and Tillaberi on Tuesday, killing four drivers and setting fire to six vehicles, local officials said.',
  'The attackers arrived on motorbikes shortly after dawn and opened fire on the first trucks before looting the cargo, a regional official told reporters by telephone.',
  '"They burned everything they could not carry," said Issoufou Garba, a driver who escaped by hiding in a ditch beside the road.',
  'The army sent reinforcements to the area in the afternoon and said it had launched a search for the attackers, who fled towards the border with Mali.',
  'Fuel convoys on the route have been targeted several times since the start of the year, and transport unions have threatened to halt deliveries unless security improves.',
];

const captureA = ['Menu', 'Sahel Daily', '', 'Gunmen kill four drivers in attack on fuel convoy in Niger', '', ...story, '', 'Share this article', 'Copyright 2024 Sahel Daily'].join('\n');
const copyB = {
  id: 'wire-b',
  url: 'https://news.example.net/africa/niger-convoy-attack',
  published: '2024-04-02',
  title: 'Niger: four killed as gunmen torch fuel trucks',
  text: [...story, 'Read more: Niger news and analysis from our correspondents.'].join('\n\n'),
};
const otherStory = {
  id: 'other-c',
  url: 'https://news.example.net/africa/niger-fuel-prices',
  published: '2024-04-03',
  title: 'Fuel prices rise in Niamey after convoy attacks',
  text:
    'NIAMEY (DNA) - Fuel prices in Niamey rose sharply on Wednesday as stations rationed sales after a series of attacks on fuel convoys, traders said. ' +
    'Queues formed outside most stations in the capital from early morning, and some motorists waited for hours. ' +
    '"We have not had a delivery for three days," said a station manager in the Plateau district, who asked not to be named. ' +
    'The energy ministry said new supplies would arrive under military escort by the end of the week.',
};

test('ingest: two captures of one wire story are stored once, with the copy URL; a related story stays separate', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-syndication-'));
  writeFileSync(join(dir, 'a-capture.txt'), captureA);
  writeFileSync(join(dir, 'b-wire.jsonl'), [JSON.stringify(copyB), JSON.stringify(otherStory)].join('\n'));
  const db = join(dir, 'test.sqlite');
  const pipeline = createDefaultPipeline();

  const store = openSqliteStore(db);
  try {
    const first = await runIngest([dir], store, pipeline);
    assert.deepEqual({ ...first, errors: first.errors.length }, { read: 3, stored: 2, duplicates: 0, syndicated: 1, errors: 0 });
    const { items } = await store.listArticles();
    assert.equal(items.length, 2);
    const convoy = items.find((a) => a.id !== 'other-c')!;
    assert.equal(convoy.copies, 1);
    const record = await store.get(convoy.id);
    assert.equal(record?.meta.syndication?.length, 1);
    const copy = record!.meta.syndication![0]!;
    assert.equal(copy.id, 'wire-b');
    assert.equal(copy.url, copyB.url);
    assert.ok(copy.similarity >= 0.8, `similarity ${copy.similarity}`);
  } finally {
    await store.close();
  }

  // A second run over the same inputs: everything is already stored, nothing new.
  const again = openSqliteStore(db);
  try {
    const second = await runIngest([dir], again, pipeline);
    assert.deepEqual({ ...second, errors: second.errors.length }, { read: 3, stored: 0, duplicates: 3, syndicated: 0, errors: 0 });
    assert.equal((await again.get((await again.listArticles()).items.find((a) => a.id !== 'other-c')!.id))?.meta.syndication?.length, 1);
  } finally {
    await again.close();
  }
});

test('ingest --workers 2: same articles, records and syndication as a sequential run; a broken file is reported', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-parallel-'));
  writeFileSync(join(dir, 'a-capture.txt'), captureA);
  writeFileSync(join(dir, 'b-wire.jsonl'), [JSON.stringify(copyB), JSON.stringify(otherStory), '{"id": "broken", "text": 7}'].join('\n'));
  writeFileSync(join(dir, 'c-empty.html'), '<html><head><title>x</title></head><body></body></html>');

  const runInto = async (db: string, workers: number) => {
    const store = openSqliteStore(db);
    try {
      const summary = await runIngest([dir], store, workers > 1 ? undefined : createDefaultPipeline(), () => {}, { workers });
      const ids = (await store.listArticles()).items.map((a) => a.id).sort();
      const records = await Promise.all(ids.map((id) => store.get(id)));
      return { summary, records };
    } finally {
      await store.close();
    }
  };
  const sequential = await runInto(join(dir, 'seq.sqlite'), 1);
  const parallel = await runInto(join(dir, 'par.sqlite'), 2);

  assert.equal(sequential.summary.stored, 2, JSON.stringify(sequential.summary));
  assert.equal(sequential.summary.syndicated, 1);
  assert.equal(sequential.summary.errors.length, 2, JSON.stringify(sequential.summary.errors));
  assert.deepEqual(parallel.summary, sequential.summary);
  assert.deepEqual(parallel.records, sequential.records);
  assert.ok(parallel.records.every((r) => r !== null && r.entities.length > 0));
});
