/**
 * The jobs the annotate worker threads take, and a pool that runs them.
 * Compiled code runs the worker from dist/ (.js); under tsx it runs the .ts
 * source, with tsx's loader registered in the thread (worker-pool.ts).
 */
import type { AnnotatedDoc } from '../cli/ingest-doc.js';
import type { RawInput } from '../ingest/index.js';
import { WorkerPool, workerScriptBeside } from './worker-pool.js';

export type AnnotateJob = { kind: 'line'; line: string; lineNo: number } | { kind: 'item'; item: RawInput };

export type AnnotateResult = { kind: 'line'; line: string; ok: boolean } | { kind: 'item'; doc: AnnotatedDoc };

export function createAnnotatePool(size: number): WorkerPool<AnnotateJob, AnnotateResult> {
  return new WorkerPool<AnnotateJob, AnnotateResult>(workerScriptBeside('./annotate-worker', import.meta.url), size);
}
