/**
 * RSS 2.0 and Atom feeds: one HTML document per item/entry, from
 * content:encoded, content or description, with link, pubDate/published and
 * title. Parsed with htmlparser2 in XML mode (CDATA kept as text).
 */
import { Parser } from 'htmlparser2';
import { normalizeIsoDate } from '../extract/dates.js';
import { sha256Hex } from './hash.js';
import type { InputItem } from './types.js';

interface FeedItem {
  title?: string;
  link?: string;
  guid?: string;
  date?: string;
  content?: string;
  description?: string;
}

const ITEM_TAGS = new Set(['item', 'entry']);

/** Parses the items of a feed; returns undefined when the XML is not RSS or Atom. */
function parseFeed(xml: string): FeedItem[] | undefined {
  const items: FeedItem[] = [];
  let isFeed = false;
  let item: FeedItem | undefined;
  let field: string | undefined;
  let buf = '';
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const tag = name.toLowerCase();
        if (tag === 'rss' || tag === 'feed' || tag === 'rdf:rdf') isFeed = true;
        if (ITEM_TAGS.has(tag)) {
          item = {};
          return;
        }
        if (!item || field) return;
        if (tag === 'link' && attrs.href) {
          if (!attrs.rel || attrs.rel === 'alternate') item.link ??= attrs.href;
          return;
        }
        if (['title', 'link', 'guid', 'id', 'pubdate', 'published', 'updated', 'dc:date', 'content:encoded', 'content', 'description', 'summary'].includes(tag)) {
          field = tag;
          buf = '';
        }
      },
      ontext(text) {
        if (field) buf += text;
      },
      onclosetag(name) {
        const tag = name.toLowerCase();
        if (item && field === tag) {
          const v = buf.trim();
          if (v) assignField(item, tag, v);
          field = undefined;
          return;
        }
        if (ITEM_TAGS.has(tag) && item) {
          items.push(item);
          item = undefined;
        }
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeCDATA: true },
  );
  parser.write(xml);
  parser.end();
  return isFeed ? items : undefined;
}

function assignField(item: FeedItem, tag: string, v: string): void {
  switch (tag) {
    case 'title':
      item.title ??= v;
      break;
    case 'link':
      item.link ??= v;
      break;
    case 'guid':
    case 'id':
      item.guid ??= v;
      break;
    case 'pubdate':
    case 'published':
    case 'dc:date':
    case 'updated':
      item.date ??= v;
      break;
    case 'content:encoded':
    case 'content':
      item.content ??= v;
      break;
    default:
      item.description ??= v;
  }
}

/** RFC 822 (RSS) or ISO (Atom) dates → the contract form. */
function feedDate(v: string | undefined): string | undefined {
  if (!v) return undefined;
  if (/^\d{4}-\d{2}-\d{2}/.test(v.trim())) return normalizeIsoDate(v);
  // RFC 822 (RSS pubDate) with a time: keep the instant, in UTC.
  const d = new Date(v);
  if (!Number.isNaN(d.getTime()) && /\d{1,2}:\d{2}/.test(v)) return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return normalizeIsoDate(v);
}

export function* feedItems(xml: string, path: string): Generator<InputItem> {
  const items = parseFeed(xml);
  if (!items) {
    yield { origin: path, error: 'XML file is not an RSS or Atom feed' };
    return;
  }
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    const origin = `${path}#${i + 1}`;
    const html = it.content ?? it.description;
    if (!html) {
      yield { origin, error: 'feed item has no content or description' };
      continue;
    }
    const published = feedDate(it.date);
    yield {
      id: it.guid ?? it.link ?? origin,
      origin,
      kind: 'html',
      html,
      ...(it.link ? { url: it.link } : {}),
      ...(published ? { published } : {}),
      ...(it.title ? { title: it.title } : {}),
      contentHash: sha256Hex(html),
    };
  }
}
