/**
 * Pipeline component: quotations with their speakers and speech cues.
 *
 * Order:
 *  1. view     — paragraphs, quotation pieces (marks.ts), sentence units that
 *                never cut a quotation, per-token entity/time cover (context.ts);
 *  2. propose  — direct quotes attributed by the cue in their tail or head
 *                (direct.ts); a quotation interrupted by its attribution
 *                (`"A," he said, "B."`) merged into one quote
 *                (interrupted.ts), before scare quotes and titles are
 *                dropped (resolve.ts), so a short first part ("Why,") is
 *                judged with the whole; then indirect speech on the cues
 *                left over (indirect.ts);
 *  3. resolve  — multi-paragraph chains, neighbouring-quote speakers,
 *                duplicates out (resolve.ts);
 *  4. output   — speaker names (names.ts) and the governing date.
 * See docs/quotes.md.
 */
import type { Doc } from '../../model/doc.js';
import type { Quote, Span } from '../../model/layers.js';
import type { Component } from '../../pipeline/component.js';
import { governingTime } from '../times/governing.js';
import { buildView, type QuoteView } from './context.js';
import { proposeDirect } from './direct.js';
import { proposeIndirect } from './indirect.js';
import { mergeInterrupted } from './interrupted.js';
import { resolveSpeaker } from './names.js';
import { partsText } from './parts.js';
import type { ProposedQuote } from './proposal.js';
import { dropNonSpeech, resolveQuotes } from './resolve.js';

/** The date fields of a quote (both undefined when it has none). */
function dateOf(doc: Doc, anchor: Span): { date: string | undefined; dateSource: Quote['dateSource'] } {
  // governingTime looks only at the anchor's sentence (binary searches), so it is cheap per quote.
  const g = governingTime(doc, anchor);
  if (g.source === 'text') return { date: g.from ?? g.value, dateSource: 'text' };
  const published = doc.meta.published?.slice(0, 10);
  return published ? { date: published, dateSource: 'published' } : { date: undefined, dateSource: undefined };
}

function toQuote(doc: Doc, view: QuoteView, q: ProposedQuote): Quote {
  const cue = q.attribution?.cue;
  const speaker = q.attribution?.speaker;
  const cueSpan = cue ? { start: view.tokens[cue.first]!.start, end: view.tokens[cue.last - 1]!.end } : null;
  const dates = dateOf(doc, cueSpan ?? q);
  // Every field present, in the layer's order (parts and dates undefined when absent, which JSON leaves
  // out as it left out the absent keys): one hidden class for all quotes, where the spreads made several.
  return {
    start: q.start,
    end: q.end,
    direct: q.direct,
    cue: cueSpan,
    speaker: speaker ? resolveSpeaker(view, speaker) : null,
    // An interrupted quote's text is its parts without the attribution between them.
    text: q.parts ? partsText(doc.text, q.parts) : doc.text.slice(q.start, q.end),
    parts: q.parts ? q.parts.map((p) => ({ start: p.start, end: p.end })) : undefined,
    date: dates.date,
    dateSource: dates.dateSource,
    source: `quotes/${q.rule}`,
  };
}

function findQuotes(doc: Doc): Quote[] {
  const view = buildView(doc);
  const direct = dropNonSpeech(view, mergeInterrupted(view, proposeDirect(view)));
  const usedCues = new Set<number>();
  for (const q of direct) if (q.attribution?.cue) usedCues.add(q.attribution.cue.first);
  const indirect = proposeIndirect(view, usedCues);
  // Pushed, not mapped: a map in optimised code makes a holey array (another hidden class for the layer).
  const quotes: Quote[] = [];
  for (const q of resolveQuotes(view, direct, indirect)) quotes.push(toQuote(doc, view, q));
  return quotes;
}

export const quotesComponent: Component = {
  name: 'quotes',
  requires: ['sentences', 'tokens', 'entities', 'times'],
  assigns: ['quotes'],
  run(doc) {
    doc.set('quotes', findQuotes(doc));
  },
};
