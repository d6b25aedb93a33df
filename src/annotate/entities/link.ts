/**
 * In-document name linking. Mentions that are the same name, or a shorter
 * form of a person's full name ("Albares", "Aguero Martinez" for "Jose
 * Antonio Aguero Martinez"), share a `cluster` id and the full `name`. A
 * one-word mention that matches the surname of a linked person takes the
 * PER type even where the tagger said otherwise.
 */
import type { Entity } from '../../model/layers.js';
import { lookupCountry } from '../../lexicon/countries.js';

const splitWords = (s: string) => (isAscii(s) ? splitAsciiWords(s) : splitAnyWords(s));

export const splitAnyWords = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']s$/, '')
    .toLowerCase()
    .split(/[\s]+/)
    .filter(Boolean);

function isAscii(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) > 127) return false;
  return true;
}

/** ASCII whitespace, what \s matches below 128: tab, line feed, vertical tab, form feed, carriage return, space. */
const isAsciiSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

/**
 * `splitAnyWords` for ASCII text, which decomposition and accent stripping
 * leave as it is: the possessive dropped, lower-cased, split at whitespace,
 * without the regexes (most mentions are ASCII, and every new one is split).
 */
export function splitAsciiWords(s: string): string[] {
  const end = s.length >= 2 && s.charCodeAt(s.length - 1) === 115 && s.charCodeAt(s.length - 2) === 39 ? s.length - 2 : s.length;
  const lower = s.slice(0, end).toLowerCase();
  const out: string[] = [];
  let start = -1;
  for (let k = 0; k <= lower.length; k++) {
    const space = k === lower.length || isAsciiSpace(lower.charCodeAt(k));
    if (space && start >= 0) {
      out.push(lower.slice(start, k));
      start = -1;
    } else if (!space && start < 0) start = k;
  }
  return out;
}

const wordCache = new Map<string, string[]>();

/** Lower-cased, accent-free words of a mention (memoised: linking asks for each mention's words many times). */
function words(s: string): string[] {
  let w = wordCache.get(s);
  if (!w) {
    if (wordCache.size > 50_000) wordCache.clear();
    wordCache.set(s, (w = splitWords(s)));
  }
  return w;
}

/** True when `short` is a trailing run of the words of `full` ("aguero martinez" in "jose antonio aguero martinez"). */
function isTailOf(short: readonly string[], full: readonly string[]): boolean {
  if (short.length >= full.length) return false;
  const off = full.length - short.length;
  return short.every((w, k) => w === full[off + k]);
}

const ARTICLE = /^(al|el|ad|as|ar|at|az|an)-/;

/** Also accepts "Sudani" for "Mohammed Shia al-Sudani" (article-less surname). */
function matchesSurname(short: readonly string[], full: readonly string[]): boolean {
  if (isTailOf(short, full)) return true;
  if (short.length !== 1) return false;
  const last = full[full.length - 1]!.replace(ARTICLE, '');
  return last === short[0];
}

/**
 * Full names by their last word, with and without an Arabic article: a
 * mention can only match the surname of a name filed under its own last
 * word, so each mention checks those few names instead of every one.
 * Lists hold indexes into `persons`, ascending.
 */
function indexByLastWord(persons: readonly Entity[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  const file = (key: string, k: number) => {
    const list = index.get(key);
    if (!list) index.set(key, [k]);
    else if (list[list.length - 1] !== k) list.push(k);
  };
  persons.forEach((p, k) => {
    const w = words(p.text);
    const last = w[w.length - 1]!;
    file(last, k);
    file(last.replace(ARTICLE, ''), k);
  });
  return index;
}

export function linkMentions(entities: readonly Entity[]): Entity[] {
  // Object.assign, not spread: V8 adds properties to a spread copy (cluster, name below) on a slow path, ~10x slower.
  const out: Entity[] = entities.map((e) => Object.assign({}, e));
  // Each mention's words and key once (texts do not change below; types do).
  const wordsOfMention = new Map<Entity, string[]>();
  const keyOfMention = new Map<Entity, string>();
  for (const e of out) {
    const w = words(e.text);
    wordsOfMention.set(e, w);
    keyOfMention.set(e, w.join(' '));
  }
  const wordsOf = (e: Entity) => wordsOfMention.get(e)!;
  const keyOf = (e: Entity) => keyOfMention.get(e)!;
  // Full names: multi-word PER mentions, longest first so they become cluster heads.
  const persons = out.filter((e) => e.type === 'PER' && wordsOf(e).length > 1).sort((a, b) => wordsOf(b).length - wordsOf(a).length);
  const heads = new Map<string, { cluster: number; name: string; words: string[] }>();
  let next = 0;
  const ordered = [...out].sort((a, b) => a.start - b.start);
  const clusterOfKey = new Map<string, number>();
  const nameOfCluster = new Map<number, string>();
  for (const p of persons) {
    const k = keyOf(p);
    if (heads.has(k)) continue;
    // A full name that is itself a tail of a longer full name joins that one.
    let longer: { cluster: number } | undefined;
    for (const h of heads.values()) {
      if (isTailOf(wordsOf(p), h.words)) {
        longer = h;
        break;
      }
    }
    if (longer) {
      clusterOfKey.set(k, longer.cluster);
      continue;
    }
    const cluster = next++;
    heads.set(k, { cluster, name: p.text.replace(/[’']s$/, ''), words: wordsOf(p) });
    clusterOfKey.set(k, cluster);
    nameOfCluster.set(cluster, p.text.replace(/[’']s$/, ''));
  }
  const surnameIndex = indexByLastWord(persons);
  for (const e of ordered) {
    const k = keyOf(e);
    let cluster = clusterOfKey.get(k);
    const countryName = e.type === 'LOC' && lookupCountry(e.text) !== undefined;
    if (cluster === undefined && !countryName && (e.type === 'PER' || wordsOf(e).length === 1)) {
      // Prefer the most recent full name before this mention (the first listed of those
      // starting there), else the first that matches. A loop, not map/filter/sort: no arrays
      // per mention, whose element kinds (empty or not) made optimised code fall back.
      const w = wordsOf(e);
      const filed = w.length ? surnameIndex.get(w[w.length - 1]!) : undefined;
      const count = w.length ? (filed?.length ?? 0) : persons.length;
      let first: Entity | undefined;
      let chosen: Entity | undefined;
      for (let j = 0; j < count; j++) {
        const p = persons[filed ? filed[j]! : j]!;
        if (!matchesSurname(w, wordsOf(p))) continue;
        first ??= p;
        if (p.start < e.start && (chosen === undefined || p.start > chosen.start)) chosen = p;
      }
      chosen ??= first;
      if (chosen) {
        cluster = clusterOfKey.get(keyOf(chosen));
        if (cluster !== undefined) e.type = 'PER';
      }
    }
    if (cluster === undefined) {
      cluster = next++;
      clusterOfKey.set(k, cluster);
      nameOfCluster.set(cluster, e.text.replace(/[’']s$/, ''));
    }
    e.cluster = cluster;
    e.name = nameOfCluster.get(cluster)!;
  }
  return out;
}
