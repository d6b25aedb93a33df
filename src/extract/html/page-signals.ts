/**
 * Visible-page signals for metadata, gathered in one iterative walk:
 * the first <h1>, <time datetime> values, and byline/author elements.
 */
import { textOf, walk, type ElementNode } from './tree.js';

export interface PageSignals {
  h1s: string[];
  times: string[];
  bylines: string[];
}

const BYLINE_HINT = /\b(?:byline|author|autor|writer|by-line|article__author|story-byline)\b/i;

export function gatherSignals(root: ElementNode): PageSignals {
  const signals: PageSignals = { h1s: [], times: [], bylines: [] };
  walk(root, (el) => {
    if (el.tag === 'h1' && signals.h1s.length < 5) {
      const t = textOf(el);
      if (t) signals.h1s.push(t);
      return false;
    }
    if (el.tag === 'time' && signals.times.length < 10) {
      const dt = el.attrs.datetime ?? textOf(el);
      if (dt) signals.times.push(dt);
    }
    const hint = `${el.attrs.class ?? ''} ${el.attrs.id ?? ''} ${el.attrs.itemprop ?? ''} ${el.attrs.rel ?? ''}`;
    if (signals.bylines.length < 5 && BYLINE_HINT.test(hint) && !/\b(?:bio|box|avatar|image|img|photo)\b/i.test(hint)) {
      const t = textOf(el);
      if (t.length > 2 && t.length < 120) {
        signals.bylines.push(t);
        return false;
      }
    }
    return true;
  });
  return signals;
}
