import { test } from 'node:test';
import assert from 'node:assert/strict';
import model from 'wink-eng-lite-web-model';
import { compileAutomaton, type TokenTransform } from './wink-automaton.js';
import { tokenMappers, winkAutomaton, type DocRecord } from './wink-internals.js';
import { posTransformer, sbdTransformer, type CoreForTables, type TransformerCache } from './wink-model-steps.js';
import { readWinkDoc } from './wink.js';

type Cache = TransformerCache & { lookup(text: string): number[] | null };
const cache = readWinkDoc('').cache as unknown as Cache;
const core = (model.core as () => CoreForTables)();
const placeholder = cache.value(0);
const posUpdater = (model.pos as () => { updater: (px: unknown, cache: unknown, posTags: number[], normals: number[]) => void })().updater;

/** The model's machines, each with the token its automata skip (wink-nlp.js load). */
const machines = [
  { name: 'sbd', json: (model.sbd as () => { machines: string[] })().machines[0]!, ignore: '\n', transform: sbdTransformer(core) },
  ...(model.pos as () => { machines: string[] })().machines.map((json, k) => ({ name: `pos ${k}`, json, ignore: placeholder, transform: posTransformer(core) })),
];

/** Both automata's matches for `tokens`, compared. */
function compare(json: string, ignore: string, tokens: number[], transform: TokenTransform<Cache, number[]>, raw: number[]): number {
  const theirs = winkAutomaton(cache, ignore);
  theirs.importJSON(json);
  const ours = compileAutomaton<Cache, number[]>(json, cache, ignore);
  const expected = theirs.recognize(tokens, transform as never, raw);
  assert.deepEqual(ours.recognize(tokens, transform, raw), expected, `tokens ${tokens.join(',')}`);
  return expected.length;
}

/** Every token a machine's rows name (numbers, and strings such as "$of"), so random sequences walk its patterns. */
function machineTokens(json: string): number[] {
  const fsm = (JSON.parse(json) as [number, number, Record<string, Record<string, number>>])[2];
  const keys = new Set(Object.values(fsm).flatMap((row) => Object.keys(row)));
  return [...keys].map((k) => (String(Number(k)) === k ? Number(k) : k)) as number[];
}

test('wink automaton: matches as wink\'s on random sequences of each model machine\'s tokens', () => {
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  assert.ok(machines.some((m) => machineTokens(m.json).some((t) => typeof t === 'string')), 'a machine has string tokens');
  for (const m of machines) {
    const tokens = machineTokens(m.json);
    // Strings too: the POS updater sets tags from match names, and wink finds a number's string as the number.
    const vocabulary = [...tokens, ...tokens.slice(0, 20).map(String), cache.lookup(m.ignore)![0]!, 0, 1, 5, 12, 999, 'x'] as number[];
    const identity: TokenTransform<Cache, number[]> = (t) => t;
    let matches = 0;
    for (let n = 0; n < 3000; n++) {
      const sequence = Array.from({ length: random(40) }, () => vocabulary[random(vocabulary.length)]!);
      matches += compare(m.json, m.ignore, sequence, identity, []);
    }
    assert.ok(matches > 1000, `${m.name}: ${matches} matches`);
  }
});

const texts = [
  'Rebels seize Vantorra-Kell\n\nGen. Okafor Mbelundi told reporters on Jan. 5 that the U.S. convoy "won\'t move" until Sgt. Qxtrel\'s unit returns.',
  'The St. Kaldor council met at 9 a.m. Mr. Zorvakia said talks with Ms. Prell were "productive." They\'ll resume\u00a0Friday.',
  'He met officials from the Q.R.T. The meeting ended. It was held at Prell Ave. The police came. "Why?" she asked. \'Never,\' he said.',
  'A 4.5-magnitude quake hit 12 km from Taradale at 3:40 p.m. local time, the agency said; no damage was reported (officials said).',
  "I can't say. We'd have gone, wouldn't we? The U.K.'s and E.U.'s plans... were set! Dr. No's lab -- closed.\n\n\"Yes.\" \"No!\"",
];

test('wink automaton: matches as wink\'s on the sbd and POS inputs of real documents', () => {
  let matches = 0;
  for (const text of texts) {
    const data = readWinkDoc(text);
    const record: DocRecord = { cache, tokens: [...data.tokens], sentences: [], nonBreakingSpaces: data.nonBreakingSpaces, numOfTokens: data.numOfTokens };
    const normals = tokenMappers.mapRawTokens2UIdOfNormal(record);
    matches += compare(machines[0]!.json, '\n', normals, machines[0]!.transform, record.tokens);
    // The record's POS are already set, so this gives the tagged POS: a real tag sequence all the same.
    // Each POS machine reads the tags as the updater left them after the one before (some become strings).
    const posTags = tokenMappers.mapRawTokens2UIdOfDefaultPOS(record);
    for (const m of machines.slice(1)) {
      matches += compare(m.json, m.ignore, posTags, m.transform, record.tokens);
      const theirs = winkAutomaton(cache, m.ignore);
      theirs.importJSON(m.json);
      posUpdater(theirs.recognize(posTags, m.transform as never, record.tokens), cache, posTags, normals);
    }
  }
  assert.ok(matches > 20, String(matches));
});
