/**
 * The extract stage: raw pages (HTML or text captures) → clean article text
 * and metadata. See docs/extraction.md.
 */
import { SitrepError } from '../errors.js';
import { extractFromHtml } from './html/extract.js';
import { capInput } from './limits.js';
import { looksLikeHtml } from './sniff.js';
import { extractFromTextCapture } from './text/text-capture.js';
import type { ExtractedPage, ExtractOptions } from './types.js';

export { decodeBytes } from './decode.js';
export { extractFromHtml } from './html/extract.js';
export { extractFromTextCapture } from './text/text-capture.js';
export { looksLikeHtml } from './sniff.js';
export type { ExtractedPage, ExtractOptions } from './types.js';

export interface PageInput {
  raw: string;
  kind?: 'html' | 'text';
  url?: string;
  published?: string;
  title?: string;
}

/** Share of characters that are control or replacement characters: binary junk, not a page. */
function junkShare(s: string): number {
  const sample = s.slice(0, 8192);
  if (!sample) return 0;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  return bad / sample.length;
}

export function extractPage(input: PageInput): ExtractedPage {
  const raw = capInput(input.raw);
  if (!raw.trim()) throw new SitrepError('E021', 'the page is empty');
  if (junkShare(raw) > 0.1) throw new SitrepError('E022', 'the input looks like binary data, not HTML or text');
  const opts: ExtractOptions = {
    ...(input.url ? { url: input.url } : {}),
    ...(input.published ? { published: input.published } : {}),
    ...(input.title ? { title: input.title } : {}),
  };
  const kind = input.kind ?? (looksLikeHtml(raw) ? 'html' : 'text');
  return kind === 'html' ? extractFromHtml(raw, opts) : extractFromTextCapture(raw, opts);
}
