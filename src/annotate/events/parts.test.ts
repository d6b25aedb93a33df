import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countBefore, sentenceCounts, troopCount } from './counts.js';
import { hasLemma } from './lemma.js';
import { modalityAt } from './modality.js';
import type { Unit } from './units.js';
import { lemmaCandidates } from './lemma.js';

function units(s: string): Unit[] {
  let at = 0;
  return s.split(' ').map((w) => {
    const start = s.indexOf(w, at);
    at = start + w.length;
    return { start, end: at, text: w, lower: w.toLowerCase(), pos: 'X', lemmas: lemmaCandidates(w) };
  });
}

test('lemmas cover regular and irregular inflections, not unrelated words', () => {
  assert.ok(hasLemma('targeted', 'target'));
  assert.ok(hasLemma('strikes', 'strike'));
  assert.ok(hasLemma('shelled', 'shell'));
  assert.ok(hasLemma('held', 'hold'));
  assert.ok(hasLemma('kidnapping', 'kidnap'));
  assert.ok(hasLemma('agreed', 'agree'));
  assert.ok(!hasLemma('attacker', 'attack'));
  assert.ok(!hasLemma('visitor', 'visit'));
});

test('lemmas of words that name Object properties are plain strings', () => {
  for (const w of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
    const lemmas = lemmaCandidates(w);
    assert.ok(lemmas.every((l) => typeof l === 'string'), `${w}: ${String(lemmas)}`);
    assert.equal(lemmas[0], w.toLowerCase());
  }
});

test('counts: qualified event counts and casualty counts', () => {
  const s = 'More than 150 attacks have targeted troops since October.';
  assert.deepEqual(countBefore(s, s.indexOf('attacks')), { value: 150, qualifier: 'more than' });
  assert.deepEqual(countBefore('Two air strikes hit the town', 4), { value: 2, qualifier: undefined });
  assert.equal(countBefore('The attacks continued', 4), undefined);
  assert.deepEqual(sentenceCounts('Gunmen killed at least 12 people and wounded 30 others in the raid.'), { killed: 12, injured: 30 });
  assert.deepEqual(sentenceCounts('Police arrested 1,200 protesters.'), { arrested: 1200 });
  // Number words that begin with a shorter number word are read whole.
  assert.deepEqual(sentenceCounts('Gunmen killed seventeen people and wounded dozens.'), { killed: 17, injured: 24 });
  assert.deepEqual(sentenceCounts('The blast killed fourteen and injured hundreds.'), { killed: 14, injured: 200 });
  assert.deepEqual(sentenceCounts('The death toll rose to sixty-two.'), { killed: 62 });
  assert.deepEqual(sentenceCounts('Rebels killed twenty five people.'), { killed: 25 });
  assert.deepEqual(sentenceCounts('Troops detained eighteen men.'), { arrested: 18 });
  assert.deepEqual(troopCount('Spain has more than 300 soldiers in Iraq'), { value: 300, qualifier: 'more than' });
});

test('modality: negation, future, hypothetical and obligation before the trigger', () => {
  const neg = units("The army did n't attack the village");
  assert.equal(modalityAt(neg, 4).negated, true);
  const fut = units('Ministers will meet on Monday');
  assert.deepEqual(modalityAt(fut, 2), { negated: false, future: true, hypothetical: false, obligation: false });
  const hyp = units('Israel could strike Iran');
  assert.equal(modalityAt(hyp, 2).hypothetical, true);
  const must = units('Attacks need to stop');
  assert.equal(modalityAt(must, 0).obligation, true);
  // A clause boundary stops the look-back.
  const split = units('He will not say , but troops attacked');
  assert.equal(modalityAt(split, 7).negated, false);
});
