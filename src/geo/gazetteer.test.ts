import { test } from 'node:test';
import assert from 'node:assert/strict';
import { geoDistanceKm } from './distance.js';
import { getGazetteer } from './gazetteer.js';
import { nameKey } from './normalize.js';
import { featureClassOf } from './gazetteer-file.js';
import { stateCodeOfAbbreviation } from './us-states.js';

const gaz = getGazetteer();

test('geoDistanceKm: Paris to London is about 344 km, and zero to itself', () => {
  const d = geoDistanceKm(48.8566, 2.3522, 51.5074, -0.1278);
  assert.ok(d > 335 && d < 350, `got ${d}`);
  assert.equal(geoDistanceKm(10, 10, 10, 10), 0);
});

test('nameKey folds case, diacritics, dots, apostrophes and hyphens', () => {
  assert.equal(nameKey('Al-Anbar'), 'al anbar');
  assert.equal(nameKey('São Paulo'), 'sao paulo');
  assert.equal(nameKey('St. Louis'), 'st louis');
  assert.equal(nameKey("Sana'a"), 'sanaa');
  assert.equal(nameKey('The Hague'), 'hague');
});

test('Baghdad is in Iraq at about 33.3, 44.4', () => {
  const best = gaz.lookup('Baghdad')[0]!;
  assert.equal(best.country, 'IQ');
  assert.ok(Math.abs(best.lat - 33.3) < 0.2 && Math.abs(best.lon - 44.4) < 0.2, `${best.lat},${best.lon}`);
});

test('Anbar, al-Anbar, Al Anbar and "Anbar province" find the Iraqi governorate', () => {
  for (const name of ['Anbar', 'al-Anbar', 'Al Anbar', 'AL-ANBAR', 'Anbar province']) {
    const hits = gaz.lookup(name);
    assert.ok(hits.some((p) => p.country === 'IQ' && p.fcode === 'ADM1'), name);
  }
});

test('Kiev and Kyiv are the same city; Kharkov finds Kharkiv', () => {
  const kiev = gaz.lookup('Kiev').find((p) => p.featureClass === 'P')!;
  const kyiv = gaz.lookup('Kyiv').find((p) => p.featureClass === 'P')!;
  assert.equal(kiev.index, kyiv.index);
  assert.equal(kyiv.country, 'UA');
  assert.ok(gaz.lookup('Kharkov').some((p) => p.name === 'Kharkiv'));
});

test('hand-written areas are present: Gaza Strip, West Bank, Middle East, Donbas', () => {
  assert.equal(gaz.lookup('Gaza Strip')[0]?.country, 'PS');
  assert.equal(gaz.lookup('West Bank')[0]?.country, 'PS');
  assert.ok(gaz.has('Middle East'));
  assert.equal(gaz.lookup('Donbass')[0]?.name, 'Donbas');
});

test('candidates come most populous first and cover several countries for Paris', () => {
  const paris = gaz.lookup('Paris');
  assert.ok(paris.length > 3);
  assert.equal(paris.filter((p) => p.featureClass === 'P')[0]!.country, 'FR');
  assert.ok(paris.some((p) => p.country === 'US' && p.admin1Code === 'TX'));
  for (let i = 1; i < paris.length; i++) assert.ok(paris[i - 1]!.population >= paris[i]!.population);
});

test('admin1 and country entries are indexed by code', () => {
  assert.equal(gaz.admin1('US', 'TX')?.name, 'Texas');
  assert.equal(gaz.country('JO')?.name, 'Jordan');
});

test('lookup of many names returns the same answers as one by one (sanity, not timing)', () => {
  const names = Array.from({ length: 10_000 }, (_, i) => gaz.place((i * 13) % gaz.size).name);
  let found = 0;
  for (const n of names) if (gaz.count(n) > 0) found++;
  assert.equal(found, names.length);
  assert.equal(gaz.count('Xqzzyville Nowhere'), 0);
});

