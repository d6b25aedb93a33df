/**
 * npx tsx scripts/bench-ner.ts (also run by npm run bench) — speed of tokenization + entity
 * tagging on news text (CoNLL-2003 dev documents, sentences joined with
 * newlines), against compromise's people()/places()/organizations() on the
 * same texts in the same run, and the two steps alone (wink tokenization;
 * entities on already tokenized documents). Also reports RSS after loading
 * the model. Rates are given per wall-clock second and per CPU second of this
 * process (the second is steadier on a shared machine), and per CPU second
 * of the main thread alone (without V8's helper threads: JIT compiles, GC).
 * ROUNDS=n repeats the texts.
 *
 * Warm-up runs on CoNLL *train* documents, not the timed dev ones: it warms
 * the JIT and the tagger's per-word caches with common words, as in a
 * long-running process, while words particular to the dev texts are still
 * met cold in the first timed round (reported per round). WARMUP=n sets the
 * number of warm-up documents (default: all 946, ~204k tokens). With fewer,
 * V8 is still compiling during the first timed round: at 500 documents that
 * round ran at ~106k tokens per CPU-second of the main thread but ~80k of
 * the process, the difference being TurboFan on its helper threads; with
 * all 946 the two were 129k and 123k.
 */
import nlp from 'compromise';
import { entitiesComponent, getTagger } from '../src/annotate/entities/component.js';
import { readConll } from '../src/annotate/entities/conll.js';
import { textComponent } from '../src/annotate/text/component.js';
import { Doc } from '../src/model/doc.js';
import { sharedDataPath } from '../src/paths.js';
import { processCpuMs, threadCpuMs } from './thread-cpu.js';

const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
const rssBefore = process.memoryUsage().rss;
const tLoad = performance.now();
getTagger();
const loadMs = performance.now() - tLoad;
const rssAfter = process.memoryUsage().rss;

const asText = (doc: { words: string[] }[]) => doc.map((s) => s.words.join(' ')).join('\n');
const texts = readConll(sharedDataPath('conll2003', 'dev.txt')).map(asText);
const WARMUP = Number(process.env.WARMUP ?? Infinity);
const warmTexts = readConll(sharedDataPath('conll2003', 'train.txt')).slice(0, WARMUP).map(asText);
const ROUNDS = Number(process.env.ROUNDS ?? 2);

const cpuSeconds = () => processCpuMs() / 1000;

function time(label: string, fn: (text: string) => number, warm: readonly string[] = warmTexts): { tokens: number; seconds: number; cpu: number } {
  for (const t of warm) fn(t);
  let tokens = 0;
  const t0 = performance.now();
  const c0 = cpuSeconds();
  const m0 = threadCpuMs();
  // Per round: the first meets the dev texts' own words cold, later ones find them cached.
  const perRound: string[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const r0 = cpuSeconds();
    const rm0 = threadCpuMs();
    let n = 0;
    for (const t of texts) n += fn(t);
    tokens += n;
    const rm1 = threadCpuMs();
    const main = rm0 === undefined || rm1 === undefined ? '' : ` (main thread ${(n / (rm1 - rm0)).toFixed(0)}k)`;
    perRound.push((n / (cpuSeconds() - r0) / 1000).toFixed(0) + 'k' + main);
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = cpuSeconds() - c0;
  const m1 = threadCpuMs();
  const mainRate = m0 === undefined || m1 === undefined ? 'n/a' : ((tokens / (m1 - m0)) * 1000).toFixed(0);
  console.log(
    `${label.padEnd(44)} ${(tokens / seconds).toFixed(0).padStart(8)} tokens/s wall, ${(tokens / cpu).toFixed(0).padStart(8)} tokens/CPU-s, ${mainRate.padStart(8)} per CPU-s of the main thread  (${tokens} tokens, ${seconds.toFixed(1)} s; per round ${perRound.join(', ')} tokens/CPU-s)`,
  );
  return { tokens, seconds, cpu };
}

console.log(`warm-up: ${warmTexts.length} CoNLL train documents; model load ${loadMs.toFixed(0)} ms; RSS ${mb(rssBefore)} MB before, ${mb(rssAfter)} MB after loading the model`);
let i = 0;
const ours = time('sitrep: wink tokens + entities (component)', (text) => {
  const doc = new Doc(`d${i++}`, text);
  textComponent.run(doc);
  entitiesComponent.run(doc);
  return doc.get('tokens').length;
});
const tokensPerText = new Map<string, number>();
const tokenized = new Map<string, Doc>();
// Entities alone re-warm on a few pre-tokenized documents only (the JIT is warm by then; holding
// all warm-up documents tokenized would swell the RSS reported at the end).
const rewarmTexts = warmTexts.slice(0, 100);
for (const t of [...texts, ...rewarmTexts]) {
  const doc = new Doc('x', t);
  textComponent.run(doc);
  tokensPerText.set(t, doc.get('tokens').length);
  tokenized.set(t, doc);
}
time('  wink tokens alone (text component)', (text) => {
  const doc = new Doc('x', text);
  textComponent.run(doc);
  return doc.get('tokens').length;
});
time('  entities alone (on tokenized docs)', (text) => {
  const doc = tokenized.get(text)!;
  entitiesComponent.run(doc);
  return tokensPerText.get(text)!;
}, rewarmTexts);
const theirs = time('compromise: people/places/organizations', (text) => {
  const d = nlp(text);
  d.people().out('array');
  d.places().out('array');
  d.organizations().out('array');
  return tokensPerText.get(text)!;
});
const ratio = ours.tokens / ours.seconds / (theirs.tokens / theirs.seconds);
const cpuRatio = ours.tokens / ours.cpu / (theirs.tokens / theirs.cpu);
console.log(`ratio sitrep / compromise: ${ratio.toFixed(2)}x wall, ${cpuRatio.toFixed(2)}x CPU; RSS at end ${mb(process.memoryUsage().rss)} MB`);
