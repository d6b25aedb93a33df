/**
 * An explicit, ordered list of components, checked once when it is built.
 */
import { SitrepError } from '../errors.js';
import type { Doc } from '../model/doc.js';
import { LAYER_NAMES, type LayerName } from '../model/layers.js';
import type { Component } from './component.js';

export class Pipeline {
  readonly components: readonly Component[];

  constructor(components: readonly Component[]) {
    checkContracts(components);
    this.components = components;
  }

  run(doc: Doc): Doc {
    for (const component of this.components) component.run(doc);
    return doc;
  }

  /** The component names in order, for logs and the API's /api/about. */
  describe(): { name: string; requires: readonly LayerName[]; assigns: readonly LayerName[] }[] {
    return this.components.map(({ name, requires, assigns }) => ({ name, requires, assigns }));
  }
}

/** Every required layer must be assigned by an earlier component; names must be unique and known. */
export function checkContracts(components: readonly Component[]): void {
  const assigned = new Set<LayerName>();
  const names = new Set<string>();
  for (const c of components) {
    if (names.has(c.name)) throw new SitrepError('E004', c.name);
    names.add(c.name);
    for (const layer of [...c.requires, ...c.assigns]) {
      if (!LAYER_NAMES.includes(layer)) throw new SitrepError('E003', `${c.name} names "${layer}"`);
    }
    for (const layer of c.requires) {
      if (!assigned.has(layer)) {
        throw new SitrepError('E002', `${c.name} requires "${layer}"; assigned so far: ${[...assigned].join(', ') || 'none'}`);
      }
    }
    for (const layer of c.assigns) assigned.add(layer);
  }
}
