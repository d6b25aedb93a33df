/**
 * A name after a courtesy title is a person's ("Mr. Trump", "Ms Harris",
 * "Dr. Fauci"): the CoNLL-trained model learnt its context from Reuters,
 * which writes "Mr" without a period, and misses names it has no word
 * features for after "Mr." (about 30 % of such names on PolNeAR political
 * news). Resolve step: the model's span over the name becomes PER; where the
 * model found nothing, the capitalised words after the title become a PER
 * span (particles such as "de", "van", "al" kept inside, a possessive and
 * trailing weekday or month names left out).
 */
import type { Entity } from '../../model/layers.js';

const TITLE = /(?<![\p{L}\p{N}])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Messrs)\.?[ \t]+/gu;
const NAME_WORD = /\p{Lu}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/uy;
const PARTICLES = /(?:(?:de|del|della|der|den|van|von|da|di|du|le|la|al|bin|ibn|ter)[ \t]+)+/uy;
const POSSESSIVE = /['’]s$/u;
const GAP = /[ \t]+/y;
/**
 * Capitalised words that are not (part of) the name: days and months ("Mr.
 * Trump Tuesday said"), headline verbs, offices in a form of address ("Mr.
 * President", "Mr. Speaker") and pageant titles ("Miss Universe").
 */
const NOT_NAME = new Set(
  [
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December',
    'And But Or Says Said',
    'President Vice Speaker Chairman Chairwoman Secretary Prime Minister Ambassador Governor Mayor Senator',
    'Universe America USA World Teen Earth',
  ]
    .join(' ')
    .split(' '),
);
const MAX_WORDS = 4;

/** End (exclusive) of the name starting at `at`, or `at` when there is none. */
function nameEnd(text: string, at: number): number {
  let end = at;
  let pos = at;
  for (let words = 0; words < MAX_WORDS; words++) {
    PARTICLES.lastIndex = pos;
    if (PARTICLES.exec(text)) pos = PARTICLES.lastIndex;
    NAME_WORD.lastIndex = pos;
    const m = NAME_WORD.exec(text);
    if (!m || NOT_NAME.has(m[0])) break;
    const possessive = POSSESSIVE.exec(m[0]);
    end = pos + m[0].length - (possessive ? possessive[0].length : 0);
    if (possessive) break;
    GAP.lastIndex = end;
    if (!GAP.exec(text)) break;
    pos = GAP.lastIndex;
  }
  return end;
}

export function personsAfterTitles(text: string, entities: readonly Entity[]): Entity[] {
  const out = [...entities];
  let added = false;
  TITLE.lastIndex = 0;
  for (let m = TITLE.exec(text); m; m = TITLE.exec(text)) {
    const at = m.index + m[0].length;
    const k = out.findIndex((e) => e.start <= at && at < e.end);
    if (k >= 0) {
      const e = out[k]!;
      if (e.type !== 'PER') out[k] = { ...e, type: 'PER', source: 'entities/title-name' };
      continue;
    }
    const end = nameEnd(text, at);
    if (end === at || out.some((e) => e.start < end && at < e.end)) continue;
    out.push({ start: at, end, text: text.slice(at, end), type: 'PER', source: 'entities/title-name', confidence: 0.9 });
    added = true;
  }
  return added ? out.sort((a, b) => a.start - b.start) : out;
}
