/**
 * Evaluates the quotes layer on PolNeAR (brat standoff, ../shared/data/polnear).
 *
 * Gold: every attribution (E line) whose Cue contains a speech verb of our cue
 * lexicon or "according to"; content and source spans may be discontinuous
 * ("a b;c d"). Each doc is run through text → entities → times → quotes,
 * with the publication date from metadata.tsv.
 *  - content P/R/F1: a predicted quote matches a gold content when they
 *    overlap by at least half of the shorter one, both measured on their
 *    parts (gold fragments; a predicted interrupted quote `"A," he said,
 *    "B."` is its two quotation parts, not the attribution between them).
 *    R = matched gold / gold; P = matched predictions / predictions, where
 *    predictions that match only a non-speech attribution (filtered out of
 *    the gold) are not counted, nor are further predictions on gold already
 *    matched by an earlier one: PolNeAR gives `"A," he said, "B."` ONE
 *    attribution with a two-fragment content, so the two halves of a split
 *    quote are one statement, not two true positives.
 *  - speaker accuracy: over matched gold with a Source, the best-overlapping
 *    prediction's speaker span overlaps the gold Source.
 *  - interrupted direct quotes: gold contents in two fragments, the first
 *    opening with a quotation mark, with the cue between them and a comma or
 *    dash before the second (the attribution interrupts one sentence); how
 *    many come out as one quote covering both fragments.
 * Usage: npx tsx scripts/eval-quotes.ts [--split dev|train] [--limit N] [--errors N]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkMentions } from '../src/annotate/entities/link.js';
import { CUE_WORDS } from '../src/annotate/quotes/lexicon.js';
import { quotesComponent } from '../src/annotate/quotes/component.js';
import { quoteParts } from '../src/annotate/quotes/parts.js';
import { textComponent } from '../src/annotate/text/component.js';
import { timesComponent } from '../src/annotate/times/component.js';
import { Doc } from '../src/model/doc.js';
import type { Entity, Quote, Span } from '../src/model/layers.js';
import type { Component } from '../src/pipeline/component.js';
import { sharedDataPath } from '../src/paths.js';

type Fragments = [number, number][];
interface GoldAttribution {
  content: Fragments;
  cue: Fragments;
  source: Fragments | null;
  cueText: string;
  speech: boolean;
}

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const split = arg('split') ?? 'dev';
const limit = Number(arg('limit') ?? Infinity);
const showErrors = Number(arg('errors') ?? 0);

/** Lemmas in the cue lexicon that are thought, not speech. */
const NOT_SPEECH = new Set(['believe', 'think']);

