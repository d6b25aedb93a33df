import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFromHtml } from './extract.js';

const BODY = '<div class="entry"><p>The bakery on Main Street reopened on Monday, its owner said, after months of repairs, new ovens and a new roof.</p><p>Customers queued from early morning, and the first loaves sold out before nine, staff said.</p></div>';

test('without article-level title metadata, the <h1> beats a site-ish <title>', () => {
  const page = extractFromHtml(`<html><head><title>Town Portal</title></head><body><h1>Bakery reopens</h1>${BODY}</body></html>`);
  assert.equal(page.meta.title, 'Bakery reopens');
});

test('og:title still beats the <h1>', () => {
  const page = extractFromHtml(`<html><head><meta property="og:title" content="Main Street bakery reopens after repairs"><title>Town Portal</title></head><body><h1>Bakery</h1>${BODY}</body></html>`);
  assert.equal(page.meta.title, 'Main Street bakery reopens after repairs');
});

test('a long site suffix after " | " is stripped from <title>', () => {
  const page = extractFromHtml(`<html><head><title>Bakery reopens today | Town news and more</title></head><body>${BODY}</body></html>`);
  assert.equal(page.meta.title, 'Bakery reopens today');
});

test('datePublished of a non-article JSON-LD object (WebPage, Recipe) dates the page', () => {
  const ld = '{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Bakery","datePublished":"2021-03-04T10:00:00+00:00"}]}';
  const page = extractFromHtml(`<html><head><script type="application/ld+json">${ld}</script></head><body>${BODY}</body></html>`);
  assert.equal(page.meta.published?.slice(0, 10), '2021-03-04');
});

test('itemprop=datePublished content dates the page', () => {
  const page = extractFromHtml(`<html><body><span itemprop="uploadDate" content="2020-05-06T08:00:00Z"></span>${BODY}</body></html>`);
  assert.equal(page.meta.published?.slice(0, 10), '2020-05-06');
});

test('byline labels and trailing dates are cleaned from visible author names', () => {
  const page = extractFromHtml(`<html><body><span class="author">Eingestellt von Lena Berg am 12/03/21</span>${BODY}</body></html>`);
  assert.deepEqual(page.meta.authors, ['Lena Berg']);
});
