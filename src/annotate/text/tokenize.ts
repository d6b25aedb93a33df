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

/** True when `value` is whitespace only (`/^\s+$/`); printable ASCII at the start settles most tokens without the regex. */
function isAllSpace(value: string): boolean {
  const c = value.charCodeAt(0);
  if (c > 32 && c < 127) return false;
  return /^\s+$/.test(value);
}

export function tokenize(text: string): Tokenized {
  const nlp = winkInstance();
  const its = nlp.its;
  const wdoc = nlp.readDoc(text);
  const winkTokens = wdoc.tokens();
  const values = winkTokens.out(its.value) as string[];
  const spaces = winkTokens.out(its.precedingSpaces) as string[];
  const tags = winkTokens.out(its.pos) as string[];

  // wink's sentence boundaries: the last token index of each sentence.
  const endsSentence = new Uint8Array(values.length);
  for (const span of wdoc.sentences().out(its.span) as unknown as [number, number][]) endsSentence[span[1]] = 1;

  // Token offsets by running sum; SPACE tokens (blank lines) are kept aside
  // as sentence breaks rather than emitted as tokens.
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  let sentStart = -1;
  let lastEnd = 0;
  const closeSentence = () => {
    if (sentStart >= 0) {
      sentences.push({ start: sentStart, end: lastEnd });
      sentStart = -1;
    }
  };
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const space = spaces[i]!;
    offset += space.length;
    const start = offset;
    offset += value.length;
    // A line break before this token ends the running sentence.
    if (space.length > 0 && space.includes('\n')) closeSentence();
    const tag = tags[i]!;
    if (tag === 'SPACE' || isAllSpace(value)) {
      if (value.includes('\n')) closeSentence();
    } else {
      if (sentStart < 0) sentStart = start;
      tokens.push({ start, end: offset, pos: tag, sentence: sentences.length });
      lastEnd = offset;
    }
    if (endsSentence[i] === 1) closeSentence();
  }
  closeSentence();
  return { sentences, tokens };
}
