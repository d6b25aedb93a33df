/**
 * PolNeAR article texts for benches, audits and identity checks, read from
 * ../shared/data/polnear/<split>/text at run time (never copied into the repo).
 * The publication date comes from the file name (`..._YYYY-MM-DD_...`), which
 * is what the time layer resolves relative dates against. Also the seed
 * stories (../shared/seeds), which identity checks and benches run with them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDataPath } from '../src/paths.js';

export interface PolnearArticle {
  /** The file name, e.g. `..._2016-10-01_....txt`. */
  id: string;
  text: string;
  /** YYYY-MM-DD from the file name; 2016-10-01 (the corpus period) when it has none. */
  published: string;
}

export type PolnearSplit = 'train' | 'dev';

const FALLBACK_DATE = '2016-10-01';

/** The publication date a PolNeAR file name carries. */
export function polnearPublished(fileName: string): string {
  return /_(\d{4}-\d{2}-\d{2})_/.exec(fileName)?.[1] ?? FALLBACK_DATE;
}

/** The split's text file names, sorted (a stable order for every run). */
export function polnearFiles(split: PolnearSplit): string[] {
  return readdirSync(sharedDataPath('polnear', split, 'text')).filter((f) => f.endsWith('.txt')).sort();
}

/** One article of a split by file name. */
export function readPolnearArticle(split: PolnearSplit, fileName: string): PolnearArticle {
  return { id: fileName, text: readFileSync(join(sharedDataPath('polnear', split, 'text'), fileName), 'utf8'), published: polnearPublished(fileName) };
}

/** The first `limit` articles of a split in file-name order (all when `limit` is omitted). */
export function loadPolnearArticles(split: PolnearSplit, limit = Infinity): PolnearArticle[] {
  return polnearFiles(split).slice(0, limit).map((f) => readPolnearArticle(split, f));
}

/** The seed stories (../shared/seeds/*.txt) in file-name order, as articles published 2024-01-25. */
export function seedArticles(): PolnearArticle[] {
  const dir = sharedDataPath('..', 'seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: `seeds/${f}`, text: readFileSync(join(dir, f), 'utf8'), published: '2024-01-25' }));
}
