/**
 * The `sitrep` command line: annotate, extract, ingest, serve, demo.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { errorMessage, SitrepError } from '../errors.js';
import { decodeBytes } from '../extract/index.js';
import { docToRecord } from '../model/record.js';
import { sha256Hex } from '../ingest/hash.js';
import { buildDoc } from '../pipeline/build-doc.js';
import { createDefaultPipeline } from '../pipeline/default.js';
import { repoPath } from '../paths.js';
import { serve } from '../api/serve.js';
import { openStore } from '../store/open.js';
import { runAnnotate } from './annotate.js';
import { runIngest } from './ingest.js';
import { exportTo } from './export.js';
import { EXPORT_FORMATS } from '../export/stream.js';
import { isDay } from '../store/periods.js';
import { parseWorkerCount } from '../parallel/worker-pool.js';

const USAGE = `sitrep — news reports to sourced event, quote, place and entity records

Usage:
  sitrep annotate [--workers N]       JSON Lines on stdin -> annotated JSON Lines on stdout
  sitrep extract FILE [--published D] one page (HTML or text capture) -> pretty-printed record
  sitrep ingest PATH... [--db SPEC] [--workers N]
                                      files, folders, feeds, WARC, JSONL into the store
  sitrep export gdelt|acled|plover [--db SPEC] [--from D] [--to D] [--q WORDS] [--out FILE]
                                      events of the stored articles in GDELT TSV,
                                      ACLED CSV or PLOVER JSON (stdout without --out)
  sitrep serve [--db SPEC] [--host H] [--port P]
                                      HTTP API and dashboard
  sitrep demo [--db SPEC] [--port P]  ingest the bundled samples, then serve

--db is a SQLite file path (default ./sitrep.sqlite) or a postgres:// URL.
--workers N runs extraction and annotation in N worker threads ("auto": one
per core; default 1, or SITREP_WORKERS). Output and store order stay the same.
Input contract: docs/annotate-contract.md`;

const DEFAULT_DB = 'sitrep.sqlite';

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      db: { type: 'string', default: process.env.SITREP_DB ?? DEFAULT_DB },
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: process.env.PORT ?? '8080' },
      published: { type: 'string' },
      url: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      workers: { type: 'string', default: process.env.SITREP_WORKERS ?? '1' },
      out: { type: 'string', short: 'o' },
      from: { type: 'string' },
      to: { type: 'string' },
      q: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (!command || values.help || command === 'help') {
    console.log(USAGE);
    return command ? 0 : 1;
  }
  switch (command) {
    case 'annotate': {
      const workers = parseWorkerCount(values.workers, availableParallelism());
      const counts = await runAnnotate(process.stdin, process.stdout, createDefaultPipeline(), { workers });
      if (!values.quiet) process.stderr.write(`annotated ${counts.ok}, failed ${counts.failed}\n`);
      return 0;
    }
    case 'extract': {
      const file = positionals[0];
      if (!file) throw new Error('extract needs a FILE');
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch (err) {
        throw new SitrepError('E020', `${file}: ${errorMessage(err)}`);
      }
      const raw = decodeBytes(bytes);
      const doc = buildDoc({
        id: file,
        raw,
        contentHash: sha256Hex(bytes),
        ...(values.published ? { published: values.published } : {}),
        ...(values.url ? { url: values.url } : {}),
      });
      createDefaultPipeline().run(doc);
      console.log(JSON.stringify(docToRecord(doc), null, 2));
      return 0;
    }
    case 'ingest': {
      if (positionals.length === 0) throw new Error('ingest needs at least one PATH');
      return ingestAndReport(positionals, values.db!, values.quiet!, parseWorkerCount(values.workers, availableParallelism()));
    }
    case 'export': {
      const format = positionals[0];
      if (!format) throw new Error(`export needs a FORMAT: ${Object.keys(EXPORT_FORMATS).join(', ')}`);
      for (const name of ['from', 'to'] as const) {
        const v = values[name];
        if (v !== undefined && !isDay(v)) throw new Error(`--${name} must be a date YYYY-MM-DD, got "${v}"`);
      }
      const filter = { ...(values.from ? { from: values.from } : {}), ...(values.to ? { to: values.to } : {}), ...(values.q ? { q: values.q } : {}) };
      const store = await openStore(values.db!);
      try {
        const bytes = await exportTo(store, format, filter, values.out);
        if (values.out && values.out !== '-' && !values.quiet) process.stderr.write(`sitrep: wrote ${bytes} bytes of ${format} to ${values.out}\n`);
      } finally {
        await store.close();
      }
      return 0;
    }
    case 'serve': {
      const store = await openStore(values.db!);
      const address = await serve({ store, host: values.host!, port: Number(values.port) });
      console.log(`sitrep: serving ${values.db} at ${address}`);
      return new Promise<number>(() => {});
    }
    case 'demo': {
      await ingestAndReport([repoPath('samples')], values.db!, values.quiet!);
      const store = await openStore(values.db!);
      const address = await serve({ store, host: values.host!, port: Number(values.port) });
      console.log(`sitrep: dashboard at ${address} (Ctrl-C to stop)`);
      return new Promise<number>(() => {});
    }
    default:
      console.error(`sitrep: unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}

async function ingestAndReport(paths: string[], db: string, quiet: boolean, workers = 1): Promise<number> {
  const store = await openStore(db);
  try {
    const log = quiet ? () => {} : (s: string) => process.stderr.write(`${s}\n`);
    // A parallel run builds a pipeline in each worker; this thread only needs one when sequential.
    const pipeline = workers > 1 ? undefined : createDefaultPipeline();
    const s = await runIngest(paths, store, pipeline, log, { workers });
    console.log(`sitrep: read ${s.read}, stored ${s.stored}, already stored ${s.duplicates}, syndicated ${s.syndicated}, errors ${s.errors.length} -> ${db}`);
    return s.errors.length > 0 && s.stored + s.duplicates + s.syndicated === 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(`sitrep: ${errorMessage(err)}`);
    process.exit(2);
  },
);
