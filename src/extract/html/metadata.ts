/**
 * Page metadata from, in order of trust: JSON-LD, OpenGraph, other meta tags,
 * <time> elements, visible text. Each value records where it was read.
 */
import type { DocMeta, MetaOrigin } from '../../model/meta.js';
import { agenciesIn, normalizeAgency } from '../agencies.js';
import { normalizeIsoDate, parseVisibleDate } from '../dates.js';
import { anyJsonLdDate, type JsonLdArticle } from './json-ld.js';
import type { PageSignals } from './page-signals.js';
import type { ParsedPage } from './tree.js';

type Candidate = [value: string | undefined, origin: MetaOrigin];

function metaIndex(page: ParsedPage): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const m of page.metas) {
    const key = (m.property ?? m.name ?? m.itemprop ?? m['http-equiv'])?.toLowerCase();
    const content = m.content?.trim();
    if (!key || !content) continue;
    const list = index.get(key) ?? [];
    list.push(content);
    index.set(key, list);
  }
  return index;
}

function first(cands: Candidate[]): [string, MetaOrigin] | undefined {
  for (const [v, o] of cands) if (v && v.trim()) return [v.trim(), o];
  return undefined;
}

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();
/** Lower case, straight quotes, hyphens for dashes, "..." for "…": how meta tags flatten a visible headline. */
const loose = (s: string): string =>
  norm(s)
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/…/g, '...');
const TITLE_SEPARATOR = /\s+(?:[|–—·•›»:-]|::)\s+/;

/**
 * "Story title | Site" → "Story title": drops a leading or trailing part that
 * is the site name, or a short trailing part after a separator.
 */
function stripSiteName(title: string, siteName?: string): string {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const site = siteName ? norm(siteName) : undefined;
  const lastPart = parts[parts.length - 1]!;
  if (site && (norm(lastPart) === site || norm(lastPart).includes(site))) return title.slice(0, title.lastIndexOf(lastPart)).replace(/\s+(?:[|–—·•›»:-]|::)\s*$/, '').trim();
  if (site && norm(parts[0]!) === site) return title.slice(parts[0]!.length).replace(TITLE_SEPARATOR, '').trim();
  if (/\s[|·•›»]\s|\s::\s/.test(title) && lastPart.length < title.length * 0.5) return title.slice(0, title.lastIndexOf(lastPart)).replace(/\s+(?:[|–—·•›»:-]|::)\s*$/, '').trim();
  if (parts.length === 2 && lastPart.length <= 30 && lastPart.length < title.length * 0.35) return parts[0]!.trim();
  return title;
}

/** The page's stated title without site name; an <h1> that the title contains is the headline itself. */
function resolveTitle(found: [string, MetaOrigin] | undefined, h1s: string[], siteName?: string): [string, MetaOrigin] | undefined {
  const h1 = h1s.find((h) => h.length >= 4 && h.length < 300 && !/^(?:menu|navigation|search)$/i.test(h));
  if (!found) return h1 ? [h1, 'visible-text'] : undefined;
  const [title, origin] = found;
  // Compared loosely: meta titles often flatten the headline's typographic quotes and dashes.
  // The <h1> confirms the whole title: nothing after a dash is a site name.
  if (h1 && norm(title) === norm(h1)) return [title, origin];
  if (h1 && loose(title).includes(loose(h1)) && h1.length >= title.length * 0.3) return [h1, 'visible-text'];
  // Without an article-level title (JSON-LD, OpenGraph, meta), <title> often names the site; the page's <h1> is the headline.
  if (h1 && origin === 'visible-text') return [h1, 'visible-text'];
  return [stripSiteName(title, siteName), origin];
}

function looksLikeUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

const AUTHOR_LABEL = /^(?:(?:posted|written|published|geschrieben|verfasst|veröffentlicht|publiziert|erstellt|eingestellt)\s+(?:by|von|am|on|in)?|by|von|vom|par|de|por|autor(?:in)?:?|author:?|text:?|[~–—-])\s*/i;
/** Strings that are labels, dates or form fields, never a name. */
const NOT_A_NAME = /^(?:posted on|veröffentlicht am|publiziert am|name\b|e-?mail|no author|admin|wordpressadmin|by)$|\d{4}|@|\[at\]|\(erforderlich\)|\*$/i;

