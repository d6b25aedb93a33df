import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity, Event } from '../../model/layers.js';
import { layeredDoc } from './doc-fixtures.js';
import { eventsComponent } from './component.js';

/** Runs the events component on one text with hand-made entities (ORG unless told). */
function run(text: string, mentions: string[] = [], type: Entity['type'] = 'ORG'): Event[] {
  const entities: Entity[] = mentions.map((mention) => {
    const start = text.indexOf(mention);
    return { type, start, end: start + mention.length, text: mention };
  });
  const doc = layeredDoc('t', text, '2024-03-08', { entities });
  eventsComponent.run(doc);
  return [...doc.get('events')];
}

const sources = (events: Event[]) => events.map((e) => e.source);

test('"aides" are people, not aid', () => {
  const events = run('The governor and her aides left the building shortly after noon.');
  assert.deepEqual(of(events, 'AID'), []);
  // Aid itself still counts.
  assert.equal(of(run('The European Union sent food aid to the flooded province.'), 'AID').length, 1);
});

test('a campaign rally is not a demonstration, a protest rally is', () => {
  assert.deepEqual(of(run('The senator thanked his supporters at a victory rally in Denver on Tuesday.'), 'PROTEST'), []);
  assert.deepEqual(of(run('Party leaders urged voters to rally behind the front-runner.'), 'PROTEST'), []);
  const protest = run('Thousands of students held a rally in the capital to protest against the new fees.');
  assert.ok(of(protest, 'PROTEST').length >= 1);
});

test('an abstract threat is not an act of threatening; a threat to act is', () => {
  assert.deepEqual(of(run('Voters named the threat of terrorism as their main worry this year.'), 'THREATEN'), []);
  assert.deepEqual(of(run('Officials called the flooding a serious security threat to the region.'), 'THREATEN'), []);
  assert.equal(of(run('The militia issued a threat against the villagers on Sunday.'), 'THREATEN').length, 1);
});

test('"asked if" is a question and "insisted that" an assertion, not requests', () => {
  assert.deepEqual(of(run('The reporter asked if the mayor would run again.'), 'REQUEST'), []);
  assert.deepEqual(of(run('The minister insisted that his plan has widespread backing.'), 'REQUEST'), []);
  // A demand keeps its bare verb: "insisted that Ankara withdraw".
  assert.equal(of(run('Athens insisted that Ankara withdraw its ships from the area.'), 'REQUEST').length, 1);
});

test('an event word inside an organisation name or modifying a thing is not an event', () => {
  const text = 'He testified before the Federal Bureau of Investigation on Monday.';
  // Without the entity the word is coded; inside the ORG name it is not.
  assert.ok(sources(run(text)).includes('events/accuse/investigation'));
  assert.ok(!sources(run(text, ['Federal Bureau of Investigation'])).includes('events/accuse/investigation'));
  assert.deepEqual(of(run('The campaign released new attack ads on Monday.'), 'ASSAULT'), []);
  assert.equal(of(run('Gunmen launched an attack on a police station on Monday.'), 'ASSAULT').length, 1);
});

function of(events: Event[], type: string): Event[] {
  return events.filter((e) => e.plover.type === type);
}

test('publishing a report is not releasing people; freeing prisoners is', () => {
  assert.deepEqual(of(run('The ministry released its annual report on Friday.'), 'CONCEDE'), []);
  assert.deepEqual(of(run('Support fell to 40 percent in a survey released on Sunday.'), 'CONCEDE'), []);
  assert.equal(of(run('The rebels released twelve hostages on Friday.'), 'CONCEDE').length, 1);
});

test('a political fight is not an armed clash; fighting between armed groups is', () => {
  assert.deepEqual(of(run('The senator has fought the party leadership for years.'), 'ASSAULT'), []);
  assert.equal(of(run('Rebels fought government troops near the border on Monday.'), 'ASSAULT').length, 1);
});

test('support in a poll is an opinion, not an event; an endorsement is', () => {
  assert.deepEqual(of(run('Sixty percent of voters support the governor.'), 'SUPPORT'), []);
  assert.deepEqual(of(run('Do you support the new law?'), 'SUPPORT'), []);
  assert.equal(of(run('The union said it supports the governor.'), 'SUPPORT').length, 1);
});

test('"hopefuls" are candidates, not expressions of hope', () => {
  assert.deepEqual(of(run('Five presidential hopefuls met in Des Moines on Monday.'), 'SUPPORT'), []);
});

test('fixed phrases: "defies explanation", "as opposed to", "held his fire", "met its targets"', () => {
  assert.deepEqual(of(run('The ruling defies explanation, the lawyer said.'), 'REJECT'), []);
  assert.deepEqual(of(run('They chose small bills, as opposed to one large reform.'), 'REJECT'), []);
  assert.deepEqual(of(run('The mayor held his fire on the council for a week.'), 'ASSAULT'), []);
  assert.deepEqual(of(run('The country met its emission targets, officials said.').filter((e) => e.source === 'events/consult/meet'), 'CONSULT'), []);
  assert.equal(of(run('The foreign minister met his Japanese counterpart in Tokyo.'), 'CONSULT').length, 1);
});

test('a byline label, an aim, a consequence clause and an adjective are not events', () => {
  assert.deepEqual(run('Contributing: Jane Doe in Paris.').filter((e) => e.plover.type === 'AID'), []);
  assert.deepEqual(of(run('Investors are seeking to fund a new research centre.'), 'REQUEST'), []);
  assert.deepEqual(of(run('The incumbent lost two counties, allowing his rival to take the lead.'), 'CONCEDE'), []);
  assert.deepEqual(of(run('The job is demanding and badly paid.'), 'REQUEST'), []);
  // A progressive with an object is still a demand.
  assert.equal(of(run('Protesters are demanding the release of the students.'), 'REQUEST').length >= 1 || of(run('Protesters are demanding the release of the students.'), 'PROTEST').length >= 1, true);
});

