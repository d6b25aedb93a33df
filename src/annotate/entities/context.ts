/** Token neighbourhoods of entity mentions, for the rule-based resolve steps. */
import type { Doc } from '../../model/doc.js';
import type { Span, Token } from '../../model/layers.js';

export interface TokenView {
  tokens: readonly Token[];
  texts: string[];
  lower: string[];
}

export function tokenView(doc: Doc): TokenView {
  const tokens = doc.get('tokens');
  const texts = tokens.map((t) => doc.text.slice(t.start, t.end).replace(/[’‘]/g, "'"));
  return { tokens, texts, lower: texts.map((t) => t.toLowerCase()) };
}

/** Index of the first token starting at or after `offset`. */
export function tokenAt(view: TokenView, offset: number): number {
  let lo = 0;
  let hi = view.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Token index range [first, last) covered by a span. */
export function tokenRange(view: TokenView, span: Span): [number, number] {
  const first = tokenAt(view, span.start);
  let last = first;
  while (last < view.tokens.length && view.tokens[last]!.start < span.end) last++;
  return [first, last];
}
