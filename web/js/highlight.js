// Renders text with stand-off annotations over it. Annotations may overlap
// or nest in any way, so the text is cut at every span boundary into
// segments; each segment is wrapped in one <span> per annotation covering it,
// always in the same layer order. Every piece of text is HTML-escaped.

import { esc } from './dom.js';

/** Outermost first: how a segment's wrappers nest. */
export const LAYER_ORDER = ['quotes', 'events', 'entities', 'places', 'times'];

/**
 * Cuts [0, length) at every span boundary. Spans are {start, end, ...};
 * spans outside the text are clamped, empty ones dropped.
 * Returns [{start, end, spans}] covering the whole text, in order.
 */
export function segment(length, spans) {
  const valid = [];
  for (const s of spans) {
    const start = Math.max(0, Math.min(length, Math.floor(s.start)));
    const end = Math.max(0, Math.min(length, Math.floor(s.end)));
    if (end > start) valid.push({ ...s, start, end });
  }
  const cuts = new Set([0, length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...valid].sort((a, b) => a.start - b.start);
  const out = [];
  let active = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    active = active.filter((s) => s.end > a);
    while (next < byStart.length && byStart[next].start <= a) active.push(byStart[next++]);
    out.push({ start: a, end: b, spans: active.filter((s) => s.start <= a && s.end >= b) });
  }
  return out;
}

function layerRank(span) {
  const i = LAYER_ORDER.indexOf(span.layer);
  return i < 0 ? LAYER_ORDER.length : i;
}

/**
 * HTML for `text` with annotation spans {start, end, layer, cls?, style?, title?, key?, label?}.
 * `label` is shown once, after the span's last segment (e.g. an event type).
 */
export function renderAnnotated(text, spans) {
  const parts = [];
  for (const seg of segment(text.length, spans)) {
    const covering = [...seg.spans].sort((x, y) => layerRank(x) - layerRank(y) || x.start - y.start || y.end - x.end);
    let html = esc(text.slice(seg.start, seg.end));
    if (covering.length) {
      const titles = covering.map((s) => s.title).filter(Boolean);
      const keys = covering.map((s) => s.key).filter(Boolean);
      const labels = covering.filter((s) => s.label && s.end === seg.end);
      html += labels.map((s) => `<sup class="tag tag-${esc(s.layer)}" style="${esc(s.labelStyle ?? '')}">${esc(s.label)}</sup>`).join('');
      // Innermost wrapper carries the combined tooltip and the keys the side panel scrolls to.
      for (let i = covering.length - 1; i >= 0; i--) {
        const s = covering[i];
        const inner = i === covering.length - 1;
        const attrs = [
          `class="ann ann-${esc(s.layer)}${s.cls ? ` ${esc(s.cls)}` : ''}"`,
          s.style ? `style="${esc(s.style)}"` : '',
          inner && titles.length ? `title="${esc(titles.join('\n'))}"` : '',
          inner && keys.length ? `data-keys="${esc(keys.join(' '))}"` : '',
        ].filter(Boolean);
        html = `<span ${attrs.join(' ')}>${html}</span>`;
      }
    }
    parts.push(html);
  }
  return parts.join('');
}
