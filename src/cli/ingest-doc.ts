/**
 * The per-document steps of `ingest`, shared by the sequential run and the
 * worker threads: raw input → Doc → (annotated) record, and the store side
 * that decides between a new article, a syndicated copy and a duplicate.
 */
import { NearDuplicateIndex, signature, words } from '../dedup/minhash.js';
import type { RawInput } from '../ingest/index.js';
import type { Doc } from '../model/doc.js';
import { docToRecord, type ArticleRecord } from '../model/record.js';
import { buildDoc } from '../pipeline/build-doc.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import type { Store } from '../store/store.js';

export type Outcome = 'stored' | 'duplicate' | 'syndicated';

/** Texts shorter than this (in words) have too few shingles for a trustworthy estimate. */
const MIN_WORDS_FOR_SYNDICATION = 25;

/** A document ready for the store: its MinHash signature, and its record once annotated. */
export interface PreparedDoc {
  id: string;
  url?: string;
  contentHash: string;
  signature: Uint32Array;
  /** False when the text is too short for near-duplicate matching. */
  matchable: boolean;
}

export interface AnnotatedDoc extends PreparedDoc {
  record: ArticleRecord;
}

export function docFromItem(item: RawInput): Doc {
  return buildDoc({
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
}

export function prepare(doc: Doc, item: RawInput): PreparedDoc {
  const url = doc.meta.url ?? item.url;
  return {
    id: doc.id,
    ...(url ? { url } : {}),
    contentHash: item.contentHash,
    signature: signature(doc.text),
    matchable: words(doc.text).length >= MIN_WORDS_FOR_SYNDICATION,
  };
}

/** Everything a worker thread does for one input: extract, annotate, build the record. */
export function annotateItem(item: RawInput, pipeline: Pipeline): AnnotatedDoc {
  const doc = docFromItem(item);
  const prepared = prepare(doc, item);
  pipeline.run(doc);
  return { ...prepared, record: docToRecord(doc) };
}

/**
 * If the text is a near copy of another stored story, records it as that
 * story's syndicated copy and returns the outcome; otherwise undefined.
 */
export async function recordIfSyndicated(
  doc: PreparedDoc,
  store: Store,
  index: NearDuplicateIndex,
): Promise<Outcome | undefined> {
  const match = doc.matchable ? index.match(doc.signature) : undefined;
  // A match on its own id is a new version of the same document: store it (put replaces).
  if (!match || match.id === doc.id) return undefined;
  const copy = {
    id: doc.id,
    ...(doc.url ? { url: doc.url } : {}),
    contentHash: doc.contentHash,
    similarity: match.similarity,
  };
  // False: this very capture (same content hash) is already stored, as an article or a copy.
  return (await store.addSyndicated(match.id, copy)) ? 'syndicated' : 'duplicate';
}

export async function storeNew(
  record: ArticleRecord,
  doc: PreparedDoc,
  store: Store,
  index: NearDuplicateIndex,
): Promise<Outcome> {
  const result = await store.put(record, doc.signature);
  if (!result.inserted) return 'duplicate';
  index.add(result.id, doc.signature);
  return 'stored';
}
