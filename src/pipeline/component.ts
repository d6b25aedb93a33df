/**
 * A pipeline component: declares the layers it reads (`requires`) and writes
 * (`assigns`), so the pipeline can check the order at start-up.
 * Inside, components keep *propose* (patterns, model) apart from *resolve*
 * (merge, filter, disambiguate).
 */
import type { Doc } from '../model/doc.js';
import type { LayerName } from '../model/layers.js';

export interface Component {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly assigns: readonly LayerName[];
  run(doc: Doc): void;
}
