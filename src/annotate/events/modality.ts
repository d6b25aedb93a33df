/**
 * Modality of a trigger from the words before it in its clause: negation
 * ("did not attack"), future ("will meet", "plans to"), hypothetical
 * ("could strike", "if"), and obligation ("must stop", "need to").
 */
import { isQuoteMark, isVerbal, lemmaIs, type Unit } from './units.js';

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
const UNREALISED_BEFORE_OF = new Set(['possibility', 'prospect', 'prospects', 'risk', 'fear', 'fears', 'likelihood', 'danger', 'spectre', 'specter']);
/** "want the Senate to hold hearings", "hopes to meet": wished for, not done. */
const WISH_LEMMAS = new Set(['want', 'wish', 'hope']);
/** "easy to criticise", "hard to defeat": a generic statement about an act. */
const GENERIC_BEFORE_TO = new Set(['easy', 'hard', 'difficult', 'impossible', 'tempting']);
/** "opposition to granting", "proposed giving", "proponent of allowing": an act argued about, not done. */
const PROPOSAL_BEFORE_GERUND = new Set(['opposition', 'proposed', 'proposes', 'propose', 'proposing', 'suggested', 'suggests', 'proponent', 'proponents', 'advocated', 'advocates', 'advocating', 'considering', 'considered', 'idea', 'prospect']);
/** "vowed to", "promised to", "pledged to": a stated intention, not a done act. */
const PROMISE_LEMMAS = new Set(['vow', 'promise', 'pledge']);
const CLAUSE_BREAK = new Set([',', ';', ':', '.', 'and', 'but', 'or', 'that', 'which', 'who', 'because', 'while', 'after', 'before', 'when', 'said', 'says']);

/** The words between a proposal word at k and the trigger hold (or start with) an -ing form: "proposed giving", "opposition to granting". */
function gerundFollows(units: readonly Unit[], k: number, first: number): boolean {
  for (let j = k + 1; j <= first; j++) {
    const w = units[j]!.lower;
    if (w.endsWith('ing') && w.length > 4) return true;
  }
  return false;
}

const QUESTION_AUX = new Set(['do', 'does', 'did', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'has', 'have', 'had', 'shall', 'may', 'might']);

/** "Did Russia attack ...?", "Would you support ...?": a yes/no question asks whether the act happens. */
function yesNoQuestion(units: readonly Unit[], first: number): boolean {
  let end = first;
  while (end < units.length && units[end]!.lower !== '?') end++;
  if (end === units.length) return false;
  let start = first;
  while (start > 0 && !isQuoteMark(units[start - 1]!) && !/^[.;:]$/.test(units[start - 1]!.lower)) start--;
  return QUESTION_AUX.has(units[start]!.lower);
}

/** Speech acts a speaker performs by saying "I want to ...": "I want to thank", "we wish to condemn". */
const PERFORMATIVE = /^(commend|thank|praise|congratulat|apologi[sz]|welcome|condemn|salute|applaud|express)/;

function performative(units: readonly Unit[], wish: number, first: number): boolean {
  return /^(i|we)$/.test(units[wish - 1]?.lower ?? '') && PERFORMATIVE.test(units[first]!.lower);
}

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
    // "the possibility of another attack", "fear of a strike": an act that may come.
    else if (UNREALISED_BEFORE_OF.has(u.lower) && units[k + 1]?.lower === 'of') m.hypothetical = true;
    // "in order to recruit", "so as to win": a purpose, not a done act.
    else if (u.lower === 'order' && units[k - 1]?.lower === 'in' && units[k + 1]?.lower === 'to') m.hypothetical = true;
    // "instead of attacking me": the act was not done.
    else if (u.lower === 'instead' && units[k + 1]?.lower === 'of') m.hypothetical = true;
    else if (u.lemmas.some((l) => FUTURE_LEMMAS.has(l) || PROMISE_LEMMAS.has(l)) && units[k + 1]?.lower === 'to') m.future = true;
    else if (u.lemmas.some((l) => WISH_LEMMAS.has(l)) && isVerbal(u) && !performative(units, k, first)) m.hypothetical = true;
    else if (GENERIC_BEFORE_TO.has(u.lower) && units[k + 1]?.lower === 'to') m.hypothetical = true;
    // "stopped short of committing to": not done.
    // ("nothing short of an attack" is emphasis, so the word before must be "stop" or "fall".)
    else if (u.lower === 'short' && units[k + 1]?.lower === 'of' && (lemmaIs(units[k - 1], 'stop') || lemmaIs(units[k - 1], 'fall'))) m.negated = true;
    // "proposed giving them permits", "opposition to granting him a hearing" (the trigger or the word after is a gerund).
    else if (PROPOSAL_BEFORE_GERUND.has(u.lower) && gerundFollows(units, k, first)) m.hypothetical = true;
  }
  if (yesNoQuestion(units, first)) m.hypothetical = true;
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
