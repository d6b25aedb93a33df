import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { mapInOrder } from './ordered.js';

test('mapInOrder: yields in input order even when later calls finish first', async () => {
  const delays = [30, 1, 20, 2, 10, 0];
  const out: number[] = [];
  for await (const s of mapInOrder(delays, async (ms) => (await sleep(ms), ms), 4)) {
    assert.ok(s.ok);
    out.push(s.value);
  }
  assert.deepEqual(out, delays);
});

test('mapInOrder: never has more than `window` calls in flight', async () => {
  let inFlight = 0;
  let most = 0;
  const fn = async (n: number): Promise<number> => {
    inFlight++;
    most = Math.max(most, inFlight);
    await sleep(n % 3);
    inFlight--;
    return n;
  };
  const seen: number[] = [];
  for await (const s of mapInOrder(Array.from({ length: 20 }, (_, i) => i), fn, 3)) if (s.ok) seen.push(s.value);
  assert.equal(seen.length, 20);
  assert.ok(most <= 3, `most in flight ${most}`);
});

test('mapInOrder: a failed call is reported in its place and the rest go on', async () => {
  const out: string[] = [];
  const fn = async (s: string): Promise<string> => {
    if (s === 'bad') throw new Error('broken page');
    return s.toUpperCase();
  };
  for await (const s of mapInOrder(['a', 'bad', 'c'], fn, 2)) out.push(s.ok ? s.value : `error: ${(s.error as Error).message}`);
  assert.deepEqual(out, ['A', 'error: broken page', 'C']);
});
