import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity, Event, Time } from '../../model/layers.js';
import { layeredDoc } from './doc-fixtures.js';
import { eventsComponent } from './component.js';

/** A hand-made entity: the mention text plus what the entity layer would say about it. */
type EntitySpec = { mention: string } & Partial<Omit<Entity, 'start' | 'end' | 'text'>>;
type TimeSpec = { text: string; value: string };

/** Builds a doc with the text layer and hand-made entities/times, runs events. */
function run(text: string, opts: { entities?: EntitySpec[]; times?: TimeSpec[] } = {}): Event[] {
  const entities: Entity[] = (opts.entities ?? []).map(({ mention, ...rest }) => {
    const start = text.indexOf(mention);
    return { type: 'ORG', ...rest, start, end: start + mention.length, text: mention };
  });
  const times: Time[] = (opts.times ?? []).map((t) => {
    const start = text.indexOf(t.text);
    return { start, end: start + t.text.length, text: t.text, type: 'DATE', value: t.value, from: t.value, to: t.value };
  });
  const doc = layeredDoc('t', text, '2024-03-08', { entities, times });
  eventsComponent.run(doc);
  return [...doc.get('events')];
}

const of = (events: Event[], type: string) => events.filter((e) => e.plover.type === type);

test('an attack with actor, target, place, date and a death toll', () => {
  const text = 'Rebels attacked an army base in Mali on Monday, killing 12 soldiers.';
  const events = run(text, { entities: [{ mention: 'Mali', type: 'LOC', country: 'MLI' }], times: [{ text: 'Monday', value: '2024-03-04' }] });
  const [e] = of(events, 'ASSAULT');
  assert.ok(e);
  assert.equal(e.actor?.sector, 'REB');
  assert.equal(e.target?.sector, 'MIL');
  assert.equal(e.place?.text, 'Mali');
  assert.equal(e.date, '2024-03-04');
  assert.equal(e.dateSource, 'text');
  assert.equal(e.counts?.killed, 12);
  assert.equal(e.acled?.eventType, 'Battles');
});

test('air strikes: ASSAULT/aerial, CAMEO 195, ACLED air strike, capital as government', () => {
  const events = run('Washington launched air strikes on militia positions in Syria.');
  const e = events.find((x) => x.plover.mode === 'aerial');
  assert.ok(e);
  assert.equal(e.cameo, '195');
  assert.deepEqual(e.acled, { eventType: 'Explosions/Remote violence', subEventType: 'Air/drone strike' });
  assert.equal(e.actor?.country, 'USA');
  assert.equal(e.actor?.sector, 'GOV');
  assert.equal(e.place?.text, 'Syria');
  assert.equal(e.dateSource, 'published');
  assert.equal(e.date, '2024-03-08');
});

test('a counted, qualified number of attacks', () => {
  const [e] = of(run('More than 40 attacks have targeted police stations in Nigeria since January.'), 'ASSAULT');
  assert.ok(e);
  assert.equal(e.count, 40);
  assert.equal(e.countQualifier, 'more than');
  assert.equal(e.counts?.attacks, 40);
  assert.equal(e.target?.sector, 'COP');
});

test('negated: "did not attack" keeps the type and sets negated', () => {
  const [e] = of(run('The army did not attack the village, officials said.'), 'ASSAULT');
  assert.ok(e);
  assert.equal(e.negated, true);
  assert.equal(e.acled, undefined);
});

test('future: "will meet" is a stated intention (AGREE, CAMEO 036) flagged future', () => {
  const events = run('The Kenyan president will meet his Ugandan counterpart in Nairobi.');
  assert.equal(events.length, 1);
  const e = events[0]!;
  assert.equal(e.future, true);
  assert.equal(e.plover.type, 'AGREE');
  assert.equal(e.cameo, '036');
  assert.equal(e.actor?.country, 'KEN');
  assert.equal(e.target?.country, 'UGA');
});

test('hypothetical: "could strike" is a threat flagged hypothetical', () => {
  const events = run('Officials fear Israeli jets could strike Iranian nuclear sites.');
  const e = events.find((x) => x.hypothetical);
  assert.ok(e);
  assert.equal(e.plover.type, 'THREATEN');
  assert.equal(e.actor?.country, 'ISR');
});

