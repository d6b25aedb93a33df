/**
 * The dateline that opens wire copy: "BAGHDAD (AFP) -", "KYIV, Ukraine (AP) —",
 * "LONDON, Jan 25 (Reuters) -".
 */
import { normalizeAgency } from '../agencies.js';

export interface Dateline {
  city: string;
  agency?: string;
  /** Length of the dateline prefix, separator included. */
  length: number;
}

const DATELINE =
  /^([A-Z][A-Z.'’ -]{1,40}?)(?:,\s*[A-Z][\p{L}. ]{1,30}?)?(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2})?\s*(?:\(([A-Za-z -]{2,30})\))?\s*[-–—]{1,2}\s+/u;

export function parseDateline(paragraph: string): Dateline | undefined {
  const m = DATELINE.exec(paragraph.slice(0, 120));
  if (!m) return undefined;
  const city = m[1]!.trim();
  // An all-caps word without an agency in brackets is often a kicker ("UPDATE -"); require the agency or a comma place.
  if (!m[2] && !m[0].includes(',')) return undefined;
  const agency = m[2] ? normalizeAgency(m[2]) : undefined;
  return { city, ...(agency ? { agency } : {}), length: m[0].length };
}
