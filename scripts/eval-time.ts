/**
 * Evaluates the time layer on TimeBank (TempEval-3 TBAQ-cleaned, TimeBank part).
 *
 * For each .tml file: the body inside <TEXT> is stripped of tags (gold TIMEX3
 * offsets recorded), the DCT value is the publication date, and the `times`
 * component runs on the stripped text. The DCT TIMEX3 sits outside <TEXT>, so it
 * is never scored. Scores (TempEval-3 style):
 *  - relaxed: one-to-one matching of overlapping spans; P/R/F1
 *  - strict: exact span match; P/R/F1
 *  - type accuracy: over relaxed-matched pairs
 *  - value F1: a matched pair counts when values are equal; P over system, R over gold
 * Usage: npx tsx scripts/eval-time.ts [--errors N] [--dir path]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Doc } from '../src/model/doc.js';
import type { Time } from '../src/model/layers.js';
import { textComponent } from '../src/annotate/text/component.js';
import { timesComponent } from '../src/annotate/times/component.js';
import { sharedDataPath } from '../src/paths.js';

interface GoldTimex { start: number; end: number; type: string; value: string; text: string }

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

function parseTml(xml: string): { text: string; dct: string; gold: GoldTimex[] } {
  const dct = /<DCT>\s*<TIMEX3[^>]*value="([^"]+)"/.exec(xml)?.[1] ?? '';
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const gold: GoldTimex[] = [];
  let open: { start: number; type: string; value: string } | undefined;
  const re = /<(\/?)([A-Za-z0-9]+)([^>]*)>|&[a-z]+;|[^<&]+|&/g;
  for (const m of body.matchAll(re)) {
    if (m[2]) {
      if (m[2] === 'TIMEX3' && !m[1]) {
        open = { start: text.length, type: /type="([^"]+)"/.exec(m[3]!)?.[1] ?? '', value: /value="([^"]*)"/.exec(m[3]!)?.[1] ?? '' };
      } else if (m[2] === 'TIMEX3' && m[1] && open) {
        gold.push({ ...open, end: text.length, text: text.slice(open.start, text.length) });
        open = undefined;
      }
      continue;
    }
    text += ENTITIES[m[0]] ?? m[0];
  }
  return { text, dct, gold };
}

interface Counts { gold: number; sys: number; relaxed: number; strict: number; typeOk: number; valueOk: number }

function match(gold: GoldTimex[], sys: readonly Time[]): { pairs: Array<[GoldTimex, Time]>; missed: GoldTimex[]; spurious: Time[] } {
  const used = new Set<number>();
  const pairs: Array<[GoldTimex, Time]> = [];
  const missed: GoldTimex[] = [];
  for (const g of gold) {
    let best = -1;
    let bestOverlap = 0;
    sys.forEach((s, i) => {
      if (used.has(i)) return;
      const overlap = Math.min(g.end, s.end) - Math.max(g.start, s.start);
      if (overlap > bestOverlap) { best = i; bestOverlap = overlap; }
    });
    if (best >= 0) { used.add(best); pairs.push([g, sys[best]!]); } else missed.push(g);
  }
  return { pairs, missed, spurious: sys.filter((_, i) => !used.has(i)) };
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const fmt = (x: number): string => x.toFixed(3);

function main(): void {
  const args = process.argv.slice(2);
  const errorsArg = args.indexOf('--errors');
  const showErrors = errorsArg >= 0 ? Number(args[errorsArg + 1] ?? 50) : 0;
  const dirArg = args.indexOf('--dir');
  const dir = dirArg >= 0 ? args[dirArg + 1]! : sharedDataPath('timebank');
  const files = readdirSync(dir).filter((f) => f.endsWith('.tml')).sort();
  const c: Counts = { gold: 0, sys: 0, relaxed: 0, strict: 0, typeOk: 0, valueOk: 0 };
  const errors: string[] = [];
  let timeMs = 0;
  let chars = 0;
  for (const file of files) {
    const { text, dct, gold } = parseTml(readFileSync(join(dir, file), 'utf8'));
    const doc = new Doc(file, text, { published: dct });
    textComponent.run(doc);
    const cpu0 = process.cpuUsage();
    timesComponent.run(doc);
    const cpu = process.cpuUsage(cpu0);
    timeMs += (cpu.user + cpu.system) / 1000;
    chars += text.length;
    const sys = doc.get('times');
    const { pairs, missed, spurious } = match(gold, sys);
    c.gold += gold.length;
    c.sys += sys.length;
    c.relaxed += pairs.length;
    for (const [g, s] of pairs) {
      const exact = g.start === s.start && g.end === s.end;
      if (exact) c.strict++;
      if (g.type === s.type) c.typeOk++;
      if (g.value === s.value) c.valueOk++;
      if (!exact || g.value !== s.value || g.type !== s.type) errors.push(`${file}\tDIFF\tgold [${g.text}] ${g.type} ${g.value}\tsys [${s.text}] ${s.type} ${s.value} (${s.source})`);
    }
    for (const g of missed) errors.push(`${file}\tMISS\t[${g.text}] ${g.type} ${g.value}\t…${text.slice(Math.max(0, g.start - 40), g.end + 30).replace(/\s+/g, ' ')}`);
    for (const s of spurious) errors.push(`${file}\tSPUR\t[${s.text}] ${s.type} ${s.value} (${s.source})\t…${text.slice(Math.max(0, s.start - 40), s.end + 30).replace(/\s+/g, ' ')}`);
  }
  const rel = { p: c.relaxed / c.sys, r: c.relaxed / c.gold };
  const strict = { p: c.strict / c.sys, r: c.strict / c.gold };
  const value = { p: c.valueOk / c.sys, r: c.valueOk / c.gold };
  console.log(`TimeBank: ${files.length} docs, ${c.gold} gold TIMEX3 (DCT excluded), ${c.sys} system`);
  console.log(`relaxed  P ${fmt(rel.p)} R ${fmt(rel.r)} F1 ${fmt(f1(rel.p, rel.r))}`);
  console.log(`strict   P ${fmt(strict.p)} R ${fmt(strict.r)} F1 ${fmt(f1(strict.p, strict.r))}`);
  console.log(`type accuracy (matched) ${fmt(c.typeOk / c.relaxed)}`);
  console.log(`value    P ${fmt(value.p)} R ${fmt(value.r)} F1 ${fmt(f1(value.p, value.r))}`);
  console.log(`speed: times component ${timeMs.toFixed(0)} ms CPU for ${files.length} docs (${(chars / 1e6).toFixed(2)} M chars), ${(files.length / (timeMs / 1000)).toFixed(0)} docs/s`);
  if (showErrors) for (const e of errors.slice(0, showErrors)) console.log(e);

  // --floor: the pinned quality floor CI checks (issue #5 targets); a drop below it fails the run.
  if (args.includes('--floor')) {
    const floors: [string, number, number][] = [
      ['relaxed F1', f1(rel.p, rel.r), 0.92],
      ['strict F1', f1(strict.p, strict.r), 0.85],
      ['value F1', f1(value.p, value.r), 0.82],
    ];
    const below = floors.filter(([, got, min]) => got < min);
    for (const [name, got, min] of below) console.error(`quality floor: ${name} ${fmt(got)} < ${min}`);
    if (below.length) process.exit(1);
    console.log('quality floor: time layer at or above its targets');
  }
}

main();
