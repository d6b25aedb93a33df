/**
 * Runs the default pipeline on the founding story (../shared/seeds) and
 * prints each event, then checks what the events brief asks of the seed.
 * Usage: npx tsx scripts/check-seed-events.ts [path]
 */
import { readFileSync } from 'node:fs';
import { decodeBytes } from '../src/extract/index.js';
import { buildDoc } from '../src/pipeline/build-doc.js';
import { createDefaultPipeline } from '../src/pipeline/default.js';
import type { Event } from '../src/model/layers.js';
import { repoPath } from '../src/paths.js';

const path = process.argv[2] ?? repoPath('..', 'shared', 'seeds', '000_9348ddcfa1da6562.txt');
const doc = buildDoc({ id: 'seed', raw: decodeBytes(readFileSync(path)) });
createDefaultPipeline().run(doc);
const events = doc.get('events');

const actor = (a: Event['actor']) => (a ? `${a.text} [${a.country ?? '-'} ${a.sector ?? '-'}${a.links ? ' links ' + a.links.join(',') : ''}]` : '-');
for (const e of events) {
  const flags = ['negated', 'future', 'hypothetical', 'claimed'].filter((f) => e[f as keyof Event]).join(',');
  console.log(
    `${e.plover.type}${e.plover.mode ? '/' + e.plover.mode : ''} ${e.cameo} "${doc.slice(e)}"` +
      ` | actor ${actor(e.actor)} | target ${actor(e.target)} | place ${e.place?.text ?? '-'}` +
      ` | date ${e.date ?? '-'}${e.dateTo ? '..' + e.dateTo : ''} (${e.dateSource ?? '-'})` +
      `${e.count !== undefined ? ` | count ${e.countQualifier ?? ''} ${e.count}` : ''}${e.counts ? ' ' + JSON.stringify(e.counts) : ''}` +
      `${e.acled ? ` | ACLED ${e.acled.eventType} / ${e.acled.subEventType}` : ''}${flags ? ' | ' + flags : ''} | ${e.evidence}`,
  );
}

const checks: [string, boolean][] = [];
const has = (name: string, pred: (e: Event) => boolean) => checks.push([name, events.some(pred)]);
has('150 attacks on coalition forces, claimed by the Islamic Resistance in Iraq', (e) =>
  e.plover.type === 'ASSAULT' && e.count === 150 && e.countQualifier === 'more than' && e.target?.country === 'USA' &&
  e.target.sector === 'MIL' && !!e.claimed && /Islamic Resistance/.test(e.actor?.text ?? '') && e.place?.text === 'Iraq');
has('US air strikes (ASSAULT/aerial 195, Air/drone strike, actor USA)', (e) =>
  e.plover.mode === 'aerial' && e.cameo === '195' && e.acled?.subEventType === 'Air/drone strike' && e.actor?.country === 'USA');
has('Albares visit (CONSULT/visit 042, Baghdad or Iraq, 2024-01-25)', (e) =>
  e.plover.type === 'CONSULT' && e.plover.mode === 'visit' && e.cameo === '042' && /Baghdad|Iraq/.test(e.place?.text ?? '') && e.date === '2024-01-25');
has('Iraq calls for withdrawal talks (REQUEST 02x)', (e) => e.plover.type === 'REQUEST' && /^02/.test(e.cameo ?? '') && e.actor?.country === 'IRQ');
has('Spain calls for a ceasefire (REQUEST)', (e) => e.plover.type === 'REQUEST' && e.actor?.country === 'ESP' && /ceasefire/.test(doc.text.slice(e.end, e.sentence.end)));
has('Spain has 300 soldiers in Iraq (MOBILIZE/troops, 300)', (e) => e.plover.type === 'MOBILIZE' && e.count === 300 && e.actor?.country === 'ESP');
let failed = 0;
for (const [name, ok] of checks) {
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}`);
  if (!ok) failed++;
}
process.exitCode = failed ? 1 : 0;
