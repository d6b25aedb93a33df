import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitAnyWords, splitAsciiWords } from './link.js';

test('link: the ASCII word splitter gives what the general one gives on ASCII mentions', () => {
  const mentions = [
    'Ines Valdarno',
    "Valdarno's",
    "VALDARNO'S",
    "Port Workers' Union",
    '  Tomas   al-Rashid ',
    'Mr.\tJean-Luc\nMarchetti',
    "s",
    "'s",
    "x's",
    'U.S.',
    '',
    ' ',
    "O'Neill's  ",
    'A\u000bB\fC\rD',
  ];
  for (const m of mentions) assert.deepEqual(splitAsciiWords(m), splitAnyWords(m), JSON.stringify(m));
  assert.deepEqual(splitAsciiWords("Valdarno's"), ['valdarno']);
});
