/** Shared shapes of the time rules: what a rule sees and what it proposes. */
import type { Ymd } from './calendar.js';
import type { TimexMod } from './interval.js';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
export type Tense = 'past' | 'future';

export interface RuleContext {
  readonly text: string;
  /** Publication date, when the document has one. */
  readonly anchor: Ymd | undefined;
  /** Tense of the clause around a span ('past' unless a future marker is nearer). */
  tense(start: number, end: number): Tense;
}

export interface Proposal {
  start: number;
  end: number;
  type: TimexType;
  value: string;
  mod?: TimexMod;
  /** True when part of the value came from the anchor. */
  inferred: boolean;
  /** Rule name, becomes source 'times/<rule>'. */
  rule: string;
  /** Explicit interval (durations anchored at publication: "the past three months"). */
  from?: string;
  to?: string;
  /** Anaphoric shift ("a year earlier"): resolved against the last DATE mentioned before it. */
  shiftYears?: number;
  /** "the following year": a period counted from the last calendar date before it (resolve step). */
  relativeToLast?: { granularity: 'day' | 'week' | 'month' | 'year'; offset: number };
  /** "the 1988 period": the quarter under discussion, in this year (resolve step). */
  quarterInYear?: number;
}

export interface Rule {
  readonly name: string;
  /** Global, case-insensitive, linear-time pattern. */
  readonly pattern: RegExp;
  build(m: RegExpExecArray, ctx: RuleContext): Proposal | Proposal[] | null;
}

/** A proposal spanning the whole match. */
export function whole(m: RegExpExecArray, rest: Omit<Proposal, 'start' | 'end'>): Proposal {
  return { start: m.index, end: m.index + m[0].length, ...rest };
}
