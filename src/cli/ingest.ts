/**
 * `sitrep ingest PATH...`: files, folders, feeds, archives and JSON Lines into
 * the store. Idempotent by content hash; one broken document is reported and
 * skipped, never the end of the batch.
 */
import { errorMessage } from '../errors.js';
import { readInputs } from '../ingest/index.js';
import { docToRecord } from '../model/record.js';
import { buildDoc } from '../pipeline/build-doc.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import type { Store } from '../store/store.js';
import { Progress } from './progress.js';

export interface IngestSummary {
  read: number;
  stored: number;
  duplicates: number;
  errors: { origin: string; error: string }[];
}

export async function runIngest(paths: string[], store: Store, pipeline: Pipeline, log: (s: string) => void = () => {}): Promise<IngestSummary> {
  const summary: IngestSummary = { read: 0, stored: 0, duplicates: 0, errors: [] };
  const progress = new Progress(process.stderr, 'ingest');
  for await (const item of readInputs(paths)) {
    summary.read++;
    if ('error' in item) {
      summary.errors.push({ origin: item.origin, error: item.error });
      log(`error: ${item.origin}: ${item.error}`);
      progress.tick('error');
      continue;
    }
    try {
      const doc = buildDoc({
        id: item.id,
        ...(item.text !== undefined ? { text: item.text } : {}),
        ...(item.html !== undefined ? { html: item.html } : {}),
        ...(item.raw !== undefined && item.text === undefined && item.html === undefined
          ? item.kind === 'html'
            ? { html: item.raw }
            : { raw: item.raw }
          : {}),
        ...(item.url ? { url: item.url } : {}),
        ...(item.published ? { published: item.published } : {}),
        ...(item.title ? { title: item.title } : {}),
        contentHash: item.contentHash,
      });
      pipeline.run(doc);
      const result = await store.put(docToRecord(doc));
      if (result.inserted) summary.stored++;
      else summary.duplicates++;
      progress.tick(result.inserted ? 'stored' : 'duplicate');
    } catch (err) {
      summary.errors.push({ origin: item.origin, error: errorMessage(err) });
      log(`error: ${item.origin}: ${errorMessage(err)}`);
      progress.tick('error');
    }
  }
  progress.finish();
  return summary;
}
