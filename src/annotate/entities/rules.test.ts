import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KNOWN_NAMES, applyKnownNames } from './rules.js';

/** The known-name pattern with its word-start look-behind inside, as it was first written. */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LOOKBEHIND_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...KNOWN_NAMES].sort((a, b) => b[0].length - a[0].length).map((n) => escape(n[0])).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

test('rules: known names are found where the look-behind pattern finds them (word starts, surrogates, overlaps)', () => {
  const texts = [
    'Hamas and Hezbollah met; xHamas, 2Hamas and Hamasx are not names, but (Hamas) and "NATO-led" are.',
    'The Islamic State Province of the Islamic Resistance in Iraq and Islamic Jihad; Islamic States.',
    '\u{1D400}Hamas \u{1D7CE}NATO éHamas \u00e9 Hamas \uD835Hamas \uDC00Hamas',
    'NATONATO NATO_ NATO9 _NATO United Nations Security Council West Bank Gaza Strip Sahel.',
    'al-Qaeda Al-Qaeda al-Shabaab Agence France-Presse Middle East',
  ];
  for (const text of texts) {
    const expected = [...text.matchAll(LOOKBEHIND_RE)].map((m) => [m.index, m[0]]);
    const got = applyKnownNames(text, [])
      .filter((e) => e.source === 'entities/known-name')
      .map((e) => [e.start, e.text]);
    assert.deepEqual(got, expected, text);
  }
  assert.equal(applyKnownNames(texts[0]!, []).filter((e) => e.text === 'Hamas').length, 2);
});
