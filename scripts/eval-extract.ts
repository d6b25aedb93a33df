/**
 * Extraction quality on the shared development sets:
 *   - article-extraction: body precision/recall over word 4-gram shingles,
 *     averaged over pages, F1 of the averages (scrapinghub benchmark metric);
 *   - web-extraction: snippet precision/recall (trafilatura's evaluation:
 *     a "with" snippet found is a TP, missing a FN; a "without" snippet found
 *     is a FP, absent a TN), plus title/author/date accuracy against gold.
 * Usage: npx tsx scripts/eval-extract.ts [--limit N] [--show-worst K] [--errors N]
 *   --errors N lists the N web-extraction pages with the most snippet errors
 *   (missed "with" snippets and leaked "without" snippets).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { decodeBytes, extractFromHtml, extractPage } from '../src/extract/index.js';
import type { ExtractedPage } from '../src/extract/types.js';
import { repoPath, sharedDataPath } from '../src/paths.js';

const args = process.argv.slice(2);
const limit = Number(args[args.indexOf('--limit') + 1]) || Infinity;
const showWorst = args.includes('--show-worst') ? Number(args[args.indexOf('--show-worst') + 1]) : 0;
const showErrors = args.includes('--errors') ? Number(args[args.indexOf('--errors') + 1]) : 0;

function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function shingles(s: string, n = 4): Set<string> {
  const w = words(s);
  const out = new Set<string>();
  if (w.length < n && w.length > 0) out.add(w.join(' '));
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
  return out;
}

function safeExtract(html: string, url?: string): ExtractedPage {
  try {
    return extractFromHtml(html, url ? { url } : {});
  } catch {
    return { text: '', meta: {} };
  }
}

function evalArticleExtraction(): void {
  const gold = JSON.parse(readFileSync(sharedDataPath('article-extraction', 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  let p = 0;
  let r = 0;
  let n = 0;
  const perPage: { id: string; p: number; r: number }[] = [];
  for (const [id, g] of Object.entries(gold)) {
    if (n >= limit) break;
    const bytes = gunzipSync(readFileSync(sharedDataPath('article-extraction', 'html', `${id}.html.gz`)));
    const page = safeExtract(decodeBytes(bytes), g.url);
    const want = shingles(g.articleBody);
    const got = shingles(page.text);
    let tp = 0;
    for (const s of got) if (want.has(s)) tp++;
    // Empty vs empty is a perfect page; empty output scores precision 0 like the benchmark.
    const pp = got.size ? tp / got.size : want.size ? 0 : 1;
    const rr = want.size ? tp / want.size : 1;
    p += pp;
    r += rr;
    n++;
    perPage.push({ id, p: pp, r: rr });
  }
  const P = p / n;
  const R = r / n;
  console.log(`article-extraction (${n} pages): precision ${P.toFixed(3)} recall ${R.toFixed(3)} F1 ${((2 * P * R) / (P + R)).toFixed(3)}`);
  if (showWorst) {
    perPage.sort((a, b) => a.p + a.r - (b.p + b.r));
    for (const x of perPage.slice(0, showWorst)) console.log(`  worst ${x.id.slice(0, 12)} P=${x.p.toFixed(2)} R=${x.r.toFixed(2)}`);
  }
}

interface WebGold {
  with: string[];
  without: string[];
  url: string;
  title?: string;
  author?: string | string[];
  date?: string;
}

function norm(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}

function evalWebExtraction(): void {
  const gold = JSON.parse(readFileSync(sharedDataPath('web-extraction', 'expected.json'), 'utf8')) as Record<string, WebGold>;
  let tp = 0;
  let fn = 0;
  let fp = 0;
  let tn = 0;
  let n = 0;
  const meta = { title: [0, 0], author: [0, 0], date: [0, 0] };
  const errors: { file: string; missed: string[]; leaked: string[] }[] = [];
  for (const [file, g] of Object.entries(gold)) {
    if (n >= limit) break;
    n++;
    const bytes = gunzipSync(readFileSync(sharedDataPath('web-extraction', 'html', `${file}.gz`)));
    const page = safeExtract(decodeBytes(bytes), g.url);
    const text = norm(page.text);
    const missed: string[] = [];
    const leaked: string[] = [];
    for (const s of g.with) {
      if (text.includes(norm(s))) tp++;
      else {
        fn++;
        missed.push(s);
      }
    }
    for (const s of g.without) {
      if (!text.includes(norm(s))) tn++;
      else {
        fp++;
        leaked.push(s);
      }
    }
    if (missed.length + leaked.length) errors.push({ file, missed, leaked });
    if (g.title !== undefined && g.title !== null) {
      meta.title[1]!++;
      if (page.meta.title && norm(page.meta.title) === norm(g.title)) meta.title[0]!++;
    }
    if (g.author) {
      meta.author[1]!++;
      const got = norm((page.meta.authors ?? []).join('; '));
      const want = (Array.isArray(g.author) ? g.author : g.author.split(/;\s*/)).map(norm);
      if (got && want.every((a) => got.includes(a))) meta.author[0]!++;
    }
    if (g.date) {
      meta.date[1]!++;
      if (page.meta.published?.slice(0, 10) === g.date.slice(0, 10)) meta.date[0]!++;
    }
  }
  const P = tp / (tp + fp);
  const R = tp / (tp + fn);
  console.log(`web-extraction (${n} pages): snippet precision ${P.toFixed(3)} recall ${R.toFixed(3)} F1 ${((2 * P * R) / (P + R)).toFixed(3)} accuracy ${((tp + tn) / (tp + tn + fp + fn)).toFixed(3)}`);
  for (const [k, [ok, total]] of Object.entries(meta)) console.log(`  ${k} accuracy ${(ok! / total!).toFixed(3)} (${ok}/${total})`);
  if (showErrors) {
    errors.sort((a, b) => b.missed.length + b.leaked.length - (a.missed.length + a.leaked.length));
    for (const e of errors.slice(0, showErrors)) {
      console.log(`  errors ${e.file}: missed ${e.missed.length}, leaked ${e.leaked.length}`);
      for (const s of e.missed) console.log(`    - missed: ${s.slice(0, 100)}`);
      for (const s of e.leaked) console.log(`    + leaked: ${s.slice(0, 100)}`);
    }
  }
}

/** The founding story: a text capture whose header, caption and residue must stay out of the body. */
function checkSeed(): void {
  const path = repoPath('..', 'shared', 'seeds', '000_9348ddcfa1da6562.txt');
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    console.log('seed: not found, skipped');
    return;
  }
  const page = extractPage({ raw });
  const checks: [string, boolean][] = [
    ['title', page.meta.title === 'Spain says attacks on foreign troops in Iraq must stop'],
    ['agency', page.meta.agency === 'AFP'],
    ['published', page.meta.published === '2024-01-25'],
    ['caption credit', page.meta.captions?.[0]?.credit === 'AHMAD AL-RUBAYE'],
    ['body start', page.text.startsWith('Spanish Foreign Minister Jose Manuel Albares on Thursday said')],
    ['no residue in body', !/Skip to main content|Agence France-Presse|AHMAD AL-RUBAYE/.test(page.text)],
  ];
  console.log(`seed: ${checks.map(([k, ok]) => `${k} ${ok ? 'ok' : 'FAIL'}`).join(', ')}`);
}

checkSeed();
evalArticleExtraction();
evalWebExtraction();
