import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NER_MODEL_PATH } from './component.js';
import { SENTENCE_END, SENTENCE_START, WORD_GROUP_FEATURES, selfFeatures, shortShapeOf, type WordGroup } from './features.js';
import { loadModel } from './model-file.js';
import { WordFeatureIds } from './word-feature-ids.js';

/** The model's features numbered in order of first appearance, and their `WordFeatureIds`. */
function modelIds() {
  const vocabulary = new Map<string, number>();
  for (const st of loadModel(NER_MODEL_PATH).stages) for (const f of st.features) if (!vocabulary.has(f)) vocabulary.set(f, vocabulary.size);
  return { vocabulary, ids: new WordFeatureIds(vocabulary) };
}

/** The ids a method appends to an empty list. */
function collect(fill: (out: number[]) => void): number[] {
  const out: number[] = [];
  fill(out);
  return out;
}

test('word-feature-ids: a word\'s own feature ids are those of its feature strings, in order', () => {
  const { vocabulary, ids } = modelIds();
  // Short, long, known, unknown (affixes known or not), capitals, digits, accents, an astral letter.
  const words = ['a', 'of', 'The', 'said', 'Minister', 'Valdarno', 'Zqxjvw', 'unbelievably', 'U.S.', '1996-97', 'Zürich', 'ÉLYSÉE', '𝐀bc', 'Rovers', 'xqing', 'Kassala'];
  let affixIds = 0;
  for (const word of words) {
    for (const sentCase of ['U', 'T', 'n']) {
      const expected = selfFeatures(word, sentCase)
        .map((f) => vocabulary.get(f))
        .filter((id): id is number => id !== undefined);
      const got: number[] = [];
      ids.self(word, word.toLowerCase(), sentCase, got);
      assert.deepEqual(got, expected, `${word} ${sentCase}`);
      affixIds += selfFeatures(word, sentCase).filter((f) => /^[ps]\d=/.test(f) && vocabulary.has(f)).length;
    }
  }
  assert.ok(affixIds > 50, `${affixIds}`);
});

test('word-feature-ids: what a word lends to its neighbours are the ids of its feature strings, in order', () => {
  const { vocabulary, ids } = modelIds();
  const expected = (group: WordGroup, word: string) =>
    WORD_GROUP_FEATURES[group](word)
      .map((f) => vocabulary.get(f))
      .filter((id): id is number => id !== undefined);
  // Edge markers, one- and two-letter words (their whole selves as the 3-letter suffix), known and unknown words.
  const words = [SENTENCE_START, SENTENCE_END, 'a', 'of', 'The', 'said', 'Minister', 'Valdarno', 'Zqxjvw', 'U.S.', '1996-97', 'Zürich', '𝐀bc', ''];
  let found = 0;
  for (const word of words) {
    const lower = word === SENTENCE_START || word === SENTENCE_END ? word : word.toLowerCase();
    const lowerIds = ids.lowerIds(lower);
    const short = shortShapeOf(word);
    const check = (group: WordGroup, got: number[]) => {
      assert.deepEqual(got, expected(group, word), `${group} ${word}`);
      found += got.length;
    };
    if (word !== SENTENCE_END) {
      check('prev', collect((out) => ids.asPrevious(word, lower, short, lowerIds, out)));
      check('prev2', collect((out) => ids.asSecondPrevious(lowerIds, out)));
    }
    if (word !== SENTENCE_START) {
      check('next', collect((out) => ids.asNext(word, lower, short, lowerIds, out)));
      check('next2', collect((out) => ids.asSecondNext(lowerIds, out)));
    }
  }
  assert.ok(found > 40, `${found}`);
});
