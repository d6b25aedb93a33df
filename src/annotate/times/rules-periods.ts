/**
 * Rules for quarters and halves ("the third quarter", "fiscal 1989's
 * fourth quarter", "Q3 2023", "the first half"), durations ("three years",
 * "the past three months", "two-year"), sets ("every week", "weekly") and
 * clock times ("3:30 p.m.", "noon").
 */
import { addDays, addMonths, formatYear, formatYmd, quarterOf, type Ymd } from './calendar.js';
import { durationValue, monthNumber, ordinalValue, RX_APPROX, RX_MONTH_FULL, RX_WEEKDAY, weekdayNumber, quantityValue, RX_NUMBER_WORD, RX_QUANTITY, RX_UNIT, RX_UNIT_SINGULAR, RX_YEAR, unitInfo } from './lexicon.js';
import { whole, type Proposal, type Rule, type RuleContext } from './types.js';

/** Year of a quarter stated without one: the anchor's, or last year's when that quarter has not begun. */
function quarterYear(anchor: Ymd, quarter: number, rel: string | undefined): number {
  if (rel === 'last year' || rel === "last year's") return anchor.y - 1;
  if (rel === 'next year' || rel === "next year's") return anchor.y + 1;
  return quarter > quarterOf(anchor) && !rel ? anchor.y - 1 : anchor.y;
}

const ORDINAL = '(first|second|third|fourth|1st|2nd|3rd|4th)';

const quarter: Rule = {
  name: 'quarter',
  pattern: new RegExp(
    `\\b(?:(?:the|its|their)\\s)?(?:(${RX_YEAR})(?:'s)?\\s|(this\\syear's|last\\syear's|next\\syear's)\\s)?(?:fiscal\\s)?(?:(${RX_YEAR})\\s)?${ORDINAL}[\\s-](quarter|half)\\b(?:\\s(?:of\\s)?(?:(this\\syear|last\\syear|next\\syear)|(?:fiscal\\s)?(${RX_YEAR})\\b))?`,
    'gi',
  ),
  build(m, ctx) {
    const n = ordinalValue(m[4]!)!;
    const isHalf = m[5]!.toLowerCase() === 'half';
    if (isHalf && n > 2) return null;
    const stated = m[1] ?? m[3] ?? m[7];
    const rel = (m[2] ?? m[6])?.toLowerCase();
    const code = isHalf ? `H${n}` : `Q${n}`;
    let start = m.index;
    let end = m.index + m[0].length;
    // "the first half of" without a year: TimeBank leaves "of ..." for the next expression.
    // "the third-quarter loss": a compound adjective is tagged without its determiner.
    const article = /^(?:the|its|their)\s/i.exec(m[0]);
    if (!stated && !rel && article && /-(?:quarter|half)/i.test(m[0])) start += article[0].length;
    if (stated) return { start, end, type: 'DATE', value: `${stated}-${code}`, inferred: false, rule: 'quarter' };
    if (!ctx.anchor) return { start, end, type: 'DATE', value: `XXXX-${code}`, inferred: false, rule: 'quarter' };
    const y = quarterYear(ctx.anchor, isHalf ? n * 2 - 1 : n, rel);
    if (end > start && /\s$/.test(m[0])) end -= 1;
    return { start, end, type: 'DATE', value: `${formatYear(y)}-${code}`, inferred: true, rule: 'quarter' };
  },
};

const quarterCode: Rule = {
  name: 'quarter',
  pattern: new RegExp(`\\b(?:(${RX_YEAR})\\s)?Q([1-4])(?:\\s(${RX_YEAR}))?\\b`, 'g'),
  build(m, ctx) {
    const stated = m[1] ?? m[3];
    if (stated) return whole(m, { type: 'DATE', value: `${stated}-Q${m[2]}`, inferred: false, rule: 'quarter' });
    if (!ctx.anchor) return whole(m, { type: 'DATE', value: `XXXX-Q${m[2]}`, inferred: false, rule: 'quarter' });
    return whole(m, { type: 'DATE', value: `${quarterYear(ctx.anchor, +m[2]!, undefined)}-Q${m[2]}`, inferred: true, rule: 'quarter' });
  },
};

/** Anchored interval of "the past N units": from N units before the anchor to the anchor. */
function pastInterval(anchor: Ymd, amount: number, unitLetter: string, factor: number): { from: string; to: string } | undefined {
  const n = amount * factor;
  let from: Ymd;
  if (unitLetter === 'D') from = addDays(anchor, -n);
  else if (unitLetter === 'W') from = addDays(anchor, -7 * n);
  else if (unitLetter === 'M') from = addMonths(anchor, -n);
  else if (unitLetter === 'Q') from = addMonths(anchor, -3 * n);
  else if (unitLetter === 'Y') from = addMonths(anchor, -12 * n);
  else return undefined;
  return { from: formatYmd(from), to: formatYmd(anchor) };
}

