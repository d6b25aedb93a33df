/**
 * Actor and target rules that go beyond the words of the trigger's own clause:
 * inferred actors of unattributed attacks, inferred targets of force and
 * protest at a place, ethnic minorities, domestic targets, and reporters.
 * Invented sentences; places and entities are hand-made layer items.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity, Event, Place } from '../../model/layers.js';
import { layeredDoc, rankedEvents } from './doc-fixtures.js';
import { extractEvents } from './component.js';

type PlaceSpec = { mention: string; country: string };
type EntitySpec = { mention: string } & Partial<Omit<Entity, 'start' | 'end' | 'text'>>;

function mainEvent(text: string, opts: { places?: PlaceSpec[]; entities?: EntitySpec[] } = {}): Event | undefined {
  const entities: Entity[] = (opts.entities ?? []).map(({ mention, ...rest }) => {
    const start = text.indexOf(mention);
    return { type: 'PER', ...rest, start, end: start + mention.length, text: mention };
  });
  const places: Place[] = (opts.places ?? []).map(({ mention, country }) => {
    const start = text.lastIndexOf(mention);
    return { start, end: start + mention.length, text: mention, name: mention, lat: null, lon: null, country };
  });
  return rankedEvents(layeredDoc('roles', text, '2024-05-02', { entities, places }))[0];
}

test('an unattributed bombing takes the country where it happened as an inferred actor', () => {
  const e = mainEvent('A car bomb exploded near a market in Mosul on Friday, killing four people.', { places: [{ mention: 'Mosul', country: 'IQ' }] });
  assert.equal(e?.plover.type, 'ASSAULT');
  assert.equal(e?.actor?.country, 'IRQ');
  assert.equal(e?.actor?.inferred, true);
  assert.equal(e?.actor?.text, 'Mosul');
});

test('a named attacker is never replaced by the place', () => {
  const e = mainEvent('Rebels attacked a police post in Mosul on Friday.', { places: [{ mention: 'Mosul', country: 'IQ' }] });
  assert.equal(e?.actor?.sector, 'REB');
  assert.equal(e?.actor?.inferred, undefined);
});

test('a place inside a compound or modifying a noun is not an event site', () => {
  // "anti-Iraq" and "Iraqi" modify; no actor can be inferred from them.
  const e = mainEvent('An anti-Iraq columnist was killed by a bomb.', { places: [{ mention: 'Iraq', country: 'IQ' }] });
  assert.equal(e?.plover.type, 'ASSAULT');
  assert.equal(e?.actor, undefined);
});

test('a protest with no named target is addressed to the country where it takes place', () => {
  const e = mainEvent('Thousands of students staged demonstrations across Chile on Saturday.', { places: [{ mention: 'Chile', country: 'CL' }] });
  assert.equal(e?.plover.type, 'PROTEST');
  assert.equal(e?.target?.country, 'CHL');
  assert.equal(e?.target?.inferred, true);
});

test('"ethnic Hungarians in Romania": the minority belongs to the country it lives in, its kin country is a link', () => {
  const e = mainEvent('Some 300 ethnic Hungarians demonstrated in Romania on Sunday.', { places: [{ mention: 'Romania', country: 'RO' }] });
  assert.equal(e?.plover.type, 'PROTEST');
  assert.equal(e?.actor?.country, 'ROU');
  assert.deepEqual(e?.actor?.links, ['HUN']);
});

test('a titled target with no country of its own is domestic: it takes the actor country', () => {
  const e = mainEvent('Opposition parties in Kenya demanded that President Kamau resign.', {
    entities: [{ mention: 'President Kamau', type: 'PER', sector: 'GOV' }],
    places: [{ mention: 'Kenya', country: 'KE' }],
  });
  assert.equal(e?.plover.type, 'REQUEST');
  assert.equal(e?.actor?.country, 'KEN');
  assert.equal(e?.target?.country, 'KEN');
});

test('", police said": the reporter of the sentence is not the target', () => {
  const e = mainEvent('Gunmen wounded two guards in an ambush on Thursday, police said.');
  assert.equal(e?.plover.type, 'ASSAULT');
  assert.notEqual(e?.target?.text, 'police');
});

test('a pronoun subject is the previous sentence main actor', () => {
  const text = 'Ukrainian troops shelled positions near the river on Monday. They also attacked a depot on Tuesday.';
  const doc = layeredDoc('pronoun', text, '2024-05-02');
  const second = extractEvents(doc).filter((e) => e.sentence === 1).sort((a, b) => b.score - a.score)[0]?.event;
  assert.equal(second?.plover.type, 'ASSAULT');
  assert.equal(second?.actor?.text, 'They');
  assert.equal(second?.actor?.country, 'UKR');
  assert.equal(second?.actor?.sector, 'MIL');
});

test('an apposition tells who a person is: "X, the United Nations envoy, urged ..."', () => {
  const e = mainEvent('Mara Quist, the United Nations envoy, urged both sides to resume talks.', { entities: [{ mention: 'Mara Quist', type: 'PER' }] });
  assert.equal(e?.plover.type, 'REQUEST');
  assert.equal(e?.actor?.text, 'Mara Quist');
  assert.equal(e?.actor?.sector, 'IGO');
});

test('"X and Y held talks": a compound subject of a symmetric act gives actor and partner', () => {
  const e = mainEvent('Peru and Chile held talks in Lima on Monday.');
  assert.equal(e?.plover.type, 'CONSULT');
  assert.equal(e?.actor?.country, 'PER');
  assert.equal(e?.target?.country, 'CHL');
});

test('"X and Y attacked": a compound subject of a one-sided act keeps the nearest conjunct as actor and finds the object', () => {
  const e = mainEvent('Rebels and militiamen attacked an army convoy near the border.');
  assert.equal(e?.plover.type, 'ASSAULT');
  assert.equal(e?.target?.sector, 'MIL');
});

test('a head of government acting on people of the only country named is acting at home', () => {
  const e = mainEvent('President Alma Doru has banned Moldovan opposition parties from the upcoming elections.', {
    entities: [{ mention: 'President Alma Doru', type: 'PER' }],
  });
  assert.equal(e?.actor?.country, 'MDA');
  assert.equal(e?.target?.country, 'MDA');
});

test('"rejected calls by X": after an object noun, the "by" phrase names the target', () => {
  const e = mainEvent('Paris rejected new demands by Moldova for debt relief, officials said.');
  assert.equal(e?.plover.type, 'REJECT');
  assert.equal(e?.actor?.country, 'FRA');
  assert.equal(e?.target?.country, 'MDA');
});

test('"demanded the resignation of X": the head of an "of" phrase is the target', () => {
  const e = mainEvent('Opposition lawmakers demanded the resignation of the Peruvian interior minister.');
  assert.equal(e?.plover.type, 'REQUEST');
  assert.equal(e?.target?.country, 'PER');
  assert.match(e?.target?.text ?? '', /minister/);
});

test('any target with no country of its own is domestic, after the place of the event', () => {
  const home = mainEvent('The Malian government accused separatist rebels of breaking the truce.');
  assert.equal(home?.target?.country, 'MLI');
  const away = mainEvent('Nigerian gunmen killed nine villagers in Niger on Sunday.', { places: [{ mention: 'Niger', country: 'NE' }] });
  assert.equal(away?.actor?.country, 'NGA');
  assert.equal(away?.target?.country, 'NER');
});

test('"X and Y attacked Z": each conjunct of a compound subject gets its own event, the farther one ranked just below', () => {
  const events = rankedEvents(layeredDoc('conj', 'Chile and Peru attacked Bolivia on Monday.', '2024-05-02'));
  assert.deepEqual(events.map((e) => [e.actor?.country, e.target?.country, e.plover.type]), [
    ['PER', 'BOL', 'ASSAULT'],
    ['CHL', 'BOL', 'ASSAULT'],
  ]);
  assert.match(events[1]!.evidence ?? '', /conjunct/);
  // A symmetric act still gives one event with the two conjuncts as actor and partner.
  assert.equal(mainEvent('Chile and Peru held talks in Quito.')?.target?.country, 'PER');
});

test('"is about to restore ties": an imminent act is coded as the act, not re-coded as an intention', () => {
  const e = mainEvent('Venezuela is about to restore diplomatic ties with Colombia.');
  assert.equal(e?.cameo, '064');
  assert.equal(e?.actor?.country, 'VEN');
  assert.equal(e?.target?.country, 'COL');
});
