/**
 * Resolve step, in this order:
 *  1. pick non-overlapping proposals (longest span first, then rule priority);
 *  2. attach TimeML modifiers written before a date ("mid-October", "the end of 1990");
 *  3. merge a clock time or weekday with the date that follows ("noon Thursday", "Saturday, April 25");
 *  4. settle anaphoric shifts ("a year earlier") against the last date mentioned before;
 *  5. compute the interval each DATE/TIME denotes.
 */
import type { Time } from '../../model/layers.js';
import { rememberedInterval, type TimexMod } from './interval.js';
import type { Ymd } from './calendar.js';
import { periodValue } from './relative.js';
import type { Proposal } from './types.js';

type Ranked = Proposal & { priority?: number };

function selectNonOverlapping(textLength: number, proposals: Ranked[]): Ranked[] {
  const ranked = [...proposals].sort((a, b) => (b.end - b.start) - (a.end - a.start) || (a.priority ?? 0) - (b.priority ?? 0) || a.start - b.start);
  // Covered characters, so each check costs the span's length, not the number kept.
  const covered = new Uint8Array(textLength);
  const kept: Ranked[] = [];
  for (const p of ranked) {
    let free = true;
    for (let i = p.start; i < p.end && free; i++) if (covered[i]) free = false;
    if (!free) continue;
    covered.fill(1, p.start, p.end);
    kept.push(p);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const MODIFIER_BEFORE = /\b(around|about|approximately|roughly|earlier|later|early|late|mid|middle\sof|the\smiddle\sof|the\send\sof|end\sof|the\sbeginning\sof|beginning\sof|the\sstart\sof|start\sof|the\sturn\sof|the\searly|the\slate)(?:\s|-)$/i;

function modOf(word: string): TimexMod | undefined {
  const w = word.toLowerCase();
  if (/^(?:earlier|later|around|about|approximately|roughly)$/.test(w)) return undefined;
  if (w.includes('early')) return 'EARLY';
  if (w.includes('late')) return 'LATE';
  if (w.includes('mid')) return 'MID';
  if (w.includes('end')) return 'END';
  return 'START';
}

function attachModifiers(text: string, kept: Ranked[]): void {
  kept.forEach((p, index) => {
    if ((p.type !== 'DATE' && p.type !== 'TIME') || p.mod || /REF$/.test(p.value)) return;
    const before = text.slice(Math.max(0, p.start - 20), p.start);
    const m = MODIFIER_BEFORE.exec(before);
    if (!m) return;
    // "earlier/later" join only day-sized expressions ("earlier Sunday", "later this afternoon").
    // "earlier/later" and "around" join only day-sized expressions ("earlier Sunday", "around Nov. 1").
    if (/^(?:earlier|later|around|about|approximately|roughly)$/i.test(m[1]!) && !/^\d{4}-\d\d-\d\d/.test(p.value)) return;
    const newStart = p.start - m[0].length;
    const previous = kept[index - 1];
    if (previous && previous.end > newStart) return;
    p.start = newStart;
    p.mod = modOf(m[1]!);
  });
}

const JOINER = /^,?\s(?:on\s)?$/;

function mergeAdjacent(text: string, kept: Ranked[]): Ranked[] {
  const out: Ranked[] = [];
  for (const p of kept) {
    const prev = out[out.length - 1];
    if (prev && JOINER.test(text.slice(prev.end, p.start)) && /^(?:\d{4}|XXXX)-(?:\d\d|WXX)-?(?:\d\d|\d)?$/.test(p.value.replace(/T.*$/, ''))) {
      const day = p.value.replace(/T.*$/, '');
      if (prev.rule === 'clock' && p.type === 'DATE') {
        prev.value = day + prev.value.slice(prev.value.indexOf('T'));
        prev.end = p.end;
        prev.inferred = p.inferred;
        continue;
      }
      if (prev.rule === 'weekday' && prev.type === 'DATE' && (p.rule === 'month-day' || p.rule === 'day-month')) {
        prev.value = p.value;
        prev.end = p.end;
        prev.inferred = p.inferred;
        prev.rule = p.rule;
        continue;
      }
    }
    out.push(p);
  }
  return out;
}

/** Shifts the year of a value: 1989-Q3 by -1 is 1988-Q3. */
function shiftYear(value: string, years: number): string | undefined {
  const m = /^(\d{4})(.*)$/.exec(value);
  if (!m) return undefined;
  return String(+m[1]! + years).padStart(4, '0') + m[2]!;
}

/** How far back (in characters) a quarter can be picked up by "a year earlier". */
const ANAPHORA_WINDOW = 1500;

/** The date a calendar value starts on, for counting "the following year" from it. */
function startOf(value: string): Ymd | undefined {
  const m = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$/.exec(value);
  if (!m) return undefined;
  return { y: +m[1]!, m: m[2] ? +m[2] : 1, d: m[3] ? +m[3] : 1 };
}

function settleAnaphora(kept: Ranked[]): void {
  let lastQuarter: { value: string; end: number } | undefined;
  let lastCalendar: Ymd | undefined;
  for (const p of kept) {
    if (p.relativeToLast && lastCalendar) p.value = periodValue(lastCalendar, p.relativeToLast.granularity, p.relativeToLast.offset);
    if (p.type === 'DATE' && !p.relativeToLast && p.shiftYears === undefined) lastCalendar = startOf(p.value) ?? lastCalendar;
    // Only a quarter carries over ("third-quarter profit ... a year earlier" = last year's third quarter);
    // after a day or month, TimeBank and readers take the year as a whole.
    if (p.shiftYears !== undefined && lastQuarter && p.start - lastQuarter.end < ANAPHORA_WINDOW) {
      p.value = shiftYear(lastQuarter.value, p.shiftYears) ?? p.value;
    }
    if (p.quarterInYear !== undefined && lastQuarter && p.start - lastQuarter.end < ANAPHORA_WINDOW) {
      p.value = `${String(p.quarterInYear).padStart(4, '0')}${lastQuarter.value.slice(4)}`;
    }
    if (p.type === 'DATE' && /^\d{4}-Q\d$/.test(p.value) && !p.shiftYears && p.quarterInYear === undefined) lastQuarter = { value: p.value, end: p.end };
  }
}

export function resolveTimes(text: string, proposals: Proposal[]): Time[] {
  let kept = selectNonOverlapping(text.length, proposals);
  attachModifiers(text, kept);
  kept = mergeAdjacent(text, kept);
  settleAnaphora(kept);
  // Pushed, not mapped: a map in optimised code makes a holey array, in the interpreter a packed one, and
  // the layer's readers (quotes, events) were deoptimised each time they met the other kind.
  const times: Time[] = [];
  for (const p of kept) {
    const interval = p.from && p.to ? { from: p.from, to: p.to } : p.type === 'DATE' || p.type === 'TIME' ? rememberedInterval(p.value, p.mod) : undefined;
    // from and to always present (undefined without an interval, so absent from JSON), last as before: one shape for all times.
    const time: Time = {
      start: p.start,
      end: p.end,
      text: text.slice(p.start, p.end),
      type: p.type,
      value: p.value,
      inferred: p.inferred,
      source: `times/${p.rule}`,
      from: interval?.from,
      to: interval?.to,
    };
    times.push(time);
  }
  return times;
}
