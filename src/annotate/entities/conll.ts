/**
 * Reader for CoNLL-2003 files (token POS chunk IOB1-tag; `-DOCSTART-` lines
 * separate documents) and entity spans from IOB1 labels. Used by the train and
 * eval scripts; the POS and chunk columns are dropped because at run time our
 * tokens come from wink-nlp.
 */
import { readFileSync } from 'node:fs';

export interface LabelledSentence {
  words: string[];
  /** Entity type per word ('PER', 'ORG', 'LOC', 'MISC') or 'O'. */
  types: string[];
  /** True where a word starts a new entity even though the previous word has the same type (IOB1 "B-"). */
  begins: boolean[];
}

export type LabelledDoc = LabelledSentence[];

export function readConll(path: string): LabelledDoc[] {
  return parseConll(readFileSync(path, 'utf8'));
}

export function parseConll(text: string): LabelledDoc[] {
  const docs: LabelledDoc[] = [];
  let doc: LabelledDoc = [];
  let sent: LabelledSentence = { words: [], types: [], begins: [] };
  const closeSentence = () => {
    if (sent.words.length) doc.push(sent);
    sent = { words: [], types: [], begins: [] };
  };
  const closeDoc = () => {
    closeSentence();
    if (doc.length) docs.push(doc);
    doc = [];
  };
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed) {
      closeSentence();
      continue;
    }
    const cols = trimmed.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      closeDoc();
      continue;
    }
    const tag = cols[cols.length - 1]!;
    sent.words.push(cols[0]!);
    sent.types.push(tag === 'O' ? 'O' : tag.slice(2));
    sent.begins.push(tag.startsWith('B-'));
  }
  closeDoc();
  return docs;
}

export interface TypedSpan {
  /** Word indexes, end-exclusive. */
  start: number;
  end: number;
  type: string;
}

/** Entity spans of one sentence from per-word types and IOB1 begin flags. */
export function spansFromTypes(types: readonly string[], begins?: readonly boolean[]): TypedSpan[] {
  const spans: TypedSpan[] = [];
  let cur: TypedSpan | undefined;
  for (let i = 0; i < types.length; i++) {
    const t = types[i]!;
    if (t === 'O') {
      cur = undefined;
      continue;
    }
    if (cur && cur.type === t && !begins?.[i]) {
      cur.end = i + 1;
    } else {
      cur = { start: i, end: i + 1, type: t };
      spans.push(cur);
    }
  }
  return spans;
}
