import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFromHtml } from './extract.js';

const BODY = '<div class="entry"><p>The ferry service to the islands resumed on Monday, the operator said, after a week of storms, cancelled sailings and repairs.</p><p>Passengers queued from early morning, and the first boat left on time, staff said.</p></div>';

test('a JSON-LD author given as an @id reference is resolved to the Person node', () => {
  const ld = JSON.stringify({
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'BlogPosting', headline: 'Ferries back &#8216;on time&#8217;', author: { '@id': 'https://ex.example/#/person/1' } },
      { '@type': 'Person', '@id': 'https://ex.example/#/person/1', name: 'Mara Lind' },
    ],
  });
  const page = extractFromHtml(`<html><head><script type="application/ld+json">${ld}</script></head><body>${BODY}</body></html>`);
  assert.deepEqual(page.meta.authors, ['Mara Lind']);
  // Entities in JSON-LD strings are decoded.
  assert.equal(page.meta.title, 'Ferries back ‘on time’');
});

test('an author archive link names the author without a byline class', () => {
  const page = extractFromHtml(`<html><body><p>By <a href="https://ex.example/author/tom-berg/">Tom Berg</a>, May 2, 2021</p>${BODY}</body></html>`);
  assert.deepEqual(page.meta.authors, ['Tom Berg']);
});

test('a labelled byline without classes gives the author; a label before ordinary words does not', () => {
  const named = extractFromHtml(`<html><body><span>von Andrea Kühn</span>${BODY}</body></html>`);
  assert.deepEqual(named.meta.authors, ['Andrea Kühn']);
  const explicit = extractFromHtml(`<html><body><div>Autor: Kessler | 03.11.2021</div>${BODY}</body></html>`);
  assert.deepEqual(explicit.meta.authors, ['Kessler']);
  const none = extractFromHtml(`<html><body><p>Von Montag an gilt der neue Fahrplan.</p>${BODY}</body></html>`);
  assert.equal(none.meta.authors, undefined);
});

test('a date in short visible text dates a page without date metadata', () => {
  const page = extractFromHtml(`<html><body><div class="info"><span>Anna</span><span>10. September 2017</span></div>${BODY}</body></html>`);
  assert.equal(page.meta.published, '2017-09-10');
  assert.equal(page.meta.origins?.published, 'visible-text');
});

test('a labelled byline opening the body ("VON Sina Berg") is metadata, not text', () => {
  const page = extractFromHtml(`<html><body><div class="entry"><p>VON Sina Berg</p><p>The ferry service to the islands resumed on Monday, the operator said, after a week of storms, cancelled sailings and repairs.</p><p>Passengers queued from early morning, and the first boat left on time, staff said.</p></div></body></html>`);
  assert.ok(page.text.startsWith('The ferry service'), page.text.slice(0, 60));
  assert.deepEqual(page.meta.authors, ['Sina Berg']);
});

test('the visible <h1> wins over a meta title that only flattens its quotes and dashes', () => {
  const page = extractFromHtml(`<html><head><meta property="og:title" content='"Wir bleiben" - Fischer im Hafen'></head><body><h1>„Wir bleiben“ – Fischer im Hafen</h1>${BODY}</body></html>`);
  assert.equal(page.meta.title, '„Wir bleiben“ – Fischer im Hafen');
  assert.equal(page.meta.origins?.title, 'visible-text');
});
