import { test } from 'node:test';
import assert from 'node:assert/strict';
import model from 'wink-eng-lite-web-model';
import { ChunkTokenizer, valueShape } from './wink-chunk-tokenizer.js';
import { compileTrex, docDataWrapper, winkTokenizer, type DocRecord } from './wink-internals.js';
import { readWinkDoc } from './wink.js';

// The shared instance's cache (lookups of model words only, remembering add), as the reader uses it.
const cache = readWinkDoc('').cache;
const core = (model.core as () => { trex: unknown; tcat: { hash: Record<string, number> }; preserve: unknown })();
const trex = compileTrex(core.trex);
const tokenizeWithWink = winkTokenizer(trex, core.tcat.hash, core.preserve);

const emptyRecord = (): DocRecord => ({ cache, tokens: [], sentences: [], nonBreakingSpaces: Object.create(null) as Record<number, string>, numOfTokens: 0 });

/** wink's tokens and stored spaces for `text`, and ours: compared twice (the second time from memory). */
function compare(chunks: ChunkTokenizer, text: string): number {
  const expected = emptyRecord();
  tokenizeWithWink(docDataWrapper(expected), text);
  for (let round = 0; round < 2; round++) {
    const got = emptyRecord();
    const shapes: number[] = [];
    chunks.tokenize(got, text, shapes);
    assert.deepEqual(got.tokens, expected.tokens, JSON.stringify(text));
    const values = expected.tokens.filter((_, k) => k % 4 === 0).map((lexeme) => cache.value(lexeme));
    assert.deepEqual(shapes, values.map(valueShape), JSON.stringify(text));
    assert.deepEqual({ ...got.nonBreakingSpaces }, { ...expected.nonBreakingSpaces }, JSON.stringify(text));
  }
  return expected.tokens.length / 4;
}

const newTokenizer = () => new ChunkTokenizer(tokenizeWithWink, trex.helpers.splitter!, docDataWrapper, cache);

test('wink chunk tokenizer: tokens and stored spaces as wink\'s tokenizer gives them', () => {
  const chunks = newTokenizer();
  const texts = [
    "The governor can't attend, aides said.\u00a0She won't   comment.\n\nTalks resume\ton Friday \u00a0\nin Dr. Okafor's office 🙂 at 3pm.",
    "Police said they'd found 12 bodies. \u2009Officials didn't confirm it.\u00a0\u00a0Can't\u00a0won't\u2009they'll.",
    'Rebels seize Vantorra-Kell\r\n\r\nGen. Okafor told reporters on Jan. 5 that the U.S.-made convoy "won\'t move" (yet).',
    'e-mail bob@example.com, visit https://example.com/a-b?c=d now; #tag @user $5.50 10:30pm 1st 1990s :) ...',
    `${' '.repeat(70000)}word after many spaces\t\ttabs`,
    '',
    '   ',
    '\u00a0',
  ];
  let count = 0;
  for (const text of texts) count += compare(chunks, text);
  assert.ok(count > 50, String(count));
});

test('wink chunk tokenizer: as wink\'s on random texts of words, punctuation, contractions and spaces', () => {
  const chunks = newTokenizer();
  const pieces = [
    'the', 'The', 'said', 'Trump', "Trump's", "can't", "won't", "they'd", 'U.S.', 'U.S', 'Mr.', 'Dr', 'Okafor', 'Vantorra', 'Kell',
    'well-known', 'anti-war', 'e.g.', 'a.m.', '3.5', '12', '1,000', '$5', '%', '"', "'", '(', ')', '.', ',', '...', '--', '—', '?', '!',
    ';', ':', '🙂', 'Жителі', 'über', 'naïve', 'x', 'I', "O'Neil", 'rock-n-roll', '#1', 'a/b', 'www.example.com',
  ];
  const spaces = [' ', ' ', ' ', '', '', '  ', '\n', '\n\n', '\t', '\u00a0', ' \u2009', '\r\n', '\u202f ', '\u2005\u00a0 ', '\t\n', '\u205f', ' \u200a\n '];
  let seed = 11;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  let count = 0;
  for (let n = 0; n < 1500; n++) {
    let text = '';
    for (let k = random(30); k > 0; k--) text += pieces[random(pieces.length)]! + spaces[random(spaces.length)]!;
    count += compare(chunks, text);
  }
  assert.ok(count > 10_000, String(count));
});

test('wink chunk tokenizer: refuses a model whose splitter differs from the one it relies on', () => {
  assert.throws(() => new ChunkTokenizer(tokenizeWithWink, /( +)/, docDataWrapper, cache), /splitter/);
});

test('wink chunk tokenizer: a value shape is its length twice, plus one when it starts with printable ASCII', () => {
  assert.equal(valueShape('said'), 9);
  assert.equal(valueShape('"'), 3);
  assert.equal(valueShape('\n\n'), 4);
  assert.equal(valueShape(' '), 2);
  assert.equal(valueShape('Жителі'), 12);
  assert.equal(valueShape('~'), 3);
  assert.equal(valueShape('\u007f'), 2);
  assert.equal(valueShape(''), 0);
});
