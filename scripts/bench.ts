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
import { timeGazetteer } from './gazetteer-timing.js';
import { loadPolnearArticles } from './polnear-articles.js';
import { repoPath } from '../src/paths.js';

function benchPipeline(): void {
  const articles = loadPolnearArticles('dev', 84);
  const pipeline = createDefaultPipeline();
  // Warm up (JIT, lazy model loads).
  for (const a of articles.slice(0, 10)) pipeline.run(new Doc(a.id, a.text, { published: a.published }));
  const rounds = 3;
  let docs = 0;
  let chars = 0;
  // Per-component wall time, summed over every run (the pipeline's own loop, spelled out).
  const perComponent = new Map<string, number>(pipeline.components.map((c) => [c.name, 0]));
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) {
    for (const a of articles) {
      const doc = new Doc(a.id, a.text, { published: a.published });
      for (const c of pipeline.components) {
        const s = performance.now();
        c.run(doc);
        perComponent.set(c.name, perComponent.get(c.name)! + performance.now() - s);
      }
      docs++;
      chars += a.text.length;
    }
  }
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const cpuSecs = (cpu.user + cpu.system) / 1e6;
  const mb = process.memoryUsage().rss / 1e6;
  console.log(`pipeline [${pipeline.describe().map((c) => c.name).join(' > ')}]`);
  console.log(
    `  ${docs} articles (avg ${Math.round(chars / docs)} chars) in ${secs.toFixed(2)} s: ${(docs / secs).toFixed(1)} articles/s, ` +
      `${((chars / secs) / 1e6).toFixed(2)} MB text/s, RSS ${mb.toFixed(0)} MB (target >= 100 articles/s/core)`,
  );
  console.log(`  CPU ${cpuSecs.toFixed(2)} s: ${(docs / cpuSecs).toFixed(1)} articles per CPU-second`);
  console.log(`  per article: ${[...perComponent].map(([name, ms]) => `${name} ${(ms / docs).toFixed(2)} ms`).join(', ')}`);
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
