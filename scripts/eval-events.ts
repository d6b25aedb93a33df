/**
 * Event coding evaluation on the development references in ../shared/data/events:
 *  - PLOVER_GSR_CAMEO.json: event type accuracy of each sentence's main event
 *    (PLOVER 0.5 labels mapped: DEMAND→REQUEST, DISAPPROVE→ACCUSE,
 *    INVESTIGATE→ACCUSE, FIGHT→ASSAULT), and source/target country accuracy on
 *    sentences whose type matched;
 *  - PETR.UnitTest.records.xml: CAMEO root accuracy of the main event. Its
 *    codes with roots above 20 (21x, 22x, 34x, 9xx) are test codes of the
 *    PETRARCH validation dictionaries, not CAMEO; they are reported apart.
 * Runs the default pipeline (src/pipeline/default.ts) up to events, then
 * extractEvents for the ranked events.
 * Usage: npm run eval:events [-- --verbose]
 */
import { readFileSync } from 'node:fs';
import { Doc } from '../src/model/doc.js';
import { sharedDataPath } from '../src/paths.js';
import { createDefaultPipeline } from '../src/pipeline/default.js';
import { eventsComponent, extractEvents, type ScoredEvent } from '../src/annotate/events/component.js';
import type { EventActor } from '../src/model/layers.js';

const verbose = process.argv.includes('--verbose');
let annotateMs = 0;
/** The default pipeline up to (not including) events; events are then extracted with their ranks. */
const upstream = createDefaultPipeline().components.filter((c) => c.name !== eventsComponent.name);

function annotate(id: string, text: string, published: string): ScoredEvent[] {
  const t0 = performance.now();
  const doc = new Doc(id, text, { published });
  for (const c of upstream) c.run(doc);
  const events = extractEvents(doc);
  annotateMs += performance.now() - t0;
  return events;
}

function main(events: ScoredEvent[]): ScoredEvent | undefined {
  return [...events].sort((a, b) => b.score - a.score)[0];
}

const PLOVER_MAP: Record<string, string> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT' };
/** Old or home-made codes in the GSR file → ISO alpha-3. */
const CODE_MAP: Record<string, string> = { JAP: 'JPN', ITL: 'ITA', VTN: 'VNM', IMG: 'IGO', ISM: 'IGO' };

interface GsrActor { actorText: string; code: string; sector?: string }
interface GsrRecord { id: string; event: string; text?: string; source?: GsrActor[] | ''; target?: GsrActor[] | '' }

function codeOf(a: EventActor | undefined): string | undefined {
  if (!a) return undefined;
  return a.country ?? (a.sector === 'IGO' || a.sector === 'NGO' ? a.sector : undefined);
}

function goldCodes(v: GsrActor[] | '' | undefined): string[] {
  return Array.isArray(v) ? v.map((a) => CODE_MAP[a.code] ?? a.code) : [];
}

function evalGsr(): Record<string, number> {
  const records = (JSON.parse(readFileSync(sharedDataPath('events', 'PLOVER_GSR_CAMEO.json'), 'utf8')) as GsrRecord[]).filter((r) => r.text);
  let typeOk = 0, srcN = 0, srcOk = 0, tarN = 0, tarOk = 0, anyOk = 0;
  const confusion = new Map<string, number>();
  for (const r of records) {
    const gold = PLOVER_MAP[r.event] ?? r.event;
    const events = annotate(r.id, r.text!, '2000-01-01');
    const top = main(events)?.event;
    if (events.some((e) => e.event.plover.type === gold)) anyOk++;
    if (top?.plover.type !== gold) {
      const key = `${gold}→${top?.plover.type ?? 'none'}`;
      confusion.set(key, (confusion.get(key) ?? 0) + 1);
      if (verbose) console.log(`TYPE ${key} | ${r.text}`);
      continue;
    }
    typeOk++;
    const src = goldCodes(r.source);
    if (src.length) {
      srcN++;
      const ok = src.includes(codeOf(top.actor) ?? '-');
      if (ok) srcOk++;
      else if (verbose) console.log(`SRC gold ${src.join(',')} got ${codeOf(top.actor) ?? '-'} (${top.actor?.text ?? ''}) | ${r.text}`);
    }
    const tar = goldCodes(r.target);
    if (tar.length) {
      tarN++;
      const ok = tar.includes(codeOf(top.target) ?? '-');
      if (ok) tarOk++;
      else if (verbose) console.log(`TAR gold ${tar.join(',')} got ${codeOf(top.target) ?? '-'} (${top.target?.text ?? ''}) | ${r.text}`);
    }
  }
  if (verbose) console.log([...confusion].sort((a, b) => b[1] - a[1]).slice(0, 25));
  return {
    sentences: records.length,
    typeAccuracy: typeOk / records.length,
    typeInAnyEvent: anyOk / records.length,
    sourceCountryAccuracy: srcOk / Math.max(1, srcN),
    sourceN: srcN,
    targetCountryAccuracy: tarOk / Math.max(1, tarN),
    targetN: tarN,
  };
}

function evalPetr(): Record<string, number> {
  const xml = readFileSync(sharedDataPath('events', 'PETR.UnitTest.records.xml'), 'utf8');
  const re = /<Sentence [^>]*id="([^"]+)"[^>]*>([\s\S]*?)<\/Sentence>/g;
  let n = 0, ok = 0, standardN = 0, standardOk = 0, noneN = 0, noneOk = 0;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const body = m[2]!;
    const text = body.match(/<Text>([\s\S]*?)<\/Text>/)?.[1]?.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const roots = [...body.matchAll(/eventcode="(\d+)\w*"/g)].map((a) => a[1]!.slice(0, 2));
    const top = main(annotate(m[1]!, text, '1995-01-01'))?.event;
    const got = top?.cameo?.slice(0, 2);
    n++;
    if (!roots.length) {
      noneN++;
      if (!got) { noneOk++; ok++; }
      continue;
    }
    const hit = !!got && roots.includes(got);
    if (hit) ok++;
    if (roots.every((r) => Number(r) >= 1 && Number(r) <= 20)) {
      standardN++;
      if (hit) standardOk++;
      else if (verbose) console.log(`CAMEO gold ${roots.join(',')} got ${top?.cameo ?? 'none'} (${top ? text.slice(top.start, top.end) : ''}) | ${text}`);
    }
  }
  return {
    sentences: n,
    rootAccuracyAll: ok / n,
    standardCameoSentences: standardN,
    rootAccuracyStandardCameo: standardOk / Math.max(1, standardN),
    noEventSentences: noneN,
    noEventCorrect: noneOk / Math.max(1, noneN),
  };
}

const gsr = evalGsr();
const petr = evalPetr();
const docs = gsr.sentences! + petr.sentences!;
console.log(JSON.stringify({ plover_gsr: gsr, petr_unit_tests: petr, msPerSentence: annotateMs / docs }, null, 2));
