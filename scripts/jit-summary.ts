/**
 * Summary of a jit-churn.ts trace (see there): per pass, how many functions
 * TurboFan compiled, its compile milliseconds and the deoptimizations; then,
 * from pass FROM_PASS on (default 6, after 600 articles), the compile time
 * per function and each deoptimization's function, bytecode offset and
 * reason.
 *
 *   npx tsx scripts/jit-summary.ts churn.txt [FROM_PASS]
 */
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) throw new Error('usage: jit-summary.ts TRACE_FILE [FROM_PASS]');
const from = Number(process.argv[3] ?? 6);
const COMPILED = /completed compiling .*<JSFunction ([^ >]*).*took [0-9.]+, ([0-9.]+)/;
const BAILOUT = /bailout \(kind: ([^,]*), reason: ([^)]*)\).*<JSFunction ([^ >]*).*bytecode offset (\d+)/;

let compiles = 0;
let compileMs = 0;
let deopts = 0;
let pass = 0;
const compileMsByFunction = new Map<string, number>();
const deoptsBySite = new Map<string, number>();
const add = (m: Map<string, number>, key: string, n: number) => m.set(key, (m.get(key) ?? 0) + n);

for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (line.startsWith('MARK')) {
    console.log(`${line} | compiles ${compiles}, ${compileMs.toFixed(0)} ms; deopts ${deopts}`);
    compiles = compileMs = deopts = 0;
    pass++;
    continue;
  }
  const compiled = COMPILED.exec(line);
  if (compiled) {
    compiles++;
    compileMs += Number(compiled[2]);
    if (pass >= from) add(compileMsByFunction, compiled[1]!, Number(compiled[2]));
  }
  const bailout = BAILOUT.exec(line);
  if (bailout) {
    deopts++;
    if (pass >= from) add(deoptsBySite, `${bailout[3]} @${bailout[4]}: ${bailout[2]}`, 1);
  }
}
console.log(`\ncompile ms per function from pass ${from}:`);
for (const [name, ms] of [...compileMsByFunction].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(ms.toFixed(1).padStart(8), name);
console.log(`\ndeopts from pass ${from} (function @bytecode offset: reason):`);
for (const [site, n] of [...deoptsBySite].sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log(String(n).padStart(4), site);
