/**
 * The article record: the public JSON shape of an annotated Doc, as written by
 * `sitrep annotate`, stored by `src/store` and served by `src/api`.
 * docs/annotate-contract.md documents it; docs/article-record.schema.json is
 * generated from this schema by `npm run schema`.
 */
import { z } from 'zod';
import { Doc } from './doc.js';
import { EntitySchema, EventSchema, PlaceSchema, QuoteSchema, SentenceSchema, TimeSchema } from './layers.js';
import { DocMetaSchema } from './meta.js';

export const ArticleRecordSchema = z.object({
  id: z.string().min(1),
  text: z.string(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  url: z.string().nullable(),
  meta: DocMetaSchema,
  sentences: z.array(SentenceSchema),
  entities: z.array(EntitySchema),
  times: z.array(TimeSchema),
  quotes: z.array(QuoteSchema),
  places: z.array(PlaceSchema),
  events: z.array(EventSchema),
});
export type ArticleRecord = z.infer<typeof ArticleRecordSchema>;

/** The line written for a document that could not be processed. */
export const ErrorRecordSchema = z.object({ id: z.string(), error: z.string() });
export type ErrorRecord = z.infer<typeof ErrorRecordSchema>;

/** The `annotate` input line. */
export const AnnotateInputSchema = z
  .object({
    id: z.string().min(1),
    text: z.string().optional(),
    html: z.string().optional(),
    url: z.string().optional(),
    published: z.string().optional(),
    title: z.string().optional(),
  })
  .passthrough();
export type AnnotateInput = z.infer<typeof AnnotateInputSchema>;

export function docToRecord(doc: Doc): ArticleRecord {
  return {
    id: doc.id,
    text: doc.text,
    title: doc.meta.title ?? null,
    published: doc.meta.published ?? null,
    url: doc.meta.canonicalUrl ?? doc.meta.url ?? null,
    meta: { ...doc.meta },
    sentences: [...doc.get('sentences')],
    entities: [...doc.get('entities')],
    times: [...doc.get('times')],
    quotes: [...doc.get('quotes')],
    places: [...doc.get('places')],
    events: [...doc.get('events')],
  };
}
