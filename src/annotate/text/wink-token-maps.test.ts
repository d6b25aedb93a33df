import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenMappers, type DocRecord } from './wink-internals.js';
import { tokenMaps, type MapperCache } from './wink-token-maps.js';
import { readWinkDoc } from './wink.js';

const texts = [
  "The governor can't attend, aides said. She won't comment; they'd left.",
  'Zorvakia and Mbelundi met Qxtrel in Vantorra-Kell. Dr. Plimsor said: "Gorbanza!" Colour and color, organise.',
  'Rebels seize Vantorra-Kell\n\nGen. Okafor told reporters on Jan. 5 that the U.S. convoy "won\'t move".',
];
const cache = readWinkDoc(texts.join(' ')).cache as unknown as MapperCache & { intrinsicSize(): number };
const size = cache.intrinsicSize();
const maps = tokenMaps(cache, size);

/** A record of `lexemes` as plain tokens (no spaces, no POS yet). */
const recordOf = (lexemes: number[]): DocRecord => ({
  cache,
  tokens: lexemes.flatMap((l) => [l, 0, 0, 0]),
  sentences: [],
  nonBreakingSpaces: {},
  numOfTokens: lexemes.length,
});

test('wink token maps: normals and default POS as wink\'s mappers give them for every model word', () => {
  const record = recordOf([...Array(size).keys()]);
  assert.deepEqual(maps.normals(record), tokenMappers.mapRawTokens2UIdOfNormal(record));
  assert.deepEqual(maps.defaultPos(record), tokenMappers.mapRawTokens2UIdOfDefaultPOS(record));
});

test('wink token maps: as wink\'s on documents with contractions and added words, before and after POS is set', () => {
  const all = readWinkDoc(texts.join('\n')).tokens;
  assert.ok(all.some((v, i) => i % 4 === 0 && v >= size), 'added words');
  assert.ok(all.some((v, i) => i % 4 === 1 && v > 0xffff), 'contraction parts');
  for (const text of texts) {
    const data = readWinkDoc(text);
    // As read (POS set), and as the reader maps them (POS only on contraction parts).
    const unset = data.tokens.map((v, i) => (i % 4 === 2 && data.tokens[i - 1]! <= 0xffff ? 0 : v));
    for (const tokens of [data.tokens, unset]) {
      const record: DocRecord = { cache, tokens, sentences: [], nonBreakingSpaces: {}, numOfTokens: data.numOfTokens };
      assert.deepEqual(maps.normals(record), tokenMappers.mapRawTokens2UIdOfNormal(record), text);
      assert.deepEqual(maps.defaultPos(record), tokenMappers.mapRawTokens2UIdOfDefaultPOS(record), text);
    }
  }
});
