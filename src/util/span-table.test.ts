import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EntryTable, sameRange } from './span-table.js';

test('span-table: finds entries by a range of a text, as a Map by string would, across growth and clearing', () => {
  const table = new EntryTable<{ word: string; n: number }>(16);
  const reference = new Map<string, { word: string; n: number }>();
  const text = 'The mayor of Riverton, Ines Valdarno, said on Tuesday that the bridge (the old one) would close. ';
  // Every substring up to 12 code units long, many times over: enough keys to grow the table from 16 slots several times, with repeats.
  let n = 0;
  for (let start = 0; start < text.length; start++) {
    for (let end = start; end <= Math.min(text.length, start + 12); end++) {
      const word = text.slice(start, end);
      const found = table.getRange(text, start, end);
      assert.equal(found, reference.get(word), `${JSON.stringify(word)}`);
      if (!found) {
        const e = { word, n: n++ };
        table.add(e);
        reference.set(word, e);
      }
    }
  }
  assert.equal(table.size, reference.size);
  assert.ok(table.size > 500, `${table.size}`);
  for (const [word, e] of reference) assert.equal(table.get(word), e);
  assert.equal(table.get('Valdarnos'), undefined);
  assert.equal(table.get('𝐀'), undefined);
  table.clear();
  assert.equal(table.size, 0);
  assert.equal(table.get('Riverton'), undefined);
  table.add({ word: '', n: -1 });
  assert.equal(table.getRange(text, 3, 3)?.n, -1);
});

test('sameRange: whether the text holds the word at a position, as startsWith', () => {
  const text = 'Troops left Basra on Friday.';
  for (const [word, at] of [['Basra', 12], ['Basr', 12], ['Basra', 11], ['Friday.', 21], ['Friday.!', 21], ['', 5]] as const) {
    assert.equal(sameRange(word, text, at, at + word.length), text.startsWith(word, at), `${word}@${at}`);
  }
  assert.equal(sameRange('Basra', text, 12, 17), true);
  assert.equal(sameRange('basra', text, 12, 17), false);
  assert.equal(sameRange('Basra', text, 12, 16), false);
});