const duration: Rule = {
  name: 'duration',
  pattern: new RegExp(
    `\\b(?:(${RX_APPROX})\\s)?(?:(the|its|their|a|each\\sof\\sthe)\\s)?(?:(past|last|next|first|coming|previous|following|final|latest|initial|remaining|same|full)\\s)?(${RX_QUANTITY})(?:\\s(?:to|or)\\s${RX_QUANTITY})?(\\s|-)(?:(?:and\\sa\\shalf|\\+)\\s)?(${RX_UNIT})(?:-(old|long))?\\b`,
    'gi',
  ),
  build(m, ctx) {
    const det = m[2]?.toLowerCase();
    const rel = m[3]?.toLowerCase();
    const quantityText = m[4]!.toLowerCase();
    const amount = quantityValue(quantityText);
    const unit = unitInfo(m[6]!);
    if (amount === undefined || !unit) return null;
    if (m[7]?.toLowerCase() === 'old') return null; // ages ("a three-year-old boy")
    const afterText = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (/^\s(?:old|of\sage)\b/i.test(afterText)) return null; // "52 years old"
    // Fractions: "three-quarters of", "a quarter of the vote", "a second time".
    if (unit.granularity === 'quarter' && /^\s?of\b/i.test(afterText)) return null;
    if (unit.granularity === 'second' && /^an?$/i.test(quantityText)) return null;
    const beforeText = ctx.text.slice(Math.max(0, m.index - 20), m.index);
    // "$1.76 a year", "four flights a week": a rate, i.e. a set.
    if (/^an?$/i.test(quantityText) && !det && !m[1] && !/s$/i.test(m[6]!) && /(?:\d[\d,.]*%?|million|billion|thousand|hundred|cents?|times|percent|[a-z]{2,}s)\s$/i.test(beforeText) && !/\b(?:for|in|within|than|about|over|is|was|has|as|its|this)\s$/i.test(beforeText) && !/^\s(?:after|before|later|earlier|ago|or|and)\b/i.test(afterText)) {
      return whole(m, { type: 'SET', value: durationValue(1, unit), inferred: false, rule: 'set' });
    }
    let start = m.index;
    const end = m.index + m[0].length;
    // A compound adjective ("a two-year term", "the 23-year rule") is tagged without its determiner.
    const adjectival = m[5] === '-' || (!/s$/i.test(m[6]!) && amount !== 1);
    if (det && !m[1]) {
      const keepDet = !adjectival && (det === 'the' || (det === 'a' && /^(few|couple)/.test(quantityText)));
      if (!keepDet) start = m.index + m[0].toLowerCase().indexOf(rel ?? quantityText, det.length);
    }
    if (adjectival && rel) start = m.index + m[0].toLowerCase().indexOf(quantityText, m[0].toLowerCase().indexOf(rel) + rel.length);
    const after = ctx.text.slice(end, end + 8);
    if (/^\s(?:ago|from\snow|hence)\b/i.test(after)) return null;
    if (unit.granularity === 'year' && unit.factor === 1 && /^\s(?:earlier|later)\b/i.test(after)) return null;
    // "the past several quarters", "the last few months": a vague stretch of the past.
    if (amount === 'X' && (rel === 'past' || rel === 'last')) return { start, end, type: 'DATE', value: 'PAST_REF', inferred: false, rule: 'duration' };
    const value = durationValue(amount, unit);
    const p: Proposal = { start, end, type: 'DURATION', value, inferred: false, rule: 'duration' };
    if ((rel === 'past' || rel === 'last') && ctx.anchor && amount !== 'X') Object.assign(p, pastInterval(ctx.anchor, amount, unit.letter, unit.factor));
    return p;
  },
};

/** Bare plural units of vague length: "for years", "in recent months", "decades of war". */
const vagueDuration: Rule = {
  name: 'duration',
  pattern: /\b(?:(for|over|in|within|recent|coming|past)\s)(?:the\s)?(years|months|weeks|days|decades|centuries|hours)\b(?!\s(?:ago|earlier|later|old))/gi,
  build(m) {
    const unit = unitInfo(m[2]!)!;
    const cue = m[1]!.toLowerCase();
    const keepCue = cue === 'recent' || cue === 'coming' || cue === 'past';
    const start = keepCue ? m.index : m.index + m[0].length - m[2]!.length;
    // "recent years", "past years": TimeBank reads these as a vague past reference.
    if (cue === 'recent' || cue === 'past') return { start, end: m.index + m[0].length, type: 'DATE', value: 'PAST_REF', inferred: false, rule: 'duration' };
    return { start, end: m.index + m[0].length, type: 'DURATION', value: durationValue('X', unit), inferred: false, rule: 'duration' };
  },
};

const SET_ADVERBS: Record<string, string> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', fortnightly: 'P2W', monthly: 'P1M', quarterly: 'P1Q', annually: 'P1Y', yearly: 'P1Y', biannually: 'P6M', biennially: 'P2Y',
};

