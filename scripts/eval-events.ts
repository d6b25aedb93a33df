/**
 * Event coding evaluation on the development references in ../shared/data/events:
 *  - PLOVER_GSR_CAMEO.json: event type accuracy of each sentence's main event
 *    (PLOVER 0.5 labels mapped: DEMAND→REQUEST, DISAPPROVE→ACCUSE,
 *    INVESTIGATE→ACCUSE, FIGHT→ASSAULT), and source/target country accuracy on
 *    sentences whose type matched;
 *  - PETR.UnitTest.records.xml: CAMEO root accuracy of the main event. Its
 *    codes with roots above 20 (21x, 22x, 34x, 9xx) are test codes of the
 *    PETRARCH validation dictionaries, not CAMEO; they are reported apart;
 *  - acled-fixtures.ts: our own invented sentences, one ACLED sub-event type each;
 *  - acled-dev-set.ts / cameo-dev-set.ts: our independent dev sets (ACLED sub-event type,
 *    CAMEO root), and their check sets written afterwards and never tuned on;
 *  - cameo_class_train.tsv: 5-way CAMEO class of the main event (all, and a fixed 20% held out);
 *  - cameo_ner_train.txt: source/target span accuracy of the main event's actor and target.
 * Runs the default pipeline (src/pipeline/default.ts) up to events, then
 * extractEvents for the ranked events.
 * Usage: npm run eval:events [-- --verbose] [-- --only acled-dev,cameo-dev,acled-check,cameo-check]
 */
import { readFileSync } from 'node:fs';
import { Doc } from '../src/model/doc.js';
import { sharedDataPath } from '../src/paths.js';
import { createDefaultPipeline } from '../src/pipeline/default.js';
import { eventsComponent, extractEvents, type ScoredEvent } from '../src/annotate/events/component.js';
import type { EventActor } from '../src/model/layers.js';
import { ACLED_FIXTURES } from '../src/annotate/events/acled-fixtures.js';
import { ACLED_CHECK_SET, ACLED_DEV_SET, type AcledDevItem } from '../src/annotate/events/acled-dev-set.js';
import { CAMEO_CHECK_SET, CAMEO_DEV_SET, type CameoDevItem } from '../src/annotate/events/cameo-dev-set.js';
import { hashSpan } from '../src/util/fnv.js'; // FNV-1a

const verbose = process.argv.includes('--verbose');
/** `--only acled-dev,cameo-dev` runs just the named sets (gsr, petr, acled, acled-dev, cameo-dev, acled-check, cameo-check, class, spans). */
const onlyArg = process.argv[process.argv.indexOf('--only') + 1];
const only = process.argv.includes('--only') && onlyArg ? new Set(onlyArg.split(',')) : undefined;
const runs = (set: string) => !only || only.has(set);
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

/** Our own invented ACLED sentences (src/annotate/events/acled-fixtures.ts), through the whole pipeline. */
function evalAcledFixtures(): Record<string, number> {
  let ok = 0;
  for (const [i, [sentence, , subEventType]] of ACLED_FIXTURES.entries()) {
    const top = main(annotate(`acled-${i}`, sentence, '2024-05-02'))?.event;
    if (top?.acled?.subEventType === subEventType) ok++;
    else if (verbose) console.log(`ACLED want ${subEventType} got ${top?.acled?.subEventType ?? 'none'} | ${sentence}`);
  }
  return { sentences: ACLED_FIXTURES.length, subEventTypeAccuracy: ok / ACLED_FIXTURES.length, correct: ok };
}

/**
 * Our independent ACLED dev set (acled-dev-set.ts): sub-event type of the text's
 * main event (top-ranked over all its sentences; a second sentence may only give fatalities).
 */
