/**
 * Speed of the events component alone: the PolNeAR dev articles are annotated
 * once by the upstream components (text → quotes), then events are extracted
 * from each of them for several rounds. Reports CPU ms per article and per
 * 1000 tokens (CPU time, since the machine's cores are shared).
 * Usage: npx tsx scripts/bench-events.ts [rounds]
 * Profile: npx tsc -p . --outDir dist-events && node --cpu-prof dist-events/scripts/bench-events.js 20
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Doc } from '../src/model/doc.js';
import { sharedDataPath } from '../src/paths.js';
import { createDefaultPipeline } from '../src/pipeline/default.js';
import { eventsComponent } from '../src/annotate/events/component.js';

const rounds = Number(process.argv[2] ?? 10);
const dir = sharedDataPath('polnear', 'dev', 'text');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const upstream = createDefaultPipeline().components.filter((c) => c.name !== eventsComponent.name);

const docs = files.map((f) => {
  const published = /_(\d{4}-\d{2}-\d{2})_/.exec(f)?.[1] ?? '2016-10-01';
  const doc = new Doc(f, readFileSync(join(dir, f), 'utf8'), { published });
  for (const c of upstream) c.run(doc);
  return doc;
});
const tokens = docs.reduce((n, d) => n + d.get('tokens').length, 0);

// Warm-up round (JIT, caches).
for (const d of docs) eventsComponent.run(d);
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
