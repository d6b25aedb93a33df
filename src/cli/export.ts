/**
 * `sitrep export FORMAT`: the events of the stored articles (all, or those a
 * filter selects) as GDELT TSV, ACLED CSV or PLOVER JSON, written page by page
 * to a file or stdout.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { exportChunks, EXPORT_FORMATS, isExportFormat } from '../export/stream.js';
import type { ArticleFilter, Store } from '../store/store.js';

export async function runExport(store: Store, format: string, filter: ArticleFilter, out: Writable): Promise<number> {
  if (!isExportFormat(format)) {
    throw new Error(`export format must be one of ${Object.keys(EXPORT_FORMATS).join(', ')}, got "${format}"`);
  }
  let bytes = 0;
  for await (const chunk of exportChunks(store, format, filter)) {
    bytes += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
  }
  return bytes;
}

/** Writes to `path` (or stdout for undefined or "-"), and waits until the file is complete. */
export async function exportTo(store: Store, format: string, filter: ArticleFilter, path: string | undefined): Promise<number> {
  if (!path || path === '-') return runExport(store, format, filter, process.stdout);
  const file = createWriteStream(path);
  await once(file, 'open');
  try {
    return await runExport(store, format, filter, file);
  } finally {
    file.end();
    await once(file, 'close');
  }
}
