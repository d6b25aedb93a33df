/**
 * Test helpers: one text's tokens, preceding spaces, POS and sentence-end
 * token indexes, read through wink's public API or through the document
 * record (wink-doc-data.ts), in the same shape so tests can compare them.
 */
import type winkNLP from 'wink-nlp';
import { readWinkDoc } from './wink.js';
import { WinkTokenView } from './wink-doc-data.js';

export interface WinkReading {
  values: string[];
  spaces: string[];
  tags: string[];
  /** The last token index of each sentence. */
  sentenceEnds: number[];
}

/** `text` read by `nlp` through its public API. */
export function publicApiReading(nlp: ReturnType<typeof winkNLP>, text: string): WinkReading {
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  return {
    values: doc.tokens().out(its.value) as string[],
    spaces: doc.tokens().out(its.precedingSpaces) as string[],
    tags: doc.tokens().out(its.pos) as string[],
    sentenceEnds: (doc.sentences().out(its.span) as unknown as [number, number][]).map((s) => s[1]),
  };
}

/** `text` read by the shared instance (readWinkDoc), through its document record; `view` for further reads. */
export function docDataReading(text: string): WinkReading & { view: WinkTokenView; indexes: number[] } {
  const view = new WinkTokenView(readWinkDoc(text));
  const indexes = [...Array(view.count).keys()];
  const ends = view.sentenceEnds();
  return {
    values: indexes.map((i) => view.value(i)),
    spaces: indexes.map((i) => view.precedingSpaces(i)),
    tags: indexes.map((i) => view.pos(i)),
    sentenceEnds: indexes.filter((i) => ends[i] === 1),
    view,
    indexes,
  };
}
