import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { readInputs, type InputItem, type RawInput } from './index.js';
import { warcRecords } from './warc.js';

async function collect(paths: string[]): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of readInputs(paths)) out.push(item);
  return out;
}

const ok = (items: InputItem[]): RawInput[] => items.filter((i): i is RawInput => !('error' in i));
const errors = (items: InputItem[]) => items.filter((i) => 'error' in i);

function warcRecord(type: string, uri: string, payload: Buffer, extra = ''): Buffer {
  const head = `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${uri}\r\nWARC-Record-ID: <urn:uuid:${uri.length}-${type}>\r\n${extra}Content-Length: ${payload.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), payload, Buffer.from('\r\n\r\n')]);
}

function httpResponse(contentType: string, body: Buffer, status = '200 OK'): Buffer {
  return Buffer.concat([Buffer.from(`HTTP/1.1 ${status}\r\nContent-Type: ${contentType}\r\n\r\n`), body]);
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'sitrep-ingest-'));
}

test('ingest: folders recursively, html and text files, unsupported files skipped', async () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'a.html'), '<html><body><p>Page A.</p></body></html>');
  writeFileSync(join(dir, 'sub', 'b.txt'), 'Headline\n\nBody of B.');
  writeFileSync(join(dir, 'sub', 'c.html.gz'), gzipSync('<html><body><p>Page C.</p></body></html>'));
  writeFileSync(join(dir, 'image.png'), Buffer.from([1, 2, 3]));
  const items = ok(await collect([dir]));
  assert.deepEqual(items.map((i) => [i.origin.slice(dir.length + 1), i.kind]), [['a.html', 'html'], ['sub/b.txt', 'text'], ['sub/c.html.gz', 'html']]);
  assert.match(items[2]!.raw!, /Page C/);
  assert.match(items[0]!.contentHash, /^[0-9a-f]{64}$/);
});

test('ingest: JSON Lines — good records read, a bad line is an error and reading goes on', async () => {
  const dir = tempDir();
  const file = join(dir, 'docs.jsonl');
  writeFileSync(file, [
    JSON.stringify({ id: 'd1', text: 'Some text.', published: '2024-01-02' }),
    '{not json',
    JSON.stringify({ id: 'd2' }),
    JSON.stringify({ id: 'd3', html: '<p>x</p>', url: 'https://e.example/3', title: 'T3' }),
  ].join('\n'));
  const items = await collect([file]);
  assert.equal(items.length, 4);
  const good = ok(items);
  assert.deepEqual(good.map((g) => g.id), ['d1', 'd3']);
  assert.equal(good[0]!.published, '2024-01-02');
  assert.equal(good[1]!.url, 'https://e.example/3');
  assert.equal(errors(items).length, 2);
  assert.match((errors(items)[0] as { error: string }).error, /not valid JSON/);
  assert.equal(items[1]!.origin, `${file}#2`);
});

test('ingest: RSS 2.0 and Atom feeds', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'news.xml'), `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Feed</title>
  <item><title>First &amp; best</title><link>https://e.example/1</link><pubDate>Tue, 02 Jan 2024 10:00:00 GMT</pubDate>
  <description>Short</description><content:encoded><![CDATA[<p>Full <b>story</b> one.</p>]]></content:encoded></item>
  <item><title>Second</title><guid>g-2</guid><description>&lt;p&gt;Story two.&lt;/p&gt;</description></item>
  </channel></rss>`);
  writeFileSync(join(dir, 'atom.xml'), `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
  <entry><title>Atom entry</title><link rel="alternate" href="https://e.example/a"/><id>urn:a</id><published>2024-03-01T12:00:00Z</published>
  <content type="html">&lt;p&gt;Atom body.&lt;/p&gt;</content></entry></feed>`);
  const items = ok(await collect([dir]));
  const byTitle = new Map(items.map((i) => [i.title, i]));
  assert.equal(items.length, 3);
  const first = byTitle.get('First & best')!;
  assert.equal(first.html, '<p>Full <b>story</b> one.</p>');
  assert.equal(first.url, 'https://e.example/1');
  assert.equal(first.published, '2024-01-02T10:00:00Z');
  assert.equal(byTitle.get('Second')!.html, '<p>Story two.</p>');
  assert.equal(byTitle.get('Second')!.id, 'g-2');
  const atom = byTitle.get('Atom entry')!;
  assert.equal(atom.url, 'https://e.example/a');
  assert.equal(atom.published, '2024-03-01T12:00:00Z');
  assert.equal(atom.html, '<p>Atom body.</p>');
});

