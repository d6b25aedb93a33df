/**
 * Calendar arithmetic on plain dates (UTC, no time zones): the small set of
 * operations TIMEX3 normalization needs, so the rules never touch `Date`.
 */

export interface Ymd {
  y: number;
  m: number; // 1-12
  d: number; // 1-31
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const pad4 = (n: number): string => String(n).padStart(4, '0');

export function formatYmd(t: Ymd): string {
  return `${pad4(t.y)}-${pad2(t.m)}-${pad2(t.d)}`;
}
export function formatYm(y: number, m: number): string {
  return `${pad4(y)}-${pad2(m)}`;
}
export function formatYear(y: number): string {
  return pad4(y);
}

function toUtc(t: Ymd): Date {
  return new Date(Date.UTC(t.y, t.m - 1, t.d));
}
function fromUtc(d: Date): Ymd {
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function addDays(t: Ymd, n: number): Ymd {
  const d = toUtc(t);
  d.setUTCDate(d.getUTCDate() + n);
  return fromUtc(d);
}

/** Adds months, clamping the day (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(t: Ymd, n: number): Ymd {
  const index = t.y * 12 + (t.m - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { y, m, d: Math.min(t.d, daysInMonth(y, m)) };
}

/** ISO weekday: Monday = 1 ... Sunday = 7. */
export function isoWeekday(t: Ymd): number {
  const w = toUtc(t).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week-numbering year and week of a date. */
function isoWeek(t: Ymd): { year: number; week: number } {
  const thursday = addDays(t, 4 - isoWeekday(t));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const dayOfYear = Math.round((toUtc(thursday).getTime() - toUtc(jan1).getTime()) / 86400000);
  return { year: thursday.y, week: Math.floor(dayOfYear / 7) + 1 };
}

export function formatIsoWeek(t: Ymd): string {
  const { year, week } = isoWeek(t);
  return `${pad4(year)}-W${pad2(week)}`;
}

/** Monday of an ISO week. */
export function mondayOfIsoWeek(year: number, week: number): Ymd {
  const jan4 = { y: year, m: 1, d: 4 };
  const week1Monday = addDays(jan4, 1 - isoWeekday(jan4));
  return addDays(week1Monday, (week - 1) * 7);
}

export function quarterOf(t: Ymd): number {
  return Math.floor((t.m - 1) / 3) + 1;
}

/** Parses the date part of 'YYYY-MM-DD' or an ISO date-time; undefined when it is not one. */
export function parseIsoDate(s: string | undefined): Ymd | undefined {
  if (!s) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim());
  if (!m) return undefined;
  const t = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  if (t.m < 1 || t.m > 12 || t.d < 1 || t.d > daysInMonth(t.y, t.m)) return undefined;
  return t;
}
