/** Propose step: every rule's matches over the text, before any overlap is settled. */
import { ABSOLUTE_RULES } from './rules-absolute.js';
import { PERIOD_RULES } from './rules-periods.js';
import { RELATIVE_RULES } from './rules-relative.js';
import type { Proposal, Rule, RuleContext } from './types.js';

/** All rules, in priority order: on equal spans the earlier rule wins. */
export const TIME_RULES: readonly Rule[] = [...ABSOLUTE_RULES, ...RELATIVE_RULES, ...PERIOD_RULES];

/** Cheap test for text that could hold a time expression; rules run only on texts that pass. */
const TRIGGER = /\d|day|night|week|month|year|quarter|half|decade|centur|now|current|recent|past|future|soon|ago|earlier|later|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter|noon|once|twice|every|each|per|hour|minute|second|previous|formerly|lately|shortly|nowadays|presently|moment|near|term/i;

export function proposeTimes(ctx: RuleContext, rules: readonly Rule[] = TIME_RULES): Proposal[] {
  if (!TRIGGER.test(ctx.text)) return [];
  const proposals: Proposal[] = [];
  rules.forEach((rule, priority) => {
    rule.pattern.lastIndex = 0;
    for (const m of ctx.text.matchAll(rule.pattern)) {
      const built = rule.build(m as RegExpExecArray, ctx);
      if (!built) continue;
      for (const p of Array.isArray(built) ? built : [built]) {
        if (p.end > p.start) proposals.push({ ...p, priority } as Proposal & { priority: number });
      }
    }
  });
  return proposals;
}
