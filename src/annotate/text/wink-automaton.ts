/**
 * wink-nlp's automaton (wink-nlp 2.4.0 src/automaton.js `recognize`), with
 * its machine read into arrays and Maps.
 *
 * wink's machine is the parsed JSON of the model: an object per state,
 * keyed by token, read at every step through four keyed lookups (the
 * state's row, the token in it, the terminal table, the row's "otherwise"),
 * all on dictionary-mode objects and shared by every automaton, so V8 gives
 * them its slowest, megamorphic path: ~20 % of the text step. Here a state's
 * row is a Map from token to next state, and terminal names, marks and
 * "otherwise" states are arrays by state. The loop is wink's, for the case
 * the reader uses (no pattern swap, no pattern-detection callback);
 * wink-automaton.test.ts compares its matches with wink's for the model's
 * sbd and POS machines on real documents and random token sequences.
 */

/** Tokens wink uses for the end of the sequence and for a row's "otherwise" entry (automaton.js, with a cache). */
const END_TOKEN = 2070000;
const OTHERWISE_TOKEN = 2070003;
const ROOT = 0;

/** A match: first and last token index, and the pattern's name. */
export type AutomatonMatch = [number, number, unknown];

export type TokenTransform<C, P> = (token: number, cache: C, param: P, index: number) => number;

export interface Automaton<C, P> {
  recognize(tokens: number[], transform: TokenTransform<C, P>, param: P): AutomatonMatch[];
}

type Table = Record<string, unknown>;

/** Per-state arrays of a machine in wink's JSON form `[version, lastState, fsm, terminals, marks, customProperties]`. */
function compileMachine(json: string) {
  const model = JSON.parse(json) as [number, number, Record<string, Table>, Table, Table];
  // Custom properties (model[5]) are only handed to a pattern-detection callback, which the reader does not set.
  const [, , fsm, terminals, marks] = model;
  const states = new Set<number>();
  const stateOf = (key: string) => {
    const state = Number(key);
    if (!Number.isInteger(state) || state < 0 || String(state) !== key) throw new Error(`sitrep text: wink machine has state "${key}"`);
    states.add(state);
    return state;
  };
  for (const key of [...Object.keys(fsm), ...Object.keys(terminals), ...Object.keys(marks)]) stateOf(key);
  for (const row of Object.values(fsm)) for (const next of Object.values(row)) if (typeof next === 'number') states.add(next);
  const size = Math.max(0, ...states) + 1;

  const rows: (Map<number, number> | undefined)[] = new Array(size).fill(undefined);
  // Entries keyed by a string that is no number's (e.g. "$of"): only a string token can find them.
  const wordRows: (Map<string, number> | undefined)[] = new Array(size).fill(undefined);
  const otherwise = new Int32Array(size);
  const terminal: unknown[] = new Array(size).fill(undefined);
  const marked: ([number, number] | undefined)[] = new Array(size).fill(undefined);
  for (const [key, row] of Object.entries(fsm)) {
    const map = new Map<number, number>();
    const words = new Map<string, number>();
    for (const [token, next] of Object.entries(row)) {
      if (typeof next !== 'number') throw new Error(`sitrep text: wink machine row ${key} has a non-numeric target`);
      const t = Number(token);
      if (t === OTHERWISE_TOKEN) otherwise[stateOf(key)] = next;
      if (String(t) === token) map.set(t, next);
      else words.set(token, next);
    }
    rows[stateOf(key)] = map;
    wordRows[stateOf(key)] = words;
  }
  for (const [key, name] of Object.entries(terminals)) terminal[stateOf(key)] = name;
  for (const [key, mark] of Object.entries(marks)) marked[stateOf(key)] = mark as [number, number];
  // wink reads the row of every non-terminal state it reaches: all must exist.
  for (let s = 0; s < size; s++)
    if (states.has(s) && !terminal[s] && !rows[s]) throw new Error(`sitrep text: wink machine state ${s} has no row`);
  return { rows, wordRows, otherwise, terminal, marked };
}


/**
 * An automaton over `cache` for one machine (JSON); `tokenToIgnore` as wink's
 * (a line break by default): its lexeme index is skipped in the input.
 */
export function compileAutomaton<C extends { lookup(text: string): number[] | null }, P>(
  json: string,
  cache: C,
  tokenToIgnore = '\n',
): Automaton<C, P> {
  const { rows, wordRows, otherwise, terminal, marked } = compileMachine(json);
  const skipped = cache.lookup(tokenToIgnore)![0];
  /**
   * The next state for a token that is not a number: wink looks tokens up
   * by their string, so a number's string (the POS updater sets tags from
   * match names, which are strings) finds that number's entry.
   */
  const nextForString = (state: number, token: unknown): number | undefined => {
    const key = String(token);
    const n = Number(key);
    return String(n) === key ? rows[state]!.get(n) : wordRows[state]!.get(key);
  };

  const push = (patterns: AutomatonMatch[], match: [number, number, number]) => {
    const state = match[2];
    const name = terminal[state];
    if (name === '0') return;
    const mark = marked[state];
    if (mark) {
      match[0] += mark[0];
      match[1] -= mark[1];
    }
    (match as AutomatonMatch)[2] = name;
    patterns.push(match as AutomatonMatch);
  };

  return {
    recognize(tokens, transform, param) {
      const length = tokens.length;
      const patterns: AutomatonMatch[] = [];
      let first = 0;
      let state = ROOT;
      let ns = ROOT;
      let lastOtherwiseIndex = 0;
      let lastOtherwiseState = ROOT;
      // wink's loop (automaton.js recognize), with delta always 1 (no pattern swap).
      for (let i = 0; i <= length; i += 1) {
        for (let j = i; j <= length; j += 1) {
          let t: unknown = j === length ? END_TOKEN : tokens[j]!;
          if (t === skipped) continue;
          if (j < length) t = transform(t as number, cache, param, j);
          ns = (typeof t === 'number' ? rows[state]!.get(t) : nextForString(state, t)) || ROOT;
          if (!state && ns) first = j;
          if (terminal[ns]) {
            push(patterns, [first, j, ns]);
            i = j;
            j = length + 100;
            ns = ROOT;
            lastOtherwiseState = ROOT;
          } else if (ns === ROOT) {
            if (lastOtherwiseState) {
              push(patterns, [first, lastOtherwiseIndex, lastOtherwiseState]);
              i = lastOtherwiseIndex;
              j = length + 100;
              ns = ROOT;
              lastOtherwiseState = ROOT;
            } else {
              j = length + 100;
            }
          }
          state = ns;
          if (otherwise[state]) {
            lastOtherwiseIndex = j;
            lastOtherwiseState = otherwise[state]!;
          }
        }
      }
      return patterns;
    },
  };
}
