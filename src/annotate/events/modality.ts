/**
 * Modality of a trigger from the words before it in its clause: negation
 * ("did not attack"), future ("will meet", "plans to"), hypothetical
 * ("could strike", "if"), and obligation ("must stop", "need to").
 */
import type { Unit } from './units.js';

export interface Modality {
  negated: boolean;
  future: boolean;
  hypothetical: boolean;
  obligation: boolean;
}

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'cannot']);
const FUTURE = new Set(['will', "'ll", 'shall', 'wo']);
const HYPOTHETICAL = new Set(['would', 'could', 'may', 'might', 'can', 'if', 'whether', 'unless', "'d", 'ca']);
const OBLIGATION = new Set(['must', 'should']);
const FUTURE_LEMMAS = new Set(['plan', 'intend', 'expect', 'prepare']);
const UNREALISED_BEFORE_TO = new Set(['proposal', 'proposals', 'opportunity', 'chance', 'yet', 'whether']);
const CLAUSE_BREAK = new Set([',', ';', ':', '.', 'and', 'but', 'or', 'that', 'which', 'who', 'because', 'while', 'after', 'before', 'when', 'said', 'says']);

/** Reads the modality of the trigger starting at unit `first` (looks back up to six units). */
export function modalityAt(units: readonly Unit[], first: number): Modality {
  const m: Modality = { negated: false, future: false, hypothetical: false, obligation: false };
  for (let k = first - 1; k >= Math.max(0, first - 6); k--) {
    const u = units[k]!;
    if (CLAUSE_BREAK.has(u.lower)) break;
    if (NEGATORS.has(u.lower)) m.negated = true;
    else if (FUTURE.has(u.lower)) m.future = true;
    else if (HYPOTHETICAL.has(u.lower)) m.hypothetical = true;
    else if (OBLIGATION.has(u.lower)) m.obligation = true;
    else if (u.lower === 'need' || u.lower === 'needs') m.obligation = true;
    else if (u.lower === 'going' && units[k + 1]?.lower === 'to') m.future = true;
    // "a proposal to ban", "an opportunity to visit", "yet to commit": not (yet) done.
    else if (UNREALISED_BEFORE_TO.has(u.lower) && units[k + 1]?.lower === 'to') m.hypothetical = true;
    // "instead of attacking me": the act was not done.
    else if (u.lower === 'instead' && units[k + 1]?.lower === 'of') m.hypothetical = true;
    else if (u.lemmas.some((l) => FUTURE_LEMMAS.has(l)) && units[k + 1]?.lower === 'to') m.future = true;
  }
  // "won't", "can't": wink splits them as "wo"/"ca" + "n't".
  if (units[first - 1]?.lower === "n't" || units[first - 2]?.lower === "n't") m.negated = true;
  // "attacks ... need to stop": an obligation after a nominal trigger.
  for (let k = first + 1; k < Math.min(units.length, first + 4); k++) {
    const u = units[k]!;
    if (OBLIGATION.has(u.lower) || ((u.lower === 'need' || u.lower === 'needs') && units[k + 1]?.lower === 'to')) {
      if (units.slice(k + 1, k + 4).some((x) => /^(stop|end|cease|halt)$/.test(x.lower))) m.obligation = true;
    }
  }
  return m;
}