function evalAcledDev(set: readonly AcledDevItem[] = ACLED_DEV_SET, tag = 'ACLED-DEV'): Record<string, number> {
  let ok = 0, typeOk = 0;
  const perType = new Map<string, { n: number; ok: number; got: Map<string, number> }>();
  for (const [i, [text, eventType, subEventType]] of set.entries()) {
    const top = main(annotate(`acled-dev-${i}`, text, '2024-06-01'))?.event;
    const got = top?.acled?.subEventType ?? 'none';
    const row = perType.get(subEventType) ?? { n: 0, ok: 0, got: new Map<string, number>() };
    perType.set(subEventType, row);
    row.n++;
    if (top?.acled?.eventType === eventType) typeOk++;
    if (got === subEventType) { ok++; row.ok++; continue; }
    row.got.set(got, (row.got.get(got) ?? 0) + 1);
    if (verbose) console.log(`${tag} want ${subEventType} got ${got} (${top ? text.slice(top.start, top.end) : ''} ${top?.source ?? ''}) | ${text}`);
  }
  if (verbose) {
    for (const [type, row] of perType) {
      const wrong = [...row.got].map(([g, n]) => `${g}×${n}`).join(', ');
      console.log(`${tag} ${type}: ${row.ok}/${row.n}${wrong ? ` (got ${wrong})` : ''}`);
    }
  }
  return { texts: set.length, subEventTypeAccuracy: ok / set.length, eventTypeAccuracy: typeOk / set.length, correct: ok };
}

/** Our independent CAMEO dev set (cameo-dev-set.ts): root of the main event's CAMEO code. */
function evalCameoDev(set: readonly CameoDevItem[] = CAMEO_DEV_SET, tag = 'CAMEO-DEV'): Record<string, number> {
  let ok = 0, exact = 0;
  const perRoot = new Map<string, { n: number; ok: number }>();
  for (const [i, [sentence, code]] of set.entries()) {
    const top = main(annotate(`cameo-dev-${i}`, sentence, '2024-06-01'))?.event;
    const root = code.slice(0, 2);
    const row = perRoot.get(root) ?? { n: 0, ok: 0 };
    perRoot.set(root, row);
    row.n++;
    if (top?.cameo === code) exact++;
    if (top?.cameo?.slice(0, 2) === root) { ok++; row.ok++; continue; }
    if (verbose) console.log(`${tag} want ${code} got ${top?.cameo ?? 'none'} (${top ? sentence.slice(top.start, top.end) : ''} ${top?.source ?? ''}) | ${sentence}`);
  }
  if (verbose) console.log(`${tag} per root: ${[...perRoot].map(([r, x]) => `${r} ${x.ok}/${x.n}`).join(', ')}`);
  return { sentences: set.length, rootAccuracy: ok / set.length, exactCodeAccuracy: exact / set.length, correct: ok };
}

/**
 * Held-out split for the ConfliBERT sets: a fixed hash of the sentence puts 20% in
 * the held-out part, so figures stay comparable if a model is ever trained on the rest.
 */
function heldOut(sentence: string): boolean {
  return hashSpan(sentence, 0, sentence.length) % 5 === 0;
}

/**
 * cameo_class_train.tsv: 5 classes, read from the examples and from how our CAMEO
 * roots fall across them (a root-by-class table of this set): 0 statements and
 * appeals (01-02); 1 intent, consult, diplomatic cooperation (03-05); 2 material
 * cooperation (06-08: aid, release, lift a ban); 3 verbal conflict (09-13: reject,
 * condemn, veto; and 16, reduce relations); 4 material conflict (14-15, 17-20).
 */
function cameoClass(cameo: string | undefined): number | undefined {
  if (!cameo) return undefined;
  const root = Number(cameo.slice(0, 2));
  return root <= 2 ? 0 : root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 || root === 16 ? 3 : 4;
}

