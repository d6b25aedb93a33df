/**
 * ACLED sub-event types, one short invented news sentence each. Each sentence is
 * run through the text layer with no entities, times or places, so only the
 * lexicon, roles and sector nouns decide the type.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Event } from '../../model/layers.js';
import { layeredDoc, rankedEvents } from './doc-fixtures.js';
import { ACLED_FIXTURES } from './acled-fixtures.js';

/** The sentence's top-ranked event (as the evaluation picks it). */
function mainEvent(text: string): Event | undefined {
  return rankedEvents(layeredDoc('acled', text, '2024-05-02'))[0];
}

const CASES: [sentence: string, eventType: string, subEventType: string][] = [
  ['Soldiers clashed with rebels near the border on Tuesday.', 'Battles', 'Armed clash'],
  ['Army troops recaptured the town from the rebels after a week of fighting.', 'Battles', 'Government regains territory'],
  ['Rebels captured the town of Kalo after government forces fled.', 'Battles', 'Non-state actor overtakes territory'],
  ['Fighter jets carried out air strikes on a rebel camp overnight.', 'Explosions/Remote violence', 'Air/drone strike'],
  ['Artillery shelling hit the outskirts of the port city.', 'Explosions/Remote violence', 'Shelling/artillery/missile attack'],
  ['A roadside bomb killed two soldiers on the highway.', 'Explosions/Remote violence', 'Remote explosive/landmine/IED'],
  ['A suicide bomber blew himself up at a checkpoint.', 'Explosions/Remote violence', 'Suicide bomb'],
  ['Attackers hurled a grenade into a crowded bar.', 'Explosions/Remote violence', 'Grenade'],
  ['Gunmen shot dead a village chief in his home.', 'Violence against civilians', 'Attack'],
  ['Militants kidnapped six aid workers on Sunday.', 'Violence against civilians', 'Abduction/forced disappearance'],
  ['Militiamen raped women in the camp, witnesses said.', 'Violence against civilians', 'Sexual violence'],
  ['Hundreds of teachers demonstrated outside parliament over unpaid wages.', 'Protests', 'Peaceful protest'],
  ['Police fired tear gas to disperse students who had gathered in the square.', 'Protests', 'Protest with intervention'],
  ['Security forces shot dead three protesters during the march.', 'Protests', 'Excessive force against protesters'],
  ['Youths rioted and set cars on fire after the verdict.', 'Riots', 'Violent demonstration'],
  ['A mob lynched a suspected thief in the market.', 'Riots', 'Mob violence'],
  ['Police arrested 40 opposition supporters in the capital.', 'Strategic developments', 'Arrests'],
  ['The two armed groups signed a peace deal in the capital.', 'Strategic developments', 'Agreement'],
  ['The two rebel factions merged into a single movement.', 'Strategic developments', 'Change to group/activity'],
  ['Army engineers defused a bomb planted under a bridge.', 'Strategic developments', 'Disrupted weapons use'],
  ['The militia established a new base in the hills.', 'Strategic developments', 'Headquarters or base established'],
  ['Fighters looted shops in the town centre.', 'Strategic developments', 'Looting/property destruction'],
  ['Rebel fighters withdrew from the town under the truce.', 'Strategic developments', 'Non-violent transfer of territory'],
  ['The army deployed troops to the northern province.', 'Strategic developments', 'Other'],
];

for (const [sentence, eventType, subEventType] of CASES) {
  test(`ACLED ${subEventType}: ${sentence}`, () => {
    const e = mainEvent(sentence);
    assert.ok(e, 'no event found');
    assert.deepEqual(e.acled, { eventType, subEventType });
  });
}

for (const [sentence, eventType, subEventType] of ACLED_FIXTURES) {
  test(`ACLED fixture ${subEventType}: ${sentence}`, () => {
    const e = mainEvent(sentence);
    assert.ok(e, 'no event found');
    assert.deepEqual(e.acled, { eventType, subEventType });
  });
}

test('ACLED records only what happened: a threat, a refusal and a future attack get no type', () => {
  for (const s of ['Rebels threatened to attack the town.', 'The rebels refused to leave the town.', 'The rebels will attack the town tomorrow.']) {
    assert.equal(mainEvent(s)?.acled, undefined, s);
  }
});
