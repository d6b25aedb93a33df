/**
 * Rule gates: words at least one of which every match of a rule contains
 * (lower case). A rule whose gate words are all absent from the document
 * cannot match, so its pattern is not run at all. Most rules have rare
 * keywords (seasons, centuries, clock times), and running ~35 patterns over
 * every article was most of the cost of this component.
 *
 * Sound because each pattern's letters are ASCII and matched case-
 * insensitively (or exactly) without the u flag, so only by ASCII letters:
 * a match's gate word shows up in the text with ASCII case folded. Rules keyed by
 * name and position in TIME_RULES; the table is checked against the rules
 * when the module loads.
 */
import { RX_NUMBER_WORD, RX_QUANTITY, RX_UNIT } from './lexicon.js';
import type { Rule } from './types.js';
import { WordScanner } from './word-scanner.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const UNITS = ['second', 'minute', 'hour', 'day', 'week', 'fortnight', 'month', 'quarter', 'year', 'decade', 'centur'];

/**
 * [rule name, gate words (null: always run), lead, options]. The lead, when
 * given, is the most characters a match can start before the gate word it
 * contains ("this coming " before a month: 12), so matches are searched for
 * only in those windows; null means the lead is unbounded and a gated rule
 * then scans the whole text.
 *
 * Options:
 * - digitsFree: the lead counts only characters other than ASCII digits,
 *   for rules where a number of any length may come first ("the past 1000
 *   years"): everything else before the gate word is bounded.
 * - afterSpace: the gate word a match holds comes right after white space
 *   (\s) or a hyphen ("two years", "two-year", "a week ago"), so other
 *   occurrences ("today", "Monday") open no window.
 * - before: a zero-width sticky pattern that holds at the gate word a match
 *   holds (what the rule's pattern requires right before it, or more): other
 *   occurrences open no window.
 * - anyStart: a match may start inside a word. Without it, the window tries
 *   only word starts (a word character with none before it), because the
 *   pattern begins with \b and its first character is always a word
 *   character (checked by hand: after \b, every alternative of each such
 *   pattern first consumes a letter or digit).
 */
interface GateOptions {
  digitsFree?: true;
  afterSpace?: true;
  before?: RegExp;
  anyStart?: true;
}
type Gate = readonly [name: string, words: readonly string[] | null, lead: number | null, options?: GateOptions];

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
  ['slash-date', ['/'], 2, { anyStart: true }], // "1/" after a letter
  // A bare year: its first two digits are one of these, after at most "fiscal " (7).
  ['year', ['16', '17', '18', '19', '20'], 7, { anyStart: true }],
  ['decade', ['0s', "0's"], 13], // "the early-199"
  ['decade', ['0s'], 12, { anyStart: true }], // "the early-'9"; a bare "'90s" starts at the quote
  ['season', ['spring', 'summer', 'fall', 'autumn', 'winter'], 12], // "this coming "
  ['deictic-day', ['today', 'yesterday', 'tomorrow'], 6], // "early "
  ['part-of-day', ['night', 'morning', 'afternoon', 'evening'], 10], // "yesterday "
  ['weekday', WEEKDAYS, 12], // "this coming "
  ['ref', ['now', 'current', 'present', 'moment', 'these'], 7], // "at the "
  ['ref', ['time', 'recent', 'lately', 'previously', 'formerly', 'past'], 7], // "in the "
  ['ref', ['future', 'coming', 'soon', 'shortly', 'term'], 16], // "the foreseeable "
  ['deictic-period', UNITS, 24, { afterSpace: true }], // "earlier the most recent "
  // "approximately " 14, "seventeen-three" 15, "-", "fortnights" 10, " or so " 7, "from " 5.
  // Before the word: a unit or "or so", a space, and for "now" "from ".
  ['ago', ['ago', 'earlier', 'later', 'now', 'hence', 'back'], 52, { digitsFree: true, afterSpace: true, before: lookbehind(`(?:${RX_UNIT}|\\bso)\\s(?:from\\s)?`) }],
  ['year-compound', ['year'], 18], // "the corresponding "
  ['following-period', ['day', 'week', 'month', 'year'], 14, { afterSpace: true }], // "the following "
  ['decade', ['ties'], 15], // "the early-seven"
  ['the-period', ['day', 'week', 'month', 'quarter', 'year', 'period'], 24, { afterSpace: true }], // "for that current fiscal "
  ['quarter', ['quarter', 'half'], 37, { afterSpace: true }], // "their next year's fiscal 2016 second-"
  ['quarter', null, null],
  // "approximately " 14, "each of the " 12, "remaining " 10, "seventeen-three" 15,
  // " to seventeen-three" 19, "-" 1, "and a half " 11 before the unit.
  // Before the unit: the quantity (or "and a half", "+") and a space or hyphen.
  ['duration', UNITS, 82, { digitsFree: true, afterSpace: true, before: lookbehind(`(?:\\b${RX_QUANTITY}|\\band\\sa\\shalf|\\+)[\\s-]`) }],
  ['duration', ['year', 'month', 'week', 'day', 'decade', 'centur', 'hour'], 11, { afterSpace: true }], // "within the "
  ['set', ['hourly', 'daily', 'nightly', 'weekly', 'fortnightly', 'monthly', 'quarterly', 'annually', 'yearly', 'biannually', 'biennially'], 0],
  // "every other seventeen-three " 28; "seventeen-three times every " 28.
  // Before the unit: "every", "other", a number or "few" (or "a"/"per"... after "twice"), and a space.
  ['set', UNITS, 28, { digitsFree: true, afterSpace: true, before: lookbehind(`(?:\\b(?:every|each|per|other|few|a|an)|\\d|\\b${RX_NUMBER_WORD})\\s`) }],
  ['set', ['every', 'each', 'days'], 6], // "wednes" before "days"
  // "am"/"pm" come after a digit or a space, "noon" after a word boundary: never right after a letter ("campaign", "Obama").
  ['clock', ['am', 'pm', 'a.m.', 'p.m.', 'noon', 'midnight', 'midday'], 13, { before: /(?<![A-Za-z])/y }], // "before 10:30 "
  ['clock', null, null],
];

