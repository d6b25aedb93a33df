/**
 * Article metadata: what the page says about itself, each value with the
 * place it was read from, so users can judge how far to trust it.
 */
import { z } from 'zod';
import { SpanSchema } from './layers.js';

/** Where a metadata value came from, in order of trust. */
export const MetaOriginSchema = z.enum(['input', 'json-ld', 'opengraph', 'meta', 'time-element', 'visible-text', 'url']);
export type MetaOrigin = z.infer<typeof MetaOriginSchema>;

export const CaptionSchema = z.object({
  text: z.string(),
  credit: z.string().optional(),
});

export const DocMetaSchema = z.object({
  title: z.string().optional(),
  /** YYYY-MM-DD or ISO date-time (with offset when the page states one). */
  published: z.string().optional(),
  url: z.string().optional(),
  canonicalUrl: z.string().optional(),
  siteName: z.string().optional(),
  section: z.string().optional(),
  tags: z.array(z.string()).optional(),
  language: z.string().optional(),
  authors: z.array(z.string()).optional(),
  /** News agency credited in the byline or dateline (AFP, Reuters, AP, ...). */
  agency: z.string().optional(),
  /** Dateline city, e.g. "BAGHDAD" from "BAGHDAD (AFP) -". */
  dateline: z.string().optional(),
  captions: z.array(CaptionSchema).optional(),
  /** Which source each metadata field was read from. */
  origins: z.record(z.string(), MetaOriginSchema).optional(),
  /** sha256 of the raw input, for idempotent ingest. */
  contentHash: z.string().optional(),
  /** Paragraph spans in the Doc text. */
  paragraphs: z.array(SpanSchema).optional(),
  /** Other captures of this same (wire) story, stored once: filled in by the store on get. */
  syndication: z.array(z.object({ id: z.string(), url: z.string().optional(), similarity: z.number() })).optional(),
});
export type DocMeta = z.infer<typeof DocMetaSchema>;
