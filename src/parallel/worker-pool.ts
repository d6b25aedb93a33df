/**
 * A fixed set of worker threads running one script, each doing one job at a
 * time. A worker that dies (out of memory, a native crash, an uncaught error)
 * fails only the job it was running, with an error naming it, and is replaced:
 * a batch never ends because one document broke a worker. A worker that dies
 * before it is ready (a missing model, a syntax error) would die again if
 * replaced, so that fails the pool and every job in it, with the reason.
 * The worker script answers through `serveJobs` (worker-side.ts).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { SitrepError } from '../errors.js';

/** What a worker posts back for job `id`: a result, or the error it caught. */
export type WorkerReply<R> = { id: number; result: R } | { id: number; error: string };

interface Pending<R> {
  id: number;
  job: unknown;
  label: string;
  resolve: (r: R) => void;
  reject: (e: Error) => void;
}

interface Slot<R> {
  worker: Worker;
  ready: boolean;
  current?: Pending<R>;
}

export class WorkerPool<J, R> {
  private readonly slots: Slot<R>[] = [];
  private readonly queue: Pending<R>[] = [];
  private nextId = 0;
  private closed = false;
  /** Why the workers cannot start, once one has died before it was ready. */
  private broken: string | undefined;

  constructor(
    private readonly script: URL,
    readonly size: number,
    private readonly workerData: unknown = undefined,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /** Runs `job` on the next free worker; `label` names it in errors (e.g. the file). */
  run(job: J, label: string): Promise<R> {
    if (this.closed) return Promise.reject(new Error('worker pool is closed'));
    if (this.broken) return Promise.reject(new SitrepError('E052', `${label}: ${this.broken}`));
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, label, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; jobs still queued are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new Error('worker pool closed'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot<R> {
    const worker = startWorker(this.script, this.workerData);
    const slot: Slot<R> = { worker, ready: false };
    worker.on('message', (reply: WorkerReply<R> | { ready: true }) => {
      if ('ready' in reply) {
        slot.ready = true;
        this.dispatch();
      } else this.settle(slot, reply);
    });
    worker.on('error', (err) => this.replace(slot, err.message));
    worker.on('exit', (code) => {
      if (!this.closed) this.replace(slot, `exit code ${code}`);
    });
    return slot;
  }

  /** Idle workers must not keep the process alive once the caller is done; busy ones must. */
  private holdProcessWhileBusy(): void {
    const busy = this.queue.length > 0 || this.slots.some((s) => s.current);
    for (const s of this.slots) {
      if (busy) s.worker.ref();
      else s.worker.unref();
    }
  }

  private dispatch(): void {
    this.holdProcessWhileBusy();
    for (const slot of this.slots) {
      if (!slot.ready || slot.current || this.queue.length === 0) continue;
      const next = this.queue.shift()!;
      slot.current = next;
      slot.worker.postMessage({ id: next.id, job: next.job });
    }
  }

  private settle(slot: Slot<R>, reply: WorkerReply<R>): void {
    const pending = slot.current;
    if (!pending || pending.id !== reply.id) return;
    slot.current = undefined;
    if ('error' in reply) pending.reject(new Error(reply.error));
    else pending.resolve(reply.result);
    this.dispatch();
  }

  /** A worker died: fail its job, start a fresh worker in its place, carry on. */
  private replace(slot: Slot<R>, why: string): void {
    const index = this.slots.indexOf(slot);
    if (index < 0 || this.closed || this.broken) return;
    if (!slot.ready) return this.fail(`worker could not start: ${why}`);
    const pending = slot.current;
    slot.current = undefined;
    this.slots[index] = this.spawn();
    void slot.worker.terminate();
    if (pending) pending.reject(new SitrepError('E050', `${pending.label}: ${why}`));
    this.dispatch();
  }

  /** Fails every waiting job and refuses new ones. */
  private fail(why: string): void {
    this.broken = why;
    for (const p of this.queue.splice(0)) p.reject(new SitrepError('E052', `${p.label}: ${why}`));
    void Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/**
 * Compiled code starts the .js script directly. A .ts script (running under
 * tsx, in development) first registers tsx's loader inside the new thread.
 */
function startWorker(script: URL, workerData: unknown): Worker {
  if (!script.pathname.endsWith('.ts')) return new Worker(script, { workerData });
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(script.href)}); })`;
  return new Worker(boot, { eval: true, workerData });
}

/**
 * The worker script `relative` to a module URL: the compiled .js under dist/,
 * else the .ts source (running under tsx).
 */
export function workerScriptBeside(relative: string, moduleUrl: string): URL {
  const js = new URL(`${relative}.js`, moduleUrl);
  return existsSync(fileURLToPath(js)) ? js : new URL(`${relative}.ts`, moduleUrl);
}

/** Parses a --workers value: a count from 1 to 64, or "auto" for one per core. */
export function parseWorkerCount(value: string | undefined, cores: number): number {
  if (value === undefined || value === '') return 1;
  if (value === 'auto') return Math.max(1, Math.min(64, cores));
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new SitrepError('E051', `got "${value}"`);
  return n;
}
