/**
 * Calendar helpers shared by both stores, so SQLite and PostgreSQL bucket and
 * compare dates identically: everything is a plain 'YYYY-MM-DD' string.
 */

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** The 'YYYY-MM-DD' day at the start of an ISO date or date-time, or null. */
export function dayOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = FULL_DATE.exec(value);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== m[0]) return null;
  return m[0];
}

/** The Monday that starts the ISO week of a 'YYYY-MM-DD' day. */
export function weekOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const sinceMonday = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - sinceMonday);
  return d.toISOString().slice(0, 10);
}

/** 'YYYY-MM' of a 'YYYY-MM-DD' day. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** True for a real calendar day written 'YYYY-MM-DD' (what date filters accept). */
export function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && dayOf(value) === value;
}
