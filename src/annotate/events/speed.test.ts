/**
 * The shortcuts of the speed round must give what the plain code gave: shared
 * words from the hashed table, per-sentence place candidates, chunk memos.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Place, Token } from '../../model/layers.js';
import { actorFromChunk } from './actors.js';
import { findChunks } from './chunks.js';
import { lemmaCandidates } from './lemma.js';
import { eventPlace } from './places.js';
import { NUMBER_WORDS, sentenceCounts } from './counts.js';
import { KEY_FORMS } from './propose.js';
import { alternationTrie } from './regex-trie.js';
import { unitsOfSentence, unitsOfTokenRange, wordOf, wordsOf, wordsOfRange, type Unit } from './units.js';

function tokensOf(text: string): Token[] {
  return [...text.matchAll(/[\w’'-]+|[^\s\w]/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, pos: 'X', sentence: 0 }));
}

function unitsOf(text: string, pos: Record<string, string> = {}): Unit[] {
  return tokensOf(text).map((t) => {
    const w = text.slice(t.start, t.end);
    return { start: t.start, end: t.end, text: w, lower: w.toLowerCase(), pos: pos[w] ?? 'X', lemmas: lemmaCandidates(w.toLowerCase()) };
  });
}

/** Units as the component makes them (with shared words), tags from `pos` (default X). */
function sharedUnitsOf(text: string, pos: Record<string, string> = {}): Unit[] {
  const tokens = tokensOf(text).map((t) => ({ ...t, pos: pos[text.slice(t.start, t.end)] ?? 'X' }));
  return unitsOfSentence(text, { start: 0, end: text.length }, 0, tokens, wordsOf(text, tokens)).units;
}

test('wordsOf finds the shared word of each spelling, as wordOf does', () => {
  const text = 'Rebels shelled the town; the rebels’ shells hit Shelled Town.';
  const words = wordsOf(text, tokensOf(text));
  const tokens = tokensOf(text);
  words.forEach((w, i) => assert.equal(w, wordOf(text.slice(tokens[i]!.start, tokens[i]!.end))));
  assert.equal(words[2], words[5]); // "the" twice: one object
  assert.notEqual(words[0], words[6]); // "Rebels" and "rebels’" are different spellings
  assert.equal(words[6]!.lower, "rebels'");
});

test('wordsOf stays right after its table is emptied (many distinct spellings)', () => {
  const many = Array.from({ length: 40_000 }, (_, i) => `w${i.toString(36)}x`).join(' ');
  const words = wordsOf(many, tokensOf(many));
  assert.equal(words.length, 40_000);
  assert.equal(words[39_999]!.text, `w${(39_999).toString(36)}x`);
  const again = 'wax w0x';
  assert.deepEqual(wordsOf(again, tokensOf(again)).map((w) => w.text), ['wax', 'w0x']);
});

test('eventPlace without a places layer: nearest country after a locative, or the object of a visit', () => {
  const visit = unitsOf('The minister visited Iraq after talks in Jordan');
  assert.equal(eventPlace(visit, [], 2, true)?.text, 'Iraq');
  // Not a visit: only "in Jordan" counts.
  assert.equal(eventPlace(visit, [], 2, false)?.text, 'Jordan');
  // The nearest of several locative countries, whichever event asks first.
  const two = unitsOf('Talks in Jordan ended as fighting in Syria resumed');
  assert.equal(eventPlace(two, [], 0, false)?.text, 'Jordan');
  assert.equal(eventPlace(two, [], 7, false)?.text, 'Syria');
  // Each event gets its own object.
  assert.notEqual(eventPlace(two, [], 0, false), eventPlace(two, [], 0, false));
});

test('eventPlace prefers a places-layer item after a locative, else one standing alone', () => {
  const text = 'US strikes hit targets near Mosul';
  const units = unitsOf(text, { strikes: 'NOUN', targets: 'NOUN' });
  const place = (name: string): Place => {
    const start = text.indexOf(name);
    return { start, end: start + name.length, text: name, name, lat: 0, lon: 0, country: name === 'US' ? 'US' : 'IQ' } as Place;
  };
  assert.equal(eventPlace(units, [place('US'), place('Mosul')], 1, false)?.text, 'Mosul');
  // "US strikes": a place name before a noun is a modifier, not a site.
  assert.equal(eventPlace(units, [place('US')], 1, false), undefined);
});

test('findChunks keeps an entity in one chunk and stops at "which"', () => {
  const text = 'The Islamic State group , which attacked Kirkuk';
  const units = unitsOf(text, { The: 'DET', Islamic: 'PROPN', State: 'PROPN', group: 'NOUN', which: 'DET', Kirkuk: 'PROPN' });
  const chunks = findChunks(units, [{ start: 4, end: 17, text: 'Islamic State', type: 'ORG' }]);
  assert.deepEqual(chunks.map((c) => text.slice(c.start, c.end)), ['The Islamic State group', 'Kirkuk']);
});

/** Every (start, end) where `re` (global) matches in `text`, as the sentence filter scans. */
function matchSpans(re: RegExp, text: string): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(`${m.index}-${re.lastIndex}`);
  return out;
}

test('alternationTrie matches what the plain alternation of the same words matches', () => {
  const words = ['att', 'attack', 'attacker', 'attempt', 'at', 'bomb', 'bombard', 'b.c', 'x|y'];
  const plain = new RegExp(`(?<![a-z])(?:${[...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})s?(?![a-z])`, 'gi');
  const trie = new RegExp(`(?<![a-z])${alternationTrie(words)}s?(?![a-z])`, 'gi');
  const text = 'At the attacks, an attacker attempts to bombard; atta bombs B.C. bc x|y xy attackers ATTEMPT';
  const spans = matchSpans(trie, text);
  assert.deepEqual(spans, matchSpans(plain, text));
  assert.ok(spans.length >= 8);
  // Only whole words: "atta" and "bc" are no word of the list.
  assert.ok(!spans.includes(`${text.indexOf('atta ')}-${text.indexOf('atta ') + 4}`));
});

