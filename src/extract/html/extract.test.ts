import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DocMetaSchema } from '../../model/meta.js';
import { extractFromHtml } from './extract.js';

const PARA = (s: string): string => `<p>${s} The minister said the measures would take effect next week, officials added, according to the statement.</p>`;

const PAGE = `<!doctype html><html lang="en-GB"><head>
<title>Port strike ends after deal | Example News</title>
<meta property="og:title" content="Port strike ends after deal">
<meta property="og:site_name" content="Example News">
<meta property="article:section" content="World">
<meta property="article:tag" content="Labour"><meta property="article:tag" content="Ports">
<meta name="author" content="Meta Author">
<link rel="canonical" href="https://news.example/world/port-strike">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Example"},
 {"@type":"NewsArticle","headline":"Port strike ends after deal","datePublished":"2024-02-10T08:30:00+01:00",
  "author":[{"@type":"Person","name":"Jane Doe"}],"publisher":{"@type":"Organization","name":"Example News"}}]}</script>
<style>.x{color:red}</style></head>
<body>
<a href="#main">Skip to main content</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<div class="cookie-banner">We use cookies. Accept all</div>
<main><article>
<h1>Port strike ends after deal</h1>
<div class="byline">By Jane Doe</div>
<time datetime="2024-02-10">10 Feb 2024</time>
<div class="article-body">
${PARA('Dock workers returned to work on Saturday after a ten-day strike.')}
<figure><img src="a.jpg"><figcaption>Workers leave the port gates <span class="credit">Photo: Sam Lens</span></figcaption></figure>
${PARA('The union, which represents 12,000 workers, accepted a pay offer.')}
<div class="share-tools"><a href="#">Share on Facebook</a><a href="#">Tweet</a></div>
${PARA('Shipping companies welcomed the end of the dispute.')}
<script>var tracking = "should never appear";</script>
</div>
</article></main>
<aside class="related"><h3>Related</h3><ul><li><a href="/x">Other story about ships and ports in the region</a></li></ul></aside>
<footer>© 2024 Example News. All rights reserved.</footer>
</body></html>`;

test('html: body paragraphs without navigation, share links, scripts or captions', () => {
  const page = extractFromHtml(PAGE);
  const paras = page.text.split('\n\n');
  assert.equal(paras.length, 3);
  assert.ok(paras[0]!.startsWith('Dock workers returned'));
  assert.ok(paras[2]!.startsWith('Shipping companies'));
  for (const junk of ['Skip to', 'Home', 'cookies', 'Facebook', 'tracking', 'Workers leave', 'Other story', 'rights reserved', 'By Jane Doe']) {
    assert.ok(!page.text.includes(junk), `body should not contain "${junk}"`);
  }
  assert.deepEqual(page.meta.paragraphs?.[0], { start: 0, end: paras[0]!.length });
});

test('html: metadata in trust order with origins', () => {
  const { meta } = extractFromHtml(PAGE);
  assert.equal(meta.title, 'Port strike ends after deal');
  assert.equal(meta.origins?.title, 'json-ld');
  assert.equal(meta.published, '2024-02-10T08:30:00+01:00');
  assert.equal(meta.origins?.published, 'json-ld');
  assert.deepEqual(meta.authors, ['Jane Doe']);
  assert.equal(meta.canonicalUrl, 'https://news.example/world/port-strike');
  assert.equal(meta.siteName, 'Example News');
  assert.equal(meta.section, 'World');
  assert.deepEqual(meta.tags, ['Labour', 'Ports']);
  assert.equal(meta.language, 'en-gb');
  assert.deepEqual(meta.captions, [{ text: 'Workers leave the port gates', credit: 'Sam Lens' }]);
  assert.doesNotThrow(() => DocMetaSchema.parse(meta));
});

test('html: falls back to meta tags, <time> and the <title> when there is no JSON-LD', () => {
  const html = `<html><head><title>Budget passes narrowly in late vote | The Daily Example</title><meta name="author" content="Ann Writer"></head>
  <body><div id="content"><time datetime="2023-11-05T14:00:00Z">Nov 5</time>${PARA('Parliament passed the budget by two votes.')}${PARA('The opposition called it a mistake.')}</div></body></html>`;
  const { meta, text } = extractFromHtml(html);
  assert.equal(meta.title, 'Budget passes narrowly in late vote');
  assert.equal(meta.origins?.title, 'visible-text');
  assert.equal(meta.published, '2023-11-05T14:00:00Z');
  assert.equal(meta.origins?.published, 'time-element');
  assert.deepEqual(meta.authors, ['Ann Writer']);
  assert.equal(meta.origins?.authors, 'meta');
  assert.ok(text.startsWith('Parliament passed'));
});

test('html: wire dateline sets dateline and agency', () => {
  const html = `<html><body><div class="story">${PARA('KYIV, Ukraine (AP) — Air defences shot down drones overnight.')}${PARA('Officials said nobody was hurt.')}</div></body></html>`;
  const { meta } = extractFromHtml(html);
  assert.equal(meta.dateline, 'KYIV');
  assert.equal(meta.agency, 'AP');
});

test('html: a fragment (feed item content) still yields its paragraphs', () => {
  const { text } = extractFromHtml('<p>First paragraph of the item.</p><p>Second paragraph.</p>');
  assert.equal(text, 'First paragraph of the item.\n\nSecond paragraph.');
});

test('html: caller options override page metadata', () => {
  const { meta } = extractFromHtml(PAGE, { title: 'Given', published: '2024-02-11', url: 'https://x.example/' });
  assert.equal(meta.title, 'Given');
  assert.equal(meta.origins?.title, 'input');
  assert.equal(meta.published, '2024-02-11');
  assert.equal(meta.url, 'https://x.example/');
});
