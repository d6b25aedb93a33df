/**
 * Worker thread entry: loads the default pipeline once, then annotates one job
 * at a time for `WorkerPool` — a JSON Lines input line (`sitrep annotate`) or
 * a raw input (`sitrep ingest`).
 */
import { annotateLine } from '../cli/annotate.js';
import { annotateItem } from '../cli/ingest-doc.js';
import { createDefaultPipeline } from '../pipeline/default.js';
import type { AnnotateJob, AnnotateResult } from './annotate-jobs.js';
import { serveJobs } from './worker-side.js';

const pipeline = createDefaultPipeline();

serveJobs<AnnotateJob, AnnotateResult>((job) => {
  if (job.kind === 'line') return { kind: 'line', ...annotateLine(job.line, job.lineNo, pipeline) };
  return { kind: 'item', doc: annotateItem(job.item, pipeline) };
});
