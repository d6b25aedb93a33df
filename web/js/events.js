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
  const by = params.by === 'name' ? 'name' : 'code';
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
        <label>Dyads <select name="by"><option value="code">by country and sector</option><option value="name">by name</option></select></label>
        <button type="submit">Filter</button>
        <a href="#/events" class="reset">Reset</a>
      </form>
      <div class="event-charts">
        <div class="chart"><h2>Timeline <span class="muted small">events per ${esc(groupBy)}</span></h2><div id="timeline">Loading…</div></div>
        <div class="chart"><h2>Map <span class="muted small">click a place to filter</span></h2><div id="map">Loading…</div></div>
      </div>
      <h2>Who did what to whom <span class="muted small">events per actor → target pair${by === 'name' ? ', by name' : ', by country and sector'}; click a pair to filter by its actor</span></h2>
      <div id="dyads" aria-live="polite">Loading…</div>
      <h2>Matching events</h2>
      <p class="small muted">Download the events of articles published ${params.from || params.to ? 'in this date range' : 'so far'}:
        ${['gdelt', 'acled', 'plover']
          .map((f) => `<a href="${esc(`/api/export/${f}?${new URLSearchParams(Object.entries({ from: params.from, to: params.to }).filter(([, v]) => v))}`)}" download>${f.toUpperCase()}</a>`)
          .join(' · ')}</p>
      <div id="event-results" aria-live="polite">Loading…</div>
    </section>`;
  bindFilters(root.querySelector('#event-filters'), { ...params, groupBy, by }, (values) => navigate('events', values));
  const filter = Object.fromEntries(FILTER_KEYS.filter((k) => params[k]).map((k) => [k, params[k]]));
  await Promise.all([
    loadTimeline(root.querySelector('#timeline'), filter, groupBy),
    loadMap(root.querySelector('#map'), filter, (place) => navigate('events', { ...params, place, offset: undefined })),
    loadDyads(root.querySelector('#dyads'), filter, by, (actor) => navigate('events', { ...params, actor, offset: undefined })),
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

const DYADS_SHOWN = 12;

async function loadDyads(el, filter, by, onActor) {
  try {
    const { items } = await api('events/dyads', { ...filter, by });
    el.innerHTML = dyadTable(items.slice(0, DYADS_SHOWN), by);
    for (const row of el.querySelectorAll('tr[data-actor]')) row.addEventListener('click', () => onActor(row.dataset.actor));
  } catch (err) {
    el.innerHTML = errorHtml(err);
  }
}

/** "MLI GOV", "REB", or "—": a side of a dyad as CAMEO-style codes. */
function codeOf(country, sector) {
  return [country, sector].filter(Boolean).join(' ') || '—';
}

function dyadTable(items, by) {
  if (items.length === 0) return '<p class="empty">No events with a known actor match.</p>';
  const side = (name, country, sector) => {
    const code = codeOf(country, sector);
    if (by !== 'name') return esc(code);
    if (!name) return esc(code);
    return `${esc(name)}${code === '—' ? '' : ` <span class="muted small">${esc(code)}</span>`}`;
  };
  const rows = items
    .map((d) => {
      // Clicking filters events by the actor: its name, or else its country code.
      const actorFilter = by === 'name' ? d.actor : d.actorCountry;
      return `<tr${actorFilter ? ` data-actor="${esc(actorFilter)}" class="clickable"` : ''}>
      <td>${side(d.actor, d.actorCountry, d.actorSector)}</td>
      <td>${side(d.target, d.targetCountry, d.targetSector)}</td>
      <td>${d.types.map((t) => `<span class="type-badge" style="background:${eventColor(t)}">${esc(t)}</span>`).join(' ')}</td>
      <td class="num">${d.count}</td>
    </tr>`;
    })
    .join('');
  return `<table class="list dyads">
    <thead><tr><th>Actor</th><th>Target</th><th>Types</th><th>Events</th></tr></thead>
    <tbody>${rows}</tbody></table>`;
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
      <td>${esc(e.actor || '—')}${e.actorCountry || e.actorSector ? ` <span class="muted small">${esc(codeOf(e.actorCountry, e.actorSector))}</span>` : ''}</td>
      <td>${esc(e.target || '—')}${e.targetCountry || e.targetSector ? ` <span class="muted small">${esc(codeOf(e.targetCountry, e.targetSector))}</span>` : ''}</td>
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
