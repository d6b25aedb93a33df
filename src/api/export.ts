/**
 * GET /api/export/:format: stored records in GDELT, ACLED or PLOVER shape.
 * The converters live in src/export (events component).
 */
import type { ArticleRecord } from '../model/record.js';
import type { ArticleFilter, Store } from '../store/store.js';

export const EXPORT_FORMATS = {
  gdelt: { fn: 'toGdeltTsv', contentType: 'text/tab-separated-values; charset=utf-8', extension: 'tsv' },
  acled: { fn: 'toAcledCsv', contentType: 'text/csv; charset=utf-8', extension: 'csv' },
  plover: { fn: 'toPloverJson', contentType: 'application/json; charset=utf-8', extension: 'json' },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

export function isExportFormat(s: string): s is ExportFormat {
  return Object.hasOwn(EXPORT_FORMATS, s);
}

/** Most records one export reads; larger exports should page with offset. */
export const EXPORT_MAX_RECORDS = 1000;

type Converter = (records: ArticleRecord[]) => string;

/**
 * Loads a converter from src/export/index.ts.
 * TODO(lead): once src/export/index.ts has landed, replace this dynamic import
 * with a static `import { toGdeltTsv, toAcledCsv, toPloverJson } from '../export/index.js'`.
 * The specifier is held in a variable so this file type-checks while that
 * module does not exist yet; a missing module or function yields null (HTTP 501).
 */
export async function loadConverter(format: ExportFormat): Promise<Converter | null> {
  const specifier = '../export/index.js';
  try {
    const mod = (await import(specifier)) as Record<string, unknown>;
    const fn = mod[EXPORT_FORMATS[format].fn];
    return typeof fn === 'function' ? (fn as Converter) : null;
  } catch {
    return null;
  }
}

/** The full records of the articles a filter selects, newest first. */
export async function recordsFor(store: Store, filter: ArticleFilter): Promise<ArticleRecord[]> {
  const page = await store.listArticles({ ...filter, limit: Math.min(filter.limit ?? EXPORT_MAX_RECORDS, EXPORT_MAX_RECORDS) });
  const records = await Promise.all(page.items.map((a) => store.get(a.id)));
  return records.filter((r): r is ArticleRecord => r !== null);
}
