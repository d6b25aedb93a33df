/**
 * A read-only view of the doc for quote attribution: tokens with lower-case
 * text, which entity/time/quote covers each token, paragraphs, and "units"
 * (sentences merged so that no quotation is cut in two).
 */
import type { Doc } from '../../model/doc.js';
import type { Entity, Span, Token } from '../../model/layers.js';
import { firstEndingAfter } from '../../model/span-search.js';
import { CUE_WORDS } from './lexicon.js';
import { findQuotePieces, paragraphSpans, type QuotePiece } from './marks.js';
import { TokenWords } from './token-words.js';


export interface Unit {
  /** Token index range [first, last). */
  first: number;
  last: number;
  paragraph: number;
}

export interface QuoteView {
  doc: Doc;
  text: string;
  tokens: readonly Token[];
  /** Each token's text in lower case, with ’ as ' (made on first use). */
  lower: TokenWords;
  /** Entity covering each token (PER preferred when two overlap). */
  entityAt: (Entity | undefined)[];
  inTime: boolean[];
  /** Index of the quote piece whose content covers the token, or -1. */
  pieceAt: number[];
  /** True for tokens that are quotation marks. */
  isMark: boolean[];
  paragraphs: Span[];
  paragraphOfToken: number[];
  pieces: QuotePiece[];
  units: Unit[];
  unitOfToken: number[];
}

/** " “ ” */
const isMarkCode = (c: number) => c === 34 || c === 0x201c || c === 0x201d;

/** Marks every token covered by each span (spans and tokens sorted; linear merge). */
function coverage<T extends Span>(tokens: readonly Token[], spans: readonly T[], pick: (prev: T | undefined, next: T) => T = (_p, n) => n): (T | undefined)[] {
  const out = new Array<T | undefined>(tokens.length).fill(undefined);
  let t = 0;
  for (const s of spans) {
    while (t < tokens.length && tokens[t]!.end <= s.start) t++;
    for (let k = t; k < tokens.length && tokens[k]!.start < s.end; k++) out[k] = pick(out[k], s);
  }
  return out;
}

/** Capitalised words a name tail may run over before its cue: `"Stop!" Hana Sato said,`. */
const NAME_TAIL_MAX = 4;

/**
 * True when the tokens from k are a name and a cue closing the clause
 * (`Hana Sato said,` / `Hana Sato asked.`): the attribution tail of the
 * quotation before, although the tagger starts a sentence at the name.
 * A cue followed by more words (`Sato said the talks ...`) reports its own
 * clause and starts a new unit.
 */
function nameThenCue(view: Omit<QuoteView, 'units' | 'unitOfToken'>, k: number): boolean {
  const { tokens, lower, text } = view;
  let j = k;
  while (j < tokens.length && j - k < NAME_TAIL_MAX && tokens[j]!.pos === 'PROPN' && /^\p{Lu}/u.test(text.slice(tokens[j]!.start, tokens[j]!.end))) j++;
  if (j === k || j >= tokens.length - 1 || !CUE_WORDS.has(lower.get(j)!)) return false;
  const after = lower.get(j + 1)!;
  return after === ',' || after === '.' || after === ':';
}

function buildUnits(view: Omit<QuoteView, 'units' | 'unitOfToken'>): Unit[] {
  const { tokens, pieceAt, isMark, lower } = view;
  const units: Unit[] = [];
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    const endsSentence = !next || next.sentence !== tokens[i]!.sentence;
    if (!endsSentence) continue;
    const sameParagraph = next !== undefined && view.paragraphOfToken[i + 1] === view.paragraphOfToken[i];
    // Keep going when a quotation runs across the boundary, or when the next
    // sentence is the attribution tail of a quote ("... stop!" he said).
    const insideQuote = sameParagraph && pieceAt[i + 1]! >= 0 && pieceAt[i + 1] === pieceAt[i];
    const openQuoteSpans = sameParagraph && pieceAt[i]! >= 0 && !isMark[i] && pieceAt[i + 1] === pieceAt[i];
    const tailAfterQuote =
      sameParagraph && isMark[i] && ((/^[a-z]/.test(lower.get(i + 1) ?? '') && /^\p{Ll}/u.test(view.text.slice(next!.start, next!.end))) || nameThenCue(view, i + 1));
    const closingMarkNext = sameParagraph && pieceAt[i]! >= 0 && isMark[i + 1] === true;
    if (insideQuote || openQuoteSpans || tailAfterQuote || closingMarkNext) continue;
    units.push({ first, last: i + 1, paragraph: view.paragraphOfToken[i]! });
    first = i + 1;
  }
  return units;
}

