/**
 * Rules for deictic expressions resolved against the anchor: "yesterday",
 * "Thursday", "last year", "earlier this month", "two weeks ago",
 * "a year earlier", and the reference words now/recently/soon.
 */
import { addDays, formatYmd, isoWeekday, type Ymd } from './calendar.js';
import { ordinalValue, quantityValue, RX_APPROX, RX_QUANTITY, RX_UNIT, RX_WEEKDAY, unitInfo, weekdayNumber } from './lexicon.js';
import { periodValue, shiftedValue, unanchoredRef, weekdayDate, type Granularity } from './relative.js';
import { whole, type Proposal, type Rule, type RuleContext } from './types.js';

const PART_OF_DAY: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI',
};

function dayExpression(m: RegExpExecArray, ctx: RuleContext, rule: string, offset: number, partOfDay: string | undefined): Proposal {
  const part = partOfDay ? PART_OF_DAY[partOfDay.toLowerCase()] : undefined;
  const type = part ? 'TIME' : 'DATE';
  if (!ctx.anchor) return whole(m, { type, value: unanchoredRef(offset), inferred: true, rule });
  const day = formatYmd(addDays(ctx.anchor, offset));
  return whole(m, { type, value: part ? `${day}T${part}` : day, inferred: true, rule });
}

const todayYesterdayTomorrow: Rule = {
  name: 'deictic-day',
  pattern: /\b(?:(early|late)\s)?(today|yesterday|tomorrow)(?:\s(morning|afternoon|evening|night))?\b/gi,
  build(m, ctx) {
    const word = m[2]!.toLowerCase();
    const offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
    const p = dayExpression(m, ctx, 'deictic-day', offset, m[3]);
    if (m[1] && !m[3]) p.mod = m[1].toLowerCase() === 'early' ? 'START' : 'END';
    return p;
  },
};

const tonightThisMorning: Rule = {
  name: 'part-of-day',
  pattern: /\b(?:tonight|overnight|(this|last|yesterday|tomorrow)\s(morning|afternoon|evening|night))\b/gi,
  build(m, ctx) {
    if (!m[1]) return dayExpression(m, ctx, 'part-of-day', /^overnight$/i.test(m[0]) ? -1 : 0, 'night');
    const rel = m[1].toLowerCase();
    const offset = rel === 'this' ? 0 : rel === 'tomorrow' ? 1 : -1;
    // "last night" is the night before the anchor day; "last morning" is not idiomatic, treat alike.
    return dayExpression(m, ctx, 'part-of-day', offset, m[2]);
  },
};

const weekday: Rule = {
  name: 'weekday',
  pattern: new RegExp(`\\b(?:(last|next|this|this\\spast|this\\scoming|coming|past)\\s)?(${RX_WEEKDAY})(?:'s)?(?:\\s(morning|afternoon|evening|night))?\\b`, 'gi'),
  build(m, ctx) {
    if (!/^[A-Z]/.test(m[2]!)) return null;
    const wd = weekdayNumber(m[2]!)!;
    const rel = m[1]?.toLowerCase();
    const part = m[3] ? PART_OF_DAY[m[3].toLowerCase()] : undefined;
    const type = part ? 'TIME' : 'DATE';
    let end = m.index + m[0].length;
    if (m[0].endsWith("'s") && !part) end -= 2;
    if (!ctx.anchor) return { start: m.index, end, type, value: `XXXX-WXX-${wd}${part ? `T${part}` : ''}`, inferred: false, rule: 'weekday' };
    let tense = ctx.tense(m.index, end);
    let strict = false;
    if (rel === 'last' || rel === 'past' || rel === 'this past') { tense = 'past'; strict = true; }
    if (rel === 'next' || rel === 'coming' || rel === 'this coming') { tense = 'future'; strict = true; }
    const date: Ymd = weekdayDate(ctx.anchor, wd, tense, strict);
    const day = formatYmd(date);
    return { start: m.index, end, type, value: part ? `${day}T${part}` : day, inferred: true, rule: 'weekday' };
  },
};

