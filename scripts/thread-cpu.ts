/**
 * CPU time of the calling thread alone (Linux: /proc/thread-self/stat, in
 * clock ticks of 10 ms), beside process.cpuUsage(), which also counts V8's
 * helper threads (concurrent GC marking, parallel scavenges, JIT compiles).
 * Benches report both: the main thread is the work a core does on the
 * articles; the process figure adds what V8 does beside it.
 */
import { existsSync, readFileSync } from 'node:fs';

const STAT = '/proc/thread-self/stat';
const TICK_MS = 10; // USER_HZ is 100 on Linux
/** Whether /proc gives per-thread figures here (checked once, not on every reading). */
const HAS_STAT = existsSync(STAT);

/** Milliseconds of CPU the current thread has used, or undefined where /proc is missing. */
export function threadCpuMs(): number | undefined {
  if (!HAS_STAT) return undefined;
  const stat = readFileSync(STAT, 'utf8');
  // Fields after the parenthesised command name: state is field 3, utime 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

/** Milliseconds of CPU of the whole process (every thread). */
export function processCpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Microseconds of CPU of the whole process (user + system) spent in one call of `fn`. */
export function cpuMicros(fn: () => unknown): number {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return c.user + c.system;
}
