/**
 * The `text` step (wink-nlp tokens, sentences, POS): output dump and speed.
 *
 *   node dist-X/scripts/bench-text.js dump OUT.jsonl
 *     Tokenizes, in one process and in this order, CoNLL-2003 dev then train
 *     documents (sentences joined with newlines), every PolNeAR text (train,
 *     dev), the seed stories, then every text once more, and writes one JSON
 *     line per text: its tokens [start, end, pos, sentence] and sentences
 *     [start, end]. Two builds tokenize identically, whatever was read before,
 *     iff `cmp` finds their dumps equal.
 *
 *   node dist-X/scripts/bench-text.js time
 *     CPU time of tokenize() per article on unseen text: warms up on the first
 *     WARMUP (default 200) PolNeAR train texts, then times one pass over the
 *     other train texts and the dev texts (words new to the process included).
 *     Run two builds alternately (the machine is shared and noisy); with
 *     CHUNKS=1 it also prints the CPU ms of each chunk of 24 articles.
 *
 *   node dist-X/scripts/bench-text.js pair BUILD_A BUILD_B
 *     The same measure for two compiled builds (e.g. dist-base dist-new) in
 *     one process, each on its own copy of wink (copied into BUILD/node_modules),
 *     article by article, alternating which goes first: both meet the same
 *     machine load, so their ratio is far steadier than separate runs.
 *
 * Run through `npx tsx scripts/bench-text.ts ...` it measures the source tree.
 */
import { cpSync, existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readConll } from '../src/annotate/entities/conll.js';
import { tokenize } from '../src/annotate/text/tokenize.js';
import { repoPath, sharedDataPath } from '../src/paths.js';
import { loadPolnearArticles, seedArticles, type PolnearSplit } from './polnear-articles.js';
import { cpuMicros, processCpuMs } from './thread-cpu.js';

const asText = (doc: { words: string[] }[]) => doc.map((s) => s.words.join(' ')).join('\n');

const polnear = (split: PolnearSplit) => loadPolnearArticles(split).map((a) => a.text);

function dump(out: string): void {
  const texts = [
    ...readConll(sharedDataPath('conll2003', 'dev.txt')).map(asText),
    ...readConll(sharedDataPath('conll2003', 'train.txt')).slice(0, 2000).map(asText),
    ...polnear('train'),
    ...polnear('dev'),
    ...seedArticles().map((a) => a.text),
  ];
  const lines: string[] = [];
  for (const text of [...texts, ...texts]) {
    const { tokens, sentences } = tokenize(text);
    lines.push(
      JSON.stringify({
        tokens: tokens.map((t) => [t.start, t.end, t.pos, t.sentence]),
        sentences: sentences.map((s) => [s.start, s.end]),
      }),
    );
  }
  writeFileSync(out, lines.join('\n') + '\n');
  console.log(`${texts.length} texts, twice: ${lines.length} lines -> ${out}`);
}

function time(): void {
  const WARMUP = Number(process.env.WARMUP ?? 200);
  const train = polnear('train');
  const warm = train.slice(0, WARMUP);
  const timed = [...train.slice(WARMUP), ...polnear('dev')];
  for (const t of warm) tokenize(t);
  let tokens = 0;
  // CPU time per chunk of CHUNK articles, printed with CHUNKS=1: the sum over
  // chunks of each chunk's minimum across several runs of one build filters
  // out much of the noise of a shared machine.
  const CHUNK = 24;
  const chunks: number[] = [];
  const c0 = processCpuMs();
  let chunkStart = c0;
  timed.forEach((t, i) => {
    tokens += tokenize(t).tokens.length;
    if ((i + 1) % CHUNK === 0 || i === timed.length - 1) {
      const now = processCpuMs();
      chunks.push(Math.round((now - chunkStart) * 1000) / 1000);
      chunkStart = now;
    }
  });
  const ms = processCpuMs() - c0;
  if (process.env.CHUNKS === '1') console.log('chunks ' + JSON.stringify(chunks));
  console.log(
    `text step, unseen text: ${(ms / timed.length).toFixed(3)} CPU ms/article, ` +
      `${((tokens / ms) * 1000 / 1000).toFixed(0)}k tokens/CPU s (${timed.length} articles, ${tokens} tokens)`,
  );
}

type TokenizeFn = typeof tokenize;

/**
 * tokenize() of a compiled build, on its own copy of wink-nlp and its model
 * (copied into BUILD/node_modules, where Node looks first), so that two
 * builds in one process share no module, JIT feedback or lexicon cache.
 */
async function loadBuild(build: string): Promise<TokenizeFn> {
  for (const pkg of ['wink-nlp', 'wink-eng-lite-web-model']) {
    const copy = resolve(build, 'node_modules', pkg);
    if (!existsSync(copy)) cpSync(repoPath('node_modules', pkg), copy, { recursive: true });
  }
  const module = (await import(pathToFileURL(resolve(build, 'src/annotate/text/tokenize.js')).href)) as { tokenize: TokenizeFn };
  return module.tokenize;
}

async function pair(buildA: string, buildB: string): Promise<void> {
  const [a, b] = [await loadBuild(buildA), await loadBuild(buildB)];
  const WARMUP = Number(process.env.WARMUP ?? 200);
  const train = polnear('train');
  const timed = [...train.slice(WARMUP), ...polnear('dev')];
  for (const t of train.slice(0, WARMUP)) {
    a(t);
    b(t);
  }
  let usA = 0;
  let usB = 0;
  timed.forEach((t, i) => {
    // Alternate which build meets the article first.
    if (i % 2 === 0) {
      usA += cpuMicros(() => a(t));
      usB += cpuMicros(() => b(t));
    } else {
      usB += cpuMicros(() => b(t));
      usA += cpuMicros(() => a(t));
    }
  });
  const perA = usA / 1000 / timed.length;
  const perB = usB / 1000 / timed.length;
  console.log(`${buildA} ${perA.toFixed(3)} CPU ms/article | ${buildB} ${perB.toFixed(3)} | B/A ${(perB / perA).toFixed(3)} (${timed.length} unseen articles, interleaved)`);
}

const [mode, arg, arg2] = process.argv.slice(2);
if (mode === 'dump' && arg) dump(arg);
else if (mode === 'time') time();
else if (mode === 'pair' && arg && arg2) await pair(arg, arg2);
else {
  console.error('usage: bench-text.js dump OUT.jsonl | time | pair BUILD_A BUILD_B');
  process.exit(2);
}