test('US state abbreviations', () => {
  assert.equal(stateCodeOfAbbreviation('Tenn.'), 'TN');
  assert.equal(stateCodeOfAbbreviation('GA'), 'GA');
  assert.equal(stateCodeOfAbbreviation('Foo.'), undefined);
});

test('nameKey: Latin letters with diacritics and typographic marks take the fast path with the same keys', () => {
  assert.equal(nameKey('Zürich'), 'zurich');
  assert.equal(nameKey('Đà Nẵng'), 'đa nang');
  assert.equal(nameKey('Côte d’Ivoire'), 'cote divoire');
  assert.equal(nameKey('Guinea–Bissau'), 'guinea bissau');
  assert.equal(nameKey('  The\u00a0Gambia '), 'gambia');
  assert.equal(nameKey('İzmir'), 'izmir');
});

test('lookup returns the same shared list for every spelling of a key', () => {
  assert.equal(gaz.lookup('Baghdad'), gaz.lookup('BAGHDAD'));
  assert.equal(gaz.lookup('Xqzzyville').length, 0);
});

test('foldNameKey gives nameKey as code units without making a string, or defers to the general path', async () => {
  const { foldNameKey } = await import('./normalize.js');
  const buf = new Uint16Array(64);
  const names = ['Al-Anbar', 'São Paulo', 'St. Louis', "Sana'a", 'Sana’a', 'The Hague', 'THE  HAGUE ', '  Île-de-France', 'Zürich', 'Mosul', 'the'];
  for (const name of names) {
    const f = foldNameKey(name, buf);
    assert.ok(f, name);
    assert.equal(String.fromCharCode(...buf.subarray(f.start, f.start + f.length)), nameKey(name), name);
  }
  // A span of a longer text gives the key of the span.
  const text = 'Troops left al-Anbar today';
  const f = foldNameKey(text, buf, 12, 20)!;
  assert.equal(String.fromCharCode(...buf.subarray(f.start, f.start + f.length)), 'al anbar');
  // Non-Latin letters take the general path.
  assert.equal(foldNameKey('Αθήνα', buf), undefined);
  assert.equal(foldNameKey('x'.repeat(100), buf), undefined, 'longer than the buffer');
});

test('hasSpan answers as has() on the slice, for keys, alternates and misses', () => {
  const text = 'Fighting in Anbar province and al-Anbar spread to Kharkiv Oblast, not to Xyzzyville, nor Georgia.';
  const spans = ['Anbar province', 'al-Anbar', 'Kharkiv Oblast', 'Xyzzyville', 'Georgia', 'Fighting in', 'Anbar'];
  for (const s of spans) {
    const at = text.indexOf(s);
    assert.equal(gaz.hasSpan(text, at, at + s.length), gaz.has(s), s);
  }
  assert.ok(gaz.hasSpan(text, text.indexOf('al-Anbar'), text.indexOf('al-Anbar') + 8));
  assert.ok(!gaz.hasSpan(text, text.indexOf('Xyzzyville'), text.indexOf('Xyzzyville') + 10));
});

test('candidates are views of the table with the plain fields, stable per row, and serialise as plain objects', () => {
  const a = gaz.lookup('Baghdad')[0]!;
  const b = gaz.lookup('BAGHDAD')[0]!;
  assert.equal(a, b, 'one object per row');
  const plain = JSON.parse(JSON.stringify(a)) as Record<string, unknown>;
  assert.deepEqual(Object.keys(plain).sort(), ['admin1Code', 'admin1Key', 'country', 'fcode', 'featureClass', 'id', 'index', 'lat', 'lon', 'name', 'population']);
  assert.equal(plain.country, 'IQ');
  assert.equal(plain.featureClass, featureClassOf(String(plain.fcode)));
  assert.equal(plain.name, a.name);
  assert.equal(typeof a.population, 'number');
  assert.ok(a.population > 1_000_000);
});
