/**
 * GET /api/export/:format: the events of stored records in GDELT, ACLED or
 * PLOVER shape, using the converters in src/export.
 */
import { toAcledCsv, toGdeltTsv, toPloverJson } from '../export/index.js';
import type { ArticleRecord } from '../model/record.js';
import type { ArticleFilter, Store } from '../store/store.js';

type Converter = (records: readonly ArticleRecord[]) => string;

export const EXPORT_FORMATS: Record<'gdelt' | 'acled' | 'plover', { convert: Converter; contentType: string; extension: string }> = {
  gdelt: { convert: toGdeltTsv, contentType: 'text/tab-separated-values; charset=utf-8', extension: 'tsv' },
  acled: { convert: toAcledCsv, contentType: 'text/csv; charset=utf-8', extension: 'csv' },
  plover: { convert: (records) => JSON.stringify(toPloverJson(records)), contentType: 'application/json; charset=utf-8', extension: 'json' },
};
export type ExportFormat = keyof typeof EXPORT_FORMATS;

export function isExportFormat(s: string): s is ExportFormat {
  return Object.hasOwn(EXPORT_FORMATS, s);
}

/** Most records one export reads; larger exports page with offset. */
export const EXPORT_MAX_RECORDS = 1000;

/** The full records of the articles a filter selects, newest first. */
export async function recordsFor(store: Store, filter: ArticleFilter): Promise<ArticleRecord[]> {
  const page = await store.listArticles({ ...filter, limit: Math.min(filter.limit ?? EXPORT_MAX_RECORDS, EXPORT_MAX_RECORDS) });
  const records = await Promise.all(page.items.map((a) => store.get(a.id)));
  return records.filter((r): r is ArticleRecord => r !== null);
}
