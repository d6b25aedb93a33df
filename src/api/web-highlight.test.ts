/**
 * The dashboard's highlighter (web/js/highlight.js) is plain browser JS with
 * no DOM use, so it is tested here in Node, loaded from the repo's web folder.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { repoPath } from '../paths.js';

interface Span {
  start: number;
  end: number;
  layer: string;
  title?: string;
  key?: string;
  label?: string;
  cls?: string;
}
interface Highlighter {
  segment(length: number, spans: Span[]): { start: number; end: number; spans: Span[] }[];
  renderAnnotated(text: string, spans: Span[]): string;
}

const load = async () => (await import(pathToFileURL(repoPath('web', 'js', 'highlight.js')).href)) as Highlighter;

/** The text back out of rendered HTML: tags dropped, entities decoded. */
function plainText(html: string): string {
  return html
    .replace(/<sup[^>]*>.*?<\/sup>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('web highlighter', () => {
  it('cuts text at every boundary of overlapping spans and covers it exactly once', async () => {
    const { segment } = await load();
    const segs = segment(20, [
      { start: 2, end: 10, layer: 'quotes' },
      { start: 5, end: 15, layer: 'entities' },
      { start: 5, end: 7, layer: 'times' },
    ]);
    assert.deepEqual(
      segs.map((s) => [s.start, s.end, s.spans.map((x) => x.layer).sort().join('+')]),
      [
        [0, 2, ''],
        [2, 5, 'quotes'],
        [5, 7, 'entities+quotes+times'],
        [7, 10, 'entities+quotes'],
        [10, 15, 'entities'],
        [15, 20, ''],
      ],
    );
  });

  it('clamps spans outside the text and drops empty ones', async () => {
    const { segment } = await load();
    const segs = segment(5, [
      { start: -3, end: 2, layer: 'entities' },
      { start: 4, end: 99, layer: 'times' },
      { start: 3, end: 3, layer: 'places' },
    ]);
    assert.deepEqual(
      segs.map((s) => [s.start, s.end, s.spans.length]),
      [
        [0, 2, 1],
        [2, 4, 0],
        [4, 5, 1],
      ],
    );
  });

  it('escapes text and titles, keeps the text intact, and nests layers in a fixed order', async () => {
    const { renderAnnotated } = await load();
    const text = 'He said "<b>no</b>" & left.';
    const html = renderAnnotated(text, [
      { start: 9, end: 18, layer: 'quotes', title: 'Quote — "Ann" <x>', key: 'q0' },
      { start: 0, end: 2, layer: 'entities', cls: 'ent-PER' },
      { start: 12, end: 14, layer: 'events', label: 'REJECT', key: 'e0' },
    ]);
    assert.equal(plainText(html), text);
    assert.doesNotMatch(html, /<b>/);
    assert.match(html, /&lt;b&gt;/);
    assert.match(html, /title="Quote — &quot;Ann&quot; &lt;x&gt;"/);
    // quotes wrap events, and the innermost span carries both keys.
    assert.match(html, /<span class="ann ann-quotes"><span class="ann ann-events" title="Quote — &quot;Ann&quot; &lt;x&gt;" data-keys="q0 e0">no<sup class="tag tag-events"[^>]*>REJECT<\/sup><\/span><\/span>/);
    assert.match(html, /<span class="ann ann-entities ent-PER">He<\/span>/);
  });
});
