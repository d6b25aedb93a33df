/**
 * Visible-page signals for metadata, gathered in one iterative walk:
 * <h1> texts, <time datetime> values, byline/author elements and short
 * date-stamp elements. Forms and comment sections are skipped (their
 * "Name (required)" labels and commenters are not the article's author).
 */
import { parseVisibleDate } from '../dates.js';
import { hintOf } from './boilerplate.js';
import { shortTextOf, textOf, walk, type ElementNode } from './tree.js';

export interface PageSignals {
  h1s: string[];
  times: string[];
  bylines: string[];
  dateTexts: string[];
  /** content/datetime of elements marked itemprop=datePublished (or uploadDate, dateCreated). */
  itempropDates: string[];
  /** Short elements whose own text opens with a byline label ("Von Anna Berg", "Autor: X"), whatever their class. */
  labelledBylines: string[];
  /** Dates written in short stretches of visible text, in page order (the last resort for `published`). */
  textDates: string[];
}

const AUTHOR_HINT = /\b(?:byline|author|autor|writer|by-line|article__author|story-byline|vcard)\b|author/i;
const NOT_AUTHOR_HINT = /\b(?:bio|box|avatar|image|img|photo|description|about|comment|says|info|links?)\b/i;
const DATE_HINT = /date|time|posted|published|datum|meta|entry-meta|byline/i;
const AUTHOR_LINK = /\/(?:author|autor|autoren|authors|auteur|autore)\/[^/?#]+\/?$/i;
const SKIP_TAGS = new Set(['form', 'footer', 'nav', 'aside', 'label']);
const COMMENTS_HINT = /comment|respond|reply|disqus/i;

/** A byline label opening an element's own text: "By", "Von:", "Par", "Autor:", "Text von", "Posted by", ... */
const BYLINE_LABEL = /^(?:by|von|par|por|autor(?:in)?|autoren|author|auteur|text(?: von)?|ein (?:artikel|beitrag) von|verfasst von|geschrieben von|posted by|gespeichert von|redaktion)\b\s*:?(?:\s|$)/i;

/** Text directly in the element (not in child elements), collapsed. */
function ownTextOf(el: ElementNode): string {
  let out = '';
  for (const c of el.children) if (typeof c === 'string') out += c;
  return out.replace(/\s+/g, ' ').trim();
}

export function gatherSignals(root: ElementNode): PageSignals {
  const signals: PageSignals = { h1s: [], times: [], bylines: [], dateTexts: [], itempropDates: [], labelledBylines: [], textDates: [] };
  walk(root, (el) => {
    if (SKIP_TAGS.has(el.tag)) return false;
    const hint = hintOf(el);
    if (COMMENTS_HINT.test(hint) && !/no-?comments/i.test(hint)) return false;
    if (el.tag === 'h1' && signals.h1s.length < 5) {
      const t = textOf(el);
      if (t) signals.h1s.push(t);
      return false;
    }
    if (el.attrs.itemprop && /^(?:datePublished|uploadDate|dateCreated)$/i.test(el.attrs.itemprop) && signals.itempropDates.length < 5) {
      const d = el.attrs.content ?? el.attrs.datetime ?? textOf(el);
      if (d) signals.itempropDates.push(d);
    }
    if (el.tag === 'time' && signals.times.length < 10) {
      const dt = el.attrs.datetime ?? textOf(el);
      if (dt) signals.times.push(dt);
    }
    // Author archive links ("By <a href="/author/jane-doe/">Jane Doe</a>") name the author without a class.
    const authorLink = el.tag === 'a' && el.attrs.href !== undefined && AUTHOR_LINK.test(el.attrs.href) ? ' author' : '';
    const authorHint = `${hint} ${el.attrs.itemprop ?? ''} ${el.attrs.rel ?? ''}${authorLink}`;
    if (signals.bylines.length < 5 && AUTHOR_HINT.test(authorHint) && !NOT_AUTHOR_HINT.test(hint)) {
      const t = shortTextOf(el, 120);
      if (t && t.length > 1) signals.bylines.push(t);
    }
    const own = ownTextOf(el);
    if (signals.textDates.length < 3 && own.length >= 6 && own.length <= 80) {
      const d = parseVisibleDate(own);
      if (d) signals.textDates.push(d);
    }
    if (signals.labelledBylines.length < 3 && BYLINE_LABEL.test(own)) {
      const t = shortTextOf(el, 100);
      if (t) signals.labelledBylines.push(t);
    }
    if (signals.dateTexts.length < 10 && el.tag !== 'body' && DATE_HINT.test(hint)) {
      const t = shortTextOf(el, 120);
      if (t && t.length > 5) signals.dateTexts.push(t);
    }
    return true;
  });
  return signals;
}
