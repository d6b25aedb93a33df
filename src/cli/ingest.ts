/**
 * `sitrep ingest PATH...`: files, folders, feeds, archives and JSON Lines into
 * the store. Idempotent by content hash; one broken document is reported and
 * skipped, never the end of the batch.
 *
 * Order per document: exact duplicate? (store, by content hash of the raw
 * input: a re-run over the same files annotates nothing) → build the Doc →
 * near duplicate of a stored story? (MinHash index, checked BEFORE
 * annotating to save the pipeline run) → annotate and store as a new article.
 * With --workers N, threads extract and annotate (the near-duplicate check
 * then follows annotation) while this thread alone writes, in input order.
 */
import { errorMessage } from '../errors.js';
import { readInputs, type InputItem, type RawInput } from '../ingest/index.js';
import { NearDuplicateIndex, signatureFromHex } from '../dedup/minhash.js';
import { docToRecord } from '../model/record.js';
import { createAnnotatePool } from '../parallel/annotate-jobs.js';
import { mapInOrder } from '../parallel/ordered.js';
import { createDefaultPipeline } from '../pipeline/default.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import type { Store } from '../store/store.js';
import { docFromItem, prepare, recordIfSyndicated, storeNew, type AnnotatedDoc, type Outcome } from './ingest-doc.js';
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
  /**
   * Worker threads that extract and annotate (each loads its own models). With
   * more than one, the store is still written by this thread, in input order,
   * so the result is the same as a sequential run.
   */
  workers?: number;
}

/**
 * Copies of one wire story on different sites differ in headline, boilerplate
 * and a sentence or two; distinct stories on one topic share far fewer 5-word shingles.
 */
export const SYNDICATION_THRESHOLD = 0.8;

/** `pipeline` (default: the default pipeline) is used by a sequential run; a parallel run builds one per worker. */
export async function runIngest(
  paths: string[],
  store: Store,
  pipeline: Pipeline | undefined,
  log: (s: string) => void = () => {},
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = { read: 0, stored: 0, duplicates: 0, syndicated: 0, errors: [] };
  const index = await loadIndex(store, options.syndicationThreshold ?? SYNDICATION_THRESHOLD);
  const progress = new Progress(process.stderr, 'ingest');
  const fail = (origin: string, error: string): void => {
    summary.errors.push({ origin, error });
    log(`error: ${origin}: ${error}`);
    progress.tick('error');
  };
  const count = (outcome: Outcome): void => {
    if (outcome === 'stored') summary.stored++;
    else if (outcome === 'syndicated') summary.syndicated++;
    else summary.duplicates++;
    progress.tick(outcome);
  };
  const outcomes = (options.workers ?? 1) > 1
    ? ingestParallel(readInputs(paths), store, index, options.workers!)
    : ingestSequential(readInputs(paths), store, pipeline ?? createDefaultPipeline(), index);
  for await (const { item, outcome } of outcomes) {
    summary.read++;
    if ('error' in outcome) fail(item.origin, outcome.error);
    else count(outcome.ok);
  }
  progress.finish();
  return summary;
}

type Step = { item: InputItem; outcome: { ok: Outcome } | { error: string } };

async function* ingestSequential(
  items: AsyncIterable<InputItem>,
  store: Store,
  pipeline: Pipeline,
  index: NearDuplicateIndex,
): AsyncGenerator<Step> {
  for await (const item of items) {
    if ('error' in item) {
      yield { item, outcome: { error: item.error } };
      continue;
    }
    try {
      yield { item, outcome: { ok: await ingestOne(item, store, pipeline, index) } };
    } catch (err) {
      yield { item, outcome: { error: errorMessage(err) } };
    }
  }
}

/** Workers extract and annotate; this thread checks syndication and writes, in input order. */
async function* ingestParallel(
  items: AsyncIterable<InputItem>,
  store: Store,
  index: NearDuplicateIndex,
  workers: number,
): AsyncGenerator<Step> {
  const pool = createAnnotatePool(workers);
  // undefined: nothing to annotate (an input error, or content already stored).
  const annotate = async (item: InputItem): Promise<AnnotatedDoc | undefined> => {
    if ('error' in item || (await store.hasContent(item.contentHash))) return undefined;
    const result = await pool.run({ kind: 'item', item }, item.origin);
    if (result.kind !== 'item') throw new Error(`${item.origin}: unexpected worker reply`);
    return result.doc;
  };
  try {
    // Two jobs per worker keep every worker busy while this thread writes.
    for await (const settled of mapInOrder(items, annotate, workers * 2)) {
      const { item } = settled;
      if ('error' in item) yield { item, outcome: { error: item.error } };
      else if (!settled.ok) yield { item, outcome: { error: errorMessage(settled.error) } };
      else if (!settled.value) yield { item, outcome: { ok: 'duplicate' } };
      else {
        try {
          const doc = settled.value;
          const outcome = (await recordIfSyndicated(doc, store, index)) ?? (await storeNew(doc.record, doc, store, index));
          yield { item, outcome: { ok: outcome } };
        } catch (err) {
          yield { item, outcome: { error: errorMessage(err) } };
        }
      }
    }
  } finally {
    await pool.close();
  }
}

/** The signatures of every stored article, loaded once per run. */
async function loadIndex(store: Store, threshold: number): Promise<NearDuplicateIndex> {
  const index = new NearDuplicateIndex(threshold);
  for (const { id, signature: hex } of await store.signatures()) index.add(id, signatureFromHex(hex));
  return index;
}

/** Checks for the same content and for a near copy BEFORE annotating, to save the pipeline run. */
async function ingestOne(item: RawInput, store: Store, pipeline: Pipeline, index: NearDuplicateIndex): Promise<Outcome> {
  if (await store.hasContent(item.contentHash)) return 'duplicate';
  const doc = docFromItem(item);
  const prepared = prepare(doc, item);
  const syndicated = await recordIfSyndicated(prepared, store, index);
  if (syndicated) return syndicated;
  pipeline.run(doc);
  return storeNew(docToRecord(doc), prepared, store, index);
}
