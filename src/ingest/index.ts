/**
 * Input readers: files and folders of pages, text captures, JSON Lines,
 * JSON, RSS/Atom feeds and WARC archives (optionally gzipped) → one RawInput
 * per document, or an InputError; one broken document never stops the rest.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip, gunzip } from 'node:zlib';
import { promisify } from 'node:util';
import { decodeBytes } from '../extract/decode.js';
import { looksLikeHtml } from '../extract/sniff.js';
import { feedItems } from './feed.js';
import { listInputFiles, type InputFile } from './files.js';
import { sha256Hex } from './hash.js';
import { readJsonDocument, readJsonLines } from './jsonl.js';
import type { InputItem } from './types.js';
import { warcInputs } from './warc.js';

export type { InputError, InputItem, RawInput } from './types.js';
export { isInputError } from './types.js';

const gunzipAsync = promisify(gunzip);

/** Largest single (non-streamed) file read whole; archives and JSON Lines stream. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

function openStream(file: InputFile): Readable {
  const stream = createReadStream(file.path);
  if (!file.gzipped) return stream;
  const gz = createGunzip();
  // Errors on the file stream must reach the consumer of the gunzip stream.
  stream.on('error', (err) => gz.destroy(err));
  return stream.pipe(gz);
}

async function readWhole(file: InputFile): Promise<Buffer> {
  const bytes = await readFile(file.path);
  const data = file.gzipped ? await gunzipAsync(bytes, { maxOutputLength: MAX_FILE_BYTES }) : bytes;
  if (data.length > MAX_FILE_BYTES) throw new Error(`file is over ${MAX_FILE_BYTES} bytes`);
  return data;
}

async function* readFileInputs(file: InputFile): AsyncGenerator<InputItem> {
  const { path } = file;
  if (file.format === 'jsonl') {
    try {
      yield* readJsonLines(openStream(file), path);
    } catch (err) {
      yield { origin: path, error: `cannot read JSON Lines: ${(err as Error).message}` };
    }
    return;
  }
  if (file.format === 'warc') {
    yield* warcInputs(openStream(file), path);
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readWhole(file);
  } catch (err) {
    yield { origin: path, error: `cannot read file: ${(err as Error).message}` };
    return;
  }
  if (file.format === 'json') {
    yield* readJsonDocument(decodeBytes(bytes), path);
    return;
  }
  const raw = decodeBytes(bytes);
  if (file.format === 'feed') {
    yield* feedItems(raw, path);
    return;
  }
  if (!raw.trim()) {
    yield { origin: path, error: 'file is empty' };
    return;
  }
  // .gz files of unknown inner type, and .txt files that are really HTML, are sniffed.
  const kind = (file.format === 'html' && !file.gzipped) || looksLikeHtml(raw) ? 'html' : 'text';
  yield { id: path, origin: path, kind, raw, contentHash: sha256Hex(bytes) };
}

export async function* readInputs(paths: string[]): AsyncIterable<InputItem> {
  for await (const listed of listInputFiles(paths)) {
    if ('error' in listed) {
      yield { origin: listed.path, error: listed.error };
      continue;
    }
    try {
      yield* readFileInputs(listed);
    } catch (err) {
      yield { origin: listed.path, error: (err as Error).message };
    }
  }
}
