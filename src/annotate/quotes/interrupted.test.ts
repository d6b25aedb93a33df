import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runQuotes } from './fixtures.js';
import { quoteParts } from './parts.js';

// Own fixtures: quotations broken by their attribution, and look-alikes that must stay two quotes.
const OKAFOR = { text: 'Ngozi Okafor', type: 'PER' as const, role: 'Interior Minister' };
const OKAFOR_SURNAME = { text: 'Okafor', type: 'PER' as const, name: 'Ngozi Okafor' };

function quotesOf(text: string) {
  const doc = runQuotes(text, [OKAFOR, OKAFOR_SURNAME]);
  return { doc, quotes: doc.get('quotes') };
}

test('"A," the minister said, "B." is one quote whose text is both parts', () => {
  const text = 'Interior Minister Ngozi Okafor visited the port on Monday.\n\n"The curfew will stay," the minister said, "until the roads are safe again."';
  const { doc, quotes } = quotesOf(text);
  assert.equal(quotes.length, 1, JSON.stringify(quotes.map((q) => q.text)));
  const q = quotes[0]!;
  assert.equal(q.text, 'The curfew will stay until the roads are safe again.');
  assert.equal(q.source, 'quotes/direct-interrupted');
  assert.equal(q.direct, true);
  assert.equal(doc.text.slice(q.cue!.start, q.cue!.end), 'said');
  assert.equal(q.speaker?.text, 'the minister');
  assert.equal(q.speaker?.name, 'Ngozi Okafor');
  // The span runs from the first part's first word to the second part's end, attribution included.
  assert.equal(doc.text.slice(q.start, q.end), 'The curfew will stay," the minister said, "until the roads are safe again.');
  assert.deepEqual(
    quoteParts(doc, q).map((p) => doc.text.slice(p.start, p.end)),
    ['The curfew will stay', 'until the roads are safe again.'],
  );
  // The record carries its parts, so a stored quote keeps them.
  assert.deepEqual(q.parts, quoteParts(doc, q));
  const withoutParts = { ...q, parts: undefined };
  assert.deepEqual(quoteParts(doc, withoutParts), q.parts, 'a record without parts finds them again from the quotation marks');
});

test('told with a hearer, and inverted "said Okafor"', () => {
  const { quotes } = quotesOf(
    '"We have found the trucks," Okafor told reporters, "and the drivers are safe."\n\n"Nobody was hurt," said Okafor, "but the cargo is gone."',
  );
  assert.deepEqual(
    quotes.map((q) => [q.text, q.speaker?.name, q.source]),
    [
      ['We have found the trucks and the drivers are safe.', 'Ngozi Okafor', 'quotes/direct-interrupted'],
      ['Nobody was hurt but the cargo is gone.', 'Ngozi Okafor', 'quotes/direct-interrupted'],
    ],
  );
});

test('added: a pronoun speaker after the first part', () => {
  const text = 'Ngozi Okafor spoke in the capital.\n\n"Patrols will double," she added, "starting on Friday night."';
  const { quotes } = quotesOf(text);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.text, 'Patrols will double starting on Friday night.');
  assert.equal(quotes[0]!.speaker?.text, 'she');
  assert.equal(quotes[0]!.speaker?.name, 'Ngozi Okafor');
});

test('a question with curly quotes: the one-word first part is kept with the rest', () => {
  // Alone, “Why” would be dropped as a capitalised title; merged, it is speech.
  const { quotes } = quotesOf('“Why,” Okafor asked, “would anyone stay in the city tonight?”');
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.text, 'Why would anyone stay in the city tonight?');
  assert.equal(quotes[0]!.speaker?.name, 'Ngozi Okafor');
});

test('a new sentence after the attribution stays a second quote', () => {
  const { quotes } = quotesOf('"The curfew will stay," Okafor said. "The roads are still not safe."');
  assert.deepEqual(quotes.map((q) => q.text), ['The curfew will stay', 'The roads are still not safe.']);
  assert.equal(quotes[1]!.cue, null);
  assert.equal(quotes[1]!.speaker?.name, 'Ngozi Okafor');
  assert.ok(quotes.every((q) => q.source !== 'quotes/direct-interrupted'));
});

test('a second part with a cue and speaker of its own stays separate', () => {
  const text = 'Ngozi Okafor met the mayor, Ali Musa.\n\n"The curfew will stay," Okafor said, "until Friday," Musa added.';
  const doc = runQuotes(text, [OKAFOR, OKAFOR_SURNAME, { text: 'Ali Musa', type: 'PER' }, { text: 'Musa', type: 'PER', name: 'Ali Musa' }]);
  const quotes = doc.get('quotes');
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker?.name]), [
    ['The curfew will stay', 'Ngozi Okafor'],
    ['until Friday', 'Ali Musa'],
  ]);
});

test('two quotations after one head cue are not an interruption', () => {
  const { quotes } = quotesOf('Okafor said the plan was "fully funded" and the police were "ready for anything that comes".');
  assert.ok(quotes.every((q) => q.source !== 'quotes/direct-interrupted'), JSON.stringify(quotes));
});

test('quoteParts of an ordinary quote is its own span', () => {
  const { doc, quotes } = quotesOf('"The curfew will stay in place for now," Okafor said.');
  assert.deepEqual(quoteParts(doc, quotes[0]!), [{ start: quotes[0]!.start, end: quotes[0]!.end }]);
});

test('a first part introduced by a cue of its own is not the start of an interrupted quote', () => {
  const text = 'When a man in the crowd asked, "Okafor," the minister replied, "Thank you all for coming tonight."';
  const { quotes } = quotesOf(text);
  assert.ok(quotes.every((q) => q.source !== 'quotes/direct-interrupted'), JSON.stringify(quotes.map((q) => [q.text, q.source])));
});

test('a name after a quotation ending in "?" is its attribution tail, so the question merges', () => {
  // The tagger starts a sentence at "Ngozi"; the name and a cue closing the clause keep it with the quote.
  const { quotes } = quotesOf('“Is anyone still out there?” Ngozi Okafor asked, “or have they all gone home?”');
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker?.name, q.source]), [
    ['Is anyone still out there? or have they all gone home?', 'Ngozi Okafor', 'quotes/direct-interrupted'],
  ]);
});

test('a name and a cue that reports its own clause start a new unit', () => {
  const { quotes } = quotesOf('"Is anyone still out there in the hills?" Okafor said the search would go on.');
  const indirect = quotes.find((q) => !q.direct);
  assert.equal(indirect?.text, 'the search would go on');
  assert.equal(indirect?.speaker?.name, 'Ngozi Okafor');
});
