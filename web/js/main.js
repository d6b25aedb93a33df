// Hash router: #/articles, #/article/<id>, #/quotes, #/events, each with its
// filters in the query part so every view is a shareable link.

import { showArticle } from './article.js';
import { showArticles } from './articles.js';
import { showEvents } from './events.js';
import { showQuotes } from './quotes.js';
import { viewLink } from './dom.js';

const root = document.getElementById('view');

function navigate(view, params = {}) {
  const clean = Object.fromEntries(Object.entries(params).filter(([k, v]) => v !== undefined && v !== '' && !(k === 'offset' && Number(v) === 0)));
  location.hash = viewLink(view, clean);
}

function parseHash() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, query = ''] = hash.split('?');
  const params = Object.fromEntries(new URLSearchParams(query));
  const [view, ...rest] = path.split('/');
  return { view: view || 'articles', arg: rest.length ? decodeURIComponent(rest.join('/')) : null, params };
}

async function route() {
  const { view, arg, params } = parseHash();
  for (const a of document.querySelectorAll('nav a')) a.classList.toggle('active', a.dataset.view === (view === 'article' ? 'articles' : view));
  window.scrollTo(0, 0);
  switch (view) {
    case 'article':
      return showArticle(root, arg ?? '', params);
    case 'quotes':
      return showQuotes(root, params, navigate);
    case 'events':
      return showEvents(root, params, navigate);
    default:
      return showArticles(root, params, navigate);
  }
}

window.addEventListener('hashchange', route);
route();
