// (b) One article: its text with every annotation layer drawn over it,
// layer toggles, and a side panel of quotes and events that scrolls to them.

import { api } from './api.js';
import { ENTITY_COLORS, eventColor } from './colors.js';
import { errorHtml, esc, shortDate, viewLink } from './dom.js';
import { renderAnnotated } from './highlight.js';

const LAYERS = [
  ['entities', 'Entities'],
  ['times', 'Times'],
  ['places', 'Places'],
  ['quotes', 'Quotes'],
  ['events', 'Events'],
];

export async function showArticle(root, id, params = {}) {
  root.innerHTML = '<p>Loading…</p>';
  let record;
  try {
    record = await api(`articles/${encodeURIComponent(id)}`);
  } catch (err) {
    root.innerHTML = `<section class="panel"><a href="#/articles">&larr; Articles</a>${errorHtml(err)}</section>`;
    return;
  }
  root.innerHTML = `
    <div class="article-layout">
      <section class="panel article-main">
        <a href="#/articles" class="back">&larr; Articles</a>
        <h1>${esc(record.title || record.id)}</h1>
        ${metaHtml(record)}
        <div class="toggles" role="group" aria-label="Annotation layers">
          ${LAYERS.map(([k, label]) => `<label class="toggle toggle-${k}"><input type="checkbox" data-layer="${k}" checked> ${label} <span class="muted">${record[k].length}</span></label>`).join('')}
        </div>
        ${legendHtml()}
        <div class="article-text" id="article-text">${renderAnnotated(record.text, annotationSpans(record))}</div>
      </section>
      <aside class="panel side">
        <h2>Quotes <span class="muted">${record.quotes.length}</span></h2>
        ${quoteList(record)}
        <h2>Events <span class="muted">${record.events.length}</span></h2>
        ${eventList(record)}
      </aside>
    </div>`;
  bindToggles(root);
  bindJumps(root);
  focusOffset(root, record, Number(params.at));
}

/** Opened from a quote or event elsewhere (?at=<start offset>): scroll to it and flash it. */
function focusOffset(root, record, at) {
  if (!Number.isInteger(at)) return;
  const e = record.events.findIndex((ev) => ev.start === at);
  const q = record.quotes.findIndex((qu) => qu.start === at);
  const key = e >= 0 ? `e${e}` : q >= 0 ? `q${q}` : null;
  if (key) root.querySelector(`.jump[data-key="${key}"]`)?.click();
}

function metaHtml(r) {
  const m = r.meta || {};
  const bits = [
    r.published && `<span>${esc(shortDate(r.published))}</span>`,
    m.agency && `<span>${esc(m.agency)}</span>`,
    m.dateline && `<span>Dateline: ${esc(m.dateline)}</span>`,
    m.authors && m.authors.length && `<span>By ${esc(m.authors.join(', '))}</span>`,
    r.url && `<a href="${esc(r.url)}" rel="noreferrer noopener" target="_blank">source</a>`,
  ].filter(Boolean);
  return `<p class="meta muted">${bits.join(' · ')}</p>${syndicationHtml(m.syndication)}`;
}

/** Other captures of the same wire story, stored once with this article. */
function syndicationHtml(copies) {
  const urls = (copies || []).map((c) => c.url).filter(Boolean);
  if (urls.length === 0) return '';
  const links = urls.map((u) => `<a href="${esc(u)}" rel="noreferrer noopener" target="_blank">${esc(u)}</a>`);
  return `<p class="meta muted syndication">Also published at: ${links.join(', ')}</p>`;
}

function legendHtml() {
  const ents = Object.entries(ENTITY_COLORS)
    .map(([t, c]) => `<span class="legend-item"><span class="swatch" style="background:${c}"></span>${t}</span>`)
    .join('');
  return `<p class="legend small">${ents}
    <span class="legend-item"><span class="ann ann-times">time</span></span>
    <span class="legend-item"><span class="ann ann-places">place</span></span>
    <span class="legend-item"><span class="ann ann-quotes">quote</span></span>
    <span class="legend-item"><span class="ann ann-events" style="--ev:#d7191c">event</span></span></p>`;
}

function speakerName(q) {
  return q.speaker ? q.speaker.name || q.speaker.text : null;
}

