/**
 * How much the JIT still works in a long run: a build's pipeline runs over
 * every PolNeAR train article in passes of 100, then over the dev articles
 * four times, printing a MARK line per pass. Run it under V8's tracing and
 * summarise with jit-summary.ts:
 *
 *   node --trace-opt --trace-deopt dist/scripts/jit-churn.js dist > churn.txt 2>&1
 *   npx tsx scripts/jit-summary.ts churn.txt [FROM_PASS]
 *
 * TurboFan recompiles after deoptimizations ("wrong map": an object of a
 * shape the optimized code had not seen) cost helper-thread CPU and time
 * in unoptimized code; this is how the sources of such churn were found.
 */
import { loadBuild } from './compiled-build.js';
import { loadPolnearArticles, type PolnearArticle } from './polnear-articles.js';

const build = await loadBuild(process.argv[2] ?? 'dist');
const train = loadPolnearArticles('train');
const dev = loadPolnearArticles('dev');
const passes: PolnearArticle[][] = [];
for (let i = 0; i < train.length; i += 100) passes.push(train.slice(i, i + 100));
passes.push(dev, dev, dev, dev);
passes.forEach((articles, i) => {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let chars = 0;
  for (const a of articles) {
    const doc = new build.Doc(a.id, a.text, { published: a.published });
    for (const c of build.components) c.run(doc);
    chars += a.text.length;
  }
  const cpu = process.cpuUsage(c0);
  const perKiloChar = (ms: number) => ((ms / chars) * 1000).toFixed(2);
  console.log(
    `MARK pass ${i}: ${articles.length} articles, wall ${perKiloChar(performance.now() - t0)} ms/1k chars, process CPU ${perKiloChar((cpu.user + cpu.system) / 1000)} ms/1k chars`,
  );
});
