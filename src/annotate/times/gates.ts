/**
 * Rule gates: words at least one of which every match of a rule contains
 * (lower case). A rule whose gate words are all absent from the document
 * cannot match, so its pattern is not run at all. Most rules have rare
 * keywords (seasons, centuries, clock times), and running ~35 patterns over
 * every article was most of the cost of this component.
 *
 * Sound because each pattern's letters are ASCII and matched case-
 * insensitively (or exactly), and lower-casing maps ASCII letters one to
 * one: a match's gate word shows up in the lower-cased text. Rules keyed by
 * name and position in TIME_RULES; the table is checked against the rules
 * when the module loads.
 */
import type { Rule } from './types.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const UNITS = ['second', 'minute', 'hour', 'day', 'week', 'fortnight', 'month', 'quarter', 'year', 'decade', 'centur'];

/**
 * [rule name, gate words (null: always run), lead]. The lead, when given, is
 * the most characters a match can start before the gate word it contains
 * ("this coming " before a month: 12), so matches are searched for only in
 * those windows; null means the lead is unbounded (a number of any length
 * may come first) and a gated rule then scans the whole text.
 */
type Gate = readonly [name: string, words: readonly string[] | null, lead: number | null];

const GATES: readonly Gate[] = [
  ['month-day', MONTHS, 0],
  ['day-month', MONTHS, 8], // "31st of "
  ['month-year', MONTHS, 0],
  ['deictic-month', MONTHS, 12], // "this coming "
  ['month', MONTHS, 0],
  ['spelled-year', ['nineteen', 'eighteen', 'twenty', 'thousand'], 13], // "the year two "
  ['year', null, null],
  ['century', ['century'], 9], // "the 21st-"
  ['iso-date', null, null],
  ['slash-date', ['/'], 2],
  ['year', null, null],
  ['decade', ['0s', "0's"], 13], // "the early-199"
  ['decade', ['0s'], 12], // "the early-'9"
  ['season', ['spring', 'summer', 'fall', 'autumn', 'winter'], 12], // "this coming "
  ['deictic-day', ['today', 'yesterday', 'tomorrow'], 6], // "early "
  ['part-of-day', ['night', 'morning', 'afternoon', 'evening'], 10], // "yesterday "
  ['weekday', ['day'], 18], // "this coming wednes"
  ['ref', ['now', 'current', 'present', 'moment', 'these'], 7], // "at the "
  ['ref', ['time', 'recent', 'lately', 'previously', 'formerly', 'past'], 7], // "in the "
  ['ref', ['future', 'coming', 'soon', 'shortly', 'term'], 16], // "the foreseeable "
  ['deictic-period', UNITS, 24], // "earlier the most recent "
  ['ago', ['ago', 'earlier', 'later', 'now', 'hence', 'back'], null],
  ['year-compound', ['year'], 18], // "the corresponding "
  ['following-period', ['day', 'week', 'month', 'year'], 14], // "the following "
  ['decade', ['ties'], 15], // "the early-seven"
  ['the-period', ['day', 'week', 'month', 'quarter', 'year', 'period'], 24], // "for that current fiscal "
  ['quarter', ['quarter', 'half'], 37], // "their next year's fiscal 2016 second-"
  ['quarter', null, null],
  ['duration', UNITS, null],
  ['duration', ['year', 'month', 'week', 'day', 'decade', 'centur', 'hour'], 11], // "within the "
  ['set', ['hourly', 'daily', 'nightly', 'weekly', 'fortnightly', 'monthly', 'quarterly', 'annually', 'yearly', 'biannually', 'biennially'], 0],
  ['set', UNITS, null],
  ['set', ['every', 'each', 'days'], 6], // "wednes" before "days"
  ['clock', ['am', 'pm', 'a.m.', 'p.m.', 'noon', 'midnight', 'midday'], 13], // "before 10:30 "
  ['clock', null, null],
];

export interface RuleGate {
  words: readonly string[] | null;
  lead: number | null;
}

/** The gate of each rule; throws if the table and the rules drift apart. */
export function gatesFor(rules: readonly Rule[]): RuleGate[] {
  if (rules.length !== GATES.length || rules.some((r, i) => r.name !== GATES[i]![0])) {
    throw new Error(`times: rule gates (${GATES.map((g) => g[0]).join(',')}) do not match the rules (${rules.map((r) => r.name).join(',')})`);
  }
  return GATES.map(([, words, lead]) => ({ words, lead }));
}

/** Every gate word, grouped by first character code (all are ASCII). */
const WORDS_BY_FIRST: (string[] | undefined)[] = [];
for (const [, words] of GATES) {
  for (const w of words ?? []) {
    const list = (WORDS_BY_FIRST[w.charCodeAt(0)] ??= []);
    if (!list.includes(w)) list.push(w);
  }
}

/** Finds (zero-width) every position where some gate word starts: native scanning instead of a loop per character. */
const ANY_GATE_WORD = new RegExp(
  `(?=${[...new Set(GATES.flatMap(([, words]) => words ?? []))].map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})`,
  'g',
);

/** Where each gate word starts in a lower-cased text: one pass over the text for all rules. */
export function gateWordIndex(lower: string): Map<string, number[]> {
  const index = new Map<string, number[]>();
  ANY_GATE_WORD.lastIndex = 0;
  for (let m = ANY_GATE_WORD.exec(lower); m; m = ANY_GATE_WORD.exec(lower)) {
    const i = m.index;
    ANY_GATE_WORD.lastIndex = i + 1;
    for (const w of WORDS_BY_FIRST[lower.charCodeAt(i)] ?? []) {
      if (!lower.startsWith(w, i)) continue;
      const at = index.get(w);
      if (at) at.push(i);
      else index.set(w, [i]);
    }
  }
  return index;
}

/** Offsets where one of the words starts, ascending. */
export function gateWordOffsets(words: readonly string[], index: Map<string, number[]>): number[] {
  const at: number[] = [];
  for (const w of words) {
    const found = index.get(w);
    if (found) for (const i of found) at.push(i);
  }
  return at.sort((a, b) => a - b);
}