test('a responsibility claim marks the attacks of the previous sentence', () => {
  const events = run('Two bombs exploded at a market in Kabul on Friday.\nThe Taliban has claimed the attack.', {
    entities: [{ mention: 'Taliban', type: 'ORG', sector: 'REB', country: 'AFG' }],
  });
  const claimed = events.filter((e) => e.claimed);
  assert.ok(claimed.length >= 1);
  assert.ok(claimed.every((e) => e.plover.type === 'ASSAULT'));
  assert.ok(claimed.some((e) => /Taliban/.test(e.actor?.text ?? '')));
  assert.ok(claimed.some((e) => e.place?.text === 'Kabul'));
});

test('passive with a "by" agent: the agent is the actor', () => {
  const [e] = of(run('A refugee camp was attacked by Sudanese militiamen.'), 'ASSAULT');
  assert.ok(e);
  assert.equal(e.actor?.country, 'SDN');
  assert.equal(e.target?.sector, 'REF');
});

test('deployment fact: troops stationed in a country with a count', () => {
  const [e] = of(run('Italy has about 800 soldiers in Lebanon.'), 'MOBILIZE');
  assert.ok(e);
  assert.equal(e.plover.mode, 'troops');
  assert.equal(e.count, 800);
  assert.equal(e.countQualifier, 'about');
  assert.equal(e.counts?.troops, 800);
  assert.equal(e.actor?.country, 'ITA');
  assert.equal(e.place?.text, 'Lebanon');
});

test('a call for a ceasefire is a REQUEST with CAMEO 0256; linked actors keep their links', () => {
  const [e] = of(run('France called for an immediate ceasefire in Sudan.'), 'REQUEST');
  assert.ok(e);
  assert.equal(e.cameo, '0256');
  assert.equal(e.actor?.country, 'FRA');
  const [a] = of(run('Iran-backed militias shelled a Kurdish town in Iraq.'), 'ASSAULT');
  assert.ok(a);
  assert.deepEqual(a.actor?.links, ['IRN']);
  assert.equal(a.actor?.sector, 'REB');
});

test('a sentence without an event yields none', () => {
  assert.deepEqual(run('The weather was mild and the shops opened on time.'), []);
});

test('refusal: a negated cooperative act is coded REJECT', () => {
  const [e] = of(run('Venezuela refused to meet the Colombian delegation.'), 'REJECT');
  assert.ok(e);
  assert.equal(e.cameo, '123');
  assert.equal(e.actor?.country, 'VEN');
});

test('events: a demonym place says whose, not where', () => {
  const text = 'The defence minister visited Iraqi troops in Mosul on Monday.';
  const at = (w: string) => text.indexOf(w);
  const doc = layeredDoc('dm', text, '2024-03-14', {
    entities: [
      { start: at('Iraqi'), end: at('Iraqi') + 5, text: 'Iraqi', type: 'MISC' },
      { start: at('Mosul'), end: at('Mosul') + 5, text: 'Mosul', type: 'LOC' },
    ],
    places: [
      { start: at('Iraqi'), end: at('Iraqi') + 5, text: 'Iraqi', name: 'Iraq', lat: 33, lon: 44, country: 'IQ', demonym: true },
      { start: at('Mosul'), end: at('Mosul') + 5, text: 'Mosul', name: 'Mosul', lat: 36.34, lon: 43.13, country: 'IQ' },
    ],
  });
  eventsComponent.run(doc);
  const visit = doc.get('events').find((e) => e.plover.type === 'CONSULT');
  assert.equal(visit?.place?.name, 'Mosul');
});

test('an attack and its ", killing ..." toll are one event, with the toll counted', () => {
  const events = run('Gunmen stormed a police post near the harbour on Sunday night, killing four officers.');
  const assaults = of(events, 'ASSAULT');
  assert.equal(assaults.length, 1, JSON.stringify(assaults.map((e) => e.source)));
  assert.equal(assaults[0]!.counts?.killed, 4);
  // Two attacks joined by "and" stay two events.
  const two = of(run('Gunmen stormed a police post on Sunday, and rebels shelled the airport on Monday.'), 'ASSAULT');
  assert.equal(two.length, 2);
});

test('", wounding five civilians" gives the target "five civilians", not a chunk starting with the participle', () => {
  const [e] = of(run('Militiamen shelled the market town, wounding five civilians.'), 'ASSAULT');
  assert.equal(e?.target?.text, 'five civilians');
  assert.equal(e?.counts?.injured, 5);
});
