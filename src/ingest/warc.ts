/**
 * WARC (and WARC.gz) archives, streamed record by record: a record's header
 * block, then Content-Length bytes of payload. Only response and resource
 * records holding HTML (or plain text) become documents; for responses the
 * HTTP headers give the status and charset. Records bigger than the limit
 * are skipped without being held in memory.
 */
import type { Readable } from 'node:stream';
import { decodeBytes } from '../extract/decode.js';
import { MAX_RAW_BYTES } from '../extract/limits.js';
import { sha256Hex } from './hash.js';
import type { InputItem } from './types.js';

export interface WarcRecord {
  headers: Record<string, string>;
  /** Payload, or undefined when it was over the size limit and skipped. */
  body: Buffer | undefined;
  length: number;
}

const CRLF2 = Buffer.from('\r\n\r\n');
const LF2 = Buffer.from('\n\n');

function headerEnd(buf: Buffer): { end: number; sep: number } | undefined {
  const a = buf.indexOf(CRLF2);
  const b = buf.indexOf(LF2);
  if (a < 0 && b < 0) return undefined;
  if (a >= 0 && (b < 0 || a < b)) return { end: a, sep: 4 };
  return { end: b, sep: 2 };
}

function parseHeaderLines(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split(/\r?\n/).slice(1)) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return headers;
}

/**
 * Records from a byte stream (already gunzipped). Keeps at most one record
 * payload (≤ the limit) plus one chunk in memory.
 */
export async function* warcRecords(stream: AsyncIterable<Buffer>, maxBody = MAX_RAW_BYTES): AsyncGenerator<WarcRecord> {
  let buf: Buffer = Buffer.alloc(0);
  let state: 'header' | 'body' = 'header';
  let headers: Record<string, string> = {};
  let remaining = 0;
  let length = 0;
  let parts: Buffer[] | undefined;
  for await (const chunk of stream) {
    buf = buf.length ? Buffer.concat([buf, chunk]) : chunk;
    for (;;) {
      if (state === 'header') {
        // Skip blank lines between records.
        let skip = 0;
        while (skip < buf.length && (buf[skip] === 0x0d || buf[skip] === 0x0a)) skip++;
        if (skip) buf = buf.subarray(skip);
        const h = headerEnd(buf);
        if (!h) {
          if (buf.length > 1_000_000) throw new Error('WARC record header is over 1 MB: not a WARC file?');
          break;
        }
        const text = buf.subarray(0, h.end).toString('latin1');
        if (!/^WARC\/\d/.test(text)) throw new Error(`not a WARC record header: "${text.slice(0, 40)}"`);
        headers = parseHeaderLines(text);
        length = Number(headers['content-length'] ?? '0');
        if (!Number.isFinite(length) || length < 0) throw new Error('WARC record has a bad Content-Length');
        remaining = length;
        parts = length <= maxBody ? [] : undefined;
        buf = buf.subarray(h.end + h.sep);
        state = 'body';
      }
      if (state === 'body') {
        const take = Math.min(remaining, buf.length);
        if (take > 0) {
          parts?.push(buf.subarray(0, take));
          buf = buf.subarray(take);
          remaining -= take;
        }
        if (remaining > 0) break;
        yield { headers, body: parts ? Buffer.concat(parts) : undefined, length };
        parts = undefined;
        state = 'header';
      }
    }
  }
  if (state === 'body') throw new Error('WARC archive ends inside a record (truncated file)');
}

interface HttpPayload {
  status?: number;
  contentType?: string;
  body: Buffer;
}

/** Splits an HTTP response payload into status, content type and body. */
function parseHttp(payload: Buffer): HttpPayload | undefined {
  const h = headerEnd(payload);
  if (!h) return undefined;
  const head = payload.subarray(0, h.end).toString('latin1');
  const status = /^HTTP\/[\d.]+\s+(\d{3})/.exec(head);
  if (!status) return undefined;
  const ct = /^content-type:\s*(.+)$/im.exec(head)?.[1]?.trim();
  // Chunked transfer encoding is sometimes stored raw; de-chunk it.
  let body = payload.subarray(h.end + h.sep);
  if (/^transfer-encoding:\s*chunked/im.test(head)) body = dechunk(body);
  return { status: Number(status[1]), ...(ct ? { contentType: ct } : {}), body };
}

function dechunk(body: Buffer): Buffer {
  const out: Buffer[] = [];
  let pos = 0;
  while (pos < body.length) {
    const nl = body.indexOf('\r\n', pos);
    if (nl < 0) break;
    const size = parseInt(body.subarray(pos, nl).toString('latin1'), 16);
    if (!Number.isFinite(size) || size <= 0) break;
    out.push(body.subarray(nl + 2, nl + 2 + size));
    pos = nl + 2 + size + 2;
  }
  return out.length ? Buffer.concat(out) : body;
}

const HTML_TYPE = /text\/html|application\/xhtml/i;
const TEXT_TYPE = /text\/plain/i;

export async function* warcInputs(stream: Readable, path: string): AsyncGenerator<InputItem> {
  let n = 0;
  try {
    for await (const rec of warcRecords(stream)) {
      n++;
      const type = rec.headers['warc-type'];
      if (type !== 'response' && type !== 'resource') continue;
      const origin = `${path}#${n}`;
      const url = rec.headers['warc-target-uri']?.replace(/^<|>$/g, '');
      if (!rec.body) {
        yield { origin, error: `record of ${rec.length} bytes is over the size limit` };
        continue;
      }
      let contentType = rec.headers['content-type'];
      let body = rec.body;
      if (type === 'response') {
        const http = parseHttp(rec.body);
        if (!http) {
          yield { origin, error: 'response record has no HTTP header' };
          continue;
        }
        if (http.status !== undefined && (http.status < 200 || http.status >= 300)) continue;
        contentType = http.contentType;
        body = http.body;
      }
      const isHtml = contentType ? HTML_TYPE.test(contentType) : false;
      if (!isHtml && !(contentType && TEXT_TYPE.test(contentType))) continue;
      const raw = decodeBytes(body, contentType);
      yield {
        id: rec.headers['warc-record-id']?.replace(/^<|>$/g, '') ?? url ?? origin,
        origin,
        kind: isHtml ? 'html' : 'text',
        raw,
        ...(url ? { url } : {}),
        // WARC-Date is the crawl date, not the publication date: `published` is left to the page.
        contentHash: sha256Hex(body),
      };
    }
  } catch (err) {
    yield { origin: `${path}#${n + 1}`, error: `cannot read WARC: ${(err as Error).message}` };
  }
}
