// Small DOM and formatting helpers shared by every view. All text that came
// from the server goes through esc() before it is put into HTML.

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** HTML-escapes any value (null/undefined become ''). Safe in text and in quoted attributes. */
export function esc(value) {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Sets an element's HTML and returns the element. */
export function setHtml(el, html) {
  el.innerHTML = html;
  return el;
}

/** "2024-01-25T10:00:00Z" → "2024-01-25"; '' for nothing. */
export function shortDate(value) {
  return value ? String(value).slice(0, 10) : '';
}

export function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Reads a form's named inputs into a plain object, dropping empty values. */
function formValues(form) {
  const out = {};
  for (const [k, v] of new window.FormData(form).entries()) {
    const s = String(v).trim();
    if (s) out[k] = s;
  }
  return out;
}

/** Fills a form's named inputs from an object. */
function fillForm(form, values) {
  for (const el of form.elements) {
    if (el.name && values[el.name] !== undefined) el.value = values[el.name];
  }
}

/** Fills a filter form from the view's params; submitting it calls onSubmit(the form's non-empty values). */
export function bindFilters(form, values, onSubmit) {
  fillForm(form, values);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    onSubmit(formValues(form));
  });
}

/** A link to another dashboard view, e.g. viewLink('events', { place: 'Kidal' }). */
export function viewLink(view, params = {}) {
  const kept = Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== '');
  const qs = new URLSearchParams(kept).toString();
  return `#/${view}${qs ? `?${qs}` : ''}`;
}

/** Prev/next pager for a { total } page; bindPager wires its buttons. */
function pagerHtml(total, offset, limit) {
  const end = Math.min(offset + limit, total);
  return `<div class="pager">
    <button type="button" data-offset="${Math.max(0, offset - limit)}" ${offset === 0 ? 'disabled' : ''}>&larr; Newer</button>
    <span>${total === 0 ? 'none' : `${offset + 1}–${end} of ${total}`}</span>
    <button type="button" data-offset="${offset + limit}" ${end >= total ? 'disabled' : ''}>Older &rarr;</button>
  </div>`;
}

function bindPager(root, onPage) {
  for (const b of root.querySelectorAll('.pager button')) {
    b.addEventListener('click', () => onPage(Number(b.dataset.offset)));
  }
}

/**
 * Fills el with one page of a list: render(page.items) and a pager whose buttons
 * call onPage(newOffset); or the error if load() (→ { items, total }) fails.
 */
export async function showPage(el, { load, render, offset, limit, onPage }) {
  try {
    const page = await load();
    el.innerHTML = render(page.items) + pagerHtml(page.total, offset, limit);
    bindPager(el, onPage);
  } catch (err) {
    el.innerHTML = errorHtml(err);
  }
}

export function errorHtml(err) {
  return `<p class="error">Could not load: ${esc(err && err.message ? err.message : err)}</p>`;
}