test('ingest: WARC.gz (one gzip member per record) streamed; non-HTML and errors skipped; charset from HTTP', async () => {
  const dir = tempDir();
  const latin1Body = Buffer.concat([Buffer.from('<html><body><p>Gr'), Buffer.from([0xfc]), Buffer.from('n</p></body></html>')]);
  const members = [
    warcRecord('warcinfo', 'x', Buffer.from('software: test')),
    warcRecord('request', 'https://e.example/p1', Buffer.from('GET /p1 HTTP/1.1\r\n\r\n')),
    warcRecord('response', 'https://e.example/p1', httpResponse('text/html; charset=iso-8859-1', latin1Body)),
    warcRecord('response', 'https://e.example/img', httpResponse('image/png', Buffer.from([0x89, 0x50]))),
    warcRecord('response', 'https://e.example/missing', httpResponse('text/html', Buffer.from('<p>gone</p>'), '404 Not Found')),
    warcRecord('resource', 'file:///notes.html', Buffer.from('<p>Resource page.</p>'), 'Content-Type: text/html\r\n'),
  ].map((r) => gzipSync(r));
  writeFileSync(join(dir, 'crawl.warc.gz'), Buffer.concat(members));
  const items = await collect([join(dir, 'crawl.warc.gz')]);
  const good = ok(items);
  assert.equal(errors(items).length, 0);
  assert.deepEqual(good.map((g) => g.url), ['https://e.example/p1', 'file:///notes.html']);
  assert.match(good[0]!.raw!, /Grün/);
  assert.equal(good[0]!.kind, 'html');
});

test('ingest: a truncated WARC yields the complete records, then an error', async () => {
  const dir = tempDir();
  const full = warcRecord('response', 'https://e.example/ok', httpResponse('text/html', Buffer.from('<p>fine</p>')));
  const cut = warcRecord('response', 'https://e.example/cut', httpResponse('text/html', Buffer.from('<p>' + 'x'.repeat(500) + '</p>')));
  writeFileSync(join(dir, 'bad.warc'), Buffer.concat([full, cut.subarray(0, cut.length - 200)]));
  const items = await collect([join(dir, 'bad.warc')]);
  assert.equal(ok(items).length, 1);
  assert.equal(errors(items).length, 1);
  assert.match((errors(items)[0] as { error: string }).error, /truncated/);
});

test('ingest: WARC records split across many small chunks parse the same', async () => {
  const data = Buffer.concat([
    warcRecord('resource', 'a', Buffer.from('first body')),
    warcRecord('resource', 'b', Buffer.from('second body, longer')),
  ]);
  const chunks: Buffer[] = [];
  for (let i = 0; i < data.length; i += 7) chunks.push(data.subarray(i, i + 7));
  const bodies: string[] = [];
  for await (const r of warcRecords(Readable.from(chunks))) bodies.push(r.body!.toString());
  assert.deepEqual(bodies, ['first body', 'second body, longer']);
});

test('ingest: missing path, corrupt gzip and bad JSON are errors, not crashes', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'broken.html.gz'), Buffer.from('not gzip at all'));
  writeFileSync(join(dir, 'doc.json'), '{"id": 5, "text": "x"}');
  writeFileSync(join(dir, 'z.html'), '<p>still read after the broken ones</p>');
  const items = await collect([join(dir, 'nope'), dir]);
  assert.equal(errors(items).length, 3);
  assert.equal(ok(items).length, 1);
  assert.match(ok(items)[0]!.raw!, /still read/);
});
