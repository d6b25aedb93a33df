/**
 * Numbers attached to an event: the count of events ("more than 150
 * attacks" → 150, "more than") and the counts of killed, injured, arrested
 * and troops stated in the sentence.
 */
import { spelledNumber, TENS, UNITS_1_19 } from '../../lexicon/number-words.js';
import { alternationTrie } from './regex-trie.js';

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  dozen: 12, dozens: 24, scores: 40, hundreds: 200, thousands: 2000, a: 1, an: 1,
};
/** The number words NUMBER matches: all but "a" and "an". */
export const NUMBER_WORDS: readonly string[] = Object.keys(WORD_NUMBERS).filter((w) => w.length > 2);
const QUALIFIERS = ['more than', 'over', 'at least', 'nearly', 'almost', 'about', 'around', 'some', 'up to', 'fewer than', 'less than', 'roughly', 'approximately', 'as many as', 'at most'];
// Longest first and whole words only: a regex alternation takes the first alternative that
// matches, so "seven|seventeen" read "killed seventeen" as 7 and "dozen|dozens" read "dozens" as 12.
const NUMBER_WORD_ALTERNATION = [...NUMBER_WORDS]
  .sort((a, b) => b.length - a.length || a.localeCompare(b))
  .join('|');
const TENS_WORDS = TENS.slice(2).join('|');
const UNITS_WORDS = UNITS_1_19.slice(1, 10).join('|');
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|(?:${TENS_WORDS})[-\s](?:${UNITS_WORDS})(?![a-z])|(?:${NUMBER_WORD_ALTERNATION})(?![a-z]))(?:\s+(million|thousand|hundred)(?![a-z]))?`;
const QUALIFIER = String.raw`(?:(${QUALIFIERS.join('|')})\s+)?`;

export interface CountMatch {
  value: number;
  qualifier: string | undefined;
}

/** "seventeen" → 17, "dozens" → 24, "sixty-two" / "sixty two" → 62. */
function wordNumber(lower: string): number | undefined {
  return WORD_NUMBERS[lower] ?? spelledNumber(lower);
}

export function parseNumber(raw: string, scale?: string): number | undefined {
  const lower = raw.toLowerCase();
  let n = /^\d/.test(lower) ? Number(lower.replace(/,/g, '')) : wordNumber(lower);
  if (n === undefined || Number.isNaN(n)) return undefined;
  if (scale === 'million') n *= 1_000_000;
  else if (scale === 'thousand') n *= 1000;
  else if (scale === 'hundred') n *= 100;
  return n;
}

function toMatch(m: RegExpExecArray, offset = 1): CountMatch | undefined {
  const value = parseNumber(m[offset + 1]!, m[offset + 2]);
  if (value === undefined) return undefined;
  const qualifier = m[offset]?.toLowerCase() ?? (/^(dozens|scores|hundreds|thousands)$/i.test(m[offset + 1]!) ? m[offset + 1]!.toLowerCase() : undefined);
  // qualifier always present (undefined when none): one shape for every count.
  return { value, qualifier: qualifier || undefined };
}

const COUNT_BEFORE = new RegExp(String.raw`\b${QUALIFIER}${NUMBER}\s+(?:(?:[a-z-]+)\s+)?$`, 'i');

/** The number right before the trigger ("more than 150 attacks", "two air strikes"). */
export function countBefore(sentenceText: string, triggerOffset: number): CountMatch | undefined {
  const before = sentenceText.slice(Math.max(0, triggerOffset - 60), triggerOffset);
  const m = COUNT_BEFORE.exec(before);
  return m ? toMatch(m) : undefined;
}

const VICTIMS = String.raw`(?:\s+(?:[a-z-]+\s+){0,2}?(?:people|persons|civilians|soldiers|troops|police(?:men)?|officers|fighters|militants|protesters|demonstrators|children|women|men|members|students|workers|residents|villagers|others))?`;

function find(text: string, patterns: RegExp[]): number | undefined {
  for (const re of patterns) {
    const m = re.exec(text);
    if (!m) continue;
    const got = toMatch(m);
    if (got) return got.value;
  }
  return undefined;
}

function countPatterns(verbs: string): RegExp[] {
  return [
    new RegExp(String.raw`\b(?:${verbs})\s+${QUALIFIER}${NUMBER}`, 'i'),
    new RegExp(String.raw`\b${QUALIFIER}${NUMBER}${VICTIMS}\s+(?:(?:were|was|have been|had been|been|are|being)\s+)?(?:\w+\s+)?(?:${verbs})`, 'i'),
  ];
}

export interface EventCounts {
  killed?: number;
  injured?: number;
  arrested?: number;
  troops?: number;
}

// Compiled once: sentenceCounts runs for every event.
const KILLED = [...countPatterns('killing|killed|kills|kill|dead|died|death toll of'), new RegExp(String.raw`\bdeath toll (?:\w+ ){0,3}?(?:to|of|at)\s+${QUALIFIER}${NUMBER}`, 'i')];
const INJURED = countPatterns('wounding|wounded|injuring|injured|hurt');
const ARRESTED = countPatterns('arresting|arrested|detaining|detained|rounded up');
const TROOP_COUNT = new RegExp(String.raw`\b${QUALIFIER}${NUMBER}\s+(?:[A-Za-z-]+\s+)?(?:troops|soldiers|servicemen|personnel|peacekeepers)\b`, 'i');
const TROOPS = [TROOP_COUNT];

/** Cheap keyword tests first: the count patterns are long and most sentences state no count. */
const MAY_KILLED = /kill|dead|died|death/i;
const MAY_INJURED = /wound|injur|hurt/i;
const MAY_ARRESTED = /arrest|detain|rounded up/i;
const MAY_TROOPS = /troops|soldiers|servicemen|personnel|peacekeepers/i;

/**
 * Every count pattern needs a NUMBER: a sentence with no digit or number word states no count.
 * (The number words as a prefix tree: the same test as their plain alternation, quicker.)
 */
const MAY_NUMBER = new RegExp(String.raw`\d|\b${alternationTrie(NUMBER_WORDS)}\b`, 'i');

export function sentenceCounts(sentenceText: string): EventCounts {
  const counts: EventCounts = {};
  if (!MAY_NUMBER.test(sentenceText)) return counts;
  const killed = MAY_KILLED.test(sentenceText) ? find(sentenceText, KILLED) : undefined;
  const injured = MAY_INJURED.test(sentenceText) ? find(sentenceText, INJURED) : undefined;
  const arrested = MAY_ARRESTED.test(sentenceText) ? find(sentenceText, ARRESTED) : undefined;
  const troops = MAY_TROOPS.test(sentenceText) ? find(sentenceText, TROOPS) : undefined;
  if (killed !== undefined) counts.killed = killed;
  if (injured !== undefined) counts.injured = injured;
  if (arrested !== undefined) counts.arrested = arrested;
  if (troops !== undefined) counts.troops = troops;
  return counts;
}

/** The qualified count of troops, for deployment events ("more than 300 soldiers"). */
export function troopCount(sentenceText: string): CountMatch | undefined {
  const m = TROOP_COUNT.exec(sentenceText);
  return m ? toMatch(m) : undefined;
}
