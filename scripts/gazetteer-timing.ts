/**
 * The gazetteer timing of issue #7 ("lookup of 10k toponyms in under 50 ms
 * total after load; load under 1 s"), shared by bench.ts, bench-geo.ts and
 * eval-geo.ts: CPU milliseconds to load the gazetteer in this process, then
 * for each round of lookups of the same 10k names, taken from across the file.
 * CPU time, not wall time: the machine may be shared.
 */
import { getGazetteer } from '../src/geo/gazetteer.js';

export const TIMED_NAMES = 10_000;

export interface GazetteerTiming {
  size: number;
  loadMs: number;
  roundsMs: number[];
  /** Candidates found per round. */
  hits: number;
}

const cpuMsSince = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

/** Loads the gazetteer (timed: call before anything else loads it), then `rounds` rounds of 10k lookups. */
export function timeGazetteer(rounds: number): GazetteerTiming {
  const c0 = process.cpuUsage();
  const g = getGazetteer();
  const loadMs = cpuMsSince(c0);
  const names = Array.from({ length: TIMED_NAMES }, (_, i) => g.place((i * 17) % g.size).name);
  const roundsMs: number[] = [];
  let hits = 0;
  for (let r = 0; r < rounds; r++) {
    const c1 = process.cpuUsage();
    for (const name of names) hits += g.lookup(name).length;
    roundsMs.push(cpuMsSince(c1));
  }
  return { size: g.size, loadMs, roundsMs, hits: hits / rounds };
}