function isSpeechCue(cue: string): boolean {
  const words = cue.toLowerCase().replace(/’/g, "'").split(/[^a-z']+/);
  if (/according to/i.test(cue) || /point(?:s|ed|ing)? out/i.test(cue)) return true;
  return words.some((w) => {
    const info = CUE_WORDS.get(w);
    return info !== undefined && !NOT_SPEECH.has(info.lemma);
  });
}

function parseFragments(s: string): Fragments {
  return s.split(';').map((f) => f.trim().split(/\s+/).map(Number) as [number, number]);
}

function parseAnn(ann: string): GoldAttribution[] {
  const spans = new Map<string, { type: string; frags: Fragments; text: string }>();
  const relations: Map<string, string>[] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (line.startsWith('T') && cols.length >= 3) {
      const sp = cols[1]!.indexOf(' ');
      spans.set(cols[0]!, { type: cols[1]!.slice(0, sp), frags: parseFragments(cols[1]!.slice(sp + 1)), text: cols[2]! });
    } else if (line.startsWith('E') && cols.length >= 2) {
      const roles = new Map<string, string>();
      for (const part of cols[1]!.split(/\s+/)) {
        const [role, id] = part.split(':');
        if (role && id) roles.set(role.replace(/\d+$/, ''), id);
      }
      relations.push(roles);
    }
  }
  const out: GoldAttribution[] = [];
  for (const r of relations) {
    const content = spans.get(r.get('Content') ?? '');
    const cue = spans.get(r.get('Cue') ?? '');
    if (!content || !cue) continue;
    const source = spans.get(r.get('Source') ?? '');
    out.push({ content: content.frags, cue: cue.frags, source: source?.frags ?? null, cueText: cue.text, speech: isSpeechCue(cue.text) });
  }
  return out;
}

const fragLength = (f: Fragments) => f.reduce((n, [a, b]) => n + (b - a), 0);
function overlapSpan(f: Fragments, s: number, e: number): number {
  return f.reduce((n, [a, b]) => n + Math.max(0, Math.min(b, e) - Math.max(a, s)), 0);
}
/** A prediction as what the eval compares: its content parts. */
interface Predicted {
  quote: Quote;
  parts: Span[];
  length: number;
}
function overlap(f: Fragments, p: Predicted): number {
  return p.parts.reduce((n, s) => n + overlapSpan(f, s.start, s.end), 0);
}
function matches(g: Fragments, p: Predicted): boolean {
  const o = overlap(g, p);
  return o > 0 && o >= Math.min(fragLength(g), p.length) / 2;
}

/** Gold content in two fragments with the cue between them, the second after a comma or dash: `"A," he said, "B."`. */
function isInterrupted(text: string, g: GoldAttribution): boolean {
  if (g.content.length !== 2) return false;
  const [[, firstEnd], [secondStart]] = g.content as [[number, number], [number, number]];
  const cueStart = g.cue[0]![0];
  return cueStart >= firstEnd && cueStart < secondStart && /[,—–]\s*$/.test(text.slice(firstEnd, secondStart));
}
/** One prediction covers every fragment of the gold content (at least half of each). */
const coversAll = (g: GoldAttribution, p: Predicted) =>
  g.content.every(([a, b]) => overlap([[a, b]], p) >= (b - a) / 2);

function loadMeta(): Map<string, { published: string; split: string }> {
  const meta = new Map<string, { published: string; split: string }>();
  const lines = readFileSync(sharedDataPath('polnear', 'metadata.tsv'), 'utf8').split('\n').slice(1);
  for (const line of lines) {
    const c = line.split('\t');
    if (c.length > 5) meta.set(c[1]!, { split: c[0]!, published: c[5]! });
  }
  return meta;
}

/** Stand-in entity layer when the entities component cannot load: runs of capitalised words as PER. */
const capitalisedNames: Component = {
  name: 'entities-fallback',
  requires: ['tokens'],
  assigns: ['entities'],
  run(doc) {
    const out: Entity[] = [];
    const re = /\b\p{Lu}[\p{Ll}’'.-]+(?:\s+\p{Lu}[\p{Ll}’'.-]+)*/gu;
    for (const m of doc.text.matchAll(re)) {
      const sentenceStart = m.index === 0 || /[.!?"“”]\s*$|\n\s*$/.test(doc.text.slice(Math.max(0, m.index - 3), m.index));
      if (sentenceStart && !m[0].includes(' ')) continue;
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0], type: 'PER', source: 'eval/capitalised' });
    }
    // Surnames take the full name, as in the entities component (whose model is what failed to load).
    doc.set('entities', linkMentions(out));
  },
};

async function entityComponent(): Promise<Component> {
  try {
    return (await import('../src/annotate/entities/component.js')).entitiesComponent;
  } catch (err) {
    console.warn(`entities component unavailable (${(err as Error).message.split('\n')[0]}); using capitalised-name fallback`);
    return capitalisedNames;
  }
}
const entitiesComponent = await entityComponent();

const dir = sharedDataPath('polnear', split);
const meta = loadMeta();
const annFiles = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
const annByDoc = new Map<string, string>();
for (const f of annFiles) {
  const id = f.replace(/_[^_]+\.ann$/, '');
  if (!annByDoc.has(id)) annByDoc.set(id, f);
}

let gold = 0;
let goldMatched = 0;
let predCounted = 0;
let predMatched = 0;
let speakerTotal = 0;
let speakerRight = 0;
let duplicates = 0;
let interrupted = 0;
let interruptedWhole = 0;
let interruptedSplit = 0;
const byRule = new Map<string, { tp: number; fp: number }>();
const errors: string[] = [];
const started = Date.now();
let quotesMs = 0;
let chars = 0;

