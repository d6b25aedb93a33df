/**
 * Runs every accuracy evaluation in turn (npm run eval). Each one reads the
 * development data from ../shared/data and prints its own report.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { repoPath } from '../src/paths.js';

const evals = ['eval-extract', 'eval-ner', 'eval-time', 'eval-quotes', 'eval-geo', 'eval-events'];
let failed = 0;
for (const name of evals) {
  const file = repoPath('scripts', `${name}.ts`);
  if (!existsSync(file)) {
    console.log(`\n== ${name}: missing`);
    continue;
  }
  console.log(`\n== ${name}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit', cwd: repoPath() });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
