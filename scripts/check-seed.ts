/**
 * Acceptance check on the founding story (../shared/seeds): runs extraction
 * and the whole pipeline, then checks what issue #2 asks `sitrep extract` to
 * show. Prints each check and exits non-zero if any fails.
 */
import { readFileSync } from 'node:fs';
import { decodeBytes } from '../src/extract/index.js';
import { buildDoc } from '../src/pipeline/build-doc.js';
import { createDefaultPipeline } from '../src/pipeline/default.js';
import { docToRecord } from '../src/model/record.js';
import { repoPath } from '../src/paths.js';

const path = process.argv[2] ?? repoPath('..', 'shared', 'seeds', '000_9348ddcfa1da6562.txt');
const doc = buildDoc({ id: 'seed', raw: decodeBytes(readFileSync(path)) });
createDefaultPipeline().run(doc);
const rec = docToRecord(doc);

const checks: [string, boolean, string?][] = [];
const check = (name: string, ok: boolean, detail?: string) => checks.push([name, ok, detail]);

check('headline', rec.title === 'Spain says attacks on foreign troops in Iraq must stop', String(rec.title));
check('agency AFP', rec.meta.agency === 'AFP', String(rec.meta.agency));
check('published 2024-01-25', rec.published?.slice(0, 10) === '2024-01-25', String(rec.published));
check('no navigation line', !rec.text.includes('Skip to main content'));
check('byline not in body', !rec.text.includes('Agence France-Presse'));
check('caption not in body', !rec.text.includes('visits Baghdad amid mounting calls'));
check('caption kept once with credit', rec.meta.captions?.length === 1 && rec.meta.captions[0]?.credit === 'AHMAD AL-RUBAYE', JSON.stringify(rec.meta.captions));

const direct = rec.quotes.filter((q) => q.direct);
const albares = (q: (typeof rec.quotes)[number]) => q.speaker?.name === 'Jose Manuel Albares';
check('five direct quotes', direct.length === 5, `${direct.length}`);
check('direct quotes attributed to Jose Manuel Albares', direct.length > 0 && direct.every(albares),
  direct.map((q) => `${rec.text.slice(q.start, q.start + 30)}… -> ${q.speaker?.name ?? q.speaker?.text ?? 'none'}`).join(' | '));
const indirect = rec.quotes.filter((q) => !q.direct && albares(q));
check('two indirect "Albares said" statements', indirect.length >= 2, `${indirect.length}`);
const thursday = rec.times.find((t) => t.text === 'Thursday');
check('"Thursday" resolved to 2024-01-25', thursday?.value === '2024-01-25', JSON.stringify(thursday));

let failed = 0;
for (const [name, ok, detail] of checks) {
  if (!ok) failed++;
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}${ok || !detail ? '' : `  (${detail})`}`);
}
console.log(`\nentities ${rec.entities.length}, times ${rec.times.length}, quotes ${rec.quotes.length}, places ${rec.places.length}, events ${rec.events.length}`);
console.log(`founding story: ${checks.length - failed} of ${checks.length} checks passed`);
process.exit(failed ? 1 : 0);
