import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readWinkDoc, winkInstance } from './wink.js';
import { checkDocData } from './wink-doc-data.js';
import { docDataReading, publicApiReading } from './wink-test-views.js';

// Contractions (expanded into several tokens), non-breaking and runs of
// spaces, tabs, blank lines, a line break after a non-breaking space, an
// abbreviation, an emoji and a number.
const fixtures = [
  "The governor can't attend, aides said.\u00a0She won't   comment.\n\nTalks resume\ton Friday \u00a0\nin Dr. Okafor's office 🙂 at 3pm.",
  "Police said they'd found 12 bodies. \u2009Officials didn't confirm it.",
  'One line only',
  '',
];

const viaPublicApi = (text: string) => publicApiReading(winkInstance(), text);

/** The document record's reading, with the space lengths and line breaks the view also gives. */
function viaDocData(text: string) {
  const { view, indexes, ...reading } = docDataReading(text);
  return {
    ...reading,
    spaceLengths: indexes.map((i) => view.precedingSpaceLength(i)),
    lineBreaks: indexes.map((i) => view.precededByLineBreak(i)),
    valueLengths: indexes.map((i) => view.valueLength(i)),
    printableStarts: indexes.map((i) => view.startsPrintable(i)),
  };
}

test('wink doc data: tokens, spaces, POS and sentence ends equal those of the public API', () => {
  for (const text of fixtures) {
    const expected = viaPublicApi(text);
    const got = viaDocData(text);
    assert.deepEqual(got.values, expected.values, text);
    assert.deepEqual(got.spaces, expected.spaces, text);
    assert.deepEqual(got.tags, expected.tags, text);
    assert.deepEqual(got.sentenceEnds, expected.sentenceEnds.filter((i) => i >= 0), text);
    assert.deepEqual(got.spaceLengths, expected.spaces.map((s) => s.length), text);
    assert.deepEqual(got.lineBreaks, expected.spaces.map((s) => s.includes('\n')), text);
    assert.deepEqual(got.valueLengths, expected.values.map((v) => v.length), text);
    assert.deepEqual(got.printableStarts, expected.values.map((v) => v.charCodeAt(0) > 32 && v.charCodeAt(0) < 127), text);
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
  assert.throws(() => checkDocData({ ...good, valueShapes: [1] }), /valueShapes has 1 numbers/);
});
