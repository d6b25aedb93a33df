/**
 * Propose: every place in a sentence where an event pattern matches.
 * No choice is made here; resolve.ts picks among overlapping proposals.
 */
import { EVENT_PATTERNS, type EventPattern } from './patterns.js';
import { isNominal, isVerbal, type SentenceUnits, type Unit } from './units.js';

export interface Proposal {
  pattern: EventPattern;
  sentence: SentenceUnits;
  /** Unit range of the trigger, end-exclusive. */
  first: number;
  last: number;
}

const MAX_GAP = 3;

/** Patterns indexed by the lemma of their first word. */
const BY_FIRST = new Map<string, EventPattern[]>();
for (const pattern of EVENT_PATTERNS) {
  const key = pattern.words[0]!;
  const list = BY_FIRST.get(key) ?? [];
  list.push(pattern);
  BY_FIRST.set(key, list);
}

function wordMatches(unit: Unit, word: string): boolean {
  return unit.lemmas.includes(word);
}

function posMatches(unit: Unit, pos: EventPattern['pos']): boolean {
  if (pos === 'V') return isVerbal(unit);
  if (pos === 'N') return isNominal(unit);
  return true;
}

/** The unit index just past the match of `pattern` starting at `i`, or -1. */
function matchAt(units: readonly Unit[], i: number, pattern: EventPattern): number {
  let at = i + 1;
  let gap = 0;
  for (let w = 1; w < pattern.words.length; w++) {
    const word = pattern.words[w]!;
    if (word === '..') {
      gap = MAX_GAP;
      continue;
    }
    let found = -1;
    for (let k = at; k <= Math.min(units.length - 1, at + gap); k++) {
      if (wordMatches(units[k]!, word)) {
        found = k;
        break;
      }
      if (/^[.;:!?]$/.test(units[k]!.text)) break;
    }
    if (found < 0) return -1;
    at = found + 1;
    gap = 0;
  }
  return at;
}

function followingText(s: SentenceUnits, last: number, text: string): string {
  const from = s.units[last - 1]?.end ?? s.sentence.end;
  return text.slice(from, Math.min(s.sentence.end, from + 120)).toLowerCase();
}

export function proposeInSentence(s: SentenceUnits, text: string): Proposal[] {
  const out: Proposal[] = [];
  s.units.forEach((unit, i) => {
    for (const lemma of unit.lemmas) {
      for (const pattern of BY_FIRST.get(lemma) ?? []) {
        if (!posMatches(unit, pattern.pos)) continue;
        const last = matchAt(s.units, i, pattern);
        if (last < 0) continue;
        if (pattern.after && !pattern.after.test(followingText(s, last, text))) continue;
        out.push({ pattern, sentence: s, first: i, last });
      }
    }
  });
  return out;
}