function splitAuthors(s: string): string[] {
  return s
    .replace(AUTHOR_LABEL, '')
    .replace(/\s+(?:says|sagt):?$/i, '')
    // "lupa am 26/10/13", "Robert -": a date or a dangling separator after the name.
    .replace(/\s+(?:am|on|um|at|le|el)\s+\d.*$/i, '')
    .replace(/\s*[-–—|:]+$/, '')
    .split(/\s*(?:,|;|\band\b|\bund\b|&|\|)\s*/i)
    .map((a) => a.trim())
    .filter((a) => a.length > 1 && a.length < 60 && !looksLikeUrl(a) && !NOT_A_NAME.test(a));
}

/** Name particles that may be lower-case inside a name ("Ursula von der Leyen"). */
const PARTICLES = new Set(['von', 'van', 'de', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'zu', 'bin', 'al', 'y', 'und', 'and', '&']);
const EXPLICIT_LABEL = /^(?:autor(?:in)?|autoren|author|auteur|text|von|redaktion)\s*:/i;

/**
 * Names after a byline label when they look like names: capitalized words
 * (particles aside), at most four per name. Without an explicit "Autor:"
 * label a name needs two words, so "Von Montag an" names nobody.
 */
export function namesAfterLabel(line: string): string[] {
  const explicit = EXPLICIT_LABEL.test(line);
  // The names end at a date, a time, a separator or "am/on/le 12".
  const head = line.replace(/\s*(?:[|•·]|\s[-–—]\s|\d{1,2}[./]\d|\b(?:am|on|le|el|um|at)\s+\d).*$/, '');
  const names = splitAuthors(head.replace(/,\s*(?:\d|[A-ZÄÖÜ]?[a-zäöü]+ \d).*$/, ''));
  const ok = names.filter((n) => {
    const words = n.split(/\s+/);
    if (words.length > 4) return false;
    if (words.length < 2 && !explicit) return false;
    return words.every((w) => /^\p{Lu}/u.test(w) || PARTICLES.has(w.toLowerCase()) || (explicit && words.length === 1));
  });
  return ok.length === names.length ? ok : [];
}

export interface MetaSources {
  page: ParsedPage;
  jsonLd: JsonLdArticle | undefined;
  signals: PageSignals;
  /** The page's URL when the caller knows it (dates often sit in the path). */
  url?: string;
}

/** /2019/08/02/ or /2019-08-02/ in a URL path → 2019-08-02. */
function dateFromUrl(url: string | undefined): string | undefined {
  const m = url && /\/(20\d\d|19\d\d)[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)/.exec(url);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : undefined;
}

