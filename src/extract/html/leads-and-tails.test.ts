import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFromHtml } from './extract.js';

const BODY = (n: number): string =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of the report, in which the council, the mayor and residents argued about the new bridge, its cost and its route.</p>`).join('\n');

test('the lead paragraph in the article header is kept before the body', () => {
  const html = `<html><body><header><a href="/">Site</a></header><article>
<header><h1>Council approves bridge</h1><p class="byline">By Ann Lee</p>
<p>The town council approved the new river bridge on Tuesday after a long and heated debate.</p></header>
<div class="entry">${BODY(5)}</div></article></body></html>`;
  const page = extractFromHtml(html);
  assert.ok(page.text.startsWith('The town council approved the new river bridge'), page.text.slice(0, 80));
  assert.ok(page.text.includes('Paragraph 5 of the report'));
  assert.ok(!page.text.includes('Site'));
  // Serialized once, not twice.
  assert.equal(page.text.split('The town council approved').length, 2);
});

test('a lead-classed block before the container joins the body', () => {
  const html = `<html><body><div id="page"><div class="story">
<div class="article-intro"><p>Residents will vote on the bridge in May, the mayor announced after the meeting.</p></div>
<div class="columns"><div class="col">${BODY(5)}</div></div>
</div></div></body></html>`;
  const page = extractFromHtml(html);
  assert.ok(page.text.startsWith('Residents will vote on the bridge in May'), page.text.slice(0, 80));
});

test('a page header outside article and main stays out', () => {
  const html = `<html><body><div><header class="top"><p>Welcome to the town portal, your source for everything happening in our town.</p></header></div>
<div class="entry">${BODY(5)}</div></body></html>`;
  const page = extractFromHtml(html);
  assert.ok(!page.text.includes('Welcome to the town portal'), page.text.slice(0, 80));
});

test('linked table cells (ingredients, products) are kept', () => {
  const html = `<html><body><div class="recipe">${BODY(4)}
<table><tr><td><a href="/p/flour">Wheat flour type 405</a></td><td>250 g</td></tr>
<tr><td><a href="/p/sugar">Fine sugar</a></td><td>100 g</td></tr></table></div></body></html>`;
  const page = extractFromHtml(html);
  assert.ok(page.text.includes('Wheat flour type 405'), page.text);
  assert.ok(page.text.includes('Fine sugar'));
});

test('a recirculation heading near the end cuts the rest', () => {
  const html = `<html><body><div class="entry">${BODY(6)}
<h3>Mehr aus dem Ressort</h3><p>Another story about a tunnel, with a long teaser text that talks about many things, costs and plans.</p></div></body></html>`;
  const page = extractFromHtml(html);
  assert.ok(page.text.includes('Paragraph 6 of the report'));
  assert.ok(!page.text.includes('Mehr aus dem Ressort'));
  assert.ok(!page.text.includes('tunnel'));
});

test('the same words in a prose paragraph do not cut the body', () => {
  const html = `<html><body><div class="entry">${BODY(4)}
<p>Mehr aus dem Haushalt soll in Schulen fließen.</p>${BODY(2)}</div></body></html>`;
  const page = extractFromHtml(html);
  assert.ok(page.text.includes('Mehr aus dem Haushalt'));
});

test('long list items count as prose when choosing the container', () => {
  const step = (n: number): string => `<li>Step ${n}: stir the flour, sugar and butter together slowly, then rest the dough for ten minutes before rolling it out thinly.</li>`;
  const html = `<html><body><div class="box"><p>Our shop has opened a new branch in the old town, and we are looking forward to seeing you there soon.</p></div>
<div class="recipe"><ol>${[1, 2, 3, 4, 5, 6].map(step).join('')}</ol></div></body></html>`;
  const page = extractFromHtml(html);
  assert.ok(page.text.includes('Step 6: stir the flour'), page.text.slice(0, 120));
  assert.ok(!page.text.includes('new branch'), page.text.slice(0, 120));
});

test('a standalone picture credit line is dropped, a sentence about photos is kept', () => {
  const html = `<html><body><div class="entry">${BODY(3)}<p>Foto: Max Muster</p>
<p>Photos: the museum shows 200 pictures of the old harbour, taken between 1890 and 1930 by local amateurs.</p>${BODY(2)}</div></body></html>`;
  const page = extractFromHtml(html);
  assert.ok(!page.text.includes('Max Muster'));
  assert.ok(page.text.includes('the museum shows 200 pictures'));
});
