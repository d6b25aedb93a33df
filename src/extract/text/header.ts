/**
 * Recognizers for the header lines of a text capture: bylines, agency lines
 * and duplicated photo captions with their credit.
 */
import { agenciesIn, normalizeAgency } from '../agencies.js';

export interface Byline {
  authors: string[];
  agencies: string[];
}

const NAME = "[A-Z][\\p{L}'’.-]+(?:\\s+(?:[A-Z][\\p{L}'’.-]+|de|da|van|von|al|el|bin|del|la|le))*";
const BY_LINE = new RegExp(`^by\\s+(${NAME}(?:\\s*(?:,|and|&)\\s*${NAME})*)(?:\\s*[,|/–—-]\\s*(.+))?$`, 'iu');

/** A byline: "By Jane Doe and John Roe, Reuters", or a bare agency line "Agence France-Presse". */
export function parseByline(line: string): Byline | undefined {
  if (line.length > 160) return undefined;
  const agency = normalizeAgency(line);
  if (agency) return { authors: [], agencies: [agency] };
  const m = BY_LINE.exec(line);
  if (!m) return undefined;
  const names = m[1]!.split(/\s*(?:,|\band\b|&)\s*/i).filter((s) => s.length > 0);
  const authors: string[] = [];
  const agencies = m[2] ? agenciesIn(m[2]) : [];
  for (const n of names) {
    const a = normalizeAgency(n);
    if (a) {
      if (!agencies.includes(a)) agencies.push(a);
    } else authors.push(n.trim());
  }
  return { authors, agencies };
}

export interface CaptionPair {
  text: string;
  credit: string;
}

// The credit suffix some sites repeat a caption with: " — AHMAD AL-RUBAYE", " - AFP", " / Reuters".
const CREDIT_SUFFIX = /^\s*(?:[—–\-|/]|\(?photo:?|credit:?)\s*(.{2,80}?)\)?\s*$/iu;

/**
 * A caption line followed by the same caption plus a credit, as captures of
 * pages with a visible and an accessible caption show. Returns the credit.
 */
export function creditedDuplicate(caption: string, next: string): CaptionPair | undefined {
  if (caption.length < 15 || next.length <= caption.length || !next.startsWith(caption)) return undefined;
  const m = CREDIT_SUFFIX.exec(next.slice(caption.length));
  if (!m) return undefined;
  return { text: caption, credit: m[1]!.trim() };
}

/** A caption line ending in a photographer/agency credit: "... (Photo by X / AFP)". */
export function creditedCaption(line: string): CaptionPair | undefined {
  const m = /^(.{15,}?)\s*\((?:photo|picture|image)(?: by)?:?\s*([^()]{2,80})\)$/iu.exec(line);
  if (m) return { text: m[1]!.trim(), credit: m[2]!.trim() };
  return undefined;
}
