/** Linking, roles and coreference on hand-made entity spans (no model involved). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../model/doc.js';
import type { Entity, EntityType } from '../../model/layers.js';
import { textComponent } from '../text/component.js';
import { addAffiliations } from './component.js';
import { tokenView } from './context.js';
import { antecedentOf, mentionKind, resolveMention } from './coref.js';
import { linkMentions } from './link.js';

/** Entities for every occurrence of each given phrase. */
function mark(text: string, phrases: [string, EntityType][]): Entity[] {
  const out: Entity[] = [];
  for (const [p, type] of phrases) {
    const re = new RegExp(`\\b${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
    for (const m of text.matchAll(re)) {
      // Skip occurrences inside a longer phrase already marked.
      if (out.some((e) => m.index >= e.start && m.index < e.end)) continue;
      out.push({ start: m.index, end: m.index + p.length, text: p, type });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function annotate(text: string, phrases: [string, EntityType][]): Doc {
  const doc = new Doc('t', text, { published: '2024-03-02' });
  textComponent.run(doc);
  const linked = linkMentions(mark(text, phrases));
  doc.set('entities', addAffiliations(tokenView(doc), linked));
  return doc;
}

const STORY =
  'Senegalese Interior Minister Awa Ndiaye Diop met Malian Prime Minister Moussa Keita in Bamako on Friday. ' +
  'Mr Diop said the talks were useful. His Malian counterpart Ibrahim Toure agreed. ' +
  'Ndiaye Diop later flew home. Keita, who spoke to reporters, said the border would reopen. ' +
  'The Kenyan general Joseph Mwangi, the mission commander, was not present.';

const STORY_ENTITIES: [string, EntityType][] = [
  ['Awa Ndiaye Diop', 'PER'],
  ['Moussa Keita', 'PER'],
  ['Ibrahim Toure', 'PER'],
  ['Joseph Mwangi', 'PER'],
  ['Ndiaye Diop', 'PER'],
  ['Diop', 'LOC'],
  ['Keita', 'PER'],
  ['Bamako', 'LOC'],
];

test('link: short forms of a full name share its cluster and name (and become PER)', () => {
  const doc = annotate(STORY, STORY_ENTITIES);
  const ents = doc.get('entities');
  const full = ents.find((e) => e.text === 'Awa Ndiaye Diop')!;
  const mr = ents.find((e) => e.text === 'Diop')!;
  const two = ents.find((e) => e.text === 'Ndiaye Diop')!;
  assert.equal(mr.cluster, full.cluster);
  assert.equal(two.cluster, full.cluster);
  assert.equal(mr.name, 'Awa Ndiaye Diop');
  assert.equal(mr.type, 'PER', 'the tagger said LOC, the linked full name says PER');
  const keita = ents.filter((e) => e.text.includes('Keita'));
  assert.equal(new Set(keita.map((e) => e.cluster)).size, 1);
  assert.notEqual(keita[0]!.cluster, full.cluster);
  const bamako = ents.find((e) => e.text === 'Bamako')!;
  assert.equal(bamako.type, 'LOC');
  assert.ok(![full.cluster, keita[0]!.cluster].includes(bamako.cluster));
});

test('roles: titles before names, counterparts and appositions', () => {
  const ents = annotate(STORY, STORY_ENTITIES).get('entities');
  const get = (t: string) => ents.find((e) => e.text === t)!;
  const diop = get('Awa Ndiaye Diop');
  assert.equal(diop.role, 'Interior Minister');
  assert.equal(diop.country, 'SEN');
  assert.equal(diop.sector, 'GOV');
  // Later mentions share what the first one said.
  assert.equal(get('Diop').role, 'Interior Minister');
  assert.equal(get('Diop').country, 'SEN');
  const keita = get('Moussa Keita');
  assert.deepEqual([keita.role, keita.country, keita.sector], ['Prime Minister', 'MLI', 'GOV']);
  // "His Malian counterpart": the role of the last person with one, the country of the demonym.
  const toure = get('Ibrahim Toure');
  assert.deepEqual([toure.role, toure.country, toure.sector], ['Prime Minister', 'MLI', 'GOV']);
  const mwangi = get('Joseph Mwangi');
  assert.deepEqual([mwangi.role, mwangi.country, mwangi.sector], ['General', 'KEN', 'MIL']);
});

test('roles: apposition after the name, and no role where none is stated', () => {
  const text = 'Pedro Alves, the Brazilian foreign minister, arrived. Maria Lopes arrived too.';
  const ents = annotate(text, [
    ['Pedro Alves', 'PER'],
    ['Maria Lopes', 'PER'],
  ]).get('entities');
  assert.deepEqual([ents[0]!.role, ents[0]!.country, ents[0]!.sector], ['Foreign Minister', 'BRA', 'GOV']);
  assert.equal(ents[1]!.role, undefined);
  assert.equal(ents[1]!.country, undefined);
});

test('affiliation: organisations and places get countries and sectors from their words', () => {
  const text = 'The Islamic Resistance in Iraq claimed the attack. The Nigerian Army denied it. NATO met in Brussels. Spain protested.';
  const ents = annotate(text, [
    ['Islamic Resistance in Iraq', 'ORG'],
    ['Nigerian Army', 'ORG'],
    ['NATO', 'ORG'],
    ['Brussels', 'LOC'],
    ['Spain', 'LOC'],
  ]).get('entities');
  const get = (t: string) => ents.find((e) => e.text === t)!;
  assert.equal(get('Islamic Resistance in Iraq').country, 'IRQ');
  assert.equal(get('Islamic Resistance in Iraq').sector, 'REB');
  assert.deepEqual([get('Nigerian Army').country, get('Nigerian Army').sector], ['NGA', 'MIL']);
  assert.equal(get('NATO').sector, 'IGO');
  assert.equal(get('Spain').country, 'ESP');
  assert.equal(get('Spain').role, undefined);
});

test('coref: pronouns and role nominals resolve to the right person', () => {
  const doc = annotate(STORY, STORY_ENTITIES);
  const at = (needle: string, from = 0, text = doc.text) => {
    const start = text.indexOf(needle, from);
    return { start, end: start + needle.length };
  };
  // "the mission commander" is not a mention of Ndiaye; "the minister" prefers a person whose role is a minister.
  const text2 = `${STORY} The minister said nothing.`;
  const doc2 = annotate(text2, STORY_ENTITIES);
  const minister = resolveMention(doc2, at('The minister', STORY.length, text2))!;
  assert.equal(minister.anaphor, true);
  assert.equal(minister.name, 'Moussa Keita', 'Keita (Prime Minister) is the most recent minister before it');
  assert.equal(minister.role, 'Prime Minister');
  // "His" in sentence 2 refers to the most recent person: Diop.
  const his = antecedentOf(doc, at('His'))!;
  assert.equal(his.name, 'Awa Ndiaye Diop');
  assert.deepEqual(mentionKind('the group')?.types, ['ORG']);
  assert.equal(mentionKind('the weather'), undefined);
  assert.equal(resolveMention(doc, at('Senegalese')), undefined, 'not a pronoun or nominal');
});

test('coref: nothing compatible nearby gives undefined', () => {
  const doc = annotate('Floods hit the valley. He said it was bad.', []);
  const start = doc.text.indexOf('He');
  assert.equal(resolveMention(doc, { start, end: start + 2 }), undefined);
});
