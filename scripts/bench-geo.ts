/**
 * Gazetteer speed (issue #7): "lookup of 10k toponyms in under 50 ms total
 * after load; load under 1 s". Each run is a fresh process (a fresh load,
 * cold caches and JIT), which loads the gazetteer, then looks up the same
 * 10k names (taken from across the file, as in bench.ts and eval-geo.ts)
 * several rounds in a row. Reports CPU milliseconds, median and worst over
 * the runs, for the load, the first round right after it and the later
 * rounds. CPU time, not wall time: the machine may be shared.
 *
 * Run: npx tsx scripts/bench-geo.ts [--runs 7] [--rounds 5]
 *      (compiled: node dist/scripts/bench-geo.js)
 */
import { spawnSync } from 'node:child_process';
import { TIMED_NAMES as NAMES, timeGazetteer, type GazetteerTiming } from './gazetteer-timing.js';

const LOAD_LIMIT_MS = 1000;
const LOOKUP_LIMIT_MS = 50;

const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};

type RunResult = Omit<GazetteerTiming, 'size'>;

/** One fresh process: load, then `rounds` rounds of 10k lookups. Prints its result as JSON. */
function child(rounds: number): void {
  const { loadMs, roundsMs, hits }: RunResult = timeGazetteer(rounds);
  console.log(JSON.stringify({ loadMs, roundsMs, hits }));
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const worst = (xs: readonly number[]) => Math.max(...xs);
const summary = (xs: readonly number[]) => `median ${median(xs).toFixed(1)} ms, worst ${worst(xs).toFixed(1)} ms`;

function parent(runs: number, rounds: number): void {
  const results: RunResult[] = [];
  for (let r = 0; r < runs; r++) {
    // The same runtime flags (tsx's loader when run from source), this script, in child mode.
    const out = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, '--child', '--rounds', String(rounds)], { encoding: 'utf8' });
    if (out.status !== 0) throw new Error(`bench-geo: run ${r + 1} failed: ${out.stderr}`);
    results.push(JSON.parse(out.stdout.trim().split('\n').pop()!) as RunResult);
  }
  const loads = results.map((r) => r.loadMs);
  const firsts = results.map((r) => r.roundsMs[0]!);
  const later = results.flatMap((r) => r.roundsMs.slice(1));
  console.log(`gazetteer speed, ${runs} fresh processes × ${rounds} rounds of ${NAMES / 1000}k lookups (${results[0]!.hits} hits a round), CPU time:`);
  console.log(`  load:              ${summary(loads)} (target < ${LOAD_LIMIT_MS} ms)`);
  console.log(`  first round:       ${summary(firsts)} (target < ${LOOKUP_LIMIT_MS} ms)`);
  console.log(`  later rounds:      ${summary(later)}`);
  console.log(`  every round:       ${results.map((r) => r.roundsMs.map((ms) => ms.toFixed(1)).join(' ')).join(' | ')}`);
  const ok = worst(loads) < LOAD_LIMIT_MS && worst([...firsts, ...later]) < LOOKUP_LIMIT_MS;
  console.log(`  ${ok ? 'within' : 'NOT within'} the issue #7 targets on every run`);
}

const rounds = opt('rounds', 5);
if (args.includes('--child')) child(rounds);
else parent(opt('runs', 7), rounds);