test('"a proposal to ban", "whether to deport" are flagged hypothetical', () => {
  const [ban] = run('Voters backed a proposal to ban the sale of fireworks.').filter((e) => e.source === 'events/coerce/ban');
  assert.equal(ban?.hypothetical, true);
});

test('"should support", "instead of attacking" are flagged hypothetical; "his rally" is a campaign event', () => {
  const [should] = of(run('The delegates should support the winner of the popular vote.'), 'SUPPORT');
  assert.equal(should?.hypothetical, true);
  const [instead] = run('Instead of attacking the rebels, the army withdrew to its barracks.').filter((e) => e.source === 'events/assault/attack');
  assert.equal(instead?.hypothetical, true);
  assert.deepEqual(of(run('After his rally in Austin, the governor flew home.'), 'PROTEST'), []);
});

test('"the battle against a rival", "turned her fire on", "insisted he had" are not violence or demands', () => {
  assert.deepEqual(of(run('The battle against her rival for the nomination continues to distract the campaign.'), 'ASSAULT'), []);
  assert.deepEqual(of(run('The senator turned her fire on the governor in a speech on Monday.'), 'ASSAULT'), []);
  assert.equal(of(run('A man opened fire on shoppers at a mall on Sunday.'), 'ASSAULT').length, 1);
  assert.deepEqual(of(run('The candidate insisted he had a great relationship with farmers.'), 'REQUEST'), []);
});

test('a threat of a named act ("threats of airstrikes") stays a threat', () => {
  assert.equal(of(run('The president renewed threats of airstrikes against the militia on Monday.'), 'THREATEN').length, 1);
  assert.equal(of(run('Washington followed through on its threat of sanctions.'), 'THREATEN').length, 1);
});

/** Runs the events component with hand-made PER entities. */
const runWithPersons = (text: string, persons: string[]) => run(text, persons, 'PER');

test('a verbal attack on a person is criticism (ACCUSE 111); a physical one stays an assault', () => {
  const verbal = runWithPersons('The governor attacked Maria Lopez over her record on schools in a televised speech.', ['Maria Lopez']);
  assert.deepEqual(verbal.map((e) => [e.plover.type, e.cameo, e.source]), [['ACCUSE', '111', 'events/accuse/verbal-attack']]);
  assert.equal(verbal[0]!.acled, undefined);
  const nominal = runWithPersons("The senator's attacks on Paul Okoro dominated the campaign debate.", ['Paul Okoro']);
  assert.ok(nominal.some((e) => e.source === 'events/accuse/verbal-attack'), JSON.stringify(sources(nominal)));
  // Physical violence in the sentence, or no political/spoken context: still an assault.
  const physical = runWithPersons('Two men attacked Maria Lopez outside her home over a debt, police said.', ['Maria Lopez']);
  assert.equal(physical.find((e) => e.plover.type === 'ASSAULT')?.cameo, '190');
  const place = runWithPersons('The attacks on the market over the weekend shocked residents.', []);
  assert.ok(place.every((e) => e.source !== 'events/accuse/verbal-attack'));
});

test('a trigger modifying "debt" or "program" names a thing ("student loan debt", "grant program")', () => {
  assert.deepEqual(of(run('Both candidates talked about rising student loan debt at the forum.'), 'AID'), []);
  assert.deepEqual(of(run('The state expanded its research grant program this spring.'), 'AID'), []);
  assert.equal(of(run('The bank approved a loan to the struggling airline.'), 'AID').length, 1);
});

test('"The video, released in May," is publication; a rally someone speaks at is a campaign event', () => {
  assert.deepEqual(of(run('The video, released in May, shows the group training in the desert.'), 'CONCEDE'), []);
  assert.deepEqual(of(run('"We will win this state," the governor said at a rally in Tulsa on Friday.'), 'PROTEST'), []);
  assert.equal(of(run('Nurses held a rally outside the hospital to protest against staff cuts.'), 'PROTEST').length >= 1, true);
});

test('"pressed for specifics" asks for details, "pressed for a ceasefire" is a demand', () => {
  assert.deepEqual(of(run('Pressed for specifics, the spokesman could not name a single case.'), 'REQUEST'), []);
  assert.equal(of(run('The envoy pressed for a ceasefire in the north.'), 'REQUEST').length, 1);
});

test('quote marks around "attacked" do not hide a verbal attack on a named person', () => {
  const text = 'Her spokesman denied that the mayor had ever "attacked" Jane Doe over her remarks.';
  const events = run(text, ['Jane Doe'], 'PER');
  assert.deepEqual(of(events, 'ASSAULT'), []);
  assert.equal(events.find((e) => e.source === 'events/accuse/verbal-attack')?.plover.type, 'ACCUSE');
});

test('offering a view and reinforcing an idea are not events; offers to act and troop reinforcements are', () => {
  assert.deepEqual(of(run('The results offer a window into the mood of voters.'), 'AGREE'), []);
  assert.deepEqual(of(run('The senator offered a spirited defense of the bill.'), 'AGREE'), []);
  assert.equal(of(run('The rebels offered to release the hostages.'), 'AGREE').length, 1);
  assert.deepEqual(of(run('The debate reinforced perceptions of the governor as weak.'), 'MOBILIZE'), []);
  assert.equal(of(run('The army reinforced its positions near the river.'), 'MOBILIZE').length, 1);
});