function evalCameoClass(): Record<string, number> {
  const rows = readFileSync(sharedDataPath('events', 'cameo_class_train.tsv'), 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'));
  const tally = { all: 0, allOk: 0, held: 0, heldOk: 0, none: 0 };
  rows.forEach(([sentence, gold], i) => {
    const got = cameoClass(main(annotate(`class-${i}`, sentence!, '2018-01-01'))?.event.cameo);
    if (got === undefined) tally.none++;
    const ok = got === Number(gold);
    tally.all++;
    if (ok) tally.allOk++;
    if (heldOut(sentence!)) {
      tally.held++;
      if (ok) tally.heldOk++;
    }
  });
  return { sentences: tally.all, classAccuracy: tally.allOk / tally.all, heldOutSentences: tally.held, heldOutClassAccuracy: tally.heldOk / tally.held, noEvent: tally.none };
}

/** cameo_ner_train.txt: source (S) and target (T) spans in BIO over tokens; sentences rebuilt with single spaces. */
function evalSpans(): Record<string, number> {
  const blocks = readFileSync(sharedDataPath('events', 'cameo_ner_train.txt'), 'utf8').split(/\n\s*\n/).filter((b) => b.trim());
  const t = { n: 0, srcN: 0, srcOverlap: 0, srcExact: 0, tarN: 0, tarOverlap: 0, tarExact: 0, heldSrcN: 0, heldSrcOk: 0, heldTarN: 0, heldTarOk: 0 };
  blocks.forEach((block, i) => {
    let text = '';
    const spans: Record<'S' | 'T', { start: number; end: number }[]> = { S: [], T: [] };
    for (const line of block.split('\n')) {
      const cut = line.lastIndexOf(' ');
      if (cut <= 0) continue;
      const word = line.slice(0, cut);
      const tag = line.slice(cut + 1);
      if (text) text += ' ';
      const start = text.length;
      text += word;
      const role = tag.slice(2) as 'S' | 'T';
      if (tag.startsWith('B-')) spans[role]?.push({ start, end: text.length });
      else if (tag.startsWith('I-') && spans[role]?.length) spans[role][spans[role].length - 1]!.end = text.length;
    }
    const top = main(annotate(`span-${i}`, text, '2018-01-01'))?.event;
    const held = heldOut(text);
    t.n++;
    const check = (gold: { start: number; end: number }[], got: EventActor | undefined, role: 'src' | 'tar') => {
      if (!gold.length) return;
      const overlap = !!got && gold.some((g) => got.start < g.end && g.start < got.end);
      const exact = !!got && gold.some((g) => g.start === got.start && g.end === got.end);
      if (role === 'src') {
        t.srcN++; if (overlap) t.srcOverlap++; if (exact) t.srcExact++;
        if (held) { t.heldSrcN++; if (overlap) t.heldSrcOk++; }
      } else {
        t.tarN++; if (overlap) t.tarOverlap++; if (exact) t.tarExact++;
        if (held) { t.heldTarN++; if (overlap) t.heldTarOk++; }
      }
    };
    // Inferred participants are guesses from the site, not text spans.
    check(spans.S, top?.actor?.inferred ? undefined : top?.actor, 'src');
    check(spans.T, top?.target?.inferred ? undefined : top?.target, 'tar');
  });
  return {
    sentences: t.n,
    sourceSpanOverlap: t.srcOverlap / t.srcN, sourceSpanExact: t.srcExact / t.srcN, sourceN: t.srcN,
    targetSpanOverlap: t.tarOverlap / t.tarN, targetSpanExact: t.tarExact / t.tarN, targetN: t.tarN,
    heldOutSourceSpanOverlap: t.heldSrcOk / t.heldSrcN, heldOutTargetSpanOverlap: t.heldTarOk / t.heldTarN,
  };
}

const results: Record<string, Record<string, number>> = {};
if (runs('gsr')) results.plover_gsr = evalGsr();
if (runs('petr')) results.petr_unit_tests = evalPetr();
if (runs('acled')) results.acled_fixtures = evalAcledFixtures();
if (runs('acled-dev')) results.acled_dev_set = evalAcledDev();
if (runs('cameo-dev')) results.cameo_dev_set = evalCameoDev();
if (runs('acled-check')) results.acled_check_set = evalAcledDev(ACLED_CHECK_SET, 'ACLED-CHECK');
if (runs('cameo-check')) results.cameo_check_set = evalCameoDev(CAMEO_CHECK_SET, 'CAMEO-CHECK');
if (runs('class')) results.cameo_class = evalCameoClass();
if (runs('spans')) results.cameo_spans = evalSpans();
const docs = Object.values(results).reduce((n, r) => n + (r.sentences ?? r.texts ?? 0), 0);
console.log(JSON.stringify({ ...results, msPerSentence: annotateMs / Math.max(1, docs) }, null, 2));
