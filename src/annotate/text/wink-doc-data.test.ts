import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readWinkDoc, winkInstance } from './wink.js';
import { checkDocData, WinkTokenView } from './wink-doc-data.js';

// Contractions (expanded into several tokens), non-breaking and runs of
// spaces, tabs, blank lines, a line break after a non-breaking space, an
// abbreviation, an emoji and a number.
const fixtures = [
  "The governor can't attend, aides said.\u00a0She won't   comment.\n\nTalks resume\ton Friday \u00a0\nin Dr. Okafor's office 🙂 at 3pm.",
  "Police said they'd found 12 bodies. \u2009Officials didn't confirm it.",
  'One line only',
  '',
];

function viaPublicApi(text: string) {
  const nlp = winkInstance();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  return {
    values: doc.tokens().out(its.value) as string[],
    spaces: doc.tokens().out(its.precedingSpaces) as string[],
    tags: doc.tokens().out(its.pos) as string[],
    sentenceLastTokens: (doc.sentences().out(its.span) as unknown as [number, number][]).map((s) => s[1]),
  };
}

function viaDocData(text: string) {
  const view = new WinkTokenView(readWinkDoc(text));
  const indexes = [...Array(view.count).keys()];
  const ends = view.sentenceEnds();
  return {
    values: indexes.map((i) => view.value(i)),
    spaces: indexes.map((i) => view.precedingSpaces(i)),
    tags: indexes.map((i) => view.pos(i)),
    sentenceLastTokens: indexes.filter((i) => ends[i] === 1),
    spaceLengths: indexes.map((i) => view.precedingSpaceLength(i)),
    lineBreaks: indexes.map((i) => view.precededByLineBreak(i)),
  };
}

test('wink doc data: tokens, spaces, POS and sentence ends equal those of the public API', () => {
  for (const text of fixtures) {
    const expected = viaPublicApi(text);
    const got = viaDocData(text);
    assert.deepEqual(got.values, expected.values, text);
    assert.deepEqual(got.spaces, expected.spaces, text);
    assert.deepEqual(got.tags, expected.tags, text);
    assert.deepEqual(got.sentenceLastTokens, expected.sentenceLastTokens.filter((i) => i >= 0), text);
    assert.deepEqual(got.spaceLengths, expected.spaces.map((s) => s.length), text);
    assert.deepEqual(got.lineBreaks, expected.spaces.map((s) => s.includes('\n')), text);
  }
});

test('wink doc data: the fixtures exercise contractions and stored non-breaking spaces', () => {
  const { values, spaces } = viaPublicApi(fixtures[0]!);
  assert.ok(values.includes("n't"), values.join('|'));
  assert.ok(spaces.some((s) => s.includes('\u00a0')), 'a non-breaking space is kept as a string');
  assert.ok(spaces.includes('   '), 'a run of plain spaces is kept by count');
});

test('wink doc data: a record of another shape is refused with a clear error', () => {
  const good = readWinkDoc('A short text.');
  assert.equal(checkDocData(good), good);
  assert.throws(() => checkDocData(undefined), /not as expected \(no document record\)/);
  assert.throws(() => checkDocData({ ...good, tokens: good.tokens.slice(1) }), /expected 4 each/);
  assert.throws(() => checkDocData({ ...good, sentences: [[0]] }), /sentence is not/);
  assert.throws(() => checkDocData({ ...good, cache: {} }), /cache\.value/);
  assert.throws(() => checkDocData({ ...good, nonBreakingSpaces: undefined }), /nonBreakingSpaces/);
});
