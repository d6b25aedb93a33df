/**
 * Sentences and tokens from wink-nlp, mapped to UTF-16 offsets in the text.
 *
 * wink-nlp keeps every character (each token records its preceding spaces),
 * so offsets are the running sum of spaces and token lengths (wink reads the
 * text with the few spaces it misreads replaced: wink-spaces.ts). Sentences are
 * additionally split at line breaks, because page text has headlines and
 * captions without final punctuation.
 */
import type { Sentence, Token } from '../../model/layers.js';
import { readWinkDoc } from './wink.js';
import { WinkTokenView } from './wink-doc-data.js';
import { withCountedSpaces } from './wink-spaces.js';

export interface Tokenized {
  sentences: Sentence[];
  tokens: Token[];
}

/** True when token `i` is whitespace only (`/^\s+$/`); printable ASCII at its start settles most tokens without reading the string. */
function isAllSpace(view: WinkTokenView, i: number): boolean {
  return !view.startsPrintable(i) && /^\s+$/.test(view.value(i));
}

export function tokenize(text: string): Tokenized {
  const view = new WinkTokenView(readWinkDoc(withCountedSpaces(text)));
  const count = view.count;
  // wink's sentence boundaries: the last token index of each sentence.
  const endsSentence = view.sentenceEnds();

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
  for (let i = 0; i < count; i++) {
    offset += view.precedingSpaceLength(i);
    const start = offset;
    offset += view.valueLength(i);
    // A line break before this token ends the running sentence.
    if (view.precededByLineBreak(i)) closeSentence();
    const tag = view.pos(i);
    if (tag === 'SPACE' || isAllSpace(view, i)) {
      if (view.value(i).includes('\n')) closeSentence();
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
