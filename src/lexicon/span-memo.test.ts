import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SpanMemo } from './span-memo.js';

test('SpanMemo answers fn of the span, calling fn once per spelling', () => {
  const calls: string[] = [];
  const memo = new SpanMemo((s: string) => {
    calls.push(s);
    return s === 'Iraqi' ? { country: 'IQ' } : undefined;
  }, 4);
  const text = 'Iraqi and Iraqi, not Iraq or Iraqis.';
  assert.deepEqual(memo.get(text, 0, 5), { country: 'IQ' });
  assert.equal(memo.get(text, 10, 15), memo.get(text, 0, 5));
  assert.equal(memo.get(text, 21, 25), undefined);
  assert.equal(memo.get(text, 29, 35), undefined);
  assert.equal(memo.get(text, 21, 25), undefined);
  assert.deepEqual(calls, ['Iraqi', 'Iraq', 'Iraqis']);
});

test('SpanMemo starts again when half full and still answers right', () => {
  let calls = 0;
  const memo = new SpanMemo((s: string) => {
    calls++;
    return s.toUpperCase();
  }, 3);
  const words = ['a', 'bb', 'ccc', 'dd', 'e', 'ff', 'ggg', 'a', 'bb'];
  const text = words.join(' ');
  let at = 0;
  for (const w of words) {
    assert.equal(memo.get(text, at, at + w.length), w.toUpperCase());
    at += w.length + 1;
  }
  // Four slots of eight at most: 'a' and 'bb' were forgotten when the table started again.
  assert.equal(calls, 9);
});