/** Every layer item as a highlight span, with class, tooltip and the key the side panel uses. */
export function annotationSpans(r) {
  const spans = [];
  r.entities.forEach((e) =>
    spans.push({
      start: e.start,
      end: e.end,
      layer: 'entities',
      cls: `ent-${e.type}`,
      style: `background:${ENTITY_COLORS[e.type] || '#eee'}`,
      title: `${e.type}${e.name && e.name !== e.text ? `: ${e.name}` : ''}${e.role ? ` (${e.role})` : ''}${e.country ? ` [${e.country}]` : ''}`,
    }),
  );
  r.times.forEach((t) => spans.push({ start: t.start, end: t.end, layer: 'times', title: `${t.type} ${t.value}${t.inferred ? ' (inferred)' : ''}` }));
  r.places.forEach((p) =>
    spans.push({
      start: p.start,
      end: p.end,
      layer: 'places',
      title: `Place: ${p.name}${p.country ? `, ${p.country}` : ''}${p.lat != null ? ` (${p.lat.toFixed(2)}, ${p.lon.toFixed(2)})` : ' (not geocoded)'}`,
    }),
  );
  r.quotes.forEach((q, i) => {
    // A quote interrupted by its attribution is marked piece by piece, not over the attribution.
    for (const part of q.parts?.length ? q.parts : [q]) {
      spans.push({
        start: part.start,
        end: part.end,
        layer: 'quotes',
        cls: q.direct ? 'direct' : 'indirect',
        key: `q${i}`,
        title: `${q.direct ? 'Quote' : 'Reported speech'} — ${speakerName(q) || 'unknown speaker'}`,
      });
    }
    if (q.speaker) spans.push({ start: q.speaker.start, end: q.speaker.end, layer: 'quotes', cls: 'speaker', key: `q${i}`, title: `Speaker: ${speakerName(q)}` });
  });
  r.events.forEach((ev, i) => {
    const color = eventColor(ev.plover.type);
    spans.push({
      start: ev.start,
      end: ev.end,
      layer: 'events',
      key: `e${i}`,
      style: `--ev:${color}`,
      title: `Event ${ev.plover.type}${ev.cameo ? ` (CAMEO ${ev.cameo})` : ''}: ${eventSummary(ev)}`,
      label: ev.plover.type,
      labelStyle: `background:${color}`,
    });
  });
  return spans;
}

function eventSummary(ev) {
  const actor = ev.actor ? ev.actor.name || ev.actor.text : '?';
  const target = ev.target ? ` → ${ev.target.name || ev.target.text}` : '';
  return `${actor}${target}`;
}

function quoteList(r) {
  if (r.quotes.length === 0) return '<p class="empty">No quotes.</p>';
  return `<ol class="side-list">${r.quotes
    .map((q, i) => {
      const who = speakerName(q);
      const text = q.text ?? r.text.slice(q.start, q.end);
      return `<li><button type="button" class="jump" data-key="q${i}">
        <strong>${esc(who || 'Unknown speaker')}</strong>${q.speaker && q.speaker.role ? ` <span class="muted">${esc(q.speaker.role)}</span>` : ''}
        <span class="quote-text ${q.direct ? 'direct' : 'indirect'}">${q.direct ? '“' : ''}${esc(text)}${q.direct ? '”' : ''}</span>
        ${q.date ? `<span class="muted small">${esc(q.date)}</span>` : ''}
      </button></li>`;
    })
    .join('')}</ol>`;
}

function eventList(r) {
  if (r.events.length === 0) return '<p class="empty">No events.</p>';
  return `<ol class="side-list">${r.events
    .map((ev, i) => {
      const place = ev.place ? ev.place.name || ev.place.text : null;
      const flags = ['negated', 'hypothetical', 'future', 'claimed'].filter((f) => ev[f]);
      return `<li><button type="button" class="jump" data-key="e${i}">
        <span class="type-badge" style="background:${eventColor(ev.plover.type)}">${esc(ev.plover.type)}</span>
        ${ev.plover.mode ? `<span class="muted small">${esc(ev.plover.mode)}</span>` : ''}
        <span class="event-line">${esc(eventSummary(ev))}</span>
        <span class="muted small">${[place && `at ${place}`, ev.date, ev.count != null && `count ${ev.countQualifier ? `${ev.countQualifier} ` : ''}${ev.count}`, ev.cameo && `CAMEO ${ev.cameo}`, ev.acled && `${ev.acled.eventType} / ${ev.acled.subEventType}`]
          .filter(Boolean)
          .map(esc)
          .join(' · ')}</span>
        ${flags.length ? `<span class="flags small">${flags.map(esc).join(', ')}</span>` : ''}
      </button>
      ${place ? `<a class="small" href="${esc(viewLink('events', { place }))}">more events here</a>` : ''}</li>`;
    })
    .join('')}</ol>`;
}

function bindToggles(root) {
  const text = root.querySelector('#article-text');
  for (const box of root.querySelectorAll('.toggles input')) {
    box.addEventListener('change', () => text.classList.toggle(`hide-${box.dataset.layer}`, !box.checked));
  }
}

function bindJumps(root) {
  for (const b of root.querySelectorAll('.jump')) {
    b.addEventListener('click', () => {
      const key = b.dataset.key;
      const marks = [...root.querySelectorAll('[data-keys]')].filter((el) => el.dataset.keys.split(' ').includes(key));
      if (marks.length === 0) return;
      marks[0].scrollIntoView({ behavior: 'smooth', block: 'center' });
      for (const m of marks) {
        m.classList.remove('flash');
        void m.offsetWidth; // restart the animation
        m.classList.add('flash');
      }
    });
  }
}
