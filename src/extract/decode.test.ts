import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeBytes } from './decode.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

test('decode: UTF-8 with and without BOM', () => {
  assert.equal(decodeBytes(enc('Café')), 'Café');
  assert.equal(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Café')])), 'Café');
});

test('decode: UTF-16 LE/BE with BOM, and LE without', () => {
  const le = Buffer.from('Zürich news', 'utf16le');
  assert.equal(decodeBytes(new Uint8Array([0xff, 0xfe, ...le])), 'Zürich news');
  const be = Buffer.from(le).swap16();
  assert.equal(decodeBytes(new Uint8Array([0xfe, 0xff, ...be])), 'Zürich news');
  assert.equal(decodeBytes(le), 'Zürich news');
});

test('decode: meta charset and HTTP charset', () => {
  const latin = Buffer.concat([Buffer.from('<meta charset="iso-8859-1"><p>'), Buffer.from([0x4d, 0xfc, 0x6e, 0x63, 0x68, 0x65, 0x6e])]);
  assert.ok(decodeBytes(latin).includes('München'));
  const body = Buffer.from([0x4d, 0xfc, 0x6e, 0x63, 0x68, 0x65, 0x6e]);
  assert.equal(decodeBytes(body, 'text/html; charset=windows-1252'), 'München');
});

test('decode: invalid UTF-8 without a label falls back to windows-1252', () => {
  assert.equal(decodeBytes(new Uint8Array([0x93, 0x48, 0x69, 0x94])), '\u201cHi\u201d');
});

test('decode: page labelled UTF-8 that is really Latin-1', () => {
  const bytes = Buffer.concat([Buffer.from('<meta charset="utf-8">'), Buffer.from([0x47, 0x72, 0xfc, 0xdf, 0x65])]);
  assert.ok(decodeBytes(bytes).endsWith('Grüße'));
});

test('decode: unknown charset label does not throw', () => {
  assert.equal(decodeBytes(enc('plain'), 'text/html; charset=x-nonsense'), 'plain');
});
