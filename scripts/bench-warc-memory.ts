/**
 * Issue #3, "memory flat while streaming a large WARC": writes a large
 * WARC.gz of generated pages to the temp folder (self-written vocabulary,
 * every page different; one gzip member per record, as crawlers write them),
 * streams it through the WARC reader and the extractor (no store), samples
 * RSS and heap every N records, and deletes the file at the end.
 *
 * Usage: npx tsx scripts/bench-warc-memory.ts [--mb 1024] [--every 1000] [--keep]
 *   --mb     uncompressed size of the archive in MB (default 1024)
 *   --every  records between memory samples (default 1000)
 *   --keep   keep the generated file (for repeated runs) and reuse it when present
 * Exit status 1 when RSS grows (last quarter of samples above the second
 * quarter by more than 50 MB) or passes 250 MB.
 */
import { closeSync, existsSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { extractPage } from '../src/extract/index.js';
import { isInputError, readInputs } from '../src/ingest/index.js';
import { seededRandom } from '../src/util/seeded-random.js';

const args = process.argv.slice(2);
const argValue = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) || fallback : fallback;
};
const targetMb = argValue('--mb', 1024);
const every = argValue('--every', 1000);
const keep = args.includes('--keep');
const RSS_LIMIT_MB = 250;
const GROWTH_LIMIT_MB = 50;

// ---- generation ---------------------------------------------------------


const SUBJECTS = ['The council', 'Port workers', 'The ministry', 'Farmers in the valley', 'The regional governor', 'A spokesperson for the airline', 'Residents', 'The central bank', 'Rescue teams', 'The opposition party', 'Teachers', 'The football club'];
const VERBS = ['announced', 'rejected', 'welcomed', 'postponed', 'criticised', 'approved', 'questioned', 'defended', 'reviewed', 'extended'];
const OBJECTS = ['a new budget for the coming year', 'plans for a second bridge', 'the delayed harvest report', 'a pay offer from the employers', 'changes to the bus timetable', 'the water rationing rules', 'an inquiry into the flooding', 'the sale of the old stadium', 'a ban on night flights', 'the merger of two hospitals'];
const TAILS = ['on Tuesday', 'after a long meeting', 'despite protests outside', 'according to a statement', 'in a vote late on Friday', 'as talks resumed', 'for the third time this month', 'while officials urged calm'];
const PLACES = ['Northport', 'Lake Miren', 'Castelbrook', 'Vardon', 'East Halling', 'Sorrel Bay', 'Kettering Fields', 'Mount Ashby'];

function sentence(rand: () => number): string {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const n = Math.floor(rand() * 100000);
  return `${pick(SUBJECTS)} in ${pick(PLACES)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}, a figure of ${n} was quoted.`;
}

/** One news-like page of roughly `bytes` bytes: furniture, an article, related links and a large script. */
function page(i: number, bytes: number): string {
  const rand = seededRandom(i + 1);
  const paras: string[] = [];
  const nParas = 8 + Math.floor(rand() * 20);
  for (let p = 0; p < nParas; p++) {
    const sentences: string[] = [];
    const nSent = 2 + Math.floor(rand() * 4);
    for (let s = 0; s < nSent; s++) sentences.push(sentence(rand));
    paras.push(`<p>${sentences.join(' ')}</p>`);
  }
  const related = Array.from({ length: 6 }, (_, k) => `<li><a href="/story/${i}-${k}">${sentence(rand)}</a></li>`).join('');
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story ${i} | Example Daily</title>
<meta property="og:title" content="Story number ${i} from ${PLACES[i % PLACES.length]}">
<meta property="article:published_time" content="2024-0${1 + (i % 9)}-1${i % 10}T08:00:00Z">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Story number ${i}","author":{"@type":"Person","name":"Reporter ${i % 50}"}}</script>
<style>.a${i}{color:#${(i % 4096).toString(16)}}</style></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="cookie-banner">We use cookies. Accept all</div>
<main><article><h1>Story number ${i}</h1><div class="byline">By Reporter ${i % 50}</div>
<div class="article-body">${paras.join('\n')}</div></article></main>
<aside class="related"><h3>Related</h3><ul>${related}</ul></aside>
<footer>© 2024 Example Daily</footer>`;
  // Real pages carry large inline scripts; pad with one so the record reaches its size.
  const padLength = Math.max(0, bytes - head.length - 40);
  const pad = `var cfg${i}=` + JSON.stringify('x'.repeat(padLength).replace(/x{64}/g, () => rand().toString(36).slice(2, 10).padEnd(64, 'q')));
  return `${head}<script>${pad}</script></body></html>`;
}

function warcRecord(type: string, uri: string, payload: Buffer, i: number): Buffer {
  const head =
    `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}>\r\n` +
    `WARC-Date: 2024-02-01T00:00:00Z\r\nWARC-Target-URI: ${uri}\r\nContent-Type: application/http; msgtype=${type === 'request' ? 'request' : 'response'}\r\n` +
    `Content-Length: ${payload.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head, 'latin1'), payload, Buffer.from('\r\n\r\n')]);
}

