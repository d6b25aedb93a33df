/**
 * Sentences and tokens from wink-nlp, mapped to UTF-16 offsets in the text.
 *
 * wink-nlp keeps every character (each token records its preceding spaces),
 * so offsets are the running sum of spaces and token lengths. Sentences are
 * additionally split at line breaks, because page text has headlines and
 * captions without final punctuation.
 */
import type { Sentence, Token } from '../../model/layers.js';
import { winkInstance } from './wink.js';

export interface Tokenized {
  sentences: Sentence[];
  tokens: Token[];
}

export function tokenize(text: string): Tokenized {
  const nlp = winkInstance();
  const its = nlp.its;
  const wdoc = nlp.readDoc(text);
  const values = wdoc.tokens().out(its.value) as string[];
  const spaces = wdoc.tokens().out(its.precedingSpaces) as string[];
  const tags = wdoc.tokens().out(its.pos) as string[];

  // Token offsets by running sum; SPACE tokens (blank lines) are kept aside
  // as sentence breaks rather than emitted as tokens.
  const starts = new Array<number>(values.length);
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i]!.length;
    starts[i] = offset;
    offset += values[i]!.length;
  }

  // wink's sentence boundaries, as token index ranges.
  const winkSentenceEnds = new Set<number>();
  wdoc.sentences().each((s: { out: (f: unknown) => unknown }) => {
    const span = s.out(its.span) as unknown as [number, number];
    winkSentenceEnds.add(span[1]);
  });

  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  let sentStartTok = -1;
  let lastEnd = 0;
  const closeSentence = () => {
    if (sentStartTok >= 0) {
      sentences.push({ start: starts[sentStartTok]!, end: lastEnd });
      sentStartTok = -1;
    }
  };
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const start = starts[i]!;
    // A line break before this token ends the running sentence.
    if (spaces[i]!.includes('\n')) closeSentence();
    if (tags[i] === 'SPACE' || /^\s+$/.test(value)) {
      if (value.includes('\n')) closeSentence();
    } else {
      if (sentStartTok < 0) sentStartTok = i;
      tokens.push({ start, end: start + value.length, pos: tags[i]!, sentence: sentences.length });
      lastEnd = start + value.length;
    }
    if (winkSentenceEnds.has(i)) closeSentence();
  }
  closeSentence();
  return { sentences, tokens };
}
