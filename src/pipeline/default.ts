/**
 * The default annotation pipeline, in order. This is the one place the order
 * is written down; each component declares what it reads and writes, and the
 * Pipeline constructor checks that every requirement is met by an earlier one.
 */
import { textComponent } from '../annotate/text/component.js';
import { Pipeline } from './pipeline.js';

export function createDefaultPipeline(): Pipeline {
  return new Pipeline([
    textComponent, // sentences, tokens
  ]);
}
