/**
 * Mechanisms added for unseen ACLED- and CAMEO-coded news: aerial platforms as
 * subjects, chemical weapons, whom territory was taken from, a demonstration's
 * response, crowds, foiled attacks, count notes in a following sentence,
 * accusations about an act, riots in CAMEO. Invented sentences, text layer only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Event } from '../../model/layers.js';
import { layeredDoc, rankedEvents } from './doc-fixtures.js';
import { isStateActor, sentenceCues, takenFrom } from './acled-cues.js';

function ranked(text: string): Event[] {
  return rankedEvents(layeredDoc('g', text, '2024-05-02'));
}

const main = (text: string) => ranked(text)[0];

test('an aerial platform hitting something is an air strike', () => {
  const e = main('A military drone hit a truck near the river crossing on Sunday.');
  assert.equal(e?.acled?.subEventType, 'Air/drone strike');
  assert.equal(e?.cameo, '195');
  assert.equal(e?.source, 'events/assault/drone+obj');
});

test('an aerial platform across a modal is not a strike: the verb carries the threat', () => {
  const e = main('Officials fear that enemy warplanes could hit the dam.');
  assert.notEqual(e?.acled?.subEventType, 'Air/drone strike');
});

test('chemical weapons are their own ACLED sub-event and CAMEO 2041', () => {
  const e = main('Chlorine canisters were dropped on the suburb, leaving dozens choking.');
  assert.equal(e?.acled?.subEventType, 'Chemical weapon');
  assert.equal(e?.cameo, '2041');
});

test('territory taken from the army is overtaken by a non-state actor, whatever the taker is called', () => {
  assert.deepEqual(takenFrom(' of Kalo from the national army on Friday'), { takenFromState: true });
  assert.deepEqual(takenFrom(' the hills from the insurgents'), { takenFromNonState: true });
  const e = main('The Northern Liberation Army captured the district from government troops.');
  assert.equal(e?.acled?.subEventType, 'Non-state actor overtakes territory');
});

test('state actors need a state word or a country; a named movement\'s forces are not a state', () => {
  assert.equal(isStateActor({ text: 'Ugandan forces', start: 0, end: 14, sector: 'MIL' }), true);
  assert.equal(isStateActor({ text: 'government troops', start: 0, end: 17, sector: 'MIL' }), true);
  assert.equal(isStateActor({ text: 'Kawa forces', start: 0, end: 11, sector: 'MIL' }), false);
  assert.equal(main('Kawa forces gained control of three villages on Monday.')?.acled?.subEventType, 'Non-state actor overtakes territory');
});

test('a demonstration is typed by the response it met', () => {
  assert.equal(main('Nurses protested outside the clinic; police moved in and detained four of them.')?.acled?.subEventType, 'Protest with intervention');
  assert.equal(main('Soldiers fired live rounds at demonstrators in the square, killing three.')?.acled?.subEventType, 'Excessive force against protesters');
  assert.equal(main('Hundreds rallied in the capital against the killing of a student.')?.acled?.subEventType, 'Peaceful protest');
  // A month is not a march.
  assert.equal(sentenceCues('The truce signed in March held until June.').protestContext, false);
});

test('violence by a crowd is mob violence; by protesters, a riot in ACLED and CAMEO', () => {
  assert.equal(main('An angry crowd beat a suspected robber to death at the bus stop.')?.acled?.subEventType, 'Mob violence');
  const riot = main('Protesters set fire to the town hall after the verdict.');
  assert.equal(riot?.acled?.subEventType, 'Violent demonstration');
  assert.equal(riot?.cameo, '145');
  assert.equal(riot?.plover.type, 'PROTEST');
});

test('a foiled attack is disrupted weapons use, not the attack', () => {
  const e = main('Soldiers thwarted a planned suicide attack on the barracks.');
  assert.equal(e?.acled?.subEventType, 'Disrupted weapons use');
  assert.match(e?.evidence ?? '', /object:assault/);
});

test('weapons seized are disrupted weapons use; people seized are abducted', () => {
  assert.equal(main('Troops seized a cache of rifles and grenades in the forest.')?.acled?.subEventType, 'Disrupted weapons use');
  assert.equal(main('Armed men seized nine farmers on the road to the market.')?.acled?.subEventType, 'Abduction/forced disappearance');
});

test('a toll stated in the next sentence fills the counts and proposes nothing', () => {
  const events = ranked('On 2 May 2024, gunmen attacked a village near Kalo. 4 fatalities.');
  assert.equal(events.length, 1);
  assert.equal(events[0]?.counts?.killed, 4);
});

test('"accused X of violating a truce" is an accusation, not the violation', () => {
  const e = main('The ministry accused the rebels of violating the truce.');
  assert.equal(e?.plover.type, 'ACCUSE');
});

test('weapons sent to a country are military aid (CAMEO 072), not an attack', () => {
  const e = main('The alliance delivered a new batch of missiles to its partner on Monday.');
  assert.equal(e?.plover.type, 'AID');
  assert.equal(e?.cameo, '072');
});

test('passive deployment and headline syntax', () => {
  assert.equal(main('Hundreds of soldiers were sent to the eastern province.')?.acled?.subEventType, 'Other');
  assert.equal(main('Rebels take over border town after heavy fighting')?.acled?.subEventType, 'Non-state actor overtakes territory');
});

test('a past participle before its noun describes it: "the detained president" is not an arrest', () => {
  const e = main('The court ignored calls to free the detained president.');
  assert.notEqual(e?.plover.type, 'COERCE');
  const arrest = main('Police detained the president of the union on Monday.');
  assert.equal(arrest?.plover.type, 'COERCE');
});

test('CAMEO 01 comments are coded by polarity, and only when nothing else happens in the sentence', () => {
  // A reported act outranks the comment on it; an act only mentioned as its topic does not.
  assert.equal(main('Police arrested 20 reporters, and the minister expressed concern.')?.cameo, '173');
  assert.equal(main('The foreign minister expressed deep concern over the arrests of reporters.')?.cameo, '012');
  assert.equal(main('The prime minister voiced concern about rising prices.')?.cameo, '012');
  assert.equal(main('The king sent his condolences to the families of the victims.')?.cameo, '018');
  assert.equal(main('The mayor said she was hopeful about the new budget.')?.cameo, '013');
});

test('material cooperation: returned property, training foreign forces, eased tariffs, announced truces', () => {
  assert.equal(main('Customs officers returned 40 stolen statues to the government of Nepal.')?.cameo, '0842');
  assert.equal(main('French instructors are training Malian pilots at the air base.')?.cameo, '062');
  assert.equal(main('The government cut tariffs on imported grain last week.')?.cameo, '085');
  assert.equal(main('The rebels announced a three-day ceasefire for the holiday.')?.cameo, '0871');
});

test('relations broken and accusations traded', () => {
  assert.equal(main('Bolivia broke diplomatic relations with Peru on Friday.')?.cameo, '161');
  assert.equal(main('The two governments traded accusations over the border incident.')?.cameo, '112');
});
