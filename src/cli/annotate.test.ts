import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { createDefaultPipeline } from '../pipeline/default.js';
import { runAnnotate } from './annotate.js';

async function annotate(lines: string[]): Promise<Record<string, unknown>[]> {
  const input = new PassThrough();
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on('data', (c: Buffer) => chunks.push(c.toString()));
  const done = runAnnotate(input, output, createDefaultPipeline());
  input.end(lines.join('\n') + '\n');
  await done;
  return chunks.join('').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
}

test('annotate: one output line per input line, in order, broken ones as errors', async () => {
  const out = await annotate([
    JSON.stringify({ id: 'a', text: 'Troops left Kidal on Monday.', published: '2024-03-14' }),
    '{not json',
    JSON.stringify({ id: 'c', published: '2024-02-30', text: 'x' }),
    JSON.stringify({ id: 'd' }),
    JSON.stringify({ text: 'no id here' }),
    JSON.stringify({ id: 'f', text: 'Police detained 11 protesters.' }),
  ]);
  assert.deepEqual(out.map((r) => r.id), ['a', 'line-2', 'c', 'd', 'line-5', 'f']);
  assert.equal(out[0]!.text, 'Troops left Kidal on Monday.');
  assert.equal(out[0]!.published, '2024-03-14');
  for (const layer of ['entities', 'times', 'quotes', 'places', 'events']) assert.ok(Array.isArray(out[0]![layer]), layer);
  assert.match(String(out[1]!.error), /E010.*line 2/);
  assert.match(String(out[2]!.error), /E013.*2024-02-30/);
  assert.match(String(out[3]!.error), /E012/);
  assert.match(String(out[4]!.error), /E011.*id/);
  assert.equal(out[5]!.error, undefined);
});

test('annotate: text is kept exactly as given, offsets index it', async () => {
  const text = '  Skip to main content\r\n\r\n"We will stay," the minister said.  ';
  const [rec] = await annotate([JSON.stringify({ id: 'x', text })]);
  assert.equal(rec!.text, text);
  for (const s of rec!.sentences as { start: number; end: number }[]) {
    assert.ok(s.end <= text.length && s.start < s.end);
  }
});

test('annotate --workers 2: the same lines, in the same order, as a sequential run', async () => {
  const lines = [
    JSON.stringify({ id: 'a', text: 'Troops left Kidal on Monday, the army said.', published: '2024-03-14' }),
    '{not json',
    JSON.stringify({ id: 'c', text: 'Police in Dakar detained 11 protesters on Friday.', published: '2024-03-15' }),
    JSON.stringify({ id: 'd' }),
    JSON.stringify({ id: 'e', html: '<html><body><article><h1>Talks</h1><p>Ministers from Chad and Niger met in Ndjamena on Tuesday to discuss border security.</p></article></body></html>' }),
  ];
  const run = async (workers: number): Promise<string> => {
    const input = new PassThrough();
    const output = new PassThrough();
    const chunks: string[] = [];
    output.on('data', (c: Buffer) => chunks.push(c.toString()));
    const done = runAnnotate(input, output, createDefaultPipeline(), { workers });
    input.end(lines.join('\n') + '\n');
    const counts = await done;
    assert.deepEqual(counts, { ok: 3, failed: 2 });
    return chunks.join('');
  };
  const sequential = await run(1);
  const parallel = await run(2);
  assert.equal(parallel, sequential);
  assert.deepEqual(parallel.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id), ['a', 'line-2', 'c', 'd', 'e']);
});
