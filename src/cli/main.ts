/**
 * The `sitrep` command line: annotate, extract, ingest, serve, demo.
 */
import { readFileSync } from 'node:fs';
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

const USAGE = `sitrep — news reports to sourced event, quote, place and entity records

Usage:
  sitrep annotate                     JSON Lines on stdin -> annotated JSON Lines on stdout
  sitrep extract FILE [--published D] one page (HTML or text capture) -> pretty-printed record
  sitrep ingest PATH... [--db SPEC]   files, folders, feeds, WARC, JSONL into the store
  sitrep serve [--db SPEC] [--host H] [--port P]
                                      HTTP API and dashboard
  sitrep demo [--db SPEC] [--port P]  ingest the bundled samples, then serve

--db is a SQLite file path (default ./sitrep.sqlite) or a postgres:// URL.
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
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (!command || values.help || command === 'help') {
    console.log(USAGE);
    return command ? 0 : 1;
  }
  switch (command) {
    case 'annotate': {
      const counts = await runAnnotate(process.stdin, process.stdout, createDefaultPipeline());
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
      return ingestAndReport(positionals, values.db!, values.quiet!);
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

async function ingestAndReport(paths: string[], db: string, quiet: boolean): Promise<number> {
  const store = await openStore(db);
  try {
    const log = quiet ? () => {} : (s: string) => process.stderr.write(`${s}\n`);
    const s = await runIngest(paths, store, createDefaultPipeline(), log);
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
