/**
 * Exports the events of every article a filter selects, page by page, so an
 * export of a whole database never holds it in memory: the CLI writes the
 * chunks to a file, the API streams them as the response body.
 */
import type { ArticleRecord } from '../model/record.js';
import type { ArticleFilter, Store } from '../store/store.js';
import { ACLED_COLUMNS, acledCsvRows } from './acled.js';
import { csvLine } from './csv.js';
import { toGdeltTsv } from './gdelt.js';
import { toPloverJson } from './plover.js';

interface FormatSpec {
  contentType: string;
  extension: string;
  /** Text before the first page (a header line, an opening bracket). */
  head: string;
  /** One page of records; `first` says whether anything was written before it. */
  page: (records: readonly ArticleRecord[], first: boolean) => string;
  tail: string;
}

export const EXPORT_FORMATS = {
  // GDELT 2.0 event files have no header line.
  gdelt: { contentType: 'text/tab-separated-values; charset=utf-8', extension: 'tsv', head: '', page: (r) => toGdeltTsv(r), tail: '' },
  acled: {
    contentType: 'text/csv; charset=utf-8',
    extension: 'csv',
    head: csvLine(ACLED_COLUMNS),
    page: (r) => acledCsvRows(r),
    tail: '',
  },
  plover: {
    contentType: 'application/json; charset=utf-8',
    extension: 'json',
    head: '[',
    page: (r, first) => {
      const items = toPloverJson(r).map((e) => JSON.stringify(e));
      return items.length === 0 ? '' : (first ? '' : ',') + items.join(',');
    },
    tail: ']\n',
  },
} satisfies Record<string, FormatSpec>;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export function isExportFormat(s: string): s is ExportFormat {
  return Object.hasOwn(EXPORT_FORMATS, s);
}

/** Articles read per page: a few MB of records at a time. */
export const EXPORT_PAGE = 200;

/**
 * The export as text chunks, newest articles first. `filter.limit` and
 * `filter.offset` select a window of articles; without a limit, all of them.
 * The first page is read before anything is yielded, so a store that cannot
 * be read fails the export before a response or file is begun.
 */
export async function* exportChunks(store: Store, format: ExportFormat, filter: ArticleFilter = {}): AsyncGenerator<string> {
  const spec: FormatSpec = EXPORT_FORMATS[format];
  let started = false;
  let wroteAny = false;
  for await (const records of recordPages(store, filter)) {
    const text = spec.page(records, !wroteAny);
    if (!started) {
      started = true;
      if (spec.head) yield spec.head;
    }
    if (text) {
      wroteAny = true;
      yield text;
    }
  }
  if (!started && spec.head) yield spec.head;
  if (spec.tail) yield spec.tail;
}

async function* recordPages(store: Store, filter: ArticleFilter): AsyncGenerator<ArticleRecord[]> {
  let offset = filter.offset ?? 0;
  let remaining = filter.limit ?? Infinity;
  while (remaining > 0) {
    const limit = Math.min(EXPORT_PAGE, remaining);
    const { items } = await store.listArticles({ ...filter, limit, offset });
    if (items.length === 0) return;
    yield await store.getMany(items.map((a) => a.id));
    offset += items.length;
    remaining -= items.length;
    if (items.length < limit) return;
  }
}
