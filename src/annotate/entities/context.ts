/** Token neighbourhoods of entity mentions, for the rule-based resolve steps. */
import type { Doc } from '../../model/doc.js';
import type { Span, Token } from '../../model/layers.js';

/**
 * Token texts (curly apostrophes as ASCII) and their lower-cased forms, made
 * on first request: the resolve steps read only the few tokens around names.
 */
export class TokenView {
  readonly tokens: readonly Token[];
  private readonly textOf: (string | undefined)[];
  private readonly lowerOf: (string | undefined)[];

  constructor(private readonly doc: Doc) {
    this.tokens = doc.get('tokens');
    this.textOf = new Array<string | undefined>(this.tokens.length);
    this.lowerOf = new Array<string | undefined>(this.tokens.length);
  }

  text(k: number): string | undefined {
    const t = this.tokens[k];
    if (!t) return undefined;
    return (this.textOf[k] ??= this.doc.text.slice(t.start, t.end).replace(/[’‘]/g, "'"));
  }

  lower(k: number): string | undefined {
    if (k < 0 || k >= this.tokens.length) return undefined;
    return (this.lowerOf[k] ??= this.text(k)!.toLowerCase());
  }

  /** Texts of tokens [a, b). */
  texts(a: number, b: number): string[] {
    const out: string[] = [];
    for (let k = a; k < b; k++) out.push(this.text(k)!);
    return out;
  }

  /** Lower-cased texts of tokens [a, b). */
  lowers(a: number, b: number): string[] {
    const out: string[] = [];
    for (let k = a; k < b; k++) out.push(this.lower(k)!);
    return out;
  }
}

export function tokenView(doc: Doc): TokenView {
  return new TokenView(doc);
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
