/**
 * The inclusive ISO date interval a TIMEX3 DATE/TIME value denotes, narrowed
 * by a TimeML modifier (EARLY/MID/LATE ...) when the text has one.
 */
import { memoize } from '../../lexicon/memoize.js';
import { addDays, daysInMonth, formatYmd, mondayOfIsoWeek, type Ymd } from './calendar.js';

export type TimexMod = 'START' | 'MID' | 'END' | 'EARLY' | 'LATE';

export interface Interval {
  from: string;
  to: string;
}

const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

function span(a: Ymd, b: Ymd): { a: Ymd; b: Ymd } {
  return { a, b };
}

function monthsSpan(y: number, m1: number, m2: number): { a: Ymd; b: Ymd } {
  const endY = y + Math.floor((m2 - 1) / 12);
  const endM = ((m2 - 1) % 12) + 1;
  return span({ y, m: m1, d: 1 }, { y: endY, m: endM, d: daysInMonth(endY, endM) });
}

/** The unmodified interval of a value, or undefined for durations, refs and underspecified values. */
function baseInterval(value: string): { a: Ymd; b: Ymd } | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value))) {
    const t = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
    return span(t, t);
  }
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const monday = mondayOfIsoWeek(+m[1]!, +m[2]!);
    return m[3] ? span(addDays(monday, 5), addDays(monday, 6)) : span(monday, addDays(monday, 6));
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return monthsSpan(+m[1]!, +m[2]!, +m[2]!);
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return monthsSpan(+m[1]!, +m[2]! * 3 - 2, +m[2]! * 3);
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return monthsSpan(+m[1]!, +m[2]! * 6 - 5, +m[2]! * 6);
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const [m1, m2] = SEASON_MONTHS[m[2]!]!;
    return monthsSpan(+m[1]!, m1, m2);
  }
  if ((m = /^(\d{4})$/.exec(value))) return monthsSpan(+m[1]!, 1, 12);
  if ((m = /^(\d{3})$/.exec(value))) {
    const y = +m[1]! * 10;
    return span({ y, m: 1, d: 1 }, { y: y + 9, m: 12, d: 31 });
  }
  if ((m = /^(\d{2})$/.exec(value))) {
    const y = +m[1]! * 100;
    return span({ y, m: 1, d: 1 }, { y: y + 99, m: 12, d: 31 });
  }
  return undefined;
}

/** Narrows [a, b] to a third (EARLY/MID/LATE) or its first/last day-ish tenth (START/END). */
function narrow(a: Ymd, b: Ymd, mod: TimexMod): { a: Ymd; b: Ymd } {
  const days = Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86400000) + 1;
  if (days <= 1) return { a, b };
  const third = Math.max(1, Math.round(days / 3));
  switch (mod) {
    case 'EARLY':
    case 'START':
      return { a, b: addDays(a, third - 1) };
    case 'MID':
      return { a: addDays(a, third), b: addDays(b, -third) };
    case 'LATE':
    case 'END':
      return { a: addDays(b, -(third - 1)), b };
  }
}

/** Months split the way newsrooms read them: early = 1-10, mid = 11-20, late = 21-end. */
function narrowMonth(a: Ymd, b: Ymd, mod: TimexMod): { a: Ymd; b: Ymd } {
  if (mod === 'EARLY' || mod === 'START') return { a, b: { ...a, d: 10 } };
  if (mod === 'MID') return { a: { ...a, d: 11 }, b: { ...a, d: 20 } };
  return { a: { ...a, d: 21 }, b };
}

export function intervalOf(value: string, mod?: TimexMod): Interval | undefined {
  const base = baseInterval(value);
  if (!base) return undefined;
  const isMonth = /^\d{4}-\d{2}$/.test(value);
  const { a, b } = mod ? (isMonth ? narrowMonth(base.a, base.b, mod) : narrow(base.a, base.b, mod)) : base;
  return { from: formatYmd(a), to: formatYmd(b) };
}

/** intervalOf by "value" or "value\0mod", remembered (bounded like the lexicon memos). */
const intervalByKey = memoize((key: string): Interval | undefined => {
  const cut = key.indexOf('\u0000');
  return cut < 0 ? intervalOf(key) : intervalOf(key.slice(0, cut), key.slice(cut + 1) as TimexMod);
}, 20_000);

/**
 * intervalOf, remembered: the same few values ("2016-10-05", "2016", each
 * document's publication date) recur within and across articles. The
 * answers are shared, so callers only read them.
 */
export function rememberedInterval(value: string, mod?: TimexMod): Interval | undefined {
  return intervalByKey(mod ? `${value}\u0000${mod}` : value);
}
