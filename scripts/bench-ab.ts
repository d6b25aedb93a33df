/**
 * CPU of pipeline steps in two compiled builds, measured alternately on the
 * same PolNeAR articles in one process. The machine is shared, so each
 * article is run by both builds back to back, in alternating order, over
 * several rounds, and each article's least time over the rounds is summed:
 * the figure least disturbed by other work. Each step gets the layers before
 * it from the BASE build (computed once), so only the step itself is timed.
 * Rounds repeat the same articles, so this measures warm steps (caches of
 * words met before are full).
 *
 * --unseen measures what a long ingest meets instead: each build first runs
 * its whole pipeline on --warm train articles (JIT, caches of common words),
 * then once on articles neither build has met (dev and the end of train),
 * back to back per article in alternating order; each step's CPU is taken
 * from that one run, so there are no rounds and no least-of. Noisier than
 * the warm mode; use more articles.
 *
 *   npx tsx scripts/bench-ab.ts BASE_DIST NEW_DIST [--steps times,places,quotes] [--rounds 5] [--articles 300]
 *   npx tsx scripts/bench-ab.ts BASE_DIST NEW_DIST --unseen [--warm 300] [--articles 300]
 */
import { componentOf, loadBuild, type CompiledBuild, type ComponentLike } from './compiled-build.js';
import { loadPolnearArticles } from './polnear-articles.js';
import { cpuMicros } from './thread-cpu.js';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
}

interface Prepared {
  id: string;
  text: string;
  published: string;
  layers: Map<string, readonly unknown[]>;
}

/** Articles spread over both splits, with every layer of the base build. */
function prepare(base: CompiledBuild, limit: number): Prepared[] {
  const all = [...loadPolnearArticles('dev'), ...loadPolnearArticles('train')];
  const step = Math.max(1, Math.floor(all.length / limit));
  return all
    .filter((_, i) => i % step === 0)
    .slice(0, limit)
    .map((a) => {
      const doc = new base.Doc(a.id, a.text, { published: a.published });
      const layers = new Map<string, readonly unknown[]>();
      for (const c of base.components) {
        c.run(doc);
        for (const l of c.assigns) layers.set(l, doc.get(l));
      }
      return { ...a, layers };
    });
}

/** CPU microseconds of each step on one article, every step given the base build's layers before it. */
function timeArticle(build: CompiledBuild, steps: readonly string[], a: Prepared): number[] {
  return steps.map((name) => {
    const doc = new build.Doc(a.id, a.text, { published: a.published });
    const step: ComponentLike = componentOf(build, name);
    for (const c of build.components) {
      if (c === step) break;
      for (const l of c.assigns) doc.set(l, a.layers.get(l)!);
    }
    return cpuMicros(() => step.run(doc));
  });
}

type Least = number[][];

/** One round, both builds per article, which goes first alternating by article and round; keeps each article's least time per step. */
function timeRound(builds: [CompiledBuild, CompiledBuild], steps: readonly string[], articles: Prepared[], round: number, least: [Least, Least]): void {
  articles.forEach((a, i) => {
    const order = (i + round) % 2 === 0 ? [0, 1] : [1, 0];
    for (const b of order) {
      const times = timeArticle(builds[b]!, steps, a);
      const row = (least[b]![i] ??= times.map(() => Infinity));
      times.forEach((t, s) => (row[s] = Math.min(row[s]!, t)));
    }
  });
}

/** CPU microseconds of each step of a build's own pipeline on one article. */
function timePipeline(build: CompiledBuild, a: { id: string; text: string; published: string }): number[] {
  const doc = new build.Doc(a.id, a.text, { published: a.published });
  return build.components.map((c) => cpuMicros(() => c.run(doc)));
}

/** The --unseen mode: per-step CPU sums on articles each build meets for the first time. */
function benchUnseen(builds: [CompiledBuild, CompiledBuild]): void {
  const warmCount = Number(option('warm', '300'));
  const train = loadPolnearArticles('train');
  const warm = train.slice(0, warmCount);
  const unseen = [...loadPolnearArticles('dev'), ...train.slice(warmCount)].slice(0, Number(option('articles', '300')));
  // Alternating here too: with the base build always first in the warm-up, the build listed second
  // came out 6-9 % faster in A/A runs (same build twice).
  warm.forEach((a, i) => {
    for (const b of i % 2 === 0 ? [0, 1] : [1, 0]) timePipeline(builds[b]!, a);
  });
  const sums = builds.map((b) => b.components.map(() => 0));
  unseen.forEach((a, i) => {
    for (const b of i % 2 === 0 ? [0, 1] : [1, 0]) timePipeline(builds[b]!, a).forEach((t, s) => (sums[b]![s]! += t));
  });
  const names = builds[0].components.map((c) => c.name);
  const n = unseen.length;
  console.log(`${n} unseen articles after ${warm.length} warm-up articles; CPU ms per article, one pass`);
  printRows(names.map((name, s) => ({ name, base: sums[0]![s]! / n / 1000, next: sums[1]![s]! / n / 1000 })));
}

/** One line per step, CPU ms per article of each build and their ratio, then the total. */
function printRows(rows: { name: string; base: number; next: number }[]): void {
  rows.push({ name: 'total', base: rows.reduce((x, r) => x + r.base, 0), next: rows.reduce((x, r) => x + r.next, 0) });
  for (const r of rows) console.log(`  ${r.name.padEnd(9)} base ${r.base.toFixed(3)}  new ${r.next.toFixed(3)}  new/base ${((r.next / r.base) * 100).toFixed(0)} %`);
}

const [baseDir, newDir] = process.argv.slice(2);
if (!baseDir || !newDir || baseDir.startsWith('--') || newDir.startsWith('--')) {
  throw new Error('usage: bench-ab.ts BASE_DIST NEW_DIST [--steps a,b] [--rounds N] [--articles N]');
}
const builds: [CompiledBuild, CompiledBuild] = [await loadBuild(baseDir), await loadBuild(newDir)];
if (process.argv.includes('--unseen')) {
  benchUnseen(builds);
  process.exit(0);
}
const steps = option('steps', builds[0].components.map((c) => c.name).join(',')).split(',');
const rounds = Number(option('rounds', '5'));
const articles = prepare(builds[0], Number(option('articles', '300')));
timeRound(builds, steps, articles, 0, [[], []]); // warm-up: JIT, lazy loads
const least: [Least, Least] = [[], []];
for (let r = 0; r < rounds; r++) timeRound(builds, steps, articles, r, least);
const n = articles.length;
const ms = (l: Least, s: number) => l.reduce((acc, t) => acc + t[s]!, 0) / n / 1000;
console.log(`${n} articles, ${rounds} rounds; CPU ms per article (sum of each article's least time over the rounds)`);
printRows(steps.map((name, s) => ({ name, base: ms(least[0], s), next: ms(least[1], s) })));