const setAdverb: Rule = {
  name: 'set',
  pattern: /\b(hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|annually|yearly|biannually|biennially)\b/gi,
  build(m, ctx) {
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    // Before a noun ("quarterly dividend", "daily newspaper") the word is an adjective, not a recurrence.
    if (/^\s+[a-z]/.test(after) && !/^\s+(?:since|in|at|for|to|on|and|or|until|from|by|through|during|with|basis)\b/.test(after)) return null;
    return whole(m, { type: 'SET', value: SET_ADVERBS[m[1]!.toLowerCase()]!, inferred: false, rule: 'set' });
  },
};

const setEvery: Rule = {
  name: 'set',
  pattern: new RegExp(`\\b(?:(every|each|per)\\s(?:(other)\\s)?(?:(${RX_NUMBER_WORD}|\\d+|few)\\s)?(${RX_UNIT})|(once|twice|${RX_NUMBER_WORD}\\stimes|\\d+\\stimes)\\s(?:a|an|per|every|each)\\s(${RX_UNIT_SINGULAR}))\\b`, 'gi'),
  build(m) {
    const unit = unitInfo(m[4] ?? m[6]!);
    if (!unit) return null;
    let amount: number | 'X' = 1;
    if (m[2]) amount = 2;
    if (m[3]) amount = quantityValue(m[3]) ?? 1;
    return whole(m, { type: 'SET', value: durationValue(amount, unit), inferred: false, rule: 'set' });
  },
};

/** "every Monday", "each July", "Tuesday nights", "Sundays". */
const setNamed: Rule = {
  name: 'set',
  pattern: new RegExp(`\\b(?:(?:every|each)\\s(${RX_WEEKDAY}|${RX_MONTH_FULL})|(${RX_WEEKDAY})s(?:\\s(mornings|afternoons|evenings|nights))?)\\b`, 'gi'),
  build(m) {
    const word = m[1] ?? m[2]!;
    if (!/^[A-Z]/.test(word)) return null;
    const wd = weekdayNumber(word);
    if (wd) {
      const part = m[3] ? { mornings: 'MO', afternoons: 'AF', evenings: 'EV', nights: 'NI' }[m[3].toLowerCase() as 'nights'] : undefined;
      return whole(m, { type: 'SET', value: `XXXX-WXX-${wd}${part ? `T${part}` : ''}`, inferred: false, rule: 'set' });
    }
    const month = monthNumber(word);
    if (!month) return null;
    return whole(m, { type: 'SET', value: `XXXX-${String(month).padStart(2, '0')}`, inferred: false, rule: 'set' });
  },
};

const clockTime: Rule = {
  name: 'clock',
  pattern: /\b(?:(?:at|about|around|by|until|before|after|from)\s)?(\d{1,2})(?:[:.](\d\d))?\s?(a\.m\.|p\.m\.|am\b|pm\b)(?:\s\(?(GMT|UTC|EST|EDT|CST|CDT|PST|PDT|BST|CET)\)?)?|\b(noon|midnight|midday)\b/gi,
  build(m, ctx: RuleContext) {
    let start = m.index;
    const lead = /^(?:at|by|until|before|after|from)\s/i.exec(m[0]);
    if (lead) start += lead[0].length;
    const end = m.index + m[0].length;
    let hh: number;
    let mm = 0;
    if (m[5]) {
      hh = m[5].toLowerCase() === 'midnight' ? 24 : 12;
    } else {
      hh = +m[1]!;
      mm = m[2] ? +m[2] : 0;
      if (hh > 12 || mm > 59) return null;
      const pm = m[3]!.toLowerCase().startsWith('p');
      if (pm && hh < 12) hh += 12;
      if (!pm && hh === 12) hh = 0;
    }
    const clock = `T${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
    const day = ctx.anchor ? formatYmd(ctx.anchor) : 'XXXX-XX-XX';
    return { start, end, type: 'TIME', value: `${day}${clock}`, inferred: !!ctx.anchor, rule: 'clock' };
  },
};

/** Agency style: "at 1430 GMT". Longer than the bare-year reading of "2030", so it wins the overlap. */
const agencyClock: Rule = {
  name: 'clock',
  pattern: /\b([01]\d|2[0-3])([0-5]\d)\s?(GMT|UTC|Z)\b/g,
  build(m, ctx) {
    const day = ctx.anchor ? formatYmd(ctx.anchor) : 'XXXX-XX-XX';
    return whole(m, { type: 'TIME', value: `${day}T${m[1]}:${m[2]}`, inferred: !!ctx.anchor, rule: 'clock' });
  },
};

export const PERIOD_RULES: readonly Rule[] = [quarter, quarterCode, duration, vagueDuration, setAdverb, setEvery, setNamed, clockTime, agencyClock];
