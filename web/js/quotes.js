// (c) Quotes browser: who said what, filtered by speaker, words and date.

import { api } from './api.js';
import { bindFilters, errorHtml, esc, showPage, viewLink } from './dom.js';

const LIMIT = 30;

export async function showQuotes(root, params, navigate) {
  root.innerHTML = `
    <section class="panel">
      <h1>Quotes</h1>
      <form class="filters" id="quote-filters">
        <label>Speaker <input type="search" name="speaker" placeholder="name or mention"></label>
        <label>Words <input type="search" name="q" placeholder="words in the quote"></label>
        <label>From <input type="date" name="from"></label>
        <label>To <input type="date" name="to"></label>
        <button type="submit">Filter</button>
        <a href="#/quotes" class="reset">Reset</a>
      </form>
      <div class="quotes-layout">
        <div id="quote-results" aria-live="polite">Loading…</div>
        <aside class="speakers"><h2>Speakers</h2><div id="speakers">Loading…</div></aside>
      </div>
    </section>`;
  bindFilters(root.querySelector('#quote-filters'), params, (values) => navigate('quotes', values));
  const offset = Number(params.offset ?? 0);
  loadSpeakers(root.querySelector('#speakers'), params);
  await showPage(root.querySelector('#quote-results'), {
    load: () => api('quotes', { speaker: params.speaker, q: params.q, from: params.from, to: params.to, limit: LIMIT, offset }),
    render: quoteCards,
    offset,
    limit: LIMIT,
    onPage: (o) => navigate('quotes', { ...params, offset: o }),
  });
}

function quoteCards(items) {
  if (items.length === 0) return '<p class="empty">No quotes match.</p>';
  return `<ul class="quote-cards">${items
    .map(
      (q) => `<li class="quote-card">
        <div class="quote-head">
          ${q.speaker ? `<a href="${esc(viewLink('quotes', { speaker: q.speaker }))}"><strong>${esc(q.speaker)}</strong></a>` : '<strong class="muted">Unknown speaker</strong>'}
          ${q.speakerText && q.speakerText !== q.speaker ? `<span class="muted small">as “${esc(q.speakerText)}”</span>` : ''}
          <span class="muted small">${esc(q.date || '')}${q.direct ? '' : ' · reported speech'}</span>
        </div>
        <blockquote class="${q.direct ? 'direct' : 'indirect'}">${q.direct ? '“' : ''}${esc(q.text)}${q.direct ? '”' : ''}</blockquote>
        <a class="small" href="${esc(viewLink(`article/${encodeURIComponent(q.article)}`, { at: q.start }))}">${esc(q.articleTitle || q.article)}</a>
      </li>`,
    )
    .join('')}</ul>`;
}

/** Who is quoted most under the current words and dates (any speaker). */
async function loadSpeakers(el, params) {
  try {
    const { items } = await api('quotes/speakers', { q: params.q, from: params.from, to: params.to });
    if (items.length === 0) {
      el.innerHTML = '<p class="empty">No speakers.</p>';
      return;
    }
    el.innerHTML = `<ol class="speaker-list">${items
      .map(
        (s) => `<li class="${s.speaker === params.speaker ? 'current' : ''}">
          <a href="${esc(viewLink('quotes', { ...params, speaker: s.speaker, offset: undefined }))}">${esc(s.speaker)}</a>
          <span class="chip">${s.count}</span></li>`,
      )
      .join('')}</ol>`;
  } catch (err) {
    el.innerHTML = errorHtml(err);
  }
}
