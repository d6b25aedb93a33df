/**
 * Speed of the events component alone: the PolNeAR dev articles are annotated
 * once by the upstream components (text → quotes), then events are extracted
 * from each of them for several rounds. Reports CPU ms per article and per
 * 1000 tokens (CPU time, since the machine's cores are shared).
 * Usage: npx tsx scripts/bench-events.ts [rounds] [--dump FILE] [--against DIR] [--all]
 * `--dump FILE` writes every article's events layer as JSON lines, to check that a
 * speed-only change leaves the output identical (diff two dumps).
 * `--against DIR` is a same-process A/B: DIR is another compiled build of the repo
 * (e.g. the previous commit, `git archive` + `tsc --outDir`); its events component and
 * ours run alternately on the same annotated articles, and the CPU ratio is printed
 * (the only comparison that holds on the shared, loaded machine).
 * With `--against DIR`, every article's events layer from DIR's component is also compared
 * with ours (JSON), so a speed-only change is checked for identical output on the same
 * upstream layers, whatever the other components' code does meanwhile.
 * `--all` takes every PolNeAR article (dev and train, ~900) instead of the dev set: with
 * `--against DIR` (and few rounds, e.g. 2) the identity check covers them all.
 * Profile: npx tsc -p . --outDir dist-events && node --cpu-prof dist-events/scripts/bench-events.js 20
 */
import { writeFileSync } from 'node:fs';
import { Doc } from '../src/model/doc.js';
import { createDefaultPipeline } from '../src/pipeline/default.js';
import { eventsComponent } from '../src/annotate/events/component.js';
import { componentOf, loadBuild } from './compiled-build.js';
import { loadPolnearArticles, type PolnearSplit } from './polnear-articles.js';

const rounds = Number(process.argv[2] ?? 10);
const dumpAt = process.argv.indexOf('--dump');
const dumpFile = dumpAt > 0 ? process.argv[dumpAt + 1] : undefined;
const againstAt = process.argv.indexOf('--against');
const againstDir = againstAt > 0 ? process.argv[againstAt + 1] : undefined;
const splits: PolnearSplit[] = process.argv.includes('--all') ? ['dev', 'train'] : ['dev'];
const upstream = createDefaultPipeline().components.filter((c) => c.name !== eventsComponent.name);

const docs = splits.flatMap((split) => loadPolnearArticles(split)).map((article) => {
  const doc = new Doc(article.id, article.text, { published: article.published });
  for (const c of upstream) c.run(doc);
  return doc;
});
const tokens = docs.reduce((n, d) => n + d.get('tokens').length, 0);

// Warm-up round (JIT, caches).
for (const d of docs) eventsComponent.run(d);
if (dumpFile) writeFileSync(dumpFile, docs.map((d) => JSON.stringify({ id: d.id, events: d.get('events') })).join('\n') + '\n');
let events = 0;
const cpu0 = process.cpuUsage();
for (let r = 0; r < rounds; r++) {
  for (const d of docs) {
    eventsComponent.run(d);
    events += d.get('events').length;
  }
}
const cpu = process.cpuUsage(cpu0);
const ms = (cpu.user + cpu.system) / 1000;
const runs = rounds * docs.length;
console.log(
  `${docs.length} articles (avg ${Math.round(tokens / docs.length)} tokens), ${rounds} rounds: ` +
    `events ${(ms / runs).toFixed(3)} CPU-ms/article, ${((ms / runs) * 1000 / (tokens / docs.length)).toFixed(3)} CPU-ms/1000 tokens, ` +
    `${(events / runs).toFixed(1)} events/article`,
);

/** CPU ms of one pass of `component` over the articles. */
function cpuPass(component: { run(doc: Doc): void }): number {
  const t = process.cpuUsage();
  for (const d of docs) component.run(d);
  const u = process.cpuUsage(t);
  return (u.user + u.system) / 1000;
}

if (againstDir) {
  const other = componentOf(await loadBuild(againstDir), eventsComponent.name);
  const differing = docs.filter((d) => {
    eventsComponent.run(d);
    const mine = JSON.stringify(d.get('events'));
    other.run(d);
    return JSON.stringify(d.get('events')) !== mine;
  });
  console.log(`identity: ${docs.length - differing.length}/${docs.length} articles have identical events` +
    (differing.length ? ` (differ: ${differing.slice(0, 5).map((d) => d.id).join(', ')})` : ''));
  // Warm the other build as much as ours was (JIT tiers), or the first build looks slower.
  for (let r = 0; r <= rounds; r++) cpuPass(other);
  let ours = 0, theirs = 0;
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    // Alternate which goes first, so neither always runs on a warmer cache.
    let a: number, b: number;
    if (r % 2) { a = cpuPass(eventsComponent); b = cpuPass(other); } else { b = cpuPass(other); a = cpuPass(eventsComponent); }
    ours += a;
    theirs += b;
    ratios.push(a / b);
  }
  const n = rounds * docs.length;
  // The median of the per-round ratios resists the bursts of load from other processes.
  const median = ratios.sort((x, y) => x - y)[Math.floor(ratios.length / 2)]!;
  console.log(`A/B: ${againstDir} ${(theirs / n).toFixed(3)} CPU-ms/article, this build ${(ours / n).toFixed(3)}, ratio ${(ours / theirs).toFixed(3)}, median round ratio ${median.toFixed(3)}`);
}
