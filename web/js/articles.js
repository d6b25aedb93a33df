// (a) Article list: title, date, annotation counts, text search and date filter.

import { api } from './api.js';
import { bindFilters, esc, shortDate, showPage, viewLink } from './dom.js';

const LIMIT = 25;

export async function showArticles(root, params, navigate) {
  root.innerHTML = `
    <section class="panel">
      <h1>Articles</h1>
      <form class="filters" id="article-filters">
        <label>Search <input type="search" name="q" placeholder="words in title or text"></label>
        <label>From <input type="date" name="from"></label>
        <label>To <input type="date" name="to"></label>
        <button type="submit">Filter</button>
        <a href="#/articles" class="reset">Reset</a>
      </form>
      <div id="article-results" aria-live="polite">Loading…</div>
    </section>`;
  bindFilters(root.querySelector('#article-filters'), params, (values) => navigate('articles', values));
  const offset = Number(params.offset ?? 0);
  await showPage(root.querySelector('#article-results'), {
    load: () => api('articles', { q: params.q, from: params.from, to: params.to, limit: LIMIT, offset }),
    render: articleTable,
    offset,
    limit: LIMIT,
    onPage: (o) => navigate('articles', { ...params, offset: o }),
  });
}

function articleTable(items) {
  if (items.length === 0) return '<p class="empty">No articles match.</p>';
  const rows = items
    .map(
      (a) => `<tr>
        <td class="nowrap">${esc(shortDate(a.published))}</td>
        <td><a href="${esc(viewLink(`article/${encodeURIComponent(a.id)}`))}">${esc(a.title || a.id)}</a>
          ${a.url ? `<div class="muted small">${esc(a.url)}</div>` : ''}</td>
        <td class="num"><span class="chip chip-entities" title="entities">${a.counts.entities}</span></td>
        <td class="num"><span class="chip chip-quotes" title="quotes">${a.counts.quotes}</span></td>
        <td class="num"><span class="chip chip-places" title="places">${a.counts.places}</span></td>
        <td class="num"><span class="chip chip-events" title="events">${a.counts.events}</span></td>
      </tr>`,
    )
    .join('');
  return `<table class="list">
    <thead><tr><th>Date</th><th>Title</th><th>Entities</th><th>Quotes</th><th>Places</th><th>Events</th></tr></thead>
    <tbody>${rows}</tbody></table>`;
}
