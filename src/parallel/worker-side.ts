/**
 * The worker-thread half of WorkerPool: announce readiness once the script has
 * loaded (models included), then answer each job, catching its errors.
 */
import { parentPort } from 'node:worker_threads';
import { errorMessage } from '../errors.js';
import type { WorkerReply } from './worker-pool.js';

export function serveJobs<J, R>(handle: (job: J) => R): void {
  const port = parentPort;
  if (!port) throw new Error('serveJobs must run in a worker thread');
  port.on('message', ({ id, job }: { id: number; job: J }) => {
    let reply: WorkerReply<R>;
    try {
      reply = { id, result: handle(job) };
    } catch (err) {
      reply = { id, error: errorMessage(err) };
    }
    port.postMessage(reply);
  });
  port.postMessage({ ready: true });
}
