/**
 * npm run bench: speed of the whole annotate pipeline on plain-text news
 * (articles/s, single process), then each component's own benchmark with its
 * peer measured in the same run (bench-extract: Readability.js over linkedom;
 * bench-ner: compromise). Absolute times on shared machines are noisy; the
 * ratios are the figures to report.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Doc } from '../src/model/doc.js';
import { createDefaultPipeline } from '../src/pipeline/default.js';
import { repoPath, sharedDataPath } from '../src/paths.js';

function loadArticles(limit: number): { id: string; text: string; published: string }[] {
  const dir = sharedDataPath('polnear', 'dev', 'text');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, limit);
  return files.map((f) => ({
    id: f,
    text: readFileSync(join(dir, f), 'utf8'),
    published: /_(\d{4}-\d{2}-\d{2})_/.exec(f)?.[1] ?? '2016-10-01',
  }));
}

function benchPipeline(): void {
  const articles = loadArticles(84);
  const pipeline = createDefaultPipeline();
  // Warm up (JIT, lazy model loads).
  for (const a of articles.slice(0, 10)) pipeline.run(new Doc(a.id, a.text, { published: a.published }));
  const rounds = 3;
  let docs = 0;
  let chars = 0;
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) {
    for (const a of articles) {
      pipeline.run(new Doc(a.id, a.text, { published: a.published }));
      docs++;
      chars += a.text.length;
    }
  }
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const mb = process.memoryUsage().rss / 1e6;
  console.log(`pipeline [${pipeline.describe().map((c) => c.name).join(' > ')}]`);
  console.log(
    `  ${docs} articles (avg ${Math.round(chars / docs)} chars) in ${secs.toFixed(2)} s: ${(docs / secs).toFixed(1)} articles/s, ` +
      `${((chars / secs) / 1e6).toFixed(2)} MB text/s, RSS ${mb.toFixed(0)} MB (target >= 100 articles/s/core)`,
  );
}

benchPipeline();
for (const name of ['bench-extract', 'bench-ner', 'bench-geo']) {
  const file = repoPath('scripts', `${name}.ts`);
  if (!existsSync(file)) continue;
  console.log(`\n== ${name}`);
  spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit', cwd: repoPath() });
}
