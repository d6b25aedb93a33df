/**
 * Which elements are page furniture rather than article: by tag, by
 * class/id hints (the lists follow Readability.js's), and by hidden markers.
 */
import type { ElementNode } from './tree.js';

const FURNITURE_TAGS = new Set(['nav', 'footer', 'aside', 'form', 'button', 'input', 'dialog', 'menu', 'figure', 'picture', 'video', 'audio', 'img']);

const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|share|sharing|newsletter|subscri|cookie|consent|promo|outbrain|taboola|recirc|read-more|readmore|more-stories|toolbar|byline|author|caption|credit|tags\b|tag-list|topics|\bnav|modal|overlay|signup|paywall|teaser|print|skip|hidden|sr-only|visually-hidden|screen-reader/i;
const MAYBE_CANDIDATE = /and|article|body|column|content|main|mathjax|shadow|story|entry|text|post/i;
/** Hints that outweigh MAYBE_CANDIDATE: these are furniture even when also called "content". */
const ALWAYS_UNLIKELY = new RegExp(
  [
    'comment|kommentar|share|sharing|shariff|social|news-?letter|cookie|consent|related|recirc|outbrain|taboola',
    'byline|caption|credit|(?:^|[\\s_-])legend|sr-only|visually-hidden|screen-reader|\\bad-|\\bads\\b|advert|promo|paywall|popup|modal',
    // picture legends without "caption" in their name
    '(?:image|img|media|photo|foto|bild)[-_]*(?:desc|subtitle|meta|legend|unter|source)|imagedescription',
    // author boxes, ratings, disclosures, tables of contents
    'author-?bio|author-?box|about-?the-?author|author-info|saboxplugin',
    '\\brating|[-_]rating|disclosure|disclaimer|affiliate|ez-toc|table-of-contents|\\btoc\\b',
    // "read also" boxes, tag lists, post meta lines, calls to action, donation asks, player widgets
    '(?:article|entry|post)[-_]*footer|flyout|embed(?:ded)?-article|intext-links|interesting-articles|savoir[-_]plus|contact-?box|news-rate',
    'lee-tambien|leia-tambem|read-?also|see-?also|also-?read|further-?reading|furtherarticles|view-more|more-?posts|next-?post|next-?story|relatedpost',
    '(?:^|[\\s_-])tags(?:$|[\\s_-])|tag-?cloud|tag-list|postmetadata|entry-meta|post-meta\\b|article__meta|meta-info|\\bcta\\b|-cta\\b|donat|spende|audio-player|third-party|privacy-embed|\\balert\\b',
  ].join('|'),
  'i',
);
/** The declared article body itself (not a BEM child such as "ArticleBody-related-coverage"). */
const BODY_ITSELF = /(?:article-?body|story-?body|entry-content|post-content)(?![-_]*[a-z0-9])/i;

const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|paragraph|artikel|inhalt|beitrag/i;
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|teaser|social|newsletter/i;

export function hintOf(el: ElementNode): string {
  return `${el.attrs.class ?? ''} ${el.attrs.id ?? ''}`;
}

function isHidden(el: ElementNode): boolean {
  if ('hidden' in el.attrs) return true;
  if (el.attrs['aria-hidden'] === 'true') return true;
  const style = el.attrs.style;
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Furniture by what the element is (tag, role, hidden), whatever its class says. */
export function isStructuralFurniture(el: ElementNode): boolean {
  if (FURNITURE_TAGS.has(el.tag)) return true;
  // A page header is furniture; an article's own header holds its lead paragraph.
  if (el.tag === 'header' && el.depth > 0 && !hasAncestorTag(el, 'article') && !hasAncestorTag(el, 'main')) return true;
  if (isHidden(el)) return true;
  const role = el.attrs.role;
  return role !== undefined && /^(?:navigation|banner|complementary|contentinfo|menu|menubar|dialog|alert|search)$/i.test(role);
}

function hasAncestorTag(el: ElementNode, tag: string): boolean {
  for (let p = el.parent; p; p = p.parent) if (p.tag === tag) return true;
  return false;
}

/** An id made from a heading's words ("schwerpunkt-der-grundlegende-...") names no furniture. */
const SLUG_ID = /^[^\s-]+(?:-[^\s-]+){4,}$/;

function furnitureHintOf(el: ElementNode): string {
  const id = el.attrs.id;
  return id && SLUG_ID.test(id) ? (el.attrs.class ?? '') : hintOf(el);
}

/** True when the element's class/id names page furniture (sidebar, share, comments, ...). */
export function hasFurnitureHint(el: ElementNode): boolean {
  if (el.tag === 'body' || el.tag === 'html' || el.tag === 'article' || el.tag === 'main' || el.tag === 'a') return false;
  const hint = furnitureHintOf(el);
  if (hint.length < 2) return false;
  if (ALWAYS_UNLIKELY.test(hint) && !BODY_ITSELF.test(hint)) return true;
  if (el.tag === 'p') return false;
  return UNLIKELY.test(hint) && !MAYBE_CANDIDATE.test(hint);
}

const ARTICLE_BODY_HINT = /article-?body|story-?body|entry-content|post-content|article-?copy|article-?text|post-?body|artikel-?text/i;

/**
 * Elements that declare themselves the article body (itemprop=articleBody,
 * else a single "article-body"-like class: teaser lists repeat such classes).
 */
export function declaredBodies(order: ElementNode[]): ElementNode[] {
  const byItemprop = order.filter((el) => el.attrs.itemprop !== undefined && /\barticleBody\b/i.test(el.attrs.itemprop));
  if (byItemprop.length > 0) return byItemprop.slice(0, 2);
  const byClass = order.filter((el) => ARTICLE_BODY_HINT.test(hintOf(el)));
  return byClass.length === 1 ? byClass : [];
}

/** Readability's class weight: +25 for article-ish hints, -25 for furniture-ish ones. */
export function classWeight(el: ElementNode): number {
  let w = 0;
  for (const h of [el.attrs.class, el.attrs.id]) {
    if (!h) continue;
    if (NEGATIVE.test(h)) w -= 25;
    if (POSITIVE.test(h)) w += 25;
  }
  return w;
}