/** Writes the archive; returns how many HTML responses it holds. */
function generate(path: string, totalBytes: number): { pages: number; bytes: number } {
  const fd = openSync(path, 'w');
  let written = 0;
  let pages = 0;
  let i = 0;
  try {
    while (written < totalBytes) {
      const uri = `https://news.example/story/${i}`;
      const size = 20_000 + ((i * 7919) % 60_000);
      const html = Buffer.from(page(i, size), 'utf8');
      // Every 50th response is a 404 and every 25th record pair starts with a request: the reader must skip both.
      const status = i % 50 === 49 ? '404 Not Found' : '200 OK';
      const http = Buffer.concat([Buffer.from(`HTTP/1.1 ${status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${html.length}\r\n\r\n`, 'latin1'), html]);
      const records: Buffer[] = [];
      if (i % 25 === 0) records.push(warcRecord('request', uri, Buffer.from(`GET /story/${i} HTTP/1.1\r\nHost: news.example\r\n\r\n`, 'latin1'), i * 2 + 1));
      records.push(warcRecord('response', uri, http, i * 2));
      for (const r of records) {
        writeSync(fd, gzipSync(r, { level: 1 }));
        written += r.length;
      }
      if (status === '200 OK') pages++;
      i++;
    }
  } finally {
    closeSync(fd);
  }
  return { pages, bytes: written };
}

// ---- streaming ----------------------------------------------------------

interface Sample {
  records: number;
  seconds: number;
  rssMb: number;
  heapMb: number;
}

const mb = (n: number): number => n / (1024 * 1024);

async function stream(path: string): Promise<{ samples: Sample[]; pages: number; errors: number; chars: number; seconds: number }> {
  const samples: Sample[] = [];
  const start = process.hrtime.bigint();
  const elapsed = (): number => Number(process.hrtime.bigint() - start) / 1e9;
  let n = 0;
  let errors = 0;
  let chars = 0;
  for await (const item of readInputs([path])) {
    n++;
    if (isInputError(item)) errors++;
    else if (item.raw !== undefined && item.kind !== 'jsonl') {
      const extracted = extractPage({ raw: item.raw, kind: item.kind, ...(item.url ? { url: item.url } : {}) });
      chars += extracted.text.length;
    }
    if (n % every === 0) {
      const m = process.memoryUsage();
      const s = { records: n, seconds: elapsed(), rssMb: mb(m.rss), heapMb: mb(m.heapUsed) };
      samples.push(s);
      console.log(`  ${String(n).padStart(7)} pages  ${(n / s.seconds).toFixed(0).padStart(5)} pages/s  rss ${s.rssMb.toFixed(0).padStart(4)} MB  heap ${s.heapMb.toFixed(0).padStart(4)} MB`);
    }
  }
  return { samples, pages: n, errors, chars, seconds: elapsed() };
}

function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
}

async function main(): Promise<void> {
  const path = join(tmpdir(), `sitrep-bench-${keep ? 'keep' : process.pid}.warc.gz`);
  try {
    if (!(keep && existsSync(path))) {
      const t0 = Date.now();
      const g = generate(path, targetMb * 1024 * 1024);
      console.log(`generated ${path}: ${g.pages} HTML pages, ${mb(g.bytes).toFixed(0)} MB uncompressed, ${mb(statSync(path).size).toFixed(0)} MB gzipped, in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
    const before = mb(process.memoryUsage().rss);
    console.log(`streaming (rss before ${before.toFixed(0)} MB), a sample every ${every} pages:`);
    const r = await stream(path);
    const rss = r.samples.map((s) => s.rssMb);
    const maxRss = Math.max(...rss, before);
    const q = Math.max(1, Math.floor(rss.length / 4));
    const second = mean(rss.slice(q, 2 * q));
    const last = mean(rss.slice(-q));
    console.log(`done: ${r.pages} pages (${r.errors} input errors) in ${r.seconds.toFixed(1)} s = ${(r.pages / r.seconds).toFixed(0)} pages/s, ${(r.chars / 1e6).toFixed(1)} M chars of text`);
    console.log(`rss: max ${maxRss.toFixed(0)} MB; mean of 2nd quarter of samples ${second.toFixed(0)} MB, of last quarter ${last.toFixed(0)} MB`);
    const flat = last - second <= GROWTH_LIMIT_MB && maxRss < RSS_LIMIT_MB;
    console.log(flat ? `flat: yes (max < ${RSS_LIMIT_MB} MB, growth ≤ ${GROWTH_LIMIT_MB} MB)` : 'flat: NO');
    if (!flat) process.exitCode = 1;
  } finally {
    if (!keep) rmSync(path, { force: true });
  }
}

await main();
