import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFromHtml } from './extract.js';

const PARAS = (n: number, topic: string): string =>
  Array.from({ length: n }, (_, i) => `<p>Part ${i + 1} on ${topic}: the harbour authority, the unions and the shipping lines met again, and the talks, the sources said, went on until late.</p>`).join('\n');

test('a tiny widget with article-like class names does not beat the article', () => {
  // "post" + "content" give class bonuses to 30 characters of text.
  const html = `<html><body><main><div class="row"><div class="box"><div class="post-extra-content"><p>Please enter your details here now</p></div></div></div>
<article><div class="wrap"><div class="col">${PARAS(3, 'the strike')}</div></div></article></main></body></html>`;
  const page = extractFromHtml(html);
  assert.ok(page.text.includes('Part 3 on the strike'), page.text.slice(0, 120));
  assert.ok(!page.text.includes('Please enter your details'));
});

test('article sections in cousin wrappers are joined through their common ancestor', () => {
  const html = `<html><body><div id="content">
<div class="block"><div class="inner">${PARAS(4, 'the port')}</div></div>
<div class="block"><div class="inner">${PARAS(3, 'the ferries')}</div></div>
</div><div class="other"><p>Short note.</p></div></body></html>`;
  const page = extractFromHtml(html);
  assert.ok(page.text.includes('Part 4 on the port'));
  assert.ok(page.text.includes('Part 3 on the ferries'));
});

test('a related box named after the body ("ArticleBody-related") is still furniture; the body itself is not', () => {
  const html = `<html><body><div class="article-body">${PARAS(3, 'wages')}
<div class="RelatedCoverage ArticleBody-related-coverage"><p>Other story about harbour cranes and their new owners in the north</p></div>
${PARAS(2, 'pensions')}</div></body></html>`;
  const page = extractFromHtml(html);
  assert.ok(page.text.includes('Part 2 on pensions'));
  assert.ok(!page.text.includes('harbour cranes'), page.text);
});

test('picture legends, author boxes and rating widgets inside the body are dropped', () => {
  const html = `<html><body><div class="entry-content">${PARAS(3, 'rents')}
<div class="image-description">The old harbour office seen from the water at dawn</div>
<p class="media__caption">A crane at the container terminal, seen from the pier</p>
<div class="author-bio"><p>Jo Reed has covered the harbour and its workers for the paper since the nineties.</p></div>
<span class="post-ratings">Was this article useful? Rate it now</span></div></body></html>`;
  const page = extractFromHtml(html);
  assert.ok(page.text.includes('Part 3 on rents'));
  for (const junk of ['old harbour office', 'crane at the container', 'Jo Reed', 'Rate it now']) assert.ok(!page.text.includes(junk), junk);
});

test('an id made from a heading text does not make the heading furniture', () => {
  // "grundlegende" contains "legend"; the slug id is a heading anchor, not a class of box.
  const html = `<html><body><div class="entry-content"><h3 id="neue-seminare-zu-grundlegende-techniken-der-pressearbeit">Neue Seminare zu grundlegende Techniken der Pressearbeit im Frühjahr</h3>${PARAS(3, 'seminars')}</div></body></html>`;
  const page = extractFromHtml(html);
  assert.ok(page.text.startsWith('Neue Seminare'), page.text.slice(0, 80));
});

test('a recirculation heading followed by many short teaser lines cuts the tail', () => {
  const teasers = Array.from({ length: 12 }, (_, i) => `<p>Teaser ${i}</p>`).join('');
  const html = `<html><body><div class="entry-content">${PARAS(3, 'tariffs')}<h3>Articles les plus lus</h3>${teasers}</div></body></html>`;
  const page = extractFromHtml(html);
  assert.ok(page.text.includes('Part 3 on tariffs'));
  assert.ok(!page.text.includes('Articles les plus lus'));
  assert.ok(!page.text.includes('Teaser 5'));
});

test('asks to follow or subscribe closing the story are dropped, story sentences about them are not', () => {
  const html = `<html><body><div class="entry-content">${PARAS(3, 'apps')}
<p>The ministry said it would follow the app's launch closely and publish figures on Twitter use in May.</p>
<p>Follow The Harbour Times on Twitter and Instagram for the latest updates.</p>
<p>¡Síguenos en nuestro canal de Telegram!</p></div></body></html>`;
  const page = extractFromHtml(html);
  assert.ok(page.text.includes('follow the app'));
  assert.ok(!page.text.includes('Follow The Harbour Times'));
  assert.ok(!page.text.includes('Telegram'));
});

test('a table of signatories scoring highest does not become the whole article', () => {
  const names = Array.from({ length: 15 }, (_, i) => `Name${i} Surname${i}, writer, city`).join(', ');
  const html = `<html><body><div class="letter">${PARAS(10, 'free speech')}
<table><tbody><tr><td>${names}</td><td>${names}</td></tr></tbody></table></div></body></html>`;
  const page = extractFromHtml(html);
  assert.ok(page.text.includes('Part 1 on free speech'), page.text.slice(0, 100));
  assert.ok(page.text.includes('Name3 Surname3'));
});

test('the same grid column in the next grid row joins the article', () => {
  const html = `<html><body><article>
<div class="row center"><div class="col-8 cell">${PARAS(8, 'the outbreak')}</div></div>
<div class="row center"><div class="col-8 cell">${PARAS(2, 'the hospitals')}</div></div>
</article><div class="row center"><div class="col-8 cell"><a href="/a">Other story one</a> <a href="/b">Other story two</a></div></div></body></html>`;
  const page = extractFromHtml(html);
  assert.ok(page.text.includes('Part 8 on the outbreak'));
  assert.ok(page.text.includes('Part 2 on the hospitals'), page.text.slice(-200));
  assert.ok(!page.text.includes('Other story'));
});

test('a box inside the declared article body does not stand for the whole body', () => {
  const faq = Array.from({ length: 6 }, (_, i) => `<p>Question ${i}: can the cake, the icing and the filling be frozen, and for how long, and how?</p>`).join('');
  const steps = Array.from({ length: 12 }, (_, i) => `<li>Step ${i + 1} mix the flour and butter then bake it</li>`).join('');
  const html = `<html><body><div class="entry-content"><div class="faq-box content">${faq}</div>
<div class="recipe-card"><ul>${steps}</ul></div><div class="notes">Serve the lemon cake cold with cream and fresh berries from the garden in summer.</div></div></body></html>`;
  const page = extractFromHtml(html);
  assert.ok(page.text.includes('Question 5'));
  assert.ok(page.text.includes('Step 12 mix the flour'), page.text.slice(-200));
});
