/**
 * What the caller states about a page (its URL, publication date, title)
 * wins over what the page says; both extractors apply it the same way.
 */
import type { DocMeta, MetaOrigin } from '../model/meta.js';
import type { ExtractOptions } from './types.js';

export function applyCallerValues(meta: DocMeta, origins: Record<string, MetaOrigin>, opts: ExtractOptions): void {
  if (opts.url) meta.url = opts.url;
  if (opts.published) {
    meta.published = opts.published;
    origins.published = 'input';
  }
  if (opts.title) {
    meta.title = opts.title;
    origins.title = 'input';
  }
}
