/**
 * JSON documents in the annotate contract ({id, text?, html?, url?,
 * published?, title?}) → RawInput, checking the fields a reader relies on.
 */
import { sha256Hex } from './hash.js';
import type { InputItem } from './types.js';

function optionalString(o: Record<string, unknown>, key: string): string | undefined | Error {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') return new Error(`field "${key}" must be a string`);
  return v;
}

/** One contract document; `origin` is its id when the record has none. */
export function contractRecord(value: unknown, origin: string, rawForHash: string): InputItem {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { origin, error: 'record is not a JSON object' };
  const o = value as Record<string, unknown>;
  const fields: Record<string, string | undefined> = {};
  for (const key of ['id', 'text', 'html', 'url', 'published', 'title']) {
    const v = optionalString(o, key);
    if (v instanceof Error) return { origin, error: v.message };
    fields[key] = v;
  }
  if (fields.text === undefined && fields.html === undefined) return { origin, error: 'record has neither "text" nor "html"' };
  return {
    id: fields.id || origin,
    origin,
    kind: 'jsonl',
    ...(fields.text !== undefined ? { text: fields.text } : {}),
    ...(fields.html !== undefined ? { html: fields.html } : {}),
    ...(fields.url ? { url: fields.url } : {}),
    ...(fields.published ? { published: fields.published } : {}),
    ...(fields.title ? { title: fields.title } : {}),
    contentHash: sha256Hex(rawForHash),
  };
}
