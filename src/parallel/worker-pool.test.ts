import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseWorkerCount, WorkerPool, workerScriptBeside } from './worker-pool.js';

const fixture = (): URL => workerScriptBeside('./fixtures/arith-worker', import.meta.url);

type Job = { double: number } | { throw: string } | { die: number };

test('WorkerPool: runs jobs on several workers and returns each job its own result', async () => {
  const pool = new WorkerPool<Job, number>(fixture(), 2);
  try {
    const results = await Promise.all([1, 2, 3, 4, 5, 6, 7].map((n) => pool.run({ double: n }, `n${n}`)));
    assert.deepEqual(results, [2, 4, 6, 8, 10, 12, 14]);
  } finally {
    await pool.close();
  }
});

test('WorkerPool: an error thrown in a job fails that job only', async () => {
  const pool = new WorkerPool<Job, number>(fixture(), 1);
  try {
    const [bad, good] = await Promise.allSettled([pool.run({ throw: 'no text in page' }, 'a.html'), pool.run({ double: 21 }, 'b.html')]);
    assert.equal(bad.status, 'rejected');
    assert.match(String((bad as PromiseRejectedResult).reason), /no text in page/);
    assert.deepEqual(good, { status: 'fulfilled', value: 42 });
  } finally {
    await pool.close();
  }
});

test('WorkerPool: a worker that dies fails its job with E050 naming the input, and is replaced', async () => {
  const pool = new WorkerPool<Job, number>(fixture(), 1);
  try {
    await assert.rejects(pool.run({ die: 7 }, 'archive.warc.gz#record-12'), /\[E050\].*archive\.warc\.gz#record-12.*exit code 7/);
    // The one worker slot now holds a fresh worker that takes new jobs.
    assert.equal(await pool.run({ double: 5 }, 'next'), 10);
  } finally {
    await pool.close();
  }
});

test('parseWorkerCount: numbers, auto, and clear errors', () => {
  assert.equal(parseWorkerCount(undefined, 8), 1);
  assert.equal(parseWorkerCount('3', 8), 3);
  assert.equal(parseWorkerCount('auto', 6), 6);
  assert.throws(() => parseWorkerCount('0', 4), /\[E051\].*"0"/);
  assert.throws(() => parseWorkerCount('two', 4), /\[E051\]/);
  assert.throws(() => parseWorkerCount('1.5', 4), /\[E051\]/);
});

test('WorkerPool: workers that cannot start fail every job with E052 and the reason, instead of restarting forever', async () => {
  const pool = new WorkerPool<Job, number>(fixture(), 2, 'fail-at-start');
  try {
    const results = await Promise.allSettled([pool.run({ double: 1 }, 'one.html'), pool.run({ double: 2 }, 'two.html')]);
    for (const r of results) {
      assert.equal(r.status, 'rejected');
      assert.match(String((r as PromiseRejectedResult).reason), /\[E052\].*(one|two)\.html.*model file missing/);
    }
    await assert.rejects(pool.run({ double: 3 }, 'three.html'), /\[E052\]/);
  } finally {
    await pool.close();
  }
});
