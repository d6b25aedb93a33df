import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../model/doc.js';
import type { Entity, EntityType, Place } from '../../model/layers.js';
import { PlaceSchema } from '../../model/layers.js';
import { textComponent } from '../text/component.js';
import { placesComponent } from './component.js';

/** Builds a doc with hand-made entities: each [surface, type] is found in order in the text. */
function run(text: string, ents: [string, EntityType][], meta: { dateline?: string } = {}): Place[] {
  const doc = new Doc('t', text, { published: '2024-01-25', ...meta });
  textComponent.run(doc);
  const entities: Entity[] = [];
  let from = 0;
  for (const [surface, type] of ents) {
    const start = text.indexOf(surface, from);
    assert.ok(start >= 0, `fixture entity "${surface}" not in text`);
    entities.push({ start, end: start + surface.length, text: surface, type });
    from = start + surface.length;
  }
  doc.set('entities', entities);
  placesComponent.run(doc);
  const places = doc.get('places');
  for (const p of places) PlaceSchema.parse(p);
  return [...places];
}

const find = (places: Place[], text: string) => {
  const p = places.find((x) => x.text === text);
  assert.ok(p, `no place "${text}" in ${places.map((x) => x.text).join(', ')}`);
  return p;
};

test('Baghdad resolves to Iraq near 33.3, 44.4', () => {
  const places = run('Two rockets hit a market in Baghdad on Tuesday, police said.', [['Baghdad', 'LOC']]);
  const p = find(places, 'Baghdad');
  assert.equal(p.country, 'IQ');
  assert.ok(Math.abs(p.lat! - 33.3) < 0.2 && Math.abs(p.lon! - 44.4) < 0.2);
  assert.equal(p.resolved, true);
  assert.match(p.source!, /^places\//);
});

test('"Paris, Texas" is the Texan town; plain "Paris" is the French capital', () => {
  const texan = run('The storm flattened barns outside Paris, Texas, late on Sunday.', [['Paris', 'LOC'], ['Texas', 'LOC']]);
  const p = find(texan, 'Paris');
  assert.equal(p.country, 'US');
  assert.equal(p.admin1, 'Texas');
  assert.ok(find(texan, 'Texas').country === 'US');

  const french = run('Ministers met in Paris to discuss the budget.', [['Paris', 'LOC']]);
  assert.equal(find(french, 'Paris').country, 'FR');
});

test('"Paris, Tenn." uses the AP abbreviation, which is itself a place', () => {
  const places = run('He grew up in Paris, Tenn., and moved away at 18.', [['Paris', 'LOC']]);
  const p = find(places, 'Paris');
  assert.equal(p.admin1, 'Tennessee');
  assert.equal(find(places, 'Tenn.').name, 'Tennessee');
});

test('Anbar and al-Anbar both resolve to the Iraqi governorate', () => {
  for (const name of ['Anbar', 'al-Anbar']) {
    const places = run(`Fighting spread across ${name} province last week.`, [[name, 'LOC']]);
    const p = find(places, name);
    assert.equal(p.country, 'IQ', name);
    assert.equal(p.featureClass, 'A');
  }
});

test('Kyiv and Kiev resolve to the same coordinates', () => {
  const a = find(run('Sirens sounded in Kyiv overnight.', [['Kyiv', 'LOC']]), 'Kyiv');
  const b = find(run('Sirens sounded in Kiev overnight.', [['Kiev', 'LOC']]), 'Kiev');
  assert.equal(a.country, 'UA');
  assert.equal(a.lat, b.lat);
  assert.equal(a.lon, b.lon);
});

test('Georgia is the country beside Tbilisi and the state beside Atlanta', () => {
  const caucasus = run('Protesters rallied in Tbilisi as Georgia weighed the new law.', [['Tbilisi', 'LOC'], ['Georgia', 'LOC']]);
  assert.equal(find(caucasus, 'Georgia').country, 'GE');
  const south = run('Traffic was snarled in Atlanta as Georgia lawmakers met on Monday.', [['Atlanta', 'LOC'], ['Georgia', 'LOC']]);
  const g = find(south, 'Georgia');
  assert.equal(g.country, 'US');
  assert.equal(g.name, 'Georgia');
});

test('one sense per document: every mention of a name gets the same place', () => {
  const places = run('Flooding hit Springfield, Ill., on Friday. Springfield officials closed roads.', [['Springfield', 'LOC'], ['Springfield', 'LOC']]);
  const spr = places.filter((p) => p.text === 'Springfield');
  assert.equal(spr.length, 2);
  assert.equal(spr[0]!.admin1, 'Illinois');
  assert.equal(spr[1]!.lat, spr[0]!.lat);
});

test('an unresolvable air base keeps its container province', () => {
  const places = run('Rockets struck the Ain al-Asad air base in Anbar province on Saturday.', [['Ain al-Asad air base', 'LOC'], ['Anbar', 'LOC']]);
  const base = find(places, 'Ain al-Asad air base');
  assert.equal(base.resolved, false);
  assert.equal(base.container, 'Anbar');
  assert.equal(base.country, 'IQ');
  assert.ok(base.lat !== null && Math.abs(base.lat - 33.9) < 1.5);
  assert.equal(base.source, 'places/facility');
});

test('Tower 22 in Jordan: container is the country; without one, lat/lon stay null', () => {
  const inJordan = find(run('A drone hit Tower 22 in Jordan, killing three soldiers.', [['Tower 22', 'LOC'], ['Jordan', 'LOC']]), 'Tower 22');
  assert.equal(inJordan.resolved, false);
  assert.equal(inJordan.container, 'Jordan');
  assert.equal(inJordan.country, 'JO');
  const alone = find(run('A drone hit Tower 22 before dawn.', [['Tower 22', 'LOC']]), 'Tower 22');
  assert.equal(alone.lat, null);
  assert.equal(alone.lon, null);
  assert.equal(alone.container, undefined);
});

test('demonyms are places marked demonym, resolved to their country, and steer context', () => {
  const places = run('Iraqi officials said the convoy was attacked near Ramadi.', [['Iraqi', 'MISC'], ['Ramadi', 'LOC']]);
  const iraqi = find(places, 'Iraqi');
  assert.equal(iraqi.demonym, true);
  assert.equal(iraqi.country, 'IQ');
  assert.equal(iraqi.source, 'places/demonym');
  assert.equal(find(places, 'Ramadi').country, 'IQ');
  assert.equal(find(places, 'Ramadi').demonym, undefined);
});

test('plural and US-state demonyms; "American" is the United States', () => {
  const places = run('Two Texans and a New Yorker joined The American volunteers helping Israelis and Sri Lankans.', []);
  assert.deepEqual(places.map((p) => p.text), ['Texans', 'New Yorker', 'American', 'Israelis', 'Sri Lankans']);
  assert.equal(find(places, 'Texans').admin1, undefined);
  assert.equal(find(places, 'Texans').name, 'Texas');
  assert.equal(find(places, 'New Yorker').name, 'New York');
  assert.equal(find(places, 'American').country, 'US');
  assert.equal(find(places, 'Israelis').country, 'IL');
});

test('a demonym inside a person\'s name or in lower case is not a place', () => {
  const places = run('Coach Mike English praised the polish of the team in Omaha.', [['Mike English', 'PER'], ['Omaha', 'LOC']]);
  assert.deepEqual(places.map((p) => p.text), ['Omaha']);
});

test('"Georgian" follows the document: the state near Atlanta, the country near Tbilisi', () => {
  const us = run('The Georgian lawmaker returned to Atlanta and Macon on Friday.', [['Atlanta', 'LOC'], ['Macon', 'LOC']]);
  assert.equal(find(us, 'Georgian').country, 'US');
  const ge = run('The Georgian army left Tbilisi and Gori on Friday.', [['Tbilisi', 'LOC'], ['Gori', 'LOC']]);
  assert.equal(find(ge, 'Georgian').country, 'GE');
});

test('a name found once as a place is a place at its other mentions, but not inside longer names', () => {
  const text = 'Flooding closed roads in Tullahoma on Sunday. Tullahoma officials opened a shelter. Tullahoma High School stayed shut, said Tullahoma.';
  const places = run(text, [['Tullahoma', 'LOC'], ['Tullahoma', 'ORG'], ['Tullahoma High School', 'ORG']]);
  const found = places.filter((p) => p.text === 'Tullahoma');
  assert.deepEqual(found.map((p) => p.start), [text.indexOf('Tullahoma'), text.indexOf('Tullahoma officials'), text.lastIndexOf('Tullahoma')]);
  assert.equal(found[2]!.source, 'places/propagated');
  assert.equal(new Set(found.map((p) => p.lat)).size, 1);
});

test('capitalised names with a locative cue are found without an entity; people are not places', () => {
  const places = run('Jordan Smith drove from Tulsa to Wichita on Monday.', [['Jordan Smith', 'PER']]);
  assert.deepEqual(places.map((p) => p.text), ['Tulsa', 'Wichita']);
  assert.equal(find(places, 'Wichita').admin1, 'Kansas');
});

test('the dateline sets the country context for an ambiguous town', () => {
  const places = run('Troops moved into Tripoli overnight, residents said.', [['Tripoli', 'LOC']], { dateline: 'BEIRUT' });
  assert.equal(find(places, 'Tripoli').country, 'LB');
});

test('an upper-case dateline town is a place; a name the tagger called a person is one after "in"', () => {
  const dateline = run('ABILENE — City crews repaired a water main on Tuesday.', []);
  const a = find(dateline, 'ABILENE');
  assert.equal(a.country, 'US');
  assert.equal(a.source, 'places/dateline');
  const mistagged = run('The Harris family has lived in Glen Carbon since 1990.', [['Harris', 'PER'], ['Glen Carbon', 'PER']]);
  assert.equal(find(mistagged, 'Glen Carbon').admin1, 'Illinois');
  assert.equal(mistagged.some((p) => p.text === 'Harris'), false);
});

test('an AP state abbreviation is a place even when its town is unknown', () => {
  const places = run('Volunteers from Zzyzxville, S.C., and Rep. Dan Burton (R-Ind.) met the N.C. Highway Patrol. Call 555-1234, Ext. 5.', []);
  assert.deepEqual(places.map((p) => p.text), ['S.C.', 'Ind.', 'N.C.']);
  assert.equal(find(places, 'S.C.').name, 'South Carolina');
  assert.equal(find(places, 'Ind.').name, 'Indiana');
});

test('bare names in "A, B and C counties" are the counties, resolved with the state context', () => {
  const text = 'Snowplows cleared roads in Becker, Clay and Douglas counties, the Minnesota Department of Transportation said.';
  const places = run(text, [['Becker', 'PER'], ['Clay', 'PER'], ['Douglas', 'ORG'], ['Minnesota Department of Transportation', 'ORG']]);
  for (const name of ['Becker', 'Clay', 'Douglas']) {
    const p = find(places, name);
    assert.equal(p.source, 'places/county-list');
    assert.match(p.name, /County$/);
    assert.equal(p.admin1, 'Minnesota', `${name} → ${p.name}, ${p.admin1}`);
  }
});

test('a long capitalised run before "counties" is read in linear time', () => {
  const text = `${Array.from({ length: 80 }, (_, i) => `Word${String.fromCharCode(97 + (i % 26))}`).join(' ')} counties and Polk, Clay and Lee counties.`;
  const t0 = performance.now();
  const places = run(text, []);
  assert.ok(performance.now() - t0 < 500, 'county-list scan took too long');
  assert.deepEqual(places.filter((p) => p.source === 'places/county-list').map((p) => p.text), ['Polk', 'Clay', 'Lee']);
});
