/**
 * `sitrep ingest PATH...`: files, folders, feeds, archives and JSON Lines into
 * the store. Idempotent by content hash; one broken document is reported and
 * skipped, never the end of the batch.
 *
 * Order per document: build the Doc → exact duplicate? (store, by content
 * hash) → near duplicate of a stored story? (MinHash index, checked BEFORE
 * annotating to save the pipeline run) → annotate and store as a new article.
 */
import { errorMessage } from '../errors.js';
import { readInputs, type RawInput } from '../ingest/index.js';
import { NearDuplicateIndex, signature, signatureFromHex, words } from '../dedup/minhash.js';
import type { Doc } from '../model/doc.js';
import { docToRecord } from '../model/record.js';
import { buildDoc } from '../pipeline/build-doc.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import type { Store } from '../store/store.js';
import { Progress } from './progress.js';

export interface IngestSummary {
  read: number;
  stored: number;
  duplicates: number;
  /** Near duplicates of a stored story, recorded as its syndicated copies. */
  syndicated: number;
  errors: { origin: string; error: string }[];
}

export interface IngestOptions {
  /** Estimated Jaccard similarity of word 5-shingles at or above which a text is a copy of a stored story. */
  syndicationThreshold?: number;
}

/**
 * Copies of one wire story on different sites differ in headline, boilerplate
 * and a sentence or two; distinct stories on one topic share far fewer 5-word shingles.
 */
export const SYNDICATION_THRESHOLD = 0.8;
/** Texts shorter than this (in words) have too few shingles for a trustworthy estimate. */
const MIN_WORDS_FOR_SYNDICATION = 25;

type Outcome = 'stored' | 'duplicate' | 'syndicated';

export async function runIngest(
  paths: string[],
  store: Store,
  pipeline: Pipeline,
  log: (s: string) => void = () => {},
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = { read: 0, stored: 0, duplicates: 0, syndicated: 0, errors: [] };
  const index = await loadIndex(store, options.syndicationThreshold ?? SYNDICATION_THRESHOLD);
  const progress = new Progress(process.stderr, 'ingest');
  for await (const item of readInputs(paths)) {
    summary.read++;
    if ('error' in item) {
      summary.errors.push({ origin: item.origin, error: item.error });
      log(`error: ${item.origin}: ${item.error}`);
      progress.tick('error');
      continue;
    }
    try {
      const outcome = await ingestOne(item, store, pipeline, index);
      if (outcome === 'stored') summary.stored++;
      else if (outcome === 'syndicated') summary.syndicated++;
      else summary.duplicates++;
      progress.tick(outcome);
    } catch (err) {
      summary.errors.push({ origin: item.origin, error: errorMessage(err) });
      log(`error: ${item.origin}: ${errorMessage(err)}`);
      progress.tick('error');
    }
  }
  progress.finish();
  return summary;
}

/** The signatures of every stored article, loaded once per run. */
async function loadIndex(store: Store, threshold: number): Promise<NearDuplicateIndex> {
  const index = new NearDuplicateIndex(threshold);
  for (const { id, signature: hex } of await store.signatures()) index.add(id, signatureFromHex(hex));
  return index;
}

async function ingestOne(item: RawInput, store: Store, pipeline: Pipeline, index: NearDuplicateIndex): Promise<Outcome> {
  const doc = docFromItem(item);
  const sig = signature(doc.text);
  const match = words(doc.text).length >= MIN_WORDS_FOR_SYNDICATION ? index.match(sig) : undefined;
  // A match on its own id is a new version of the same document: store it (put replaces).
  if (match && match.id !== doc.id) {
    const copy = {
      id: doc.id,
      ...(doc.meta.url ?? item.url ? { url: doc.meta.url ?? item.url } : {}),
      contentHash: item.contentHash,
      similarity: match.similarity,
    };
    // False: this very capture (same content hash) is already stored, as an article or a copy.
    return (await store.addSyndicated(match.id, copy)) ? 'syndicated' : 'duplicate';
  }
  pipeline.run(doc);
  const result = await store.put(docToRecord(doc));
  if (!result.inserted) return 'duplicate';
  index.add(result.id, sig);
  return 'stored';
}

function docFromItem(item: RawInput): Doc {
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