export function readMetadata({ page, jsonLd, signals, url }: MetaSources): DocMeta {
  const metas = metaIndex(page);
  const m = (k: string): string | undefined => metas.get(k)?.[0];
  const meta: DocMeta = {};
  const origins: Record<string, MetaOrigin> = {};
  const set = <K extends keyof DocMeta>(key: K, found: [string, MetaOrigin] | undefined, map?: (s: string) => DocMeta[K] | undefined): void => {
    if (!found) return;
    const v = map ? map(found[0]) : (found[0] as DocMeta[K]);
    if (v === undefined) return;
    meta[key] = v;
    origins[key] = found[1];
  };

  const titleTag = page.titleText.replace(/\s+/g, ' ').trim();
  const siteName = m('og:site_name') ?? jsonLd?.publisher;
  const title = resolveTitle(
    first([
      [jsonLd?.headline, 'json-ld'],
      [m('og:title'), 'opengraph'],
      [m('twitter:title') ?? m('dc.title') ?? m('title'), 'meta'],
      [titleTag || undefined, 'visible-text'],
    ]),
    signals.h1s,
    siteName,
  );
  set('title', title);

  // Dates: machine-readable sources first; each must normalize to count.
  const dateCands: Candidate[] = [
    [jsonLd?.datePublished, 'json-ld'],
    [m('article:published_time') ?? m('og:published_time'), 'opengraph'],
    ...['datepublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'publication_date', 'dc.date', 'dc.date.issued', 'dc.date.created', 'dcterms.date', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'article.published', 'citation_publication_date', 'citation_date']
      .map((k): Candidate => [m(k), 'meta']),
    ...signals.itempropDates.map((t): Candidate => [t, 'meta']),
    [anyJsonLdDate(page.jsonLd), 'json-ld'],
    ...signals.times.map((t): Candidate => [t, 'time-element']),
    [dateFromUrl(url), 'url'],
    ...signals.dateTexts.map((t): Candidate => [t, 'visible-text']),
  ];
  for (const [v, o] of dateCands) {
    const d = v ? normalizeIsoDate(v) : undefined;
    if (d) {
      meta.published = d;
      origins.published = o;
      break;
    }
  }

  // Authors: JSON-LD list, meta author, visible byline.
  const metaAuthor = [...(metas.get('author') ?? []), ...(metas.get('article:author') ?? []), ...(metas.get('dc.creator') ?? [])].find((a) => !looksLikeUrl(a));
  const visibleByline = signals.bylines.find((b) => splitAuthors(b).length > 0);
  let authors: string[] = [];
  let authorsOrigin: MetaOrigin | undefined;
  if (jsonLd?.authors.length) [authors, authorsOrigin] = [jsonLd.authors, 'json-ld'];
  else if (metaAuthor && splitAuthors(metaAuthor).length) [authors, authorsOrigin] = [splitAuthors(metaAuthor), 'meta'];
  else if (visibleByline) [authors, authorsOrigin] = [splitAuthors(visibleByline), 'visible-text'];
  else {
    const labelled = signals.labelledBylines.map(namesAfterLabel).find((names) => names.length > 0);
    if (labelled) [authors, authorsOrigin] = [labelled, 'visible-text'];
  }
  if (authors.length && authorsOrigin) {
    meta.authors = authors;
    origins.authors = authorsOrigin;
  }
  const agency = authors.map((a) => normalizeAgency(a)).find(Boolean) ?? (visibleByline ? agenciesIn(visibleByline)[0] : undefined);
  if (agency) {
    meta.agency = agency;
    origins.agency = authorsOrigin ?? 'visible-text';
  }

  const canonical = page.links.find((l) => /\bcanonical\b/i.test(l.rel ?? '') && l.href)?.href;
  set('canonicalUrl', first([[canonical, 'meta'], [m('og:url'), 'opengraph'], [jsonLd?.url, 'json-ld']]));
  set('siteName', first([[m('og:site_name'), 'opengraph'], [jsonLd?.publisher, 'json-ld'], [m('application-name'), 'meta']]));
  set('section', first([[jsonLd?.section, 'json-ld'], [m('article:section'), 'opengraph'], [m('section'), 'meta']]));
  set('language', first([[page.lang, 'meta'], [jsonLd?.language, 'json-ld'], [m('content-language') ?? m('language'), 'meta'], [m('og:locale'), 'opengraph']]), (s) => {
    const l = s.toLowerCase().replace('_', '-').split(/[,\s]/)[0]!;
    return /^[a-z]{2,3}(?:-[a-z0-9]{2,8})?$/.test(l) ? l : undefined;
  });

  const tagSources: [string[], MetaOrigin][] = [
    [jsonLd?.keywords ?? [], 'json-ld'],
    [metas.get('article:tag') ?? [], 'opengraph'],
    [(m('news_keywords') ?? m('keywords') ?? '').split(',').map((s) => s.trim()).filter(Boolean), 'meta'],
  ];
  const tags = tagSources.find(([list]) => list.length > 0);
  if (tags) {
    meta.tags = [...new Set(tags[0])].slice(0, 50);
    origins.tags = tags[1];
  }
  meta.origins = origins;
  return meta;
}

/** A visible date from the first lines of the body, used when the page has no machine-readable one. */
export function visibleDateFrom(lines: string[]): string | undefined {
  for (const l of lines.slice(0, 5)) {
    if (l.length < 80) {
      const d = parseVisibleDate(l);
      if (d) return d;
    }
  }
  return undefined;
}
