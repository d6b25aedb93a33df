/**
 * `sitrep annotate`: JSON Lines in on stdin, one record line out per input
 * line, in order. A line that cannot be processed yields {"id", "error"} and
 * the run goes on.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { SitrepError, errorMessage } from '../errors.js';
import { AnnotateInputSchema, docToRecord } from '../model/record.js';
import { buildDoc } from '../pipeline/build-doc.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import { createAnnotatePool } from '../parallel/annotate-jobs.js';
import { mapInOrder } from '../parallel/ordered.js';

export interface AnnotateCounts {
  ok: number;
  failed: number;
}

/** Processes one input line into its output line; never throws. */
export function annotateLine(line: string, lineNo: number, pipeline: Pipeline): { line: string; ok: boolean } {
  let id = `line-${lineNo}`;
  try {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (err) {
      throw new SitrepError('E010', `line ${lineNo}: ${errorMessage(err)}`);
    }
    if (parsed && typeof parsed === 'object' && typeof (parsed as { id?: unknown }).id === 'string') {
      id = (parsed as { id: string }).id;
    }
    const input = AnnotateInputSchema.safeParse(parsed);
    if (!input.success) {
      const issues = input.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
      throw new SitrepError('E011', `line ${lineNo}: ${issues}`);
    }
    const doc = buildDoc(input.data);
    pipeline.run(doc);
    return { line: JSON.stringify(docToRecord(doc)), ok: true };
  } catch (err) {
    return { line: JSON.stringify({ id, error: errorMessage(err) }), ok: false };
  }
}

export interface AnnotateOptions {
  /** Worker threads (each loads its own models); output order is input order either way. */
  workers?: number;
}

export async function runAnnotate(
  input: Readable,
  output: Writable,
  pipeline: Pipeline,
  options: AnnotateOptions = {},
): Promise<AnnotateCounts> {
  const counts: AnnotateCounts = { ok: 0, failed: 0 };
  const workers = options.workers ?? 1;
  const lines = numberedLines(input);
  const results = workers > 1 ? annotateParallel(lines, workers) : annotateSequential(lines, pipeline);
  for await (const out of results) {
    if (out.ok) counts.ok++;
    else counts.failed++;
    if (!output.write(out.line + '\n')) await new Promise((resolve) => output.once('drain', resolve));
  }
  return counts;
}

type NumberedLine = { line: string; lineNo: number };
type LineResult = { line: string; ok: boolean };

async function* numberedLines(input: Readable): AsyncGenerator<NumberedLine> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of rl) {
    lineNo++;
    if (line.trim()) yield { line, lineNo };
  }
}

async function* annotateSequential(lines: AsyncIterable<NumberedLine>, pipeline: Pipeline): AsyncGenerator<LineResult> {
  for await (const { line, lineNo } of lines) yield annotateLine(line, lineNo, pipeline);
}

async function* annotateParallel(lines: AsyncIterable<NumberedLine>, workers: number): AsyncGenerator<LineResult> {
  const pool = createAnnotatePool(workers);
  const annotate = async ({ line, lineNo }: NumberedLine): Promise<LineResult> => {
    const result = await pool.run({ kind: 'line', line, lineNo }, `line ${lineNo}`);
    if (result.kind !== 'line') throw new Error(`line ${lineNo}: unexpected worker reply`);
    return { line: result.line, ok: result.ok };
  };
  try {
    for await (const settled of mapInOrder(lines, annotate, workers * 2)) {
      if (settled.ok) yield settled.value;
      else yield { line: JSON.stringify({ id: `line-${settled.item.lineNo}`, error: errorMessage(settled.error) }), ok: false };
    }
  } finally {
    await pool.close();
  }
}
