/**
 * The word units of a sentence: tokens from the `tokens` layer with
 * hyphenated compounds glued back together ("US-led", "pro-Iranian",
 * "cease-fire"), since wink splits them and both triggers and actor
 * dictionaries want the whole compound.
 */
import type { Doc } from '../../model/doc.js';
import type { Sentence, Token } from '../../model/layers.js';
import { lemmaCandidates } from './lemma.js';

export interface Unit {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** wink UD tag; for compounds the tag of the last part. */
  pos: string;
  lemmas: string[];
}

export interface SentenceUnits {
  index: number;
  sentence: Sentence;
  units: Unit[];
}

function makeUnit(text: string, start: number, end: number, pos: string): Unit {
  const slice = text.slice(start, end);
  const lower = slice.toLowerCase().replace(/[’]/g, "'");
  return { start, end, text: slice, lower, pos, lemmas: lemmaCandidates(lower) };
}

/** Groups the tokens of each sentence into units, gluing `a-b` compounds with no spaces. */
export function sentenceUnits(doc: Doc): SentenceUnits[] {
  const sentences = doc.get('sentences');
  const byIndex: Token[][] = sentences.map(() => []);
  for (const t of doc.get('tokens')) byIndex[t.sentence]?.push(t);
  return sentences.map((sentence, index) => ({ index, sentence, units: glue(doc.text, byIndex[index] ?? []) }));
}

function glue(text: string, tokens: readonly Token[]): Unit[] {
  const units: Unit[] = [];
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    // Extend over "-" + word while the pieces touch.
    while (
      j + 2 < tokens.length &&
      text.slice(tokens[j + 1]!.start, tokens[j + 1]!.end) === '-' &&
      tokens[j + 1]!.start === tokens[j]!.end &&
      tokens[j + 2]!.start === tokens[j + 1]!.end
    ) {
      j += 2;
    }
    const last = tokens[j]!;
    const pos = j > i && tokens.slice(i, j + 1).some((t) => t.pos === 'NOUN') ? 'NOUN' : last.pos;
    units.push(makeUnit(text, tokens[i]!.start, last.end, pos));
    i = j + 1;
  }
  return units;
}

export function isVerbal(u: Unit): boolean {
  return u.pos === 'VERB' || u.pos === 'AUX';
}

export function isNominal(u: Unit): boolean {
  return u.pos === 'NOUN' || u.pos === 'PROPN' || u.pos === 'ADJ' || u.pos === 'NUM';
}
