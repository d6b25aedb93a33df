/**
 * The Doc: immutable text plus stand-off annotation layers.
 *
 * Nothing rewrites `text` once a Doc exists; components only add or replace
 * layers. Every layer item is checked to lie inside the text when it is set.
 */
import { SitrepError } from '../errors.js';
import type { LayerItems, LayerName, Span } from './layers.js';
import type { DocMeta } from './meta.js';

export class Doc {
  readonly id: string;
  readonly text: string;
  readonly meta: Readonly<DocMeta>;
  private readonly layers = new Map<LayerName, readonly unknown[]>();

  constructor(id: string, text: string, meta: DocMeta = {}) {
    this.id = id;
    this.text = text;
    this.meta = Object.freeze({ ...meta });
  }

  has(name: LayerName): boolean {
    return this.layers.has(name);
  }

  /** The items of a layer, in document order; empty when the layer was never set. */
  get<L extends LayerName>(name: L): readonly LayerItems[L][] {
    return (this.layers.get(name) as LayerItems[L][] | undefined) ?? [];
  }

  /** Sets (or replaces) a layer. Items are sorted by offset and bounds-checked. */
  set<L extends LayerName>(name: L, items: readonly LayerItems[L][]): void {
    // Copied with push, not a spread: the copy is then always a packed array (a spread keeps a
    // holey input holey), so the steps reading layers meet one array kind and are not deoptimised.
    const sorted: LayerItems[L][] = [];
    for (const item of items) {
      this.checkSpan(name, item);
      sorted.push(item);
    }
    sorted.sort((a, b) => a.start - b.start || a.end - b.end);
    this.layers.set(name, Object.freeze(sorted));
  }

  /** The text a span covers. */
  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  /** Names of the layers set so far. */
  layerNames(): LayerName[] {
    return [...this.layers.keys()];
  }

  private checkSpan(layer: LayerName, span: Span): void {
    if (!(span.start >= 0 && span.end >= span.start && span.end <= this.text.length)) {
      throw new SitrepError(
        'E001',
        `layer "${layer}" item [${span.start}, ${span.end}) in doc "${this.id}" of length ${this.text.length}`,
      );
    }
  }
}
