/**
 * Event-precision audit: runs the default pipeline on a fixed, seeded random sample of
 * PolNeAR train articles and prints every event for a human to judge (correct / wrong
 * type / not an event). The judgements are not stored here; docs/events.md has the
 * error-class counts.
 *
 *   npx tsx scripts/audit-events.ts [--articles 40] [--seed 5] [--summary]
 *
 * `--summary` prints only the totals (events, per source pattern), for before/after diffs.
 */
import { seededRandom, shuffleInPlace } from '../src/util/seeded-random.js';
import { Doc } from '../src/model/doc.js';
import type { Event, EventActor } from '../src/model/layers.js';
import { createDefaultPipeline } from '../src/pipeline/default.js';
import { polnearFiles, readPolnearArticle, type PolnearArticle } from './polnear-articles.js';

function argValue(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function sampleArticles(count: number, seed: number): PolnearArticle[] {
  const files = polnearFiles('train');
  // Fisher–Yates with a seeded PRNG (mulberry32), then the first `count`: the same sample on every run.
  shuffleInPlace(files, seededRandom(seed));
  return files.slice(0, count).map((f) => readPolnearArticle('train', f));
}

function actorLabel(a: EventActor | undefined): string {
  if (!a) return '-';
  const parts = [a.text, a.country, a.sector].filter(Boolean).join('/');
  return a.inferred ? `(${parts})` : parts;
}

function flags(e: Event): string {
  const out: string[] = [];
  if (e.negated) out.push('negated');
  if (e.hypothetical) out.push('hypothetical');
  if (e.future) out.push('future');
  if (e.claimed) out.push('claimed');
  return out.join(',') || '-';
}

/** The sentence on one line with the trigger in [[ ]]. */
function markedSentence(text: string, e: Event): string {
  const s = text.slice(e.sentence.start, e.start) + '[[' + text.slice(e.start, e.end) + ']]' + text.slice(e.end, e.sentence.end);
  return s.replace(/\s+/g, ' ').trim();
}

function describe(text: string, e: Event, n: number): string {
  const acled = e.acled ? `${e.acled.eventType} / ${e.acled.subEventType}` : '-';
  const count = e.count !== undefined ? `${e.count}${e.countQualifier ? ' ' + e.countQualifier : ''}` : '-';
  return [
    `#${n} ${markedSentence(text, e)}`,
    `   plover ${e.plover.type}${e.plover.mode ? '/' + e.plover.mode : ''} | cameo ${e.cameo ?? '-'} | acled ${acled}`,
    `   ${actorLabel(e.actor)} -> ${actorLabel(e.target)} | count ${count} | flags ${flags(e)} | ${e.source} | ${e.evidence ?? ''}`,
  ].join('\n');
}

function main(): void {
  const articles = sampleArticles(argValue('--articles', 40), argValue('--seed', 5));
  const summaryOnly = process.argv.includes('--summary');
  const pipeline = createDefaultPipeline();
  let n = 0;
  let chars = 0;
  const bySource = new Map<string, number>();
  for (const a of articles) {
    const doc = new Doc(a.id, a.text, { published: a.published });
    pipeline.run(doc);
    chars += a.text.length;
    const events = doc.get('events');
    if (!summaryOnly) console.log(`\n=== ${a.id} (${a.text.length} chars, ${events.length} events)`);
    for (const e of events) {
      n++;
      const key = e.source ?? "?";
      bySource.set(key, (bySource.get(key) ?? 0) + 1);
      if (!summaryOnly) console.log(describe(a.text, e, n));
    }
  }
  console.log(`\n${articles.length} articles, ${chars} chars, ${n} events (${(n / articles.length).toFixed(1)} per article)`);
  if (summaryOnly) {
    for (const [source, count] of [...bySource].sort((x, y) => y[1] - x[1])) console.log(`${String(count).padStart(4)} ${source}`);
  }
}

main();
