/**
 * What the ingest readers yield: one raw document per page, feed item, JSON
 * Lines record or archive record, or an error naming where reading failed.
 */
export interface RawInput {
  id: string;
  /** Path, or path#record for documents inside a file. */
  origin: string;
  kind: 'html' | 'text' | 'jsonl';
  /** A page that still needs extraction (kind html or text). */
  raw?: string;
  /** Ready text (JSON Lines `text`): used as is. */
  text?: string;
  /** HTML given in a JSON Lines record or a feed item. */
  html?: string;
  url?: string;
  published?: string;
  title?: string;
  /** sha256 of the document's raw bytes. */
  contentHash: string;
}

export interface InputError {
  origin: string;
  error: string;
}

export type InputItem = RawInput | InputError;

export function isInputError(item: InputItem): item is InputError {
  return 'error' in item;
}