test('the filter-key forms as a prefix tree find the same spans as their plain alternation', () => {
  const tail = '[a-z]?[eyi]?(?:s|es|ed|d|ing|n|en)?(?![A-Za-z])';
  const plain = new RegExp(`(?<![A-Za-z])(?:${KEY_FORMS.join('|')})${tail}`, 'gi');
  const trie = new RegExp(`(?<![A-Za-z])${alternationTrie(KEY_FORMS)}${tail}`, 'gi');
  const text = 'Rebels shelled the town overnight; the minister held talks and called for a cease-fire. Protesters rallied, police detained dozens.';
  const spans = matchSpans(trie, text);
  assert.deepEqual(spans, matchSpans(plain, text));
  assert.ok(spans.length > 3);
});

test('wordsOfRange reads a range of the layer in place, and refuses a token past the limit', () => {
  const text = 'Police fired tear gas. Crowds fled.';
  const tokens = tokensOf(text);
  const second = text.indexOf('Crowds');
  const from = tokens.findIndex((t) => t.start === second);
  assert.deepEqual(wordsOfRange(text, tokens, from, tokens.length, text.length), wordsOf(text, tokens.slice(from)));
  assert.equal(wordsOfRange(text, tokens, 0, from, second - 2), undefined); // the "." ends at second - 1
  assert.equal(wordsOfRange(text, tokens, 0, from, second - 1)?.length, from);
});

test('unitsOfTokenRange glues compounds as unitsOfSentence does on the copied tokens', () => {
  const text = 'Talks ended. US-led forces and pro-Iranian militias agreed to a cease-fire.';
  const tokens = tokensOf(text);
  const start = text.indexOf('US-led');
  const from = tokens.findIndex((t) => t.start === start);
  const sentence = { start, end: text.length };
  const inRange = unitsOfTokenRange(text, sentence, 1, tokens, from, tokens.length, wordsOfRange(text, tokens, from, tokens.length)!);
  const copied = unitsOfSentence(text, sentence, 1, tokens.slice(from), wordsOf(text, tokens.slice(from)));
  assert.deepEqual(inRange, copied);
  assert.deepEqual(inRange.units.map((u) => u.text).filter((t) => t.includes('-')), ['US-led', 'pro-Iranian', 'cease-fire']);
});

test('actorFromChunk gives the same actor for the same words again, and tells a capital by its tag', () => {
  const actorOf = (text: string, pos: Record<string, string>) => {
    const units = sharedUnitsOf(text, pos);
    return actorFromChunk({ first: 0, last: units.length, start: 0, end: text.length }, units, { text, entities: [] });
  };
  const words = 'the Syrian army';
  assert.deepEqual(actorOf(words, { army: 'NOUN' }), { start: 0, end: 15, text: words, country: 'SYR', sector: 'MIL' });
  assert.deepEqual(actorOf(words, { army: 'NOUN' }), actorOf(words, { army: 'NOUN' }));
  // "Paris" names France as a capital only when tagged a proper noun (remembered apart).
  assert.equal(actorOf('Paris', { Paris: 'PROPN' })?.country, 'FRA');
  assert.equal(actorOf('Paris', { Paris: 'NOUN' }), undefined);
  assert.equal(actorOf('Paris', { Paris: 'PROPN' })?.country, 'FRA');
});

test('actorFromChunk stays right after its remembered chunks are dropped (many distinct chunks)', () => {
  const text = 'the Syrian army';
  const syrian = sharedUnitsOf(text, { army: 'NOUN' });
  const before = actorFromChunk({ first: 0, last: 3, start: 0, end: text.length }, syrian, { text, entities: [] });
  // 60,000 new trie nodes: more than are kept, so the remembered chunks start again.
  for (let i = 0; i < 30_000; i++) {
    const name = `Zq${i.toString(36)} Iraq`;
    const units = sharedUnitsOf(name);
    assert.equal(actorFromChunk({ first: 0, last: 2, start: 0, end: name.length }, units, { text: name, entities: [] })?.country, 'IRQ');
  }
  const after = actorFromChunk({ first: 0, last: 3, start: 0, end: text.length }, sharedUnitsOf(text, { army: 'NOUN' }), { text, entities: [] });
  assert.deepEqual(after, before);
  assert.equal(after?.country, 'SYR');
});

test('number words as a prefix tree test as their plain alternation does, and counts still read', () => {
  const plain = new RegExp(String.raw`\d|\b(?:${NUMBER_WORDS.join('|')})\b`, 'i');
  const trie = new RegExp(String.raw`\d|\b${alternationTrie(NUMBER_WORDS)}\b`, 'i');
  for (const sentence of ['Seventeen people were killed.', 'Some seventy were hurt', 'The sevenfold rise', 'Scores of dead', 'Attackers hit the town', 'In 2015 they left', 'Tensions rose again']) {
    assert.equal(trie.test(sentence), plain.test(sentence), sentence);
  }
  assert.deepEqual(sentenceCounts('Gunmen killed 17 people and wounded twelve.'), { killed: 17, injured: 12 });
  assert.deepEqual(sentenceCounts('Gunmen attacked the sevenfold convoy.'), {});
});
