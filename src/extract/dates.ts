/**
 * Publication dates as pages write them, to the contract form: YYYY-MM-DD, or
 * an ISO date-time (with its offset) when the page gives a time.
 */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
  // German and French month names: many pages in the web set are German.
  januar: 1, jänner: 1, februar: 2, märz: 3, maerz: 3, mai: 5, juni: 6, juli: 7, oktober: 10, dezember: 12,
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9,
  octobre: 10, novembre: 11, décembre: 12, decembre: 12,
};

const pad = (n: number): string => String(n).padStart(2, '0');

function ymd(y: number, m: number, d: number): string | undefined {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;

/**
 * Normalizes a machine-readable date (JSON-LD, meta tags, <time datetime>):
 * keeps the time and offset when both are stated, else the calendar date.
 */
export function normalizeIsoDate(value: string): string | undefined {
  const v = value.trim();
  const m = ISO_DATE_TIME.exec(v);
  if (m) {
    const day = ymd(Number(m[1]), Number(m[2]), Number(m[3]));
    if (!day) return undefined;
    if (m[4] && m[7]) {
      const off = m[7] === 'Z' ? 'Z' : m[7].includes(':') ? m[7] : `${m[7].slice(0, 3)}:${m[7].slice(3)}`;
      return `${day}T${m[4]}:${m[5]}:${m[6] ?? '00'}${off}`;
    }
    return day;
  }
  return parseVisibleDate(v);
}

const MONTH_FIRST = /\b([A-Za-zäéû]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/;
const DAY_FIRST = /\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-zäéû]{3,9})\.?,?\s+(\d{4})\b/;
const NUMERIC_DMY = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;
const NUMERIC_YMD = /\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b/;

/** A date as people write it ("Jan 25, 2024", "25 January 2024", "25.01.2024") → YYYY-MM-DD. */
export function parseVisibleDate(s: string): string | undefined {
  if (s.length > 200) s = s.slice(0, 200);
  let m = MONTH_FIRST.exec(s);
  if (m) {
    const month = MONTHS[m[1]!.toLowerCase()];
    if (month) return ymd(Number(m[3]), month, Number(m[2]));
  }
  m = DAY_FIRST.exec(s);
  if (m) {
    const month = MONTHS[m[2]!.toLowerCase()];
    if (month) return ymd(Number(m[3]), month, Number(m[1]));
  }
  m = NUMERIC_YMD.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = NUMERIC_DMY.exec(s);
  if (m) return ymd(Number(m[3]), Number(m[2]), Number(m[1]));
  return undefined;
}

/**
 * True when a line is only a date (plus optional time, weekday, "Published",
 * "Updated" words), so it can be dropped from a text capture's body.
 */
export function isDateLine(line: string): boolean {
  const t = line.trim();
  if (t.length > 80 || !parseVisibleDate(t)) return false;
  const rest = t
    .replace(MONTH_FIRST, '')
    .replace(DAY_FIRST, '')
    .replace(NUMERIC_YMD, '')
    .replace(NUMERIC_DMY, '')
    .replace(/\b(?:published|updated|posted|last|on|at|am|pm|a\.m\.|p\.m\.|gmt|utc|[a-z]{2,4}t|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/gi, '')
    .replace(/\d{1,2}:\d{2}(?::\d{2})?/g, '')
    .replace(/[\s,.:|·•\-–—()]+/g, '');
  return rest.length === 0;
}