/**
 * The view, in a few linear passes over the tokens (tokens, pieces and
 * paragraphs are all sorted by offset, so each per-token field is a merge,
 * not a search per token).
 */
export function buildView(doc: Doc): QuoteView {
  const text = doc.text;
  const tokens = doc.get('tokens');
  const paragraphs = paragraphSpans(text, doc.meta.paragraphs);
  const pieces = findQuotePieces(text, paragraphs);
  const lower = new TokenWords(text, tokens);
  const entityAt = coverage(tokens, doc.get('entities'), (prev, next) => (prev?.type === 'PER' ? prev : next));
  const inTime = timeCover(tokens, doc.get('times'));
  const isMark = markTokens(text, tokens, pieces);
  const pieceAt = pieceCover(tokens, pieces, isMark);
  const paragraphOfToken = paragraphOf(tokens, paragraphs);
  const partial = { doc, text, tokens, lower, entityAt, inTime, pieceAt, isMark, paragraphs, paragraphOfToken, pieces };
  const units = buildUnits(partial);
  const unitOfToken = new Array<number>(tokens.length).fill(0);
  for (let ui = 0; ui < units.length; ui++) {
    const u = units[ui]!;
    for (let k = u.first; k < u.last; k++) unitOfToken[k] = ui;
  }
  return { doc, text, tokens, lower, entityAt, inTime, pieceAt, isMark, paragraphs, paragraphOfToken, pieces, units, unitOfToken };
}

/** True for each token some time expression covers. */
function timeCover(tokens: readonly Token[], times: readonly Span[]): boolean[] {
  const out = new Array<boolean>(tokens.length).fill(false);
  let t = 0;
  for (const s of times) {
    while (t < tokens.length && tokens[t]!.end <= s.start) t++;
    for (let k = t; k < tokens.length && tokens[k]!.start < s.end; k++) out[k] = true;
  }
  return out;
}

/** Tokens that are quotation marks: a one-character mark, or a token starting at a piece's mark (a doubled apostrophe split in two counts too). */
function markTokens(text: string, tokens: readonly Token[], pieces: readonly QuotePiece[]): boolean[] {
  // Mark characters sorted by offset (a Set lookup per token cost more), merged with the tokens.
  const markOffsets: number[] = [];
  for (const p of pieces) {
    for (let k = 0; k < p.openLength; k++) markOffsets.push(p.open + k);
    if (p.close !== null) for (let k = 0; k < p.closeLength; k++) markOffsets.push(p.close + k);
  }
  markOffsets.sort((a, b) => a - b);
  const out = new Array<boolean>(tokens.length);
  let m = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    while (m < markOffsets.length && markOffsets[m]! < t.start) m++;
    out[k] = (t.end - t.start === 1 && isMarkCode(text.charCodeAt(t.start))) || (m < markOffsets.length && markOffsets[m] === t.start);
  }
  return out;
}

/** The piece whose content covers each token (marks themselves excluded), or -1. */
function pieceCover(tokens: readonly Token[], pieces: readonly QuotePiece[], isMark: readonly boolean[]): number[] {
  const out = new Array<number>(tokens.length).fill(-1);
  let t = 0;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    while (t < tokens.length && tokens[t]!.end <= p.start) t++;
    for (let k = t; k < tokens.length && tokens[k]!.start < p.end; k++) out[k] = i;
  }
  for (let k = 0; k < tokens.length; k++) if (isMark[k]) out[k] = -1;
  return out;
}

/** The paragraph of each token: the first ending after its start (clamped to the paragraphs there are). */
function paragraphOf(tokens: readonly Token[], paragraphs: readonly Span[]): number[] {
  const out = new Array<number>(tokens.length);
  const lastParagraph = paragraphs.length - 1;
  let p = 0;
  for (let k = 0; k < tokens.length; k++) {
    const start = tokens[k]!.start;
    while (p < paragraphs.length && paragraphs[p]!.end <= start) p++;
    out[k] = Math.max(0, Math.min(lastParagraph, p));
  }
  return out;
}

/** Token index range [first, last) of the tokens inside a character span. */
export function tokenRange(view: QuoteView, span: Span): [number, number] {
  const tokens = view.tokens;
  const first = firstEndingAfter(tokens, span.start);
  let last = first;
  while (last < tokens.length && tokens[last]!.start < span.end) last++;
  return [first, last];
}
