/**
 * CAMEO codes of the main event for short invented sentences: the codebook's
 * sub-codes where the verb is specific, and the structures PETRARCH tests
 * (passives, "about to", modifiers between "restore" and "ties").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Event } from '../../model/layers.js';
import { layeredDoc, rankedEvents } from './doc-fixtures.js';

function mainEvent(text: string): Event | undefined {
  return rankedEvents(layeredDoc('cameo', text, '2024-05-02'))[0];
}

const CASES: [sentence: string, cameo: string][] = [
  ['The president visited Nairobi on Tuesday.', '042'],
  ['Chile hosted a delegation from Peru.', '043'],
  ['The minister praised the peace efforts of Norway.', '051'],
  ['Peru is about to restore complete, full diplomatic ties with Chile.', '064'],
  ['Japan donated medicine to the flood victims.', '071'],
  ['The government lifted the curfew in the capital.', '081'],
  ['France condemned the attack on the embassy.', '111'],
  ['Uganda accused Kenya of harbouring rebels.', '112'],
  ['The rebels rejected the peace plan.', '120'],
  ['The ministry declined to comment on the report.', '011'],
  ['The army denied charges that it had shelled the village.', '016'],
  ['Police arrested six journalists in the capital.', '173'],
  ['Gunmen kidnapped two engineers near the oil field.', '181'],
  ['A suicide bomber blew himself up outside a mosque.', '1831'],
  ['A roadside bomb killed three soldiers.', '1833'],
  ['Rebels tried to assassinate the governor.', '186'],
  ['Troops shelled rebel positions overnight.', '194'],
  ['Police opened fire on the crowd.', '193'],
  ['Fighter jets carried out air strikes on the town.', '195'],
];

for (const [sentence, cameo] of CASES) {
  test(`CAMEO ${cameo}: ${sentence}`, () => {
    assert.equal(mainEvent(sentence)?.cameo, cameo);
  });
}

test('a passive takes the "by" agent as actor and the subject as target', () => {
  const e = mainEvent('The Mali army convoy was attacked by rebels near Gao.');
  assert.equal(e?.actor?.sector, 'REB');
  assert.equal(e?.target?.sector, 'MIL');
});
