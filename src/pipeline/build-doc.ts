/**
 * Turns one input document (the `annotate` contract, or a raw input from
 * src/ingest) into a Doc: the text every offset will index, plus metadata.
 * Given `text`, the Doc text is exactly that text; given `html` (or a raw page
 * capture), it is the extracted article body.
 */
import { SitrepError } from '../errors.js';
import { extractPage, extractFromHtml } from '../extract/index.js';
import { sha256Hex } from '../ingest/hash.js';
import { Doc } from '../model/doc.js';
import type { DocMeta } from '../model/meta.js';
import type { AnnotateInput } from '../model/record.js';

/** Largest document we annotate; bigger ones are refused rather than stalling a batch. */
export const MAX_DOC_CHARS = 5_000_000;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Checks a publication date against the contract: YYYY-MM-DD or ISO date-time. */
export function normalizePublished(value: string, docId: string): string {
  const v = value.trim();
  if (DATE_ONLY.test(v)) {
    const d = new Date(`${v}T00:00:00Z`);
    if (!Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v) return v;
  } else if (DATE_TIME.test(v) && !Number.isNaN(new Date(v).getTime())) {
    return v.replace(' ', 'T');
  }
  throw new SitrepError('E013', `doc "${docId}": "${value}"`);
}

/** Input as read by src/ingest: a raw page capture, or a contract document. */
export interface DocInput extends AnnotateInput {
  /** A raw page (HTML or text capture) that needs extraction. */
  raw?: string;
  contentHash?: string;
}

export function buildDoc(input: DocInput): Doc {
  const id = input.id;
  const published = input.published ? normalizePublished(input.published, id) : undefined;
  const base: DocMeta = {};
  if (input.url) base.url = input.url;

  let text: string;
  let meta: DocMeta;
  if (typeof input.text === 'string') {
    text = input.text;
    meta = { ...base, origins: {} };
  } else if (typeof input.html === 'string' || typeof input.raw === 'string') {
    const raw = (input.html ?? input.raw)!;
    if (raw.length > MAX_DOC_CHARS * 4) throw new SitrepError('E023', `doc "${id}" has ${raw.length} characters`);
    const opts = { ...(input.url ? { url: input.url } : {}), ...(published ? { published } : {}), ...(input.title ? { title: input.title } : {}) };
    const page = typeof input.html === 'string' ? extractFromHtml(raw, opts) : extractPage({ raw, ...opts });
    if (!page.text.trim()) throw new SitrepError('E021', `doc "${id}"`);
    text = page.text;
    meta = { ...base, ...page.meta };
  } else {
    throw new SitrepError('E012', `doc "${id}"`);
  }
  if (text.length > MAX_DOC_CHARS) throw new SitrepError('E023', `doc "${id}" has ${text.length} characters`);

  // What the caller states wins over what the page says.
  const origins = { ...(meta.origins ?? {}) };
  if (input.title) {
    meta.title = input.title;
    origins.title = 'input';
  }
  if (published) {
    meta.published = published;
    origins.published = 'input';
  }
  meta.origins = origins;
  meta.contentHash = input.contentHash ?? sha256Hex(input.html ?? input.raw ?? input.text ?? '');
  return new Doc(id, text, meta);
}
