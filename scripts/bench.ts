/**
 * npm run bench: speed of the whole annotate pipeline on plain-text news
 * (articles/s, single process), then each component's own benchmark with its
 * peer measured in the same run (bench-extract: Readability.js over linkedom;
 * bench-ner: compromise). Absolute times on shared machines are noisy; the
 * ratios are the figures to report.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Doc } from '../src/model/doc.js';
import { createDefaultPipeline } from '../src/pipeline/default.js';
import type { Pipeline } from '../src/pipeline/pipeline.js';
import { timeGazetteer } from './gazetteer-timing.js';
import { loadPolnearArticles, type PolnearArticle } from './polnear-articles.js';
import { processCpuMs, threadCpuMs } from './thread-cpu.js';
import { repoPath } from '../src/paths.js';

interface Pass {
  docs: number;
  chars: number;
  wallMs: number;
  threadMs: number | undefined;
  processMs: number;
  perComponent: Map<string, number>;
}

/** One pass of the pipeline over `articles`, timing each component (the pipeline's own loop, spelled out). */
function runPass(pipeline: Pipeline, articles: readonly PolnearArticle[]): Pass {
  const perComponent = new Map<string, number>(pipeline.components.map((c) => [c.name, 0]));
  let chars = 0;
  const thread0 = threadCpuMs();
  const process0 = processCpuMs();
  const t0 = performance.now();
  for (const a of articles) {
    const doc = new Doc(a.id, a.text, { published: a.published });
    for (const c of pipeline.components) {
      const s = performance.now();
      c.run(doc);
      perComponent.set(c.name, perComponent.get(c.name)! + performance.now() - s);
    }
    chars += a.text.length;
  }
  const wallMs = performance.now() - t0;
  const thread1 = threadCpuMs();
  return {
    docs: articles.length,
    chars,
    wallMs,
    threadMs: thread0 === undefined || thread1 === undefined ? undefined : thread1 - thread0,
    processMs: processCpuMs() - process0,
    perComponent,
  };
}

const perSecond = (docs: number, ms: number | undefined) => (ms === undefined ? 'n/a' : (docs / (ms / 1000)).toFixed(1));

function report(label: string, p: Pass): void {
  console.log(
    `  ${label}: ${p.docs} articles (avg ${Math.round(p.chars / p.docs)} chars): ${perSecond(p.docs, p.wallMs)} articles/s wall, ` +
      `${perSecond(p.docs, p.threadMs)} per CPU-second of the main thread, ${perSecond(p.docs, p.processMs)} per CPU-second of the process`,
  );
  console.log(`    per article: ${[...p.perComponent].map(([name, ms]) => `${name} ${(ms / p.docs).toFixed(2)} ms`).join(', ')}`);
}

/**
 * The whole annotate pipeline on plain-text news (PolNeAR articles), as a
 * long ingest meets it. A fresh process first compiles its code as it goes
 * (V8 spends seconds of CPU optimising the pipeline's functions), so its
 * first articles are timed apart ("cold"). After WARMUP train articles
 * (default: all but the last 200, 640), the timed "steady" pass runs on
 * articles the process has never met (the dev split and the last 200 train
 * articles), so words new
 * to every cache are still met cold; a second pass over the same articles
 * ("seen") shows what those new words cost. With 10 warm-up articles and
 * repeated passes (this bench before), most of the time went to the JIT
 * and the figure said little about a running ingest.
 */
const HELD_OUT = 200;

function benchPipeline(): void {
  const train = loadPolnearArticles('train');
  const warmCount = Math.min(Number(process.env.WARMUP ?? Infinity), train.length - HELD_OUT);
  const warm = train.slice(0, warmCount);
  const unseen = [...loadPolnearArticles('dev'), ...train.slice(-HELD_OUT)];
  const pipeline = createDefaultPipeline();
  console.log(`pipeline [${pipeline.describe().map((c) => c.name).join(' > ')}] (target >= 100 articles/s/core)`);
  const coldCount = Math.min(84, warm.length);
  report('cold, a fresh process (JIT compiling, model loads)', runPass(pipeline, warm.slice(0, coldCount)));
  runPass(pipeline, warm.slice(coldCount));
  report(`steady, unseen articles after ${warm.length} warm-up articles`, runPass(pipeline, unseen));
  report('the same articles again (their words now cached)', runPass(pipeline, unseen));
  console.log(`  RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
}

/**
 * Gazetteer lookup speed (issue #7): CPU for loading the file, then for 10k
 * lookups of names taken from across the file, the first round (cold caches,
 * JIT) and a warm round apart.
 */
function benchGeo(loadedBefore: boolean): void {
  const { size, loadMs, roundsMs, hits } = timeGazetteer(4);
  const [first, ...warm] = roundsMs as [number, ...number[]];
  // After the pipeline part the gazetteer is already in memory: its load is timed by bench-geo (fresh processes).
  const load = loadedBefore ? 'loaded by the pipeline above (load timed by bench-geo below)' : `load ${loadMs.toFixed(0)} ms CPU`;
  console.log(
    `gazetteer: ${size} places, ${load}; ` +
      `10k lookups: first round ${first.toFixed(1)} ms CPU, warm ${Math.min(...warm).toFixed(1)}–${Math.max(...warm).toFixed(1)} ms (${hits} hits; target < 50 ms)`,
  );
}

// --only pipeline|geo runs just that part (for before/after comparisons).
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
if (!only || only === 'pipeline') benchPipeline();
if (!only || only === 'geo') benchGeo(!only);
if (only) process.exit(0);
for (const name of ['bench-extract', 'bench-ner', 'bench-geo']) {
  const file = repoPath('scripts', `${name}.ts`);
  if (!existsSync(file)) continue;
  console.log(`\n== ${name}`);
  spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit', cwd: repoPath() });
}