export interface RuleGate {
  words: readonly string[] | null;
  lead: number | null;
  /** The lead counts non-digit characters only. */
  digitsFree: boolean;
  /** Matches start only at word starts. */
  wordStart: boolean;
  /** Only gate words right after white space or a hyphen count. */
  afterSpace: boolean;
  /** Only gate words where this sticky zero-width pattern matches count. */
  before: RegExp | null;
}

/** A sticky, case-insensitive lookbehind for GateOptions.before. */
function lookbehind(source: string): RegExp {
  return new RegExp(`(?<=${source})`, 'iy');
}

/** The gate of each rule; throws if the table and the rules drift apart. */
export function gatesFor(rules: readonly Rule[]): RuleGate[] {
  if (rules.length !== GATES.length || rules.some((r, i) => r.name !== GATES[i]![0])) {
    throw new Error(`times: rule gates (${GATES.map((g) => g[0]).join(',')}) do not match the rules (${rules.map((r) => r.name).join(',')})`);
  }
  return GATES.map(([name, words, lead, options], i) => {
    const wordStart = lead !== null && !options?.anyStart;
    // A guard, not the proof: a word-start rule must at least begin with \b.
    if (wordStart && !rules[i]!.pattern.source.startsWith('\\b')) throw new Error(`times: rule ${i} (${name}) is gated to word starts but its pattern does not begin with \\b`);
    return { words, lead, digitsFree: !!options?.digitsFree, wordStart, afterSpace: !!options?.afterSpace, before: options?.before ?? null };
  });
}

/** Every gate word once, in table order. */
const GATE_WORDS = [...new Set(GATES.flatMap(([, words]) => words ?? []))];
const GATE_WORD_SCANNER = new WordScanner(GATE_WORDS, true);

/**
 * Where each gate word starts in a text, ASCII case folded (words absent
 * from the text have no entry): one pass for all rules, offsets in the text
 * itself. Patterns are not unicode-aware, so their letters match ASCII
 * letters only, in either case: a match's gate word is found here.
 */
export function gateWordIndex(text: string): Map<string, number[]> {
  const index = new Map<string, number[]>();
  const found = GATE_WORD_SCANNER.scan(text);
  for (let i = 0; i < found.length; i++) if (found[i]) index.set(GATE_WORDS[i]!, found[i]!);
  return index;
}

/** Offsets where one of the words starts, ascending. */
export function gateWordOffsets(words: readonly string[], index: Map<string, number[]>): ArrayLike<number> {
  let only: number[] | undefined;
  let total = 0;
  let lists = 0;
  for (const w of words) {
    const found = index.get(w);
    if (found) {
      only = found;
      total += found.length;
      lists++;
    }
  }
  // One word found: its offsets are sorted already (and only read).
  if (lists <= 1) return only ?? [];
  // Several: gathered into a typed array, whose sort is numeric without a comparator.
  const at = new Int32Array(total);
  let n = 0;
  for (const w of words) {
    const found = index.get(w);
    if (found) for (const i of found) at[n++] = i;
  }
  return at.sort();
}
