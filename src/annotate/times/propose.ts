/** Propose step: every rule's matches over the text, before any overlap is settled. */
import { ABSOLUTE_RULES } from './rules-absolute.js';
import { PERIOD_RULES } from './rules-periods.js';
import { RELATIVE_RULES } from './rules-relative.js';
import type { Proposal, Rule, RuleContext } from './types.js';
import { gatesFor, gateWordIndex, gateWordOffsets, type RuleGate } from './gates.js';

/** All rules, in priority order: on equal spans the earlier rule wins. */
export const TIME_RULES: readonly Rule[] = [...ABSOLUTE_RULES, ...RELATIVE_RULES, ...PERIOD_RULES];

/** Cheap test for text that could hold a time expression; rules run only on texts that pass. */
const TRIGGER = /\d|day|night|week|month|year|quarter|half|decade|centur|now|current|recent|past|future|soon|ago|earlier|later|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter|noon|once|twice|every|each|per|hour|minute|second|previous|formerly|lately|shortly|nowadays|presently|moment|near|term/i;

const TIME_RULE_GATES = gatesFor(TIME_RULES);

export function proposeTimes(ctx: RuleContext, rules: readonly Rule[] = TIME_RULES): Proposal[] {
  if (!TRIGGER.test(ctx.text)) return [];
  const gates = rules === TIME_RULES ? TIME_RULE_GATES : undefined;
  // Gate words are found in the text itself (ASCII case folded), so their offsets are the text's.
  const wordIndex = gates ? gateWordIndex(ctx.text) : new Map<string, number[]>();
  const proposals: Proposal[] = [];
  // Several rules share one word list (the months, the units): their offsets are gathered and sorted once.
  const offsetsByWords = new Map<readonly string[], ArrayLike<number>>();
  rules.forEach((rule, priority) => {
    const gate = gates?.[priority];
    let matches: RegExpExecArray[];
    if (!gate?.words) matches = allMatches(rule.pattern, ctx.text);
    else {
      let offsets = offsetsByWords.get(gate.words);
      if (!offsets) offsetsByWords.set(gate.words, (offsets = gateWordOffsets(gate.words, wordIndex)));
      if (offsets.length === 0) return;
      matches = gate.lead !== null ? matchesNear(rule.pattern, ctx.text, offsets, gate as WindowGate) : allMatches(rule.pattern, ctx.text);
    }
    for (const m of matches) {
      const built = rule.build(m, ctx);
      if (!built) continue;
      for (const p of Array.isArray(built) ? built : [built]) {
        if (p.end <= p.start) continue;
        proposals.push(ranked(p, priority));
      }
    }
  });
  return proposals;
}

/**
 * A proposal with every field present, in one order, and its rule's rank. The
 * rules build proposals of a dozen shapes (optional fields, spreads); the resolve
 * step's loops, met by all of them, were deoptimised by each shape new to them.
 */
function ranked(p: Proposal, priority: number): Proposal & { priority: number } {
  return {
    start: p.start,
    end: p.end,
    type: p.type,
    value: p.value,
    mod: p.mod,
    inferred: p.inferred,
    rule: p.rule,
    from: p.from,
    to: p.to,
    shiftYears: p.shiftYears,
    relativeToLast: p.relativeToLast,
    quarterInYear: p.quarterInYear,
    priority,
  };
}

/** Every match of a global pattern, left to right (what matchAll gives). */
function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push(m);
    if (m[0] === '') pattern.lastIndex++;
  }
  return out;
}

const stickyCopies = new WeakMap<RegExp, RegExp>();

type WindowGate = RuleGate & { lead: number };

/**
 * The same matches as allMatches when every match starts within the gate's
 * lead before one of `offsets` (sorted): only those start positions are
 * tried, left to right, with a sticky copy of the pattern, and the search
 * resumes after each match as a global scan does. Positions where the
 * pattern cannot match are skipped without running it: inside a word, for
 * rules whose matches start at word starts.
 */
function matchesNear(pattern: RegExp, text: string, offsets: ArrayLike<number>, gate: WindowGate): RegExpExecArray[] {
  let sticky = stickyCopies.get(pattern);
  if (!sticky) stickyCopies.set(pattern, (sticky = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y')));
  const out: RegExpExecArray[] = [];
  // Everything before `next` has been tried or lies inside an earlier match.
  let next = 0;
  for (let o = 0; o < offsets.length; o++) {
    const offset = offsets[o]!;
    if (gate.afterSpace && !(offset > 0 && isSpaceOrHyphen(text.charCodeAt(offset - 1)))) continue;
    if (gate.before) {
      gate.before.lastIndex = offset;
      if (!gate.before.test(text)) continue;
    }
    const from = gate.digitsFree ? windowStartSkippingDigits(text, offset, gate.lead) : offset - gate.lead;
    for (let start = Math.max(next, from); start <= offset; start = next) {
      next = start + 1;
      if (gate.wordStart && !isWordStart(text, start)) continue;
      sticky.lastIndex = start;
      const m = sticky.exec(text);
      if (!m) continue;
      out.push(m);
      next = start + Math.max(1, m[0].length);
    }
  }
  return out;
}

/** The first offset from which [start, offset) holds at most `lead` characters other than ASCII digits. */
function windowStartSkippingDigits(text: string, offset: number, lead: number): number {
  let start = offset;
  let budget = lead;
  while (start > 0) {
    const c = text.charCodeAt(start - 1);
    if (c < 48 || c > 57) {
      if (budget === 0) break;
      budget--;
    }
    start--;
  }
  return start;
}

/** \s of a pattern (white space and line terminators, as ECMAScript lists them), or a hyphen. */
function isSpaceOrHyphen(c: number): boolean {
  if (c < 128) return c === 32 || c === 45 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** \w of a non-unicode pattern, case-insensitive or not: [A-Za-z0-9_]. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Where \b followed by a word character can match. */
function isWordStart(text: string, at: number): boolean {
  return isWordChar(text.charCodeAt(at)) && (at === 0 || !isWordChar(text.charCodeAt(at - 1)));
}
