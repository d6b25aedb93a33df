/**
 * Output identity check for refactoring and speed work: runs a compiled
 * build's default pipeline over every PolNeAR text (dev, then train) and the
 * seed stories, in one process (so caches carry over between documents as in
 * a long run), and writes the chosen layers as JSON lines. Two builds produce
 * the same output iff `cmp` finds their dumps equal.
 *
 *   npx tsx scripts/dump-layers.ts DIST OUT.jsonl [--layers times,places,quotes] [--upstream DIST2 --until entities]
 *
 * --layers: the layers written (default: every layer the pipeline assigns).
 * --upstream/--until: the components up to and including --until come from
 * DIST2 (so work going on in those components does not move the comparison).
 */
import { createWriteStream } from 'node:fs';
import { componentOf, loadBuild, type ComponentLike } from './compiled-build.js';
import { loadPolnearArticles, seedArticles } from './polnear-articles.js';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const [dist, outFile] = process.argv.slice(2);
if (!dist || !outFile || dist.startsWith('--')) throw new Error('usage: dump-layers.ts DIST OUT.jsonl [--layers a,b] [--upstream DIST2 --until STEP]');
const main = await loadBuild(dist);
const upstreamDir = option('upstream');
const until = option('until');
if (upstreamDir && !until) throw new Error('--upstream needs --until STEP (the last component taken from it)');
const upstream = upstreamDir ? await loadBuild(upstreamDir) : main;
const cut = until ? main.components.indexOf(componentOf(main, until)) + 1 : 0;
const steps: ComponentLike[] = [...upstream.components.slice(0, cut), ...main.components.slice(cut)];
const layers = option('layers')?.split(',') ?? main.components.flatMap((c) => [...c.assigns]);
const out = createWriteStream(outFile);
const all = [...loadPolnearArticles('dev'), ...loadPolnearArticles('train'), ...seedArticles()];
for (const a of all) {
  const doc = new upstream.Doc(a.id, a.text, { published: a.published });
  for (const step of steps) step.run(doc);
  out.write(JSON.stringify({ id: a.id, ...Object.fromEntries(layers.map((l) => [l, doc.get(l)])) }) + '\n');
}
out.end();
console.log(`${all.length} articles (layers ${layers.join(', ')}) written to ${outFile}`);
