/**
 * JSON-LD metadata: the first article-like object (NewsArticle, Article,
 * BlogPosting, ...) found in the page's ld+json blocks, including @graph lists.
 */

export interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  authors: string[];
  publisher?: string;
  section?: string;
  keywords: string[];
  articleBody?: string;
  url?: string;
  language?: string;
}

const ARTICLE_TYPE = /article|posting|report|newsarticle|blogposting/i;

function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };

/** Script text is not entity-decoded by the parser, and CMSs often escape JSON-LD strings ("&#8216;"). */
function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|(amp|quot|apos|lt|gt|nbsp));/gi, (m, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return NAMED_ENTITIES[name.toLowerCase()] ?? m;
    const code = dec ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return decodeEntities(v.trim()) || undefined;
  if (Array.isArray(v)) return str(v[0]);
  return undefined;
}

function nameOf(v: unknown, byId?: Map<string, Record<string, unknown>>): string | undefined {
  if (typeof v === 'string') return decodeEntities(v.trim()) || undefined;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    // Yoast-style graphs give the author as {"@id": ...} pointing at a Person node elsewhere in the graph.
    const target = o.name === undefined && typeof o['@id'] === 'string' ? byId?.get(o['@id']) : undefined;
    return str((target ?? o).name);
  }
  return undefined;
}

/** objectsIn per page's block list: readJsonLd and anyJsonLdDate read the same blocks. */
const parsed = new WeakMap<string[], Record<string, unknown>[]>();

/** Every object in the blocks, flattening arrays and @graph, breadth-first without recursion (parsed once per list). */
function objectsIn(blocks: string[]): Record<string, unknown>[] {
  const cached = parsed.get(blocks);
  if (cached) return cached;
  const out: Record<string, unknown>[] = [];
  parsed.set(blocks, out);
  const queue: unknown[] = [];
  for (const b of blocks) {
    try {
      queue.push(JSON.parse(b.trim().replace(/^<!\[CDATA\[|\]\]>$/g, '')));
    } catch {
      // Broken JSON-LD is common; ignore that block.
    }
  }
  while (queue.length > 0 && out.length < 500) {
    const v = queue.shift();
    if (Array.isArray(v)) queue.push(...v);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      out.push(o);
      if (o['@graph']) queue.push(o['@graph']);
      if (o.mainEntity) queue.push(o.mainEntity);
    }
  }
  return out;
}

export function readJsonLd(blocks: string[]): JsonLdArticle | undefined {
  const objects = objectsIn(blocks);
  const article = objects.find((o) => asArray(o['@type']).some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t)));
  if (!article) return undefined;
  const byId = new Map<string, Record<string, unknown>>();
  for (const o of objects) if (typeof o['@id'] === 'string' && o.name !== undefined) byId.set(o['@id'], o);
  const authors: string[] = [];
  for (const a of asArray(article.author)) {
    const n = nameOf(a, byId);
    if (n && !authors.includes(n)) authors.push(n);
  }
  const kw = article.keywords;
  const keywords = typeof kw === 'string' ? kw.split(',').map((s) => s.trim()).filter(Boolean) : asArray(kw).filter((k): k is string => typeof k === 'string');
  const result: JsonLdArticle = { authors, keywords };
  const headline = str(article.headline) ?? str(article.name);
  if (headline) result.headline = headline;
  const date = str(article.datePublished) ?? str(article.dateCreated);
  if (date) result.datePublished = date;
  const publisher = nameOf(article.publisher);
  if (publisher) result.publisher = publisher;
  const section = str(article.articleSection);
  if (section) result.section = section;
  const body = str(article.articleBody);
  if (body) result.articleBody = body;
  const url = str(article.url) ?? nameOf(article.mainEntityOfPage);
  if (url) result.url = url;
  const lang = str(article.inLanguage);
  if (lang) result.language = lang;
  return result;
}

/**
 * A publication date from any JSON-LD object (WebPage, Recipe, VideoObject,
 * ...): pages that are not typed as articles still date themselves.
 */
export function anyJsonLdDate(blocks: string[]): string | undefined {
  for (const o of objectsIn(blocks)) {
    const d = str(o.datePublished) ?? str(o.uploadDate) ?? str(o.dateCreated);
    if (d) return d;
  }
  return undefined;
}
