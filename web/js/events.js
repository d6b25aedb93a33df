// (d) Events: filters, a timeline by week or month, a map of places, and the
// matching event rows.

import { api, loadBasemap } from './api.js';
import { PLOVER_TYPES, eventColor } from './colors.js';
import { bindFilters, errorHtml, esc, showPage, viewLink } from './dom.js';
import { mapSvg } from './map.js';
import { timelineSvg } from './timeline.js';

const LIMIT = 25;
const FILTER_KEYS = ['type', 'cameo', 'acled', 'actor', 'country', 'place', 'from', 'to'];

export async function showEvents(root, params, navigate) {
  const groupBy = params.groupBy === 'month' || params.groupBy === 'day' ? params.groupBy : 'week';
  root.innerHTML = `
    <section class="panel">
      <h1>Events</h1>
      <form class="filters" id="event-filters">
        <label>Type <select name="type"><option value="">any</option>${PLOVER_TYPES.map((t) => `<option>${t}</option>`).join('')}</select></label>
        <label>Actor <input type="search" name="actor" placeholder="name or country" size="12"></label>
        <label>Country <input type="search" name="country" placeholder="e.g. Mali, ML, MLI" size="10"></label>
        <label>Place <input type="search" name="place" size="10"></label>
        <label>CAMEO <input type="search" name="cameo" placeholder="prefix" size="5" pattern="\\d{1,4}"></label>
        <label>From <input type="date" name="from"></label>
        <label>To <input type="date" name="to"></label>
        <label>Group <select name="groupBy"><option value="week">week</option><option value="month">month</option><option value="day">day</option></select></label>
        <button type="submit">Filter</button>
        <a href="#/events" class="reset">Reset</a>
      </form>
      <div class="event-charts">
        <div class="chart"><h2>Timeline <span class="muted small">events per ${esc(groupBy)}</span></h2><div id="timeline">Loading…</div></div>
        <div class="chart"><h2>Map <span class="muted small">click a place to filter</span></h2><div id="map">Loading…</div></div>
      </div>
      <h2>Matching events</h2>
      <p class="small muted">Download the events of articles published ${params.from || params.to ? 'in this date range' : 'so far'}:
        ${['gdelt', 'acled', 'plover']
          .map((f) => `<a href="${esc(`/api/export/${f}?${new URLSearchParams(Object.entries({ from: params.from, to: params.to }).filter(([, v]) => v))}`)}" download>${f.toUpperCase()}</a>`)
          .join(' · ')}</p>
      <div id="event-results" aria-live="polite">Loading…</div>
    </section>`;
  bindFilters(root.querySelector('#event-filters'), { ...params, groupBy }, (values) => navigate('events', values));
  const filter = Object.fromEntries(FILTER_KEYS.filter((k) => params[k]).map((k) => [k, params[k]]));
  await Promise.all([
    loadTimeline(root.querySelector('#timeline'), filter, groupBy),
    loadMap(root.querySelector('#map'), filter, (place) => navigate('events', { ...params, place, offset: undefined })),
    loadTable(root.querySelector('#event-results'), filter, params, navigate),
  ]);
}

async function loadTimeline(el, filter, groupBy) {
  try {
    const { items } = await api('events/timeline', { ...filter, groupBy });
    el.innerHTML = timelineSvg(items, groupBy);
  } catch (err) {
    el.innerHTML = errorHtml(err);
  }
}

async function loadMap(el, filter, onPlace) {
  try {
    const [basemap, places] = await Promise.all([loadBasemap(), api('events/places', filter)]);
    el.innerHTML = mapSvg(basemap, places.items);
    for (const dot of el.querySelectorAll('.dot')) dot.addEventListener('click', () => onPlace(dot.dataset.place));
  } catch (err) {
    el.innerHTML = errorHtml(err);
  }
}

function loadTable(el, filter, params, navigate) {
  const offset = Number(params.offset ?? 0);
  return showPage(el, {
    load: () => api('events', { ...filter, limit: LIMIT, offset }),
    render: eventTable,
    offset,
    limit: LIMIT,
    onPage: (o) => navigate('events', { ...params, offset: o }),
  });
}

function eventTable(items) {
  if (items.length === 0) return '<p class="empty">No events match.</p>';
  const rows = items
    .map(
      (e) => `<tr>
      <td class="nowrap">${esc(e.date || '')}</td>
      <td><span class="type-badge" style="background:${eventColor(e.ploverType)}">${esc(e.ploverType)}</span>
        ${e.cameo ? `<div class="muted small">CAMEO ${esc(e.cameo)}</div>` : ''}
        ${e.acledEventType ? `<div class="muted small">${esc(e.acledEventType)}${e.acledSubEventType ? ` / ${esc(e.acledSubEventType)}` : ''}</div>` : ''}</td>
      <td>${esc(e.actor || '—')}${e.actorCountry ? ` <span class="muted small">${esc(e.actorCountry)}</span>` : ''}</td>
      <td>${esc(e.target || '—')}${e.targetCountry ? ` <span class="muted small">${esc(e.targetCountry)}</span>` : ''}</td>
      <td>${e.place ? `<a href="${esc(viewLink('events', { place: e.place }))}">${esc(e.place)}</a>` : '—'}</td>
      <td class="num">${e.count ?? ''}</td>
      <td class="sentence">${esc(e.sentence)}<div class="small"><a href="${esc(viewLink(`article/${encodeURIComponent(e.article)}`, { at: e.start }))}">${esc(e.articleTitle || e.article)}</a></div></td>
    </tr>`,
    )
    .join('');
  return `<table class="list events">
    <thead><tr><th>Date</th><th>Type</th><th>Actor</th><th>Target</th><th>Place</th><th>Count</th><th>Sentence</th></tr></thead>
    <tbody>${rows}</tbody></table>`;
}
