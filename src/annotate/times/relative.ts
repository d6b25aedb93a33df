/**
 * Values of expressions relative to the anchor: weekdays in the tense of
 * their clause, "last month", "two weeks ago". Without an anchor they fall
 * back to TIMEX3 underspecified values (XXXX-WXX-4) or PAST_REF/FUTURE_REF.
 */
import {
  addDays, addMonths, formatIsoWeek, formatYear, formatYm, formatYmd, isoWeekday, quarterOf, type Ymd,
} from './calendar.js';
import type { UnitInfo } from './lexicon.js';
import type { Tense } from './types.js';

export type Granularity = UnitInfo['granularity'] | 'decade' | 'century';

/** The date of a weekday: most recent on/before the anchor in past clauses, next on/after in future ones. */
export function weekdayDate(anchor: Ymd, weekday: number, tense: Tense, strict = false): Ymd {
  const dow = isoWeekday(anchor);
  if (tense === 'future') {
    let ahead = (weekday - dow + 7) % 7;
    if (strict && ahead === 0) ahead = 7;
    return addDays(anchor, ahead);
  }
  let back = (dow - weekday + 7) % 7;
  if (strict && back === 0) back = 7;
  return addDays(anchor, -back);
}

/** The value of the period `offset` periods from the anchor's: "last month" = month, -1. */
export function periodValue(anchor: Ymd, granularity: Granularity, offset: number): string {
  switch (granularity) {
    case 'second':
    case 'minute':
    case 'hour':
    case 'day':
      return formatYmd(addDays(anchor, offset));
    case 'week':
      return formatIsoWeek(addDays(anchor, offset * 7));
    case 'month': {
      const t = addMonths(anchor, offset);
      return formatYm(t.y, t.m);
    }
    case 'quarter': {
      const index = anchor.y * 4 + quarterOf(anchor) - 1 + offset;
      return `${formatYear(Math.floor(index / 4))}-Q${(index % 4) + 1}`;
    }
    case 'year':
      return formatYear(anchor.y + offset);
    case 'decade':
      return String(Math.floor(anchor.y / 10) + offset).padStart(3, '0');
    case 'century':
      return String(Math.floor(anchor.y / 100) + offset).padStart(2, '0');
  }
}

/** "N units ago/later": the anchor shifted, at the unit's granularity (days for weeks, as newsrooms read it). */
export function shiftedValue(anchor: Ymd, amount: number, unit: UnitInfo): string {
  const n = amount * unit.factor;
  switch (unit.granularity) {
    case 'second':
    case 'minute':
    case 'hour':
    case 'day':
      return formatYmd(addDays(anchor, Math.round(n)));
    case 'week':
      return formatYmd(addDays(anchor, Math.round(n * 7)));
    case 'month':
      return periodValue(anchor, 'month', Math.round(n));
    case 'quarter':
      return periodValue(anchor, 'quarter', Math.round(n));
    case 'year':
      return formatYear(anchor.y + Math.round(n));
  }
}

/**
 * The year to give a month (and day) stated without one: of last, this and
 * next year, the one nearest the anchor, with dates on the wrong side of the
 * clause's tense pushed away (a past event is rarely ahead of the story).
 */
export function inferYear(anchor: Ymd, month: number, day: number | undefined, tense: Tense): number {
  const anchorDay = Date.UTC(anchor.y, anchor.m - 1, anchor.d) / 86400000;
  let best = anchor.y;
  let bestCost = Infinity;
  for (const y of [anchor.y - 1, anchor.y, anchor.y + 1]) {
    const first = Date.UTC(y, month - 1, day ?? 1) / 86400000;
    const last = day === undefined ? Date.UTC(y, month, 0) / 86400000 : first;
    const distance = anchorDay < first ? first - anchorDay : anchorDay > last ? anchorDay - last : 0;
    const wrongSide = (tense === 'past' && first > anchorDay) || (tense === 'future' && last < anchorDay);
    const cost = distance + (wrongSide ? (tense === 'past' ? 150 : 100) : 0);
    if (cost < bestCost) {
      best = y;
      bestCost = cost;
    }
  }
  return best;
}

/** Value for a deictic expression when the document has no anchor. */
export function unanchoredRef(offset: number): string {
  return offset < 0 ? 'PAST_REF' : offset > 0 ? 'FUTURE_REF' : 'PRESENT_REF';
}
