/**
 * npm run bench:workers: `annotate --workers N` throughput on PolNeAR articles
 * (plain text, the annotate contract), for N = 1 (this thread, no pool) and
 * N = 1..cores worker threads. Output lines are checked to match the
 * sequential run byte for byte. Reports articles/s wall and the speed-up.
 */
import { availableParallelism } from 'node:os';
import { PassThrough } from 'node:stream';
import { runAnnotate } from '../src/cli/annotate.js';
import { createDefaultPipeline } from '../src/pipeline/default.js';
import { polnearFiles, readPolnearArticle } from './polnear-articles.js';

function inputLines(limit: number): string[] {
  const lines: string[] = [];
  for (const split of ['dev', 'train'] as const) {
    for (const f of polnearFiles(split)) {
      if (lines.length >= limit) return lines;
      const { id, published, text } = readPolnearArticle(split, f);
      lines.push(JSON.stringify({ id, published, text }));
    }
  }
  return lines;
}

async function annotateAll(lines: string[], workers: number): Promise<{ secs: number; output: string }> {
  const input = new PassThrough();
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on('data', (c: Buffer) => chunks.push(c.toString()));
  const t0 = performance.now();
  const done = runAnnotate(input, output, createDefaultPipeline(), { workers });
  input.end(lines.join('\n') + '\n');
  await done;
  return { secs: (performance.now() - t0) / 1000, output: chunks.join('') };
}

function differingLines(a: string, b: string): number {
  const x = a.split('\n');
  const y = b.split('\n');
  let n = Math.abs(x.length - y.length);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) n++;
  return n;
}

async function main(): Promise<void> {
  const lines = inputLines(Number(process.env.ARTICLES ?? 300));
  const cores = availableParallelism();
  console.log(`annotate --workers: ${lines.length} PolNeAR articles, ${cores} cores (times include loading models in each worker)`);
  await annotateAll(lines.slice(0, 10), 1); // warm this thread's pipeline
  const base = await annotateAll(lines, 1);
  console.log(`  sequential      ${(lines.length / base.secs).toFixed(1)} articles/s (${base.secs.toFixed(1)} s)`);
  for (let n = 2; n <= Math.max(2, cores); n++) {
    const run = await annotateAll(lines, n);
    const same = run.output === base.output ? 'output identical' : `OUTPUT DIFFERS on ${differingLines(base.output, run.output)} lines`;
    console.log(`  ${n} workers       ${(lines.length / run.secs).toFixed(1)} articles/s (${run.secs.toFixed(1)} s), ${(base.secs / run.secs).toFixed(2)}x, ${same}`);
  }
}

await main();