let n = 0;
for (const [id, annFile] of annByDoc) {
  if (n++ >= limit) break;
  const text = readFileSync(join(dir, 'text', `${id}.txt`), 'utf8');
  const attributions = parseAnn(readFileSync(join(dir, 'attributions', annFile), 'utf8'));
  const doc = new Doc(id, text, { published: meta.get(id)?.published ?? '' });
  for (const c of [textComponent, entitiesComponent, timesComponent]) c.run(doc);
  const t0 = performance.now();
  quotesComponent.run(doc);
  quotesMs += performance.now() - t0;
  chars += text.length;
  const predicted: Predicted[] = doc.get('quotes').map((quote) => {
    const parts = quoteParts(doc, quote);
    return { quote, parts, length: parts.reduce((n, s) => n + (s.end - s.start), 0) };
  });
  const speech = attributions.filter((a) => a.speech);

  for (const g of speech) {
    gold++;
    const hits = predicted.filter((p) => matches(g.content, p));
    // Direct only: the first fragment opens with a quotation mark (indirect `X, he said, Y` is not merged yet).
    if (isInterrupted(text, g) && /^(?:["“]|'')/.test(text.slice(g.content[0]![0]))) {
      interrupted++;
      if (hits.some((p) => coversAll(g, p))) interruptedWhole++;
      else {
        if (hits.length > 1) interruptedSplit++;
        const got = hits.map((p) => `(${p.quote.source}) ${JSON.stringify(p.quote.text?.slice(0, 50))}`).join(' + ') || '-';
        errors.push(`INT ${id}: ${JSON.stringify(text.slice(g.content[0]![0], g.content[1]![1]).slice(0, 160))} got ${got}`);
      }
    }
    if (hits.length === 0) {
      errors.push(`FN ${id}: [${g.cueText}] ${g.content.map(([a, b]) => text.slice(a, b)).join(' … ').slice(0, 140)}`);
      continue;
    }
    goldMatched++;
    if (!g.source) continue;
    speakerTotal++;
    const best = hits.sort((a, b) => overlap(g.content, b) - overlap(g.content, a))[0]!.quote;
    const sp = best.speaker;
    if (sp && overlapSpan(g.source, sp.start, sp.end) > 0) speakerRight++;
    else errors.push(`SPK ${id}: gold "${g.source.map(([a, b]) => text.slice(a, b)).join(' ')}" got "${sp?.text ?? '-'}" (${best.source}) for ${JSON.stringify(best.text?.slice(0, 60))}`);
  }
  const claimed = new Set<GoldAttribution>();
  for (const p of predicted) {
    const q = p.quote;
    const rule = byRule.get(q.source ?? '?') ?? { tp: 0, fp: 0 };
    byRule.set(q.source ?? '?', rule);
    const speechHits = speech.filter((g) => matches(g.content, p));
    if (speechHits.length > 0) {
      // A further piece of a statement an earlier prediction already matched is not a new true positive.
      if (speechHits.every((g) => claimed.has(g))) {
        duplicates++;
        continue;
      }
      for (const g of speechHits) claimed.add(g);
      predCounted++;
      predMatched++;
      rule.tp++;
    } else if (!attributions.some((g) => matches(g.content, p))) {
      predCounted++;
      rule.fp++;
      errors.push(`FP ${id}: (${q.source}) [${q.speaker?.text ?? '-'}] ${JSON.stringify(q.text?.slice(0, 120))}`);
    }
  }
}

const p = predCounted ? predMatched / predCounted : 0;
const r = gold ? goldMatched / gold : 0;
const f1 = p + r ? (2 * p * r) / (p + r) : 0;
const fmt = (x: number) => x.toFixed(3);
console.log(`PolNeAR ${split}: ${Math.min(n, annByDoc.size)} docs, ${gold} speech attributions, ${((Date.now() - started) / 1000).toFixed(1)}s`);
console.log(`quotes component alone: ${quotesMs.toFixed(0)} ms for ${(chars / 1e6).toFixed(2)} M characters`);
console.log(`content  P ${fmt(p)}  R ${fmt(r)}  F1 ${fmt(f1)}  (${predMatched}/${predCounted} predicted, ${goldMatched}/${gold} gold)`);
console.log(`speaker  accuracy ${fmt(speakerTotal ? speakerRight / speakerTotal : 0)}  (${speakerRight}/${speakerTotal} matched with a source)`);
const pEvery = predCounted + duplicates ? (predMatched + duplicates) / (predCounted + duplicates) : 0;
console.log(`further predictions on an already matched attribution (not counted): ${duplicates}; P counting them as true positives (definition before 2026-11-29) ${fmt(pEvery)}`);
console.log(`interrupted direct quotes ("A," he said, "B."): ${interrupted} gold, ${interruptedWhole} one quote, ${interruptedSplit} split in two or more`);
for (const [rule, c] of [...byRule].sort((a, b) => b[1].tp + b[1].fp - (a[1].tp + a[1].fp))) {
  console.log(`  ${rule.padEnd(36)} tp ${String(c.tp).padStart(4)}  fp ${String(c.fp).padStart(4)}`);
}
if (showErrors > 0) {
  const shuffled = errors.filter((_, i) => i % Math.max(1, Math.floor(errors.length / showErrors)) === 0).slice(0, showErrors);
  for (const e of shuffled) console.log(e);
}
