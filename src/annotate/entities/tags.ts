/**
 * BILOU tags: the model predicts Begin/Inside/Last/Unit/Outside per piece,
 * which lets it learn where names end. Transitions that cannot happen
 * (O → I-PER, B-PER → B-ORG, ...) are ruled out while decoding.
 */
import type { TypedSpan } from './conll.js';

export const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

export const TAGS: readonly string[] = ['O', ...TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`))];

export const TAG_INDEX = new Map(TAGS.map((t, i) => [t, i]));

/** Per-piece BILOU tags for spans over `length` pieces. */
export function encodeBilou(length: number, spans: readonly TypedSpan[]): string[] {
  const tags = new Array<string>(length).fill('O');
  for (const s of spans) {
    if (s.end - s.start === 1) {
      tags[s.start] = `U-${s.type}`;
      continue;
    }
    tags[s.start] = `B-${s.type}`;
    for (let i = s.start + 1; i < s.end - 1; i++) tags[i] = `I-${s.type}`;
    tags[s.end - 1] = `L-${s.type}`;
  }
  return tags;
}

/** Spans from BILOU tags; tolerant of broken sequences (an unfinished B/I run still makes a span). */
export function decodeBilou(tags: readonly string[]): TypedSpan[] {
  const spans: TypedSpan[] = [];
  let open: TypedSpan | undefined;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    const prefix = tag[0];
    const type = tag.slice(2);
    if (open && (prefix === 'O' || prefix === 'B' || prefix === 'U' || type !== open.type)) {
      spans.push(open);
      open = undefined;
    }
    if (prefix === 'U') spans.push({ start: i, end: i + 1, type });
    else if (prefix === 'B' || ((prefix === 'I' || prefix === 'L') && !open)) open = { start: i, end: i + 1, type };
    else if (open) open.end = i + 1;
    if (prefix === 'L' && open) {
      spans.push(open);
      open = undefined;
    }
  }
  if (open) spans.push(open);
  return spans;
}

/**
 * `decodeBilou` on tag indexes into TAGS (O, then B I L U per type), without
 * making the tag strings: the run time decodes every sentence with a name.
 */
export function decodeBilouIndexes(tags: readonly number[]): TypedSpan[] {
  const spans: TypedSpan[] = [];
  let open: TypedSpan | undefined;
  let openType = -1;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    // position in the name: -1 O, 0 B, 1 I, 2 L, 3 U
    const position = t === 0 ? -1 : (t - 1) & 3;
    const type = t === 0 ? -1 : (t - 1) >> 2;
    if (open && (position === -1 || position === 0 || position === 3 || type !== openType)) {
      spans.push(open);
      open = undefined;
    }
    if (position === 3) spans.push({ start: i, end: i + 1, type: TYPES[type]! });
    else if (position === 0 || ((position === 1 || position === 2) && !open)) {
      open = { start: i, end: i + 1, type: TYPES[type]! };
      openType = type;
    } else if (open) open.end = i + 1;
    if (position === 2 && open) {
      spans.push(open);
      open = undefined;
    }
  }
  if (open) spans.push(open);
  return spans;
}

/** allowed[prev][next]: whether tag `next` may follow tag `prev` (prev -1 = sentence start). */
export function allowedTransitions(): boolean[][] {
  const ok = (prev: string, next: string): boolean => {
    const inside = prev[0] === 'B' || prev[0] === 'I';
    if (inside) return (next[0] === 'I' || next[0] === 'L') && next.slice(2) === prev.slice(2);
    return next[0] === 'O' || next[0] === 'B' || next[0] === 'U';
  };
  return ['O', ...TAGS].map((p) => TAGS.map((n) => ok(p, n)));
}
