import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SitrepError } from '../errors.js';
import { extractFromHtml, extractPage } from './index.js';

test('robustness: 100k nested divs neither overflow the stack nor lose the text', () => {
  const depth = 100_000;
  const html = '<div>'.repeat(depth) + '<p>Deep text, placed at the bottom, of a very deep page.</p>' + '</div>'.repeat(depth);
  const page = extractFromHtml(html);
  assert.ok(page.text.includes('Deep text'));
});

test('robustness: unclosed tags and stray closers', () => {
  const page = extractFromHtml('<html><body><div><p>First, unclosed paragraph with words<p>Second paragraph, also open</div></span></b><p>Third');
  assert.ok(page.text.includes('First, unclosed paragraph'));
  assert.ok(page.text.includes('Second paragraph'));
});

test('robustness: binary junk is refused with a clear error', () => {
  const junk = String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 32));
  assert.throws(() => extractPage({ raw: junk }), (err: unknown) => err instanceof SitrepError && /binary/.test(err.message));
});

test('robustness: empty input is refused', () => {
  assert.throws(() => extractPage({ raw: '   \n ' }), /empty/);
  assert.throws(() => extractFromHtml('<html><body></body></html>'), /no readable text/);
});

test('robustness: pathological attribute and comment soup finishes quickly', () => {
  const html = '<div class="' + 'a '.repeat(200_000) + '">' + '<!--'.repeat(10_000) + '-->' + '<b>'.repeat(50_000);
  const started = Date.now();
  extractPage({ raw: `<html>${html}<p>Some words here.</p></html>`, kind: 'html' });
  assert.ok(Date.now() - started < 5000);
});

test('extractPage sniffs HTML versus text captures', () => {
  const html = extractPage({ raw: '<!doctype html><html><body><p>Hello from HTML, a paragraph.</p></body></html>' });
  assert.equal(html.text, 'Hello from HTML, a paragraph.');
  assert.equal(html.offsets, undefined);
  const text = extractPage({ raw: 'A headline here\n\nBy Ann Writer\n\nBody line one.' });
  assert.equal(text.meta.title, 'A headline here');
  assert.ok(text.offsets);
});
