/** Pipeline component: sentences and tokens (wink-nlp). */
import type { Component } from '../../pipeline/component.js';
import { tokenize } from './tokenize.js';

export const textComponent: Component = {
  name: 'text',
  requires: [],
  assigns: ['sentences', 'tokens'],
  run(doc) {
    const { sentences, tokens } = tokenize(doc.text);
    doc.set('sentences', sentences.map((s) => ({ start: s.start, end: s.end, source: 'text/wink' })));
    doc.set('tokens', tokens);
  },
};
