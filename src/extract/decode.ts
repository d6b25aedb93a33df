/**
 * Bytes → string for pages whose encoding we must work out: BOM first, then
 * the HTTP Content-Type charset, then a <meta charset> in the first bytes,
 * then UTF-8 if it decodes cleanly, else windows-1252 (what browsers assume
 * for legacy Western pages labelled iso-8859-1 or not at all).
 */
import { CP1252_LABELS, decodeCp1252 } from './cp1252.js';
import { MAX_RAW_BYTES } from './limits.js';

function charsetFromContentType(header?: string): string | undefined {
  if (!header) return undefined;
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(header);
  return m?.[1]?.toLowerCase();
}

function bomCharset(bytes: Uint8Array): { label: string; skip: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { label: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { label: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { label: 'utf-16be', skip: 2 };
  return undefined;
}

/** UTF-16 without a BOM: many zero bytes at odd (LE) or even (BE) positions. */
function sniffUtf16(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const half = n / 2;
  if (oddZeros > half * 0.4 && evenZeros < half * 0.05) return 'utf-16le';
  if (evenZeros > half * 0.4 && oddZeros < half * 0.05) return 'utf-16be';
  return undefined;
}

function charsetFromMeta(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m?.[1]?.toLowerCase();
}

function tryDecoder(label: string, bytes: Uint8Array, fatal: boolean): string | undefined {
  if (CP1252_LABELS.has(label)) return decodeCp1252(bytes);
  try {
    return new TextDecoder(label, { fatal }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function decodeBytes(input: Uint8Array, contentTypeHeader?: string): string {
  const bytes = input.length > MAX_RAW_BYTES ? input.subarray(0, MAX_RAW_BYTES) : input;
  const bom = bomCharset(bytes);
  if (bom) {
    const text = tryDecoder(bom.label, bytes.subarray(bom.skip), false);
    if (text !== undefined) return text;
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) return tryDecoder(utf16, bytes, false) ?? '';

  const declared = charsetFromContentType(contentTypeHeader) ?? charsetFromMeta(bytes);
  if (declared) {
    // Pages labelled UTF-8 that are not, and pages labelled Latin-1 that are UTF-8, are both common.
    if (declared === 'utf-8' || declared === 'utf8') {
      const strict = tryDecoder('utf-8', bytes, true);
      if (strict !== undefined) return strict;
      return tryDecoder('windows-1252', bytes, false) ?? '';
    }
    // A label that names UTF-16 inside an ASCII-compatible document is wrong; ignore it.
    if (!declared.startsWith('utf-16')) {
      const text = tryDecoder(declared, bytes, false);
      if (text !== undefined) return text;
    }
  }
  return tryDecoder('utf-8', bytes, true) ?? tryDecoder('windows-1252', bytes, false) ?? '';
}
