/**
 * Input limits for the extract stage: pages past these sizes are truncated so a
 * single huge or hostile page cannot stall a batch.
 */

/** Largest raw page (in UTF-16 code units) we parse; the rest is dropped. */
const MAX_RAW_CHARS = 20_000_000;

/** Largest number of bytes decodeBytes reads. */
export const MAX_RAW_BYTES = 20 * 1024 * 1024;

export function capInput(raw: string): string {
  return raw.length > MAX_RAW_CHARS ? raw.slice(0, MAX_RAW_CHARS) : raw;
}
