import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Gazetteer, type GazetteerLists } from './gazetteer.js';

const lists: GazetteerLists = {
  country: ['United States', 'United Arab Emirates', 'Chad'],
  demonym: [],
  city: ['New York', 'New York City', 'York'],
  first: [],
  last: [],
  org: ['The Hague Group'],
  place: ['The Hague'],
};
const gazetteer = new Gazetteer(lists);

/** The labels per piece, as "piece:label,label". */
const labelled = (pieces: string[], words?: boolean) =>
  gazetteer
    .match(
      pieces,
      words ? pieces.map((p) => gazetteer.word(p)) : undefined,
    )
    .map((labels, i) => `${pieces[i]}:${labels.join(',')}`);

test('gazetteer: the longest entry starting at each piece labels its pieces B/I, a one-word entry U', () => {
  const pieces = ['in', 'new', 'york', 'city', 'and', 'chad'];
  assert.deepEqual(labelled(pieces), ['in:', 'new:city:B', 'york:city:I,city:U', 'city:city:I', 'and:', 'chad:country:U']);
  // Each piece's own record given (the run time's cached word facts): the same labels.
  assert.deepEqual(labelled(pieces, true), labelled(pieces));
});

test('gazetteer: matching stops where no entry continues, and a prefix alone is no entry', () => {
  assert.deepEqual(labelled(['united', 'arab', 'league']), ['united:', 'arab:', 'league:']);
  assert.deepEqual(labelled(['the', 'hague', 'group', 'met']), ['the:org:B', 'hague:org:I', 'group:org:I', 'met:']);
  assert.deepEqual(labelled(['the', 'hague', 'said']), ['the:place:B', 'hague:place:I', 'said:']);
});

test('gazetteer: a piece holding a space still joins the words of a longer entry, as the joined phrase would', () => {
  assert.deepEqual(labelled(['new', 'york city']), ['new:city:B', 'york city:city:I']);
  assert.deepEqual(labelled(['united', 'arab emirates'], true), ['united:country:B', 'arab emirates:country:I']);
});
