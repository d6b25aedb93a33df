import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NER_MODEL_PATH } from './component.js';
import { selfFeatures } from './features.js';
import { loadModel } from './model-file.js';
import { WordFeatureIds } from './word-feature-ids.js';

test('word-feature-ids: a word\'s own feature ids are those of its feature strings, in order', () => {
  const model = loadModel(NER_MODEL_PATH);
  const vocabulary = new Map<string, number>();
  for (const st of model.stages) for (const f of st.features) if (!vocabulary.has(f)) vocabulary.set(f, vocabulary.size);
  const ids = new WordFeatureIds(vocabulary);
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
