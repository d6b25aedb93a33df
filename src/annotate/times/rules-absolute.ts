/**
 * Rules for calendar expressions: "Oct. 15, 1999", "15 October", "October
 * 2023", "October", "1998-02-13", "2/13/98", years, decades, seasons.
 */
import { formatYear, formatYm, formatYmd } from './calendar.js';
import { MONTHS, monthNumber, RX_DAY_NUM, RX_MONTH, RX_MONTH_FULL, RX_YEAR } from './lexicon.js';
import { inferYear } from './relative.js';
import { whole, type Proposal, type Rule, type RuleContext } from './types.js';

const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

/** Month names are proper nouns: "may"/"march" in lower case are verbs. */
function isCapitalized(word: string): boolean {
  return /^[A-Z]/.test(word);
}

function dayNum(s: string): number {
  return parseInt(s, 10);
}

/** A month-day date, with its year stated or inferred. */
function monthDay(m: RegExpExecArray, ctx: RuleContext, rule: string, monthText: string, dayText: string, yearText?: string): Proposal | null {
  if (!isCapitalized(monthText)) return null;
  const month = monthNumber(monthText);
  const day = dayNum(dayText);
  if (!month || day < 1 || day > 31) return null;
  if (yearText) return whole(m, { type: 'DATE', value: formatYmd({ y: +yearText, m: month, d: day }), inferred: false, rule });
  if (!ctx.anchor) return whole(m, { type: 'DATE', value: `XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, inferred: false, rule });
  const y = inferYear(ctx.anchor, month, day, ctx.tense(m.index, m.index + m[0].length));
  return whole(m, { type: 'DATE', value: formatYmd({ y, m: month, d: day }), inferred: true, rule });
}

const monthDayYear: Rule = {
  name: 'month-day',
  pattern: new RegExp(`\\b(${RX_MONTH})\\s(${RX_DAY_NUM})\\b(?!:|\\.\\d|,\\d)(?:,?\\s(${RX_YEAR})\\b)?`, 'gi'),
  build: (m, ctx) => monthDay(m, ctx, 'month-day', m[1]!, m[2]!, m[3]),
};

const dayMonthYear: Rule = {
  name: 'day-month',
  pattern: new RegExp(`\\b(${RX_DAY_NUM})\\s(?:of\\s)?(${RX_MONTH})(?![a-z])(?:,?\\s(${RX_YEAR})\\b)?`, 'gi'),
  build: (m, ctx) => monthDay(m, ctx, 'day-month', m[2]!, m[1]!, m[3]),
};

const monthYear: Rule = {
  name: 'month-year',
  pattern: new RegExp(`\\b(${RX_MONTH})(?:,?\\s|\\sof\\s)(${RX_YEAR})\\b`, 'gi'),
  build(m) {
    const month = monthNumber(m[1]!);
    if (!month || !isCapitalized(m[1]!)) return null;
    return whole(m, { type: 'DATE', value: formatYm(+m[2]!, month), inferred: false, rule: 'month-year' });
  },
};

/** Words before a bare "May"/"March" that make it a month rather than a name or verb. */
const MONTH_CUE_BEFORE = /(?:\b(?:in|since|until|till|by|from|to|through|last|next|this|early|late|mid|of|during|before|after|on|between|and|or|every|each|until|end|beginning|start|middle)[\s-]|-)$/i;

const bareMonth: Rule = {
  name: 'month',
  pattern: new RegExp(`\\b(${RX_MONTH})(?![a-z])`, 'gi'),
  build(m, ctx) {
    const word = m[1]!;
    if (!isCapitalized(word) || word.length < 3) return null;
    // Abbreviations without a day are too ambiguous ("Mar", "Jun" as names, "Dec" as codes).
    const month = monthNumber(word)!;
    if (word.replace('.', '').toLowerCase() !== MONTHS[month - 1]) return null;
    const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
    if ((month === 5 || month === 3) && !MONTH_CUE_BEFORE.test(before)) return null;
    if (!ctx.anchor) return whole(m, { type: 'DATE', value: `XXXX-${String(month).padStart(2, '0')}`, inferred: false, rule: 'month' });
    const y = inferYear(ctx.anchor, month, undefined, ctx.tense(m.index, m.index + m[0].length));
    return whole(m, { type: 'DATE', value: formatYm(y, month), inferred: true, rule: 'month' });
  },
};

/** "last May", "this September", "January this year", "June last year". */
const deicticMonth: Rule = {
  name: 'deictic-month',
  pattern: new RegExp(`\\b(?:(last|this|next|this\\spast|this\\scoming)\\s(${RX_MONTH_FULL})|(${RX_MONTH_FULL})\\s(?:of\\s)?(this|last|next)\\syear)\\b`, 'gi'),
  build(m, ctx) {
    const word = m[2] ?? m[3]!;
    if (!isCapitalized(word)) return null;
    const month = monthNumber(word)!;
    const rel = (m[1] ?? m[4]!).toLowerCase();
    if (!ctx.anchor) return whole(m, { type: 'DATE', value: `XXXX-${String(month).padStart(2, '0')}`, inferred: false, rule: 'deictic-month' });
    let y = ctx.anchor.y;
    if (m[3]) y += rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
    else if (rel === 'last' || rel === 'this past') y = month < ctx.anchor.m ? ctx.anchor.y : ctx.anchor.y - 1;
    else if (rel === 'next' || rel === 'this coming') y = month > ctx.anchor.m ? ctx.anchor.y : ctx.anchor.y + 1;
    return whole(m, { type: 'DATE', value: formatYm(y, month), inferred: true, rule: 'deictic-month' });
  },
};

const SPELLED_UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};
const SPELLED_TENS: Record<string, number> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Broadcast transcripts spell years out: "nineteen ninety-six", "the year two thousand". */
const spelledYear: Rule = {
  name: 'spelled-year',
  pattern: /\b(?:(?:the\syear\s)?(nineteen|eighteen|twenty)[\s-](ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(one|two|three|four|five|six|seven|eight|nine))?|(?:the\syear\s)?two\sthousand(?:\s(?:and\s)?(one|two|three|four|five|six|seven|eight|nine|ten))?)\b/gi,
  build(m) {
    let y: number;
    if (m[1]) y = SPELLED_TENS[m[1].toLowerCase()]! * 100 + SPELLED_TENS[m[2]!.toLowerCase()]! + (m[3] ? SPELLED_UNITS[m[3].toLowerCase()]! : 0);
    else y = 2000 + (m[4] ? (SPELLED_UNITS[m[4].toLowerCase()] ?? 10) : 0);
    // "twenty twenty" etc. are fine; "eighteen twenty" as a count is rare in news.
    return whole(m, { type: 'DATE', value: formatYear(y), inferred: false, rule: 'spelled-year' });
  },
};

/** "the 1988 period", "the 1989 quarter": a year standing for the matching period. */
const yearPeriod: Rule = {
  name: 'year',
  pattern: new RegExp(`\\bthe\\s(${RX_YEAR})\\s(period|quarter|season|fiscal\\syear)\\b`, 'gi'),
  build(m) {
    const p = whole(m, { type: 'DATE', value: m[1]!, inferred: false, rule: 'year' });
    // "the 1988 period" in a results story is the quarter under discussion, in 1988.
    if (/period|quarter/i.test(m[2]!)) p.quarterInYear = +m[1]!;
    return p;
  },
};

/** Ordinal centuries: "the 20th century" is TIMEX3 19. */
const century: Rule = {
  name: 'century',
  pattern: /\b(?:the\s)?(\d{1,2})(?:st|nd|rd|th)[\s-]century\b/gi,
  build: (m) => whole(m, { type: 'DATE', value: String(+m[1]! - 1).padStart(2, '0'), inferred: false, rule: 'century' }),
};

const isoDate: Rule = {
  name: 'iso-date',
  pattern: /\b(1[6-9]\d\d|20\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/g,
  build: (m) => whole(m, { type: 'DATE', value: `${m[1]}-${m[2]}-${m[3]}`, inferred: false, rule: 'iso-date' }),
};

const slashDate: Rule = {
  name: 'slash-date',
  pattern: /(?<![\d/])(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])\/(\d{4}|\d{2})(?![\d/])/g,
  build(m) {
    let y = +m[3]!;
    if (m[3]!.length === 2) y += y < 50 ? 2000 : 1900;
    return whole(m, { type: 'DATE', value: formatYmd({ y, m: +m[1]!, d: +m[2]! }), inferred: false, rule: 'slash-date' });
  },
};

/** Words after a number that make it a count, not a year ("1500 troops"). */
const COUNT_AFTER = /^\s*(?:[-–]\s*\d|to\s\d|troops|people|soldiers|men|women|children|persons|residents|workers|members|employees|jobs|dollars|euros|pounds|shares|tons|tonnes|miles|km|kilometers|kilometres|meters|metres|feet|votes|seats|cases|deaths|units|homes|houses|cars|vehicles|rounds|points|times|of\s+(?:the|them|these|those)|percent|%|[a-z]+s\b(?!\s(?:of|to|for)))/;
const COUNT_BEFORE = /(?:[$€£#]|\bno\.|\bnumber|\bpage|\bp\.|\broute|\bflight|\bgate|\broom|,|\d)\s*$/i;

const year: Rule = {
  name: 'year',
  pattern: new RegExp(`(?<![\\d.,:/]|\\d-)(?:(?:fiscal|FY)\\s?)?(${RX_YEAR})(?![\\d.,:/]\\d|-\\d|%)\\b`, 'gi'),
  build(m, ctx) {
    const before = ctx.text.slice(Math.max(0, m.index - 10), m.index);
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    if (COUNT_BEFORE.test(before)) return null;
    const y = +m[1]!;
    // Outside a plausible news window a bare number is more likely a count; keep it when a year cue precedes.
    const cued = /\b(?:in|since|of|by|until|from|to|through|during|before|after|year|fiscal|early|late|mid|spring|summer|autumn|fall|winter)[\s-]*$/i.test(before);
    // "the 2024 elections": a year used as an adjective after a determiner, not a count.
    const determined = /\b(?:the|its|their|his|her|this|that|whose)\s$/i.test(before);
    if (COUNT_AFTER.test(after) && !/^'s\b/.test(after)) {
      if (!/^\s*[a-z]+s\b/i.test(after) || !(cued || determined)) return null;
    }
    if (!cued && (y < 1900 || y > 2100)) return null;
    return whole(m, { type: 'DATE', value: formatYear(y), inferred: false, rule: 'year' });
  },
};

const decade: Rule = {
  name: 'decade',
  pattern: /\b(?:the\s)?(?:(early|mid|late)[\s-])?(1[6-9]\d0|20[0-9]0)'?s\b/gi,
  build(m) {
    const mod = m[1] ? ({ early: 'EARLY', mid: 'MID', late: 'LATE' } as const)[m[1].toLowerCase() as 'early'] : undefined;
    return whole(m, { type: 'DATE', value: m[2]!.slice(0, 3), mod, inferred: false, rule: 'decade' });
  },
};

const shortDecade: Rule = {
  name: 'decade',
  pattern: /\b(?:the\s)?(?:(early|mid|late)[\s-])?'([1-9]0)s\b/gi,
  build(m) {
    const mod = m[1] ? ({ early: 'EARLY', mid: 'MID', late: 'LATE' } as const)[m[1].toLowerCase() as 'early'] : undefined;
    return whole(m, { type: 'DATE', value: `19${m[2]!.slice(0, 1)}`, mod, inferred: true, rule: 'decade' });
  },
};

const season: Rule = {
  name: 'season',
  pattern: new RegExp(`\\b(?:(this\\spast|this\\scoming|this|last|next|past|coming|the)\\s)?(spring|summer|fall|autumn|winter)(?:(?:\\sof)?\\s(${RX_YEAR})\\b)?`, 'gi'),
  build(m, ctx) {
    let rel = m[1]?.toLowerCase();
    const word = m[2]!.toLowerCase();
    const code = SEASONS[word]!;
    // "the summer" keeps its article in the span (TimeBank); it says nothing about which year.
    const hasThe = rel === 'the';
    if (hasThe) rel = undefined;
    const before = ctx.text.slice(Math.max(0, m.index - 12), m.index) + (hasThe ? 'the ' : '');
    // "fall" is mostly a noun or verb; take it only with a year, a deictic, or "in/the" before it.
    if (word === 'fall' && !rel && !m[3] && !/\b(?:in|during|this|the|by|until|since|early|late|mid)[\s-]+(?:the\s)?$/i.test(before)) return null;
    if (word === 'fall' && /\b(?:the|a)\s$/i.test(before) && !/\bin\sthe\s$/i.test(before) && !m[3]) return null;
    if (m[3]) return whole(m, { type: 'DATE', value: `${m[3]}-${code}`, inferred: false, rule: 'season' });
    if (!ctx.anchor) return whole(m, { type: 'DATE', value: `XXXX-${code}`, inferred: false, rule: 'season' });
    const seasonStartMonth = { SP: 3, SU: 6, FA: 9, WI: 12 }[code as 'SP']!;
    let offset = rel === 'last' || rel === 'past' ? -1 : rel === 'next' || rel === 'coming' ? 1 : 0;
    if (rel === 'this past') offset = seasonStartMonth <= ctx.anchor.m ? 0 : -1;
    if (rel === 'this coming') offset = seasonStartMonth > ctx.anchor.m ? 0 : 1;
    let y = ctx.anchor.y + offset;
    if (!rel) {
      // A bare season takes the tense: "in the spring" said in winter points forward or back.
      const seasonStart = { SP: 3, SU: 6, FA: 9, WI: 12 }[code as 'SP']!;
      const tense = ctx.tense(m.index, m.index + m[0].length);
      if (tense === 'past' && seasonStart > ctx.anchor.m) y -= 1;
    }
    return whole(m, { type: 'DATE', value: `${formatYear(y)}-${code}`, inferred: true, rule: 'season' });
  },
};

export const ABSOLUTE_RULES: readonly Rule[] = [
  monthDayYear, dayMonthYear, monthYear, deicticMonth, bareMonth, spelledYear, yearPeriod, century, isoDate, slashDate, year, decade, shortDecade, season,
];
