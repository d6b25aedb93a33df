/**
 * Every error sitrep raises on purpose, numbered, in one place (as spaCy does).
 * Messages name the input and the problem; `detail` fills in the specifics.
 */
export const ERRORS = {
  E001: 'Layer item has offsets outside the text',
  E002: 'Pipeline component requires a layer that no earlier component assigns',
  E003: 'Pipeline component names a layer that does not exist',
  E004: 'Two pipeline components share a name',
  E010: 'Input line is not valid JSON',
  E011: 'Input document does not match the annotate contract',
  E012: 'Input document has neither text nor html',
  E013: 'Publication date is not a valid YYYY-MM-DD or ISO date-time',
  E020: 'Could not read input file',
  E021: 'No article text could be extracted from the page',
  E022: 'Input is not a recognised page, feed, archive or JSON Lines file',
  E023: 'Document exceeds the size limit',
  E030: 'Store is not reachable or could not be opened',
  E031: 'Stored record failed validation',
  E040: 'Model or data file is missing; run the build script that makes it',
  E050: 'Worker thread stopped while processing a document',
  E052: 'Worker threads could not start',
  E051: 'Number of workers must be a whole number from 1 to 64, or "auto"',
} as const;

export type ErrorCode = keyof typeof ERRORS;

export class SitrepError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, detail?: string) {
    super(`[${code}] ${ERRORS[code]}${detail ? `: ${detail}` : ''}`);
    this.code = code;
    this.name = 'SitrepError';
  }
}

/** A readable one-line message for any thrown value. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
