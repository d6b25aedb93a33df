/**
 * Pages per second of our HTML extractor versus Readability.js running on
 * linkedom's DOMParser, on the same article-extraction pages in the same run
 * (pages are decoded once up front; each side parses from the string).
 * Usage: npx tsx scripts/bench-extract.ts [--rounds N]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';
import { decodeBytes, extractFromHtml } from '../src/extract/index.js';
import { sharedDataPath } from '../src/paths.js';

const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf('--rounds') + 1]) || 2;

const dir = sharedDataPath('article-extraction', 'html');
const pages = readdirSync(dir)
  .filter((f) => f.endsWith('.html.gz'))
  .sort()
  .map((f) => decodeBytes(gunzipSync(readFileSync(`${dir}/${f}`))));

function ours(html: string): number {
  try {
    return extractFromHtml(html).text.length;
  } catch {
    return 0;
  }
}

function readability(html: string): number {
  try {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const article = new Readability(doc as unknown as ConstructorParameters<typeof Readability>[0]).parse();
    return article?.textContent?.length ?? 0;
  } catch {
    return 0;
  }
}

function time(label: string, fn: (html: string) => number): number {
  fn(pages[0]!); // warm up
  const started = process.hrtime.bigint();
  let chars = 0;
  for (let r = 0; r < rounds; r++) for (const p of pages) chars += fn(p);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rate = (pages.length * rounds) / seconds;
  console.log(`${label.padEnd(22)} ${rate.toFixed(1).padStart(7)} pages/s  (${pages.length * rounds} pages in ${seconds.toFixed(2)} s, ${chars} chars out)`);
  return rate;
}

// Alternate the order so neither side always runs on a colder JIT/heap.
const a1 = time('sitrep extractFromHtml', ours);
const b1 = time('readability+linkedom', readability);
const a2 = time('sitrep extractFromHtml', ours);
console.log(`speed ratio (sitrep / readability): ${(a1 / b1).toFixed(2)}x cold, ${(a2 / b1).toFixed(2)}x warm`);
