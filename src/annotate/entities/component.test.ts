/** The entities component end to end, with the committed model, on fixtures written for these tests. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../model/doc.js';
import { EntitySchema } from '../../model/layers.js';
import { textComponent } from '../text/component.js';
import { entitiesComponent } from './component.js';

function run(text: string) {
  const doc = new Doc('t', text, { published: '2024-03-02' });
  textComponent.run(doc);
  entitiesComponent.run(doc);
  return doc.get('entities');
}

const STORY = [
  'Senegal Pledges Troops For Regional Force In Mali',
  '',
  'DAKAR (AFP) - Senegalese Foreign Minister Aminata Ndiaye said on Tuesday that her country would send 500 soldiers to a West African force in Mali.',
  '',
  '"We cannot stand by while our neighbours suffer," Ndiaye told reporters in Dakar after talks with the United Nations envoy Pierre Lambert.',
  '',
  'Mrs Ndiaye said the Economic Community of West African States would meet in Abuja next week. Malian Defence Minister Oumar Traore welcomed the offer.',
].join('\n');

test('component: finds people, organisations and places in a news story', () => {
  const ents = run(STORY);
  for (const e of ents) EntitySchema.parse(e);
  const has = (text: string, type: string) => ents.some((e) => e.text === text && e.type === type);
  assert.ok(has('Aminata Ndiaye', 'PER'), 'full name');
  assert.ok(has('Pierre Lambert', 'PER'));
  assert.ok(has('Oumar Traore', 'PER'));
  assert.ok(has('Dakar', 'LOC'));
  assert.ok(has('Abuja', 'LOC'));
  assert.ok(has('Mali', 'LOC'));
  assert.ok(has('United Nations', 'ORG'));
  assert.ok(ents.some((e) => e.type === 'ORG' && e.text.includes('Economic Community of West African States')));
  for (const e of ents) {
    assert.equal(e.text, STORY.slice(e.start, e.end));
    assert.ok(e.source?.startsWith('entities/'));
    assert.ok((e.confidence ?? 0) > 0);
  }
});

test('component: "Mrs Ndiaye" and "Ndiaye" link to the full name, with role and country', () => {
  const ents = run(STORY);
  const full = ents.find((e) => e.text === 'Aminata Ndiaye')!;
  const short = ents.filter((e) => e.text === 'Ndiaye');
  assert.equal(short.length, 2);
  for (const s of short) {
    assert.equal(s.type, 'PER');
    assert.equal(s.cluster, full.cluster);
    assert.equal(s.name, 'Aminata Ndiaye');
    assert.equal(s.role, 'Foreign Minister');
  }
  assert.deepEqual([full.role, full.country, full.sector], ['Foreign Minister', 'SEN', 'GOV']);
  const traore = ents.find((e) => e.text === 'Oumar Traore')!;
  assert.deepEqual([traore.role, traore.country, traore.sector], ['Defence Minister', 'MLI', 'GOV']);
});

test('component: title-case headline keeps its places and drops its common words', () => {
  const ents = run(STORY).filter((e) => e.end <= STORY.indexOf('\n'));
  const texts = ents.map((e) => `${e.text}/${e.type}`);
  assert.ok(texts.includes('Senegal/LOC'), texts.join(', '));
  assert.ok(texts.includes('Mali/LOC'), texts.join(', '));
  for (const word of ['Pledges', 'Troops', 'Force', 'Regional']) assert.ok(!texts.some((t) => t.startsWith(word)), `${word} is not a name: ${texts.join(', ')}`);
});

test('component: hyphenated forms, particles and known names', () => {
  const text =
    'US-led forces struck pro-Iranian militias, Iraqi Prime Minister Mohammed Shia al-Sudani said. The Islamic State group claimed an attack near Mosul, according to NATO.';
  const ents = run(text);
  const get = (t: string) => ents.find((e) => e.text === t);
  assert.equal(get('US')?.type, 'LOC');
  assert.equal(get('Iranian')?.type, 'MISC');
  const pm = get('Mohammed Shia al-Sudani');
  assert.equal(pm?.type, 'PER');
  assert.deepEqual([pm?.role, pm?.country, pm?.sector], ['Prime Minister', 'IRQ', 'GOV']);
  assert.equal(get('Islamic State')?.type, 'ORG');
  assert.equal(get('Mosul')?.type, 'LOC');
  assert.equal(get('NATO')?.type, 'ORG');
});

test('component: no entities in text without names', () => {
  assert.deepEqual(run('the rain fell all day and the river rose slowly over the fields.'), []);
  assert.deepEqual(run('Prices rose sharply. Officials said the talks would resume soon.'), []);
  assert.deepEqual(run(''), []);
});
