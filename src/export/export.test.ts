import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleRecord } from '../model/record.js';
import { ACLED_COLUMNS, GDELT_COLUMNS, toAcledCsv, toGdeltTsv, toPloverJson } from './index.js';

const text = 'Rebels shelled a village in Mali on Monday, killing 7 civilians. Mali, a key partner, will meet French envoys.';
const first = { start: 0, end: 64 };
const second = { start: 65, end: text.length };

function record(): ArticleRecord {
  return {
    id: 'doc-1',
    text,
    title: 'Shelling in Mali',
    published: '2024-03-08',
    url: 'https://example.org/mali',
    meta: { agency: 'AFP' },
    sentences: [first, second],
    entities: [],
    times: [],
    quotes: [],
    places: [],
    events: [
      {
        start: 7, end: 14, sentence: first, plover: { type: 'ASSAULT', mode: 'artillery' }, cameo: '195',
        acled: { eventType: 'Explosions/Remote violence', subEventType: 'Shelling/artillery/missile attack' },
        actor: { start: 0, end: 6, text: 'Rebels', sector: 'REB' },
        target: { start: 15, end: 24, text: 'a village', sector: 'CVL' },
        place: { start: 28, end: 32, text: 'Mali', name: 'Mali', country: 'ML', lat: 17, lon: -4, featureClass: 'A' },
        date: '2024-03-04', dateSource: 'text', counts: { killed: 7 }, source: 'events/assault/shell',
      },
      {
        start: 95, end: 99, sentence: second, plover: { type: 'AGREE' }, cameo: '036', future: true,
        actor: { start: 65, end: 69, text: 'Mali', country: 'MLI', sector: 'GOV' },
        target: { start: 100, end: 113, text: 'French envoys', country: 'FRA', sector: 'GOV' },
      },
    ],
  };
}

test('GDELT: one 61-column row per event with codes, quad class and action geography', () => {
  assert.equal(GDELT_COLUMNS.length, 61);
  const rows = toGdeltTsv([record()]).trimEnd().split('\n').map((l) => l.split('\t'));
  assert.equal(rows.length, 2);
  for (const r of rows) assert.equal(r.length, 61);
  const col = (r: string[], name: (typeof GDELT_COLUMNS)[number]) => r[GDELT_COLUMNS.indexOf(name)];
  const [a, b] = rows as [string[], string[]];
  assert.equal(col(a, 'SQLDATE'), '20240304');
  assert.equal(col(a, 'EventCode'), '195');
  assert.equal(col(a, 'EventRootCode'), '19');
  assert.equal(col(a, 'QuadClass'), '4');
  assert.equal(col(a, 'Actor1Code'), 'REB');
  assert.equal(col(a, 'IsRootEvent'), '1');
  assert.equal(col(a, 'ActionGeo_FullName'), 'Mali');
  assert.equal(col(a, 'ActionGeo_Lat'), '17');
  assert.equal(col(a, 'SOURCEURL'), 'https://example.org/mali');
  assert.equal(col(b, 'Actor1Code'), 'MLIGOV');
  assert.equal(col(b, 'Actor2CountryCode'), 'FRA');
  assert.equal(col(b, 'QuadClass'), '1');
  assert.equal(col(b, 'IsRootEvent'), '0');
  assert.equal(col(b, 'SQLDATE'), '20240308');
  assert.notEqual(col(a, 'GLOBALEVENTID'), col(b, 'GLOBALEVENTID'));
});

test('ACLED: header plus rows only for events with an ACLED type, notes quoted', () => {
  const lines = toAcledCsv([record()]).trimEnd().split('\r\n');
  assert.equal(lines[0], ACLED_COLUMNS.join(','));
  assert.equal(lines.length, 2);
  const row = lines[1]!;
  assert.ok(row.startsWith('MLI'));
  assert.match(row, /,2024-03-04,2024,1,Political violence,Explosions\/Remote violence,Shelling\/artillery\/missile attack,Rebels,,2,a village,,7,27,Civilian targeting,/);
  assert.match(row, /"Rebels shelled a village in Mali on Monday, killing 7 civilians\."/);
  assert.match(row, /,Mali,,,,Mali,17,-4,3,AFP,/);
  assert.match(row, /,7,,\d+$/);
});

test('PLOVER JSON: actors as lists with codes, flags and magnitude', () => {
  const [a, b] = toPloverJson([record()]);
  assert.ok(a && b);
  assert.equal(a.event, 'ASSAULT');
  assert.equal(a.mode, 'artillery');
  assert.equal(a.eventText, 'shelled');
  assert.deepEqual(a.source, [{ actorText: 'Rebels', sector: 'REB' }]);
  assert.deepEqual(a.magnitude, { dead: 7 });
  assert.equal(a.eventLoc?.name, 'Mali');
  assert.equal(b.future, true);
  assert.deepEqual(b.target, [{ actorText: 'French envoys', code: 'FRA', sector: 'GOV' }]);
  assert.equal(b.date, '2024-03-08');
  assert.equal(b.id, 'doc-1-1');
});
