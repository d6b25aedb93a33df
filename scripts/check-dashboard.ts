/**
 * Browser smoke test of the dashboard (not part of `npm test`): fills a
 * temporary SQLite store with the hand-made fixture records, serves the API,
 * and loads each view in headless Chromium, checking the rendered DOM and
 * saving screenshots.
 *
 *   npx tsx scripts/check-dashboard.ts [--db SPEC] [--out DIR] [--chromium PATH]
 *
 * With --db, the given store is served as is (e.g. one filled by `sitrep ingest`):
 * each view unfiltered plus the newest article, checked for rendering only.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

// Asynchronous on purpose: the server runs in this process, so a blocking exec would deadlock it.
const run = promisify(execFile);
const CHROMIUM_TIMEOUT_MS = 60_000;
import { startServer } from '../src/api/serve.js';
import { fixtureRecords, maliRecord } from '../src/store/fixtures.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/store.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    out: { type: 'string', default: join(tmpdir(), 'sitrep-dashboard') },
    chromium: { type: 'string' },
  },
});

interface ViewCheck {
  name: string;
  path: string;
  /** Strings the rendered DOM must contain (fixture data only). */
  expect: string[];
}

const FIXTURE_VIEWS: ViewCheck[] = [
  { name: 'articles', path: '/#/articles', expect: ['Rebels attack army post in northern Mali', 'chip-events'] },
  { name: 'article', path: '/#/article/mali-1', expect: ['tag-events', 'ASSAULT', 'ann-quotes', 'Amadou Diarra', 'ann-times', 'ann-places'] },
  { name: 'article-at', path: `/#/article/mali-1?at=${maliRecord().events[0]!.start}`, expect: ['flash'] },
  { name: 'quotes', path: '/#/quotes?speaker=Albares', expect: ['frank and useful', 'Jose Manuel Albares', 'speaker-list', 'the interior ministry'] },
  { name: 'events', path: '/#/events?groupBy=month', expect: ['class="timeline"', 'class="dot"', 'Kidal', 'PROTEST', 'class="list dyads"', 'ESP GOV', 'MAR GOV'] },
  { name: 'events-dyads-by-name', path: '/#/events?by=name', expect: ['class="list dyads"', 'Spain', 'Morocco'] },
];

function findChromium(): string {
  const candidates = [values.chromium, process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean) as string[];
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new Error('no Chromium found; install it (apt-get install -y chromium) or pass --chromium PATH');
  return found;
}

function chromiumArgs(extra: string[], url: string): string[] {
  return ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--virtual-time-budget=5000', ...extra, url];
}

/** For a store of unknown content: each view unfiltered, and the newest article. */
async function storeViews(store: Store): Promise<ViewCheck[]> {
  const newest = (await store.listArticles({ limit: 1 })).items[0];
  const record = newest ? await store.get(newest.id) : null;
  // Opened at its first event or quote, as the events and quotes pages link to it.
  const at = record?.events[0]?.start ?? record?.quotes[0]?.start;
  const articlePath = newest ? `/#/article/${encodeURIComponent(newest.id)}` : '';
  return [
    { name: 'articles', path: '/#/articles', expect: ['class="list"'] },
    ...(newest ? [{ name: 'article', path: articlePath, expect: ['article-text'] }] : []),
    ...(newest && at !== undefined ? [{ name: 'article-at', path: `${articlePath}?at=${at}`, expect: ['flash'] }] : []),
    { name: 'quotes', path: '/#/quotes', expect: ['Quotes'] },
    { name: 'events', path: '/#/events', expect: ['Timeline'] },
  ];
}

async function main(): Promise<number> {
  const chromium = findChromium();
  const tmp = mkdtempSync(join(tmpdir(), 'sitrep-dash-'));
  const store = await openStore(values.db ?? join(tmp, 'dash.sqlite'));
  if (!values.db) for (const r of fixtureRecords()) await store.put(r);
  const server = await startServer({ store, port: 0 });
  mkdirSync(values.out!, { recursive: true });
  let failures = 0;
  try {
    const views = values.db ? await storeViews(store) : FIXTURE_VIEWS;
    for (const view of views) {
      const url = `${server.address}${view.path}`;
      const { stdout: dom } = await run(chromium, chromiumArgs(['--dump-dom'], url), { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: CHROMIUM_TIMEOUT_MS });
      const png = join(values.out!, `${view.name}.png`);
      await run(chromium, chromiumArgs([`--screenshot=${png}`, '--window-size=1280,900'], url), { timeout: CHROMIUM_TIMEOUT_MS });
      const missing = view.expect.filter((s) => !dom.includes(s));
      const broken = /Could not load/.test(dom) ? ['an error message is shown'] : [];
      const problems = [...missing.map((s) => `missing "${s}"`), ...broken];
      if (problems.length) failures++;
      console.log(`${problems.length ? 'FAIL' : 'ok  '} ${view.name.padEnd(9)} ${url}  → ${png}${problems.length ? `\n     ${problems.join('; ')}` : ''}`);
    }
  } finally {
    await server.close();
    await store.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  console.log(failures ? `${failures} view(s) failed` : 'all views rendered');
  return failures ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`check-dashboard: ${err instanceof Error ? err.message : err}`);
    process.exit(2);
  },
);
