/**
 * The jobs the annotate worker threads take, and a pool that runs them.
 * Compiled code runs the worker from dist/ (.js); under tsx it runs the .ts
 * source, which tsx's loader (inherited through execArgv) compiles.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AnnotatedDoc } from '../cli/ingest-doc.js';
import type { RawInput } from '../ingest/index.js';
import { WorkerPool } from './worker-pool.js';

export type AnnotateJob = { kind: 'line'; line: string; lineNo: number } | { kind: 'item'; item: RawInput };

export type AnnotateResult = { kind: 'line'; line: string; ok: boolean } | { kind: 'item'; doc: AnnotatedDoc };

function workerScript(): URL {
  const js = new URL('./annotate-worker.js', import.meta.url);
  return existsSync(fileURLToPath(js)) ? js : new URL('./annotate-worker.ts', import.meta.url);
}

export function createAnnotatePool(size: number): WorkerPool<AnnotateJob, AnnotateResult> {
  return new WorkerPool<AnnotateJob, AnnotateResult>(workerScript(), size);
}
