/**
 * Acceptance check for the quotes layer on the founding story: the five
 * direct quotes and both "Albares said ..." indirect statements must be
 * found and attributed to Jose Manuel Albares. Runs text → entities →
 * times → quotes on the plain-text capture; exits non-zero on failure.
 *   npx tsx scripts/check-seed-quotes.ts [path]
 */
import { readFileSync } from 'node:fs';
import { entitiesComponent } from '../src/annotate/entities/component.js';
import { quotesComponent } from '../src/annotate/quotes/component.js';
import { textComponent } from '../src/annotate/text/component.js';
import { timesComponent } from '../src/annotate/times/component.js';
import { Doc } from '../src/model/doc.js';
import { repoPath } from '../src/paths.js';

const path = process.argv[2] ?? repoPath('..', 'shared', 'seeds', '000_9348ddcfa1da6562.txt');
const doc = new Doc('seed', readFileSync(path, 'utf8'), { published: '2024-01-25' });
for (const c of [textComponent, entitiesComponent, timesComponent, quotesComponent]) c.run(doc);
const quotes = doc.get('quotes');

for (const q of quotes) {
  console.log(`${q.direct ? 'D' : 'I'} ${q.source} [${q.speaker?.text ?? '-'} → ${q.speaker?.name ?? '-'}] ${q.date ?? ''} ${JSON.stringify((q.text ?? '').slice(0, 70))}`);
}

const expectedDirect = [
  'need to stop',
  'We are extremely worried by',
  'Attacks against foreign troops need to stop.',
  'We are here at the request',
  'It is crucial to avoid',
];
const expectedIndirect = ['the risks of an escalation', 'a ceasefire needed to be'];
const byAlbares = (q: (typeof quotes)[number]) => q.speaker?.name === 'Jose Manuel Albares';

let failed = 0;
const check = (label: string, ok: boolean) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}`);
  if (!ok) failed++;
};
for (const start of expectedDirect) {
  check(`direct "${start}" by Albares`, quotes.some((q) => q.direct && (q.text ?? '').startsWith(start) && byAlbares(q)));
}
for (const start of expectedIndirect) {
  check(`indirect "${start}" by Albares`, quotes.some((q) => !q.direct && (q.text ?? '').startsWith(start) && byAlbares(q)));
}
check('exactly five direct quotes', quotes.filter((q) => q.direct).length === 5);
process.exit(failed ? 1 : 0);
