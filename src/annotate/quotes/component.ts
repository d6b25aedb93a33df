/**
 * Pipeline component: quotations with their speakers and speech cues.
 *
 * Order:
 *  1. view     — paragraphs, quotation pieces (marks.ts), sentence units that
 *                never cut a quotation, per-token entity/time cover (context.ts);
 *  2. propose  — direct quotes attributed by the cue in their tail or head
 *                (direct.ts), scare quotes and titles dropped at once
 *                (resolve.ts); then indirect speech on the cues left over
 *                (indirect.ts);
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
import { resolveSpeaker } from './names.js';
import type { ProposedQuote } from './proposal.js';
import { dropNonSpeech, resolveQuotes } from './resolve.js';

function dateOf(doc: Doc, anchor: Span): Pick<Quote, 'date' | 'dateSource'> {
  // governingTime looks only at the anchor's sentence (binary searches), so it is cheap per quote.
  const g = governingTime(doc, anchor);
  if (g.source === 'text') return { date: g.from ?? g.value, dateSource: 'text' };
  const published = doc.meta.published?.slice(0, 10);
  return published ? { date: published, dateSource: 'published' } : {};
}

function toQuote(doc: Doc, view: QuoteView, q: ProposedQuote): Quote {
  const cue = q.attribution?.cue;
  const speaker = q.attribution?.speaker;
  const cueSpan = cue ? { start: view.tokens[cue.first]!.start, end: view.tokens[cue.last - 1]!.end } : null;
  return {
    start: q.start,
    end: q.end,
    direct: q.direct,
    cue: cueSpan,
    speaker: speaker ? resolveSpeaker(view, speaker) : null,
    text: doc.text.slice(q.start, q.end),
    ...dateOf(doc, cueSpan ?? q),
    source: `quotes/${q.rule}`,
  };
}

function findQuotes(doc: Doc): Quote[] {
  const view = buildView(doc);
  const direct = dropNonSpeech(view, proposeDirect(view));
  const usedCues = new Set<number>();
  for (const q of direct) if (q.attribution?.cue) usedCues.add(q.attribution.cue.first);
  const indirect = proposeIndirect(view, usedCues);
  return resolveQuotes(view, direct, indirect).map((q) => toQuote(doc, view, q));
}

export const quotesComponent: Component = {
  name: 'quotes',
  requires: ['sentences', 'tokens', 'entities', 'times'],
  assigns: ['quotes'],
  run(doc) {
    doc.set('quotes', findQuotes(doc));
  },
};
