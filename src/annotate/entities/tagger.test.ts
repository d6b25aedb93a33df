import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../model/doc.js';
import { textComponent } from '../text/component.js';
import { getTagger, proposeEntities } from './component.js';
import { OffsetPieceDocBuilder } from './pieces.js';

/** Curly quotes, dashes, hyphenated names and prefixes, a repeated name, short hyphenated tokens and a title-case headline. */
const TEXT = [
  'Riverton Council Backs New Bridge Plan After Long Debate',
  '',
  '“We are ready,” said Tomas al-Rashid, the Lisbon-based head of the Port Workers’ Union — a U.S.-led group.',
  'Mayor Ines Valdarno – who met al-Rashid on Tuesday – said the pro-Iranian militia’s claims were false; a 3-1 vote followed in 1996-97.',
  "Valdarno's deputy, Jean-Luc Marchetti, said the A-1 road and the x-y plan would wait. Valdarno agreed.",
].join('\n');

const NORMALIZED: Record<string, string> = { '“': '"', '”': '"', '„': '"', '‘': "'", '’': "'", '–': '-', '—': '-' };

test('tagger: tagging tokens in place in the text gives the spans of slicing, normalising and splitting every token', () => {
  const doc = new Doc('t', TEXT, { published: '2024-03-02' });
  textComponent.run(doc);
  const tagger = getTagger();
  // The plain path: every token sliced, normalised and split into pieces.
  const pieces = new OffsetPieceDocBuilder();
  let sentence = -1;
  for (const t of doc.get('tokens')) {
    if (t.sentence !== sentence) {
      sentence = t.sentence;
      pieces.startSentence();
    }
    pieces.addToken(TEXT.slice(t.start, t.end).replace(/[“”„‘’–—]/g, (c) => NORMALIZED[c]!), t.start);
  }
  // Twice: the second time every word is found in the tagger's table.
  for (let round = 0; round < 2; round++) {
    const expected = tagger.tagOffsetPieces(pieces.doc);
    assert.deepEqual(proposeEntities(doc, tagger), expected);
    assert.ok(expected.length >= 5, `${expected.length} spans`);
  }
  // Hyphenated tokens were split into pieces (the slow path ran), others were not.
  assert.ok(pieces.doc.words.flat().includes('Rashid'));
});
