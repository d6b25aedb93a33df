/**
 * Words of time: months, weekdays, units, number words, and the regex
 * fragments built from them. Fragments hold no nested quantifiers, so the
 * rules built on them match in linear time.
 */
import { spelledNumber, TENS, UNITS_1_19 } from '../../lexicon/number-words.js';

export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;

const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** Month number (1-12) of a month name or abbreviation ("Sept."), else undefined. */
export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  const full = MONTHS.indexOf(w as (typeof MONTHS)[number]);
  if (full >= 0) return full + 1;
  return MONTH_ABBREVIATIONS[w];
}

/** ISO weekday (Monday = 1) of a weekday name, else undefined. */
export function weekdayNumber(word: string): number | undefined {
  const i = WEEKDAYS.indexOf(word.toLowerCase() as (typeof WEEKDAYS)[number]);
  return i >= 0 ? i + 1 : undefined;
}

const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
};

/** Quantity words whose amount is unknown: TIMEX3 writes them as X (PXY). */
const VAGUE_QUANTITIES = new Set(['several', 'few', 'a few', 'many', 'some']);

/** The number a numeral or number word names: 3, 'three', 'twenty-five', 'a'; 'X' for vague; undefined otherwise. */
export function quantityValue(text: string): number | 'X' | undefined {
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  if (t === 'a' || t === 'an') return 1;
  if (t === 'a dozen' || t === 'dozen') return 12;
  if (VAGUE_QUANTITIES.has(t)) return 'X';
  if (/^(?:a\s)?couple(?:\sof)?$/.test(t)) return 2;
  return spelledNumber(t);
}

export function ordinalValue(word: string): number | undefined {
  return ORDINALS[word.toLowerCase()];
}

/** A time unit word and its TIMEX3 duration letter; decades and centuries are written in years, as news readers expect. */
export interface UnitInfo {
  letter: 'S' | 'M' | 'H' | 'D' | 'W' | 'M' | 'Q' | 'Y';
  /** True for units below a day (PT...). */
  clock: boolean;
  /** How many of `letter` one unit is (decade = 10 Y). */
  factor: number;
  granularity: 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year';
}

export function unitInfo(word: string): UnitInfo | undefined {
  const w = word.toLowerCase().replace(/s$/, '').replace(/ie$/, 'y');
  switch (w) {
    case 'second': return { letter: 'S', clock: true, factor: 1, granularity: 'second' };
    case 'minute': return { letter: 'M', clock: true, factor: 1, granularity: 'minute' };
    case 'hour': return { letter: 'H', clock: true, factor: 1, granularity: 'hour' };
    case 'day': return { letter: 'D', clock: false, factor: 1, granularity: 'day' };
    case 'night': return { letter: 'D', clock: false, factor: 1, granularity: 'day' };
    case 'week': return { letter: 'W', clock: false, factor: 1, granularity: 'week' };
    case 'fortnight': return { letter: 'W', clock: false, factor: 2, granularity: 'week' };
    case 'month': return { letter: 'M', clock: false, factor: 1, granularity: 'month' };
    case 'quarter': return { letter: 'Q', clock: false, factor: 1, granularity: 'quarter' };
    case 'year': return { letter: 'Y', clock: false, factor: 1, granularity: 'year' };
    case 'decade': return { letter: 'Y', clock: false, factor: 10, granularity: 'year' };
    case 'century': return { letter: 'Y', clock: false, factor: 100, granularity: 'year' };
    default: return undefined;
  }
}

/** TIMEX3 duration value for an amount of units: P3Y, PT2H, PXM, P10Y (a decade). */
export function durationValue(amount: number | 'X', unit: UnitInfo): string {
  const n = amount === 'X' ? 'X' : String(Math.round(amount * unit.factor * 100) / 100);
  return unit.clock ? `PT${n}${unit.letter}` : `P${n}${unit.letter}`;
}

// ---- regex fragments (source strings, used with the 'i' flag) ----

const alt = (words: readonly string[]): string => words.join('|');

export const RX_MONTH_FULL = alt(MONTHS);
export const RX_MONTH_ABBR = 'jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';
/** A month name, or an abbreviation with optional period. */
export const RX_MONTH = `(?:${RX_MONTH_FULL}|(?:${RX_MONTH_ABBR})\\.?)`;
export const RX_WEEKDAY = `(?:${alt(WEEKDAYS)})`;
export const RX_DAY_NUM = '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?';
export const RX_YEAR = '(?:1[6-9]\\d\\d|20\\d\\d)';
const NUMBER_WORDS = [...UNITS_1_19.slice(1), ...TENS.slice(2)].sort((a, b) => b.length - a.length);
export const RX_NUMBER_WORD = `(?:${alt(NUMBER_WORDS)})(?:[-\\s](?:${alt(UNITS_1_19.slice(1, 10))})\\b)?`;
/** A quantity: digits, a number word, "a", "a few", "several". */
export const RX_QUANTITY = `(?:\\d+(?:\\.\\d+)?|${RX_NUMBER_WORD}|a few|a couple of|couple of|a dozen|several|few|many|some|an|a)`;
export const RX_UNIT = '(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centuries|century)';
export const RX_UNIT_SINGULAR = '(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|century)';
/** Approximators TimeBank keeps inside the span: "nearly two years", "more than a week". */
export const RX_APPROX = '(?:nearly|almost|about|around|approximately|roughly|some|more\\sthan|less\\sthan|fewer\\sthan|up\\sto|no\\smore\\sthan|at\\sleast|at\\smost|well\\sover|close\\sto)';