/** Reference words (TIMEX3 PRESENT_REF / PAST_REF / FUTURE_REF). */
const REF_WORDS: Array<[RegExp, string]> = [
  [/\bnow\b(?![-'])|\bcurrently\b|\bnowadays\b|\bpresently\b|\bat\spresent\b|\bat\sthe\smoment\b|\bthese\sdays\b|\bcurrent\b(?!\s(?:account|affairs|events|of|flows?|and))/gi, 'PRESENT_REF'],
  [/\b(?<=at\s)the\stime\b(?!\sof)|\brecently\b|\blately\b|\bpreviously\b(?!\s(?:[a-z]+ed|said|had|was|were|held|been|known|thought|made|set|sold|told|paid|won|led|run|owned)\b)|\bformerly\b|\bthe\spast\b(?!\s(?:\w+\s)?(?:days?|weeks?|months?|years?|decades?|quarters?|centur|few|several|two|three|four|five|six|seven|eight|nine|ten|\d))|\b(?:more\s)?recent\stimes\b|\bin\sthe\spast\b|\bmore\srecently\b|\brecent\b(?!\s(?:years|decades|months|weeks|days|quarters|history))/gi, 'PAST_REF'],
  [/\b(?:the\s)?(?:(?:near|foreseeable|distant|immediate)\s)?future\b(?=\s*[.,;:!?'")]|\s(?:of|in|for|and|or|as|is|was|will|would|when|if|but)\b|\s*$)|\b(?:the\s|in\s)?coming\s(?:days|weeks|months|years|quarters)\b|(?<!\bas\s)\bsoon\b(?!\sas\b)|\bshortly\b|\bin\sthe\snear\sterm\b|\bthe\snear\sterm\b/gi, 'FUTURE_REF'],
];

function refRule(pattern: RegExp, value: string): Rule {
  return {
    name: 'ref',
    pattern,
    build(m) {
      let start = m.index;
      let text = m[0];
      // TimeBank spans exclude "in" of "in the past"/"in the coming days".
      if (/^in\s/i.test(text)) { start += 3; text = text.slice(3); }
      return { start, end: start + text.length, type: 'DATE', value, inferred: false, rule: 'ref' };
    },
  };
}

const GRANULARITY_WORDS: Record<string, Granularity> = {
  day: 'day', week: 'week', month: 'month', quarter: 'quarter', year: 'year', decade: 'decade', century: 'century', weekend: 'week',
};

/** "this/last/next week", "the past year", "earlier this month", "late last year", "the current quarter". */
const deicticPeriod: Rule = {
  name: 'deictic-period',
  pattern: /\b(?:(earlier|later|early|late)\s)?(this|last|next|the\s(?:past|last|previous|coming|next|current|latest|most\srecent|prior|same|following))\s(day|week|weekend|month|quarter|year|decade|century)\b(?!-)/gi,
  build(m, ctx) {
    const modWord = m[1]?.toLowerCase();
    const rel = m[2]!.toLowerCase().replace(/\s+/g, ' ');
    const unitWord = m[3]!.toLowerCase();
    const granularity = GRANULARITY_WORDS[unitWord]!;
    if (rel === 'the same' || rel === 'the following' || rel === 'the prior') return null;
    let offset = 0;
    if (rel === 'last' || rel === 'the last' || rel === 'the past' || rel === 'the previous' || rel === 'the prior') offset = -1;
    if (rel === 'next' || rel === 'the next' || rel === 'the coming') offset = 1;
    // "the latest quarter" in a results story is the last completed one.
    if ((rel === 'the latest' || rel === 'the most recent') && granularity === 'quarter') offset = -1;
    const mod = modWord === 'early' || modWord === 'earlier' ? (modWord === 'early' ? 'EARLY' : undefined) : modWord === 'late' ? 'LATE' : undefined;
    if (!ctx.anchor) return whole(m, { type: 'DATE', value: unanchoredRef(offset), mod, inferred: true, rule: 'deictic-period' });
    let value = periodValue(ctx.anchor, granularity, offset);
    if (unitWord === 'weekend') value += '-WE';
    return whole(m, { type: 'DATE', value, mod, inferred: true, rule: 'deictic-period' });
  },
};

/** "two weeks ago", "a year earlier", "three days later", "six months from now". */
const agoLater: Rule = {
  name: 'ago',
  pattern: new RegExp(`\\b(?:${RX_APPROX}\\s)?(${RX_QUANTITY})[\\s-](${RX_UNIT})(?:\\sor\\sso)?\\s(ago|earlier|later|from\\snow|hence|back)\\b`, 'gi'),
  build(m, ctx) {
    const amount = quantityValue(m[1]!);
    const unit = unitInfo(m[2]!);
    if (amount === undefined || !unit) return null;
    const word = m[3]!.toLowerCase();
    // "three days later" is tagged as the duration "three days"; only "a year earlier/later" is a date.
    if ((word === 'earlier' || word === 'later') && unit.granularity !== 'year') return null;
    const sign = word === 'later' || word === 'after' || word.startsWith('from') || word === 'hence' ? 1 : -1;
    // "a year ago/earlier" in a results story means the same quarter a year before (resolve step).
    if (amount === 'X' || !ctx.anchor) return whole(m, { type: 'DATE', value: unanchoredRef(sign), inferred: true, rule: 'ago' });
    const p = whole(m, { type: 'DATE', value: shiftedValue(ctx.anchor, sign * amount, unit), inferred: true, rule: 'ago' });
    if (unit.granularity === 'year' && unit.factor === 1) p.shiftYears = sign * amount;
    return p;
  },
};

/** Compound adjectives of financial news: "year-earlier", "the year-ago third quarter", "year-end". */
const yearCompound: Rule = {
  name: 'year-compound',
  pattern: /\b(?:the\s)?(?:(?:comparable|corresponding|same)\s)?(year-(?:earlier|ago)|year[-\s]?end|year's\send|yearend|year-to-date)(?:\s(?:(first|second|third|fourth)\s)?(period|quarter|level|results?))?\b/gi,
  build(m, ctx) {
    const kind = m[1]!.toLowerCase();
    // TimeBank keeps the noun inside the span only for "period"/"quarter".
    const keepNoun = m[3] && /^(period|quarter)$/i.test(m[3]);
    const lead = m[0].length - m[0].replace(/^the\s(?:(?:comparable|corresponding|same)\s)?/i, '').length;
    const start = keepNoun ? m.index : m.index + lead;
    const end = keepNoun || !m[3] ? m.index + m[0].length : m.index + m[0].toLowerCase().indexOf(kind) + kind.length;
    if (!ctx.anchor) return { start, end, type: 'DATE', value: 'PAST_REF', inferred: true, rule: 'year-compound' };
    if (kind.startsWith('year-earlier') || kind.startsWith('year-ago')) {
      const p: Proposal = { start, end, type: 'DATE', value: String(ctx.anchor.y - 1), inferred: true, rule: 'year-compound' };
      if (m[2] && keepNoun) p.value = `${ctx.anchor.y - 1}-Q${ordinalValue(m[2])}`;
      else if (keepNoun) p.shiftYears = -1; // "the year-ago period": the quarter under discussion, a year back
      return p;
    }
    if (kind === 'year-to-date') return { start, end, type: 'DURATION', value: 'P1Y', inferred: false, rule: 'year-compound' };
    const y = ctx.tense(start, end) === 'future' || ctx.anchor.m >= 10 ? ctx.anchor.y : ctx.anchor.y - 1;
    return { start, end, type: 'DATE', value: `${y}-12-31`, inferred: true, rule: 'year-compound' };
  },
};

/** "the day", "the week", "the year", "the quarter" in running text refer to the current one. */
/** "the following year", "the previous month": one period on from the last date the story gave. */
const followingPeriod: Rule = {
  name: 'following-period',
  pattern: /\b(?:the\s)(following|previous|preceding|next)\s(day|week|month|year)\b(?!-)/gi,
  build(m, ctx) {
    const rel = m[1]!.toLowerCase();
    const granularity = GRANULARITY_WORDS[m[2]!.toLowerCase()]!;
    const offset = rel === 'following' || rel === 'next' ? 1 : -1;
    // "the next year" with no date before it is next year from now (deictic-period also proposes it).
    if (!ctx.anchor) return whole(m, { type: 'DATE', value: unanchoredRef(offset), inferred: true, rule: 'following-period' });
    const p = whole(m, { type: 'DATE', value: periodValue(ctx.anchor, granularity, offset), inferred: true, rule: 'following-period' });
    if (rel !== 'next') p.relativeToLast = { granularity: granularity as 'day' | 'week' | 'month' | 'year', offset };
    return p;
  },
};

/** Decades in words: "the nineties", "the early eighties". */
const DECADE_WORDS: Record<string, string> = {
  twenties: '192', thirties: '193', forties: '194', fifties: '195', sixties: '196', seventies: '197', eighties: '198', nineties: '199',
};
const decadeWord: Rule = {
  name: 'decade',
  pattern: /\bthe\s(?:(early|mid|late)[\s-])?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi,
  build(m) {
    const mod = m[1] ? ({ early: 'EARLY', mid: 'MID', late: 'LATE' } as const)[m[1].toLowerCase() as 'early'] : undefined;
    return whole(m, { type: 'DATE', value: DECADE_WORDS[m[2]!.toLowerCase()]!, mod, inferred: true, rule: 'decade' });
  },
};

const thePeriod: Rule = {
  name: 'the-period',
  pattern: /\b(for\s)?(?:the|that)\s(?:(?:full|fiscal|latest|current|same|latest\sfiscal|current\sfiscal)\s)?(day|week|month|quarter|year|weekend|period)\b(?![-'])/gi,
  build(m, ctx) {
    let unitWord = m[2]!.toLowerCase();
    const isThat = /^(?:for\s)?that\s/i.test(m[0]);
    const latestFiscal = /latest\sfiscal/i.test(m[0]);
    if (unitWord === 'period') unitWord = 'quarter';
    const start = m.index + (m[1] ? m[1].length : 0);
    const end = m.index + m[0].length;
    const after = ctx.text.slice(end, end + 12);
    if (/^\s(?:of|before|after|earlier|ago)\b/i.test(after)) return null;
    // "the day that/when ..." names some other day; "the current fiscal year that ..." is still this one.
    if (!/full|fiscal|latest|current/i.test(m[0]) && /^\s(?:when|that|in\swhich)\b/i.test(after)) return null;
    if (m[1] && unitWord === 'year' && !/full|fiscal|current/i.test(m[0])) {
      const unit = unitInfo(unitWord)!;
      return { start, end, type: 'DURATION', value: `P1${unit.letter}`, inferred: false, rule: 'the-period' };
    }
    if (!ctx.anchor) return { start, end, type: 'DATE', value: 'PRESENT_REF', inferred: true, rule: 'the-period' };
    const granularity = GRANULARITY_WORDS[unitWord]!;
    let offset = 0;
    if (granularity === 'quarter' || latestFiscal || (isThat && granularity === 'year')) offset = -1;
    if (unitWord === 'weekend') {
      const past = ctx.tense(start, end) === 'past';
      return { start, end, type: 'DATE', value: periodValue(ctx.anchor, 'week', past && isoWeekday(ctx.anchor) < 6 ? -1 : 0) + '-WE', inferred: true, rule: 'the-period' };
    }
    const p: Proposal = { start, end, type: 'DATE', value: periodValue(ctx.anchor, granularity, offset), inferred: true, rule: 'the-period' };
    // "the quarter", "that period": the quarter the story is discussing, when it named one.
    if (granularity === 'quarter') p.shiftYears = 0;
    return p;
  },
};

export const RELATIVE_RULES: readonly Rule[] = [
  todayYesterdayTomorrow, tonightThisMorning, weekday, ...REF_WORDS.map(([p, v]) => refRule(p, v)),
  deicticPeriod, agoLater, yearCompound, followingPeriod, decadeWord, thePeriod,
];
