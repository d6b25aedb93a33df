/** Propose step: every rule's matches over the text, before any overlap is settled. */
import { ABSOLUTE_RULES } from './rules-absolute.js';
import { PERIOD_RULES } from './rules-periods.js';
import { RELATIVE_RULES } from './rules-relative.js';
import type { Proposal, Rule, RuleContext } from './types.js';
import { gatesFor, gateWordIndex, gateWordOffsets } from './gates.js';

/** All rules, in priority order: on equal spans the earlier rule wins. */
export const TIME_RULES: readonly Rule[] = [...ABSOLUTE_RULES, ...RELATIVE_RULES, ...PERIOD_RULES];

/** Cheap test for text that could hold a time expression; rules run only on texts that pass. */
const TRIGGER = /\d|day|night|week|month|year|quarter|half|decade|centur|now|current|recent|past|future|soon|ago|earlier|later|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter|noon|once|twice|every|each|per|hour|minute|second|previous|formerly|lately|shortly|nowadays|presently|moment|near|term/i;

const TIME_RULE_GATES = gatesFor(TIME_RULES);

export function proposeTimes(ctx: RuleContext, rules: readonly Rule[] = TIME_RULES): Proposal[] {
  if (!TRIGGER.test(ctx.text)) return [];
  const gates = rules === TIME_RULES ? TIME_RULE_GATES : undefined;
  const lower = ctx.text.toLowerCase();
  const wordIndex = gates ? gateWordIndex(lower) : new Map<string, number[]>();
  // Gate offsets found in the lower-cased text are offsets in the text only when lower-casing kept the length.
  const aligned = lower.length === ctx.text.length;
  const proposals: Proposal[] = [];
  rules.forEach((rule, priority) => {
    const gate = gates?.[priority];
    let matches: RegExpExecArray[];
    if (!gate?.words) matches = allMatches(rule.pattern, ctx.text);
    else {
      const offsets = gateWordOffsets(gate.words, wordIndex);
      if (offsets.length === 0) return;
      matches = gate.lead !== null && aligned ? matchesNear(rule.pattern, ctx.text, offsets, gate.lead) : allMatches(rule.pattern, ctx.text);
    }
    for (const m of matches) {
      const built = rule.build(m, ctx);
      if (!built) continue;
      for (const p of Array.isArray(built) ? built : [built]) {
        if (p.end > p.start) proposals.push({ ...p, priority } as Proposal & { priority: number });
      }
    }
  });
  return proposals;
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

/**
 * The same matches as allMatches when every match starts at most `lead`
 * characters before one of `offsets` (sorted): only those start positions
 * are tried, left to right, with a sticky copy of the pattern, and the
 * search resumes after each match as a global scan does.
 */
function matchesNear(pattern: RegExp, text: string, offsets: readonly number[], lead: number): RegExpExecArray[] {
  let sticky = stickyCopies.get(pattern);
  if (!sticky) stickyCopies.set(pattern, (sticky = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y')));
  const out: RegExpExecArray[] = [];
  // Everything before `next` has been tried or lies inside an earlier match.
  let next = 0;
  for (const offset of offsets) {
    for (let start = Math.max(next, offset - lead); start <= offset; start = next) {
      sticky.lastIndex = start;
      const m = sticky.exec(text);
      next = start + 1;
      if (!m) continue;
      out.push(m);
      next = start + Math.max(1, m[0].length);
    }
  }
  return out;
}
