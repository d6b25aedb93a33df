/**
 * News HTML → article body and metadata.
 *
 * Order, in one place:
 *   1. parse into a light tree (tree.ts); read JSON-LD and visible signals;
 *   2. propose: score containers by their paragraphs (candidates.ts);
 *   3. resolve: pick the container, the lead paragraphs set apart before it
 *      and its siblings (candidates.ts), serialize paragraphs,
 *      drop link lists and header lines (filter.ts); fall back to JSON-LD
 *      articleBody when the markup yields clearly less;
 *   4. metadata by trust order (metadata.ts), captions, dateline, caller options.
 */
import { applyCallerValues } from '../caller-values.js';
import { SitrepError } from '../../errors.js';
import type { DocMeta } from '../../model/meta.js';
import { capInput } from '../limits.js';
import { parseDateline } from '../text/dateline.js';
import type { ExtractedPage, ExtractOptions } from '../types.js';
import { pickContainers, scoreCandidates } from './candidates.js';
import { filterParagraphs } from './filter.js';
import { readJsonLd } from './json-ld.js';
import { readMetadata, visibleDateFrom } from './metadata.js';
import { gatherSignals } from './page-signals.js';
import { findCaptions, toParagraphs, type Paragraph } from './paragraphs.js';
import { computeStats } from './stats.js';
import { parseHtml, textOf, type ElementNode } from './tree.js';

const RETRY_BELOW_CHARS = 1000;

interface Body {
  containers: ElementNode[];
  paragraphs: Paragraph[];
  length: number;
}

/** Steps 2–3 for one setting of class-hint removal. */
function extractBody(root: ElementNode, title: string | undefined, useClassHints: boolean): Body {
  const tree = computeStats(root, useClassHints);
  const picked = pickContainers(scoreCandidates(tree), tree);
  // Fragments (feed items) have paragraphs directly under the root: no container scores.
  const containers = picked.length ? picked : [root];
  const paragraphs = filterParagraphs(toParagraphs(containers, tree.removed), title);
  return { containers, paragraphs, length: paragraphs.reduce((n, p) => n + p.text.length, 0) };
}

function jsonLdParagraphs(body: string): Paragraph[] {
  return body
    .split(/\n\s*\n|\r\n\s*\r\n|\n/)
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter((t) => t.length > 0)
    .map((text) => ({ text, linkChars: 0, tag: 'p' }));
}

export function extractFromHtml(input: string, opts: ExtractOptions = {}): ExtractedPage {
  const html = capInput(input);
  const page = parseHtml(html);
  const jsonLd = readJsonLd(page.jsonLd);
  const signals = gatherSignals(page.root);
  const meta: DocMeta = readMetadata({ page, jsonLd, signals, ...(opts.url ? { url: opts.url } : {}) });
  const origins = meta.origins ?? {};

  let body = extractBody(page.root, meta.title, true);
  // As Readability does: a short result may mean class hints removed the article; retry without them.
  if (body.length < RETRY_BELOW_CHARS) {
    const retry = extractBody(page.root, meta.title, false);
    if (retry.length > body.length * 2) body = retry;
  }
  const { containers, length } = body;
  let paragraphs = body.paragraphs;
  const ldBody = jsonLd?.articleBody;
  if (ldBody && ldBody.length > 200 && length < ldBody.length * 0.5) paragraphs = jsonLdParagraphs(ldBody);
  if (paragraphs.length === 0) {
    const all = textOf(page.root);
    if (all) paragraphs = [{ text: all, linkChars: 0, tag: 'body' }];
  }

  const captions = findCaptions(containers);
  if (captions.length) {
    meta.captions = captions;
    origins.captions = 'visible-text';
  }
  const texts = paragraphs.map((p) => p.text);
  if (!meta.published) {
    // The body's first lines first, then any short dated text on the page (outside forms, comments, footers).
    const d = visibleDateFrom(texts) ?? signals.textDates[0];
    if (d) {
      meta.published = d;
      origins.published = 'visible-text';
    }
  }
  const dateline = texts[0] ? parseDateline(texts[0]) : undefined;
  if (dateline) {
    meta.dateline = dateline.city;
    origins.dateline = 'visible-text';
    if (dateline.agency && !meta.agency) {
      meta.agency = dateline.agency;
      origins.agency = 'visible-text';
    }
  }
  applyCallerValues(meta, origins, opts);
  const text = texts.join('\n\n');
  if (!text && !meta.title) throw new SitrepError('E021', 'the HTML has no readable text');
  const spans: { start: number; end: number }[] = [];
  let pos = 0;
  for (const t of texts) {
    spans.push({ start: pos, end: pos + t.length });
    pos += t.length + 2;
  }
  if (spans.length) meta.paragraphs = spans;
  meta.origins = origins;
  return { text, meta };
}
