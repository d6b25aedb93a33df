/**
 * Plain-text page captures (what "select all, copy" or a text-mode browser
 * gives) → article body and metadata.
 *
 * Order, in one place:
 *   1. propose: split into lines, label each line (residue, tail heading,
 *      byline, date, credited caption, copyright, content);
 *   2. resolve: pick the headline, cut the tail (Read more lists), drop the
 *      labelled header lines, keep content lines as paragraphs;
 *   3. read the dateline from the first paragraph; build offsets.
 */
import { applyCallerValues } from '../caller-values.js';
import type { DocMeta, MetaOrigin } from '../../model/meta.js';
import { parseVisibleDate, isDateLine } from '../dates.js';
import { capInput } from '../limits.js';
import type { ExtractedPage, ExtractOptions } from '../types.js';
import { agenciesIn } from '../agencies.js';
import { parseDateline } from './dateline.js';
import { creditedCaption, creditedDuplicate, parseByline, type Byline, type CaptionPair } from './header.js';
import { splitLines, type RawLine } from './lines.js';
import { isCopyrightLine, isResidueLine, isTailHeading } from './residue.js';

type LineLabel = 'blank' | 'residue' | 'tail' | 'copyright' | 'byline' | 'date' | 'caption' | 'caption-dup' | 'content';

interface LabelledLine extends RawLine {
  label: LineLabel;
  byline?: Byline;
  caption?: CaptionPair;
}

/** Step 1: label every line on its own (plus the one-line lookahead captions need). */
function labelLines(lines: RawLine[]): LabelledLine[] {
  const out: LabelledLine[] = lines.map((l) => ({ ...l, label: l.blank ? 'blank' : 'content' }));
  for (let i = 0; i < out.length; i++) {
    const line = out[i]!;
    if (line.label !== 'content') continue;
    const t = line.text;
    if (isResidueLine(t)) line.label = 'residue';
    else if (isTailHeading(t)) line.label = 'tail';
    else if (isCopyrightLine(t)) line.label = 'copyright';
    else if (isDateLine(t)) line.label = 'date';
    else {
      const byline = parseByline(t);
      if (byline) {
        line.label = 'byline';
        line.byline = byline;
        continue;
      }
      const next = nextNonBlank(out, i);
      // A short name-like line repeated verbatim is a byline rendered twice
      // (visible and accessible text), whatever the outlet is called.
      if (next && next.text === t && isNameLikeLine(t)) {
        line.label = 'byline';
        line.byline = { authors: [t], agencies: agenciesIn(t) };
        next.label = 'byline';
        next.byline = line.byline;
        continue;
      }
      const pair = next ? creditedDuplicate(t, next.text) : undefined;
      if (pair && next) {
        line.label = 'caption';
        line.caption = pair;
        next.label = 'caption-dup';
        continue;
      }
      const single = creditedCaption(t);
      if (single) {
        line.label = 'caption';
        line.caption = single;
      }
    }
  }
  return out;
}

