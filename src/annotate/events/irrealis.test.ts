import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity, Event } from '../../model/layers.js';
import { layeredDoc } from './doc-fixtures.js';
import { eventsComponent } from './component.js';

/** Runs the events component on one text with hand-made PER entities. */
function run(text: string, persons: string[] = []): Event[] {
  const entities: Entity[] = persons.map((mention) => {
    const start = text.indexOf(mention);
    return { type: 'PER', start, end: start + mention.length, text: mention };
  });
  const doc = layeredDoc('t', text, '2024-05-02', { entities });
  eventsComponent.run(doc);
  return [...doc.get('events')];
}

/** The event whose trigger is `word`. */
function at(events: Event[], text: string, word: string): Event | undefined {
  const start = text.indexOf(word);
  return events.find((e) => e.start === start);
}

test('a wish ("want ... to", "hopes to") makes the act hypothetical; "I want to thank" is done', () => {
  const text = 'Most voters want the council to hold hearings on the budget.';
  assert.equal(at(run(text), text, 'hearings')?.hypothetical, true);
  const done = 'The council held hearings on the budget last week.';
  assert.equal(at(run(done), done, 'hearings')?.hypothetical, undefined);
  const thanks = '"I want to commend the mayor for her work," the governor said.';
  const commend = at(run(thanks, ['the mayor']), thanks, 'commend');
  assert.equal(commend?.plover.type, 'SUPPORT');
  assert.equal(commend?.hypothetical, undefined);
});

test('proposals and opposition to an act ("proposed giving", "opposition to granting") are hypothetical', () => {
  const proposed = 'The senator proposed sending aid to the farmers.';
  const sending = at(run(proposed), proposed, 'sending');
  assert.ok(sending);
  assert.equal(sending.hypothetical, true);
  const sent = 'The senator sent aid to the farmers.';
  assert.equal(at(run(sent), sent, 'sent')?.hypothetical, undefined);
  const opposed = 'The mayor criticised the board for its opposition to granting the union a hearing.';
  assert.equal(at(run(opposed), opposed, 'hearing')?.hypothetical, true);
});

test('a generic "it is easy to criticise" is hypothetical; "stopped short of" negates', () => {
  const easy = 'It is easy to criticize the length of the election season.';
  assert.equal(at(run(easy), easy, 'criticize')?.hypothetical, true);
  const short = 'The minister stopped short of committing to new elections.';
  assert.equal(at(run(short), short, 'committing')?.negated, true);
});

test('"vowed/promised to" and a yes/no question flag the act', () => {
  const vowed = 'The governor vowed to visit the flooded towns.';
  const visit = at(run(vowed), vowed, 'visit');
  assert.ok(visit, 'the vowed visit is still proposed');
  assert.equal(visit.future, true);
  assert.equal(visit.plover.type, 'AGREE');
  const question = 'Did the police arrest the protesters in the square?';
  const arrest = at(run(question), question, 'arrest');
  assert.ok(arrest, 'the arrest is still proposed');
  assert.equal(arrest.hypothetical, true);
  assert.equal(arrest.acled, undefined);
  const statement = 'The police arrested the protesters in the square.';
  assert.equal(at(run(statement), statement, 'arrested')?.hypothetical, undefined);
});

test('asking questions is not a request; asking someone to act is', () => {
  assert.deepEqual(run('The firm asked applicants a series of questions about their goals.').filter((e) => e.plover.type === 'REQUEST'), []);
  assert.deepEqual(run('When asked by reporters about the budget, the mayor smiled.').filter((e) => e.plover.type === 'REQUEST'), []);
  assert.equal(run('The state asked a federal judge to block the new rules.').filter((e) => e.plover.type === 'REQUEST').length, 1);
});

test('agreement polled is an opinion; agreeing to a deal is an act', () => {
  assert.deepEqual(run('In the survey, 41% strongly agree the city needs more buses.').filter((e) => e.plover.type === 'AGREE'), []);
  assert.equal(run('A majority of the unions agreed to the new wage deal.').filter((e) => e.plover.type === 'AGREE').length, 1);
});

test('"must be" + -ing is a guess, not a demand', () => {
  assert.deepEqual(run('Party leaders must be worrying about the polls this week.').filter((e) => e.plover.type === 'REQUEST'), []);
});

test('political attacks made by a person are criticism, not assaults', () => {
  const text = 'Democrats say the senator\'s attacks have damaged the campaign, and the partisan attacks continue.';
  const events = run(text, ['the senator']);
  assert.deepEqual(events.filter((e) => e.plover.type === 'ASSAULT'), []);
  const under = 'The candidate came under attack over his remarks on trade.';
  assert.equal(at(run(under, ['The candidate']), under, 'attack')?.plover.type, 'ACCUSE');
  const from = 'The governor faced attacks from Republicans during the debate.';
  assert.equal(at(run(from, ['The governor']), from, 'attacks')?.plover.type, 'ACCUSE');
  const curly = 'What do voters think of the governor’s attack on the mayor?';
  assert.equal(at(run(curly, ['the governor']), curly, 'attack')?.plover.type, 'ACCUSE');
  // Violence keeps an attack an assault.
  const violent = 'His attacks on the village killed four people, the police said.';
  assert.ok(run(violent).some((e) => e.plover.type === 'ASSAULT'));
});

test('"the possibility of another attack" and "in order to recruit" are not done acts', () => {
  const possible = 'Residents worry about the possibility of another attack on the market.';
  const attack = at(run(possible), possible, 'attack');
  assert.ok(!attack || attack.hypothetical === true);
  const purpose = 'The group posts videos online in order to recruit young fighters.';
  const recruit = at(run(purpose), purpose, 'recruit');
  assert.ok(recruit, 'the recruitment is still proposed');
  assert.equal(recruit.hypothetical, true);
  assert.equal(recruit.acled, undefined);
  const done = 'The group recruited young fighters in the border towns.';
  assert.equal(at(run(done), done, 'recruited')?.hypothetical, undefined);
});

test('asking someone "if/whether" or a reported question is not a request; "nothing short of" does not negate', () => {
  const requests = (text: string) => run(text).filter((e) => e.plover.type === 'REQUEST');
  assert.deepEqual(requests('The host asked the senator if he would deport all of them.'), []);
  assert.deepEqual(requests('When asked by a reporter whether this differed, he said no.'), []);
  assert.deepEqual(requests('“Who will pay for it?” the mayor asked.'), []);
  assert.equal(requests('The mayor asked the council to approve the budget.').length, 1);
  const emphasis = 'Committee staff called it nothing short of an attack on the village.';
  assert.equal(at(run(emphasis), emphasis, 'attack')?.negated, undefined);
});

test('"targeted" a named person in a political sentence is criticism; targeting a village with shells is not', () => {
  const words = 'In a speech on Monday, the senator targeted Jane Doe over her record on taxes.';
  assert.equal(at(run(words, ['Jane Doe']), words, 'targeted')?.plover.type, 'ACCUSE');
  const shells = 'Government forces targeted the village with shells on Monday.';
  assert.equal(at(run(shells), shells, 'targeted')?.plover.type, 'ASSAULT');
});