/** Up to eight capitalised words and no sentence punctuation: a name, an outlet, a byline. */
function isNameLikeLine(t: string): boolean {
  const words = t.split(/\s+/);
  if (t.length > 80 || words.length > 8 || /[.!?:;"“”]$/.test(t)) return false;
  return words.every((w) => /^[\p{Lu}&(]/u.test(w) || /^(?:of|the|de|la|and|for|al|el|bin|von|van|du|des|y)$/.test(w));
}

function nextNonBlank(lines: LabelledLine[], i: number): LabelledLine | undefined {
  for (let j = i + 1; j < lines.length; j++) if (!lines[j]!.blank) return lines[j];
  return undefined;
}

const HEADER_LABELS: ReadonlySet<LineLabel> = new Set(['byline', 'date', 'caption', 'caption-dup']);

/** Step 2a: the headline — the caller's title if it is a line, else a short first content line heading the header. */
function findTitleIndex(lines: LabelledLine[], givenTitle?: string): number {
  if (givenTitle) {
    const want = givenTitle.trim().toLowerCase();
    const i = lines.findIndex((l) => l.label === 'content' && l.text.toLowerCase() === want);
    if (i >= 0) return i;
  }
  let first = lines.findIndex((l) => l.label === 'content');
  if (first < 0) return -1;
  const headline = headlineAfterSiteName(lines, first);
  if (headline >= 0) {
    // The outlet's name is page furniture, neither headline nor story.
    lines[first]!.label = 'residue';
    first = headline;
  }
  const t = lines[first]!.text;
  if (t.length > 200 || t.split(/\s+/).length > 30) return -1;
  // A header line (byline/date/caption) soon after marks the line as the headline.
  let seen = 0;
  for (let j = first + 1; j < lines.length && seen < 4; j++) {
    const l = lines[j]!;
    if (l.blank) continue;
    if (HEADER_LABELS.has(l.label)) return first;
    seen++;
  }
  // Otherwise a line without closing punctuation, set apart by a blank line, reads as a headline.
  const next = lines[first + 1];
  if (!/[.:;,]$/.test(t) && (next === undefined || next.blank) && nextNonBlank(lines, first)) return first;
  return -1;
}

/**
 * A page capture often starts with the outlet's name ("Sahel Daily") above
 * the headline. The first content line is such a name when it is short and
 * name-like, and the next content line is a longer line without closing
 * punctuation (the headline), or the name comes back in the page's last lines
 * (the copyright or footer). Returns the headline's index, or -1.
 */
function headlineAfterSiteName(lines: LabelledLine[], first: number): number {
  const name = lines[first]!.text;
  const words = name.split(/\s+/).length;
  if (words > 4 || !isNameLikeLine(name)) return -1;
  const next = lines.findIndex((l, i) => i > first && l.label === 'content');
  if (next < 0) return -1;
  const t = lines[next]!.text;
  const headlineLike = !/[.:;,]$/.test(t) && t.length <= 200 && t.split(/\s+/).length > words + 2;
  if (!headlineLike) return -1;
  const nameAgainLater = lines.slice(-6).some((l, k, tail) => k < tail.length && l !== lines[first] && l.text.includes(name));
  return nameAgainLater || lines[next - 1]?.blank ? next : -1;
}

/** Step 2b: index of the first tail heading after the story has begun, or the end. */
function findTailIndex(lines: LabelledLine[], after: number): number {
  let paragraphs = 0;
  for (let i = after + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.label === 'content') paragraphs++;
    else if (l.label === 'tail' && paragraphs > 0) return i;
  }
  return lines.length;
}

function uniquePush(list: string[], values: string[]): void {
  for (const v of values) if (!list.includes(v)) list.push(v);
}

export function extractFromTextCapture(input: string, opts: ExtractOptions = {}): ExtractedPage {
  const raw = capInput(input);
  const lines = labelLines(splitLines(raw));
  const titleIndex = findTitleIndex(lines, opts.title);
  const tailIndex = findTailIndex(lines, titleIndex);

  const meta: DocMeta = {};
  const origins: Record<string, MetaOrigin> = {};
  const authors: string[] = [];
  const agencies: string[] = [];
  const captions: { text: string; credit?: string }[] = [];
  const body: LabelledLine[] = [];

  if (titleIndex >= 0) {
    meta.title = lines[titleIndex]!.text;
    origins.title = 'visible-text';
  }
  for (let i = 0; i < tailIndex; i++) {
    const l = lines[i]!;
    if (i === titleIndex) continue;
    switch (l.label) {
      case 'byline':
        // An agency-only byline ("Agence France-Presse") is the credit as written.
        uniquePush(authors, l.byline!.authors.length ? l.byline!.authors : [l.text]);
        uniquePush(agencies, l.byline!.agencies);
        break;
      case 'date':
        if (!meta.published) {
          const d = parseVisibleDate(l.text);
          if (d) {
            meta.published = d;
            origins.published = 'visible-text';
          }
        }
        break;
      case 'caption':
        if (!captions.some((c) => c.text === l.caption!.text)) captions.push({ ...l.caption! });
        break;
      case 'content':
        body.push(l);
        break;
      default:
        break;
    }
  }

  if (authors.length) {
    meta.authors = authors;
    origins.authors = 'visible-text';
  }
  if (captions.length) {
    meta.captions = captions;
    origins.captions = 'visible-text';
  }
  const dateline = body[0] ? parseDateline(body[0].text) : undefined;
  if (dateline) {
    meta.dateline = dateline.city;
    origins.dateline = 'visible-text';
    if (dateline.agency && !agencies.includes(dateline.agency)) agencies.push(dateline.agency);
  }
  if (agencies.length) {
    meta.agency = agencies[0]!;
    origins.agency = 'visible-text';
  }
  applyCallerValues(meta, origins, opts);

  // Step 3: body paragraphs, each a verbatim slice of the raw capture.
  const offsets: { start: number; end: number; rawStart: number }[] = [];
  const paragraphs: { start: number; end: number }[] = [];
  let text = '';
  for (const l of body) {
    if (text.length > 0) text += '\n\n';
    const start = text.length;
    text += l.text;
    offsets.push({ start, end: text.length, rawStart: l.start });
    paragraphs.push({ start, end: text.length });
  }
  if (paragraphs.length) meta.paragraphs = paragraphs;
  meta.origins = origins;
  return { text, meta, offsets };
}
