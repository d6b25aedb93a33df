/** Test helpers: build a Doc with sentences, tokens, hand-made (linked) entities and times, then run the quotes component. */
import type { Entity, EntityType } from '../../model/layers.js';
import { Doc } from '../../model/doc.js';
import { linkMentions } from '../entities/link.js';
import { textComponent } from '../text/component.js';
import { timesComponent } from '../times/component.js';
import { quotesComponent } from './component.js';

export interface EntitySpec {
  text: string;
  type: EntityType;
  name?: string;
  role?: string;
  country?: string;
}

/** Every occurrence of each spec's text as an entity, longest names first so "Erik Dahl" wins over "Dahl". */
export function markEntities(text: string, specs: readonly EntitySpec[]): Entity[] {
  const taken: boolean[] = new Array<boolean>(text.length).fill(false);
  const out: Entity[] = [];
  for (const spec of [...specs].sort((a, b) => b.text.length - a.text.length)) {
    for (let i = text.indexOf(spec.text); i >= 0; i = text.indexOf(spec.text, i + 1)) {
      const end = i + spec.text.length;
      if (taken.slice(i, end).some(Boolean)) continue;
      for (let k = i; k < end; k++) taken[k] = true;
      const e: Entity = { start: i, end, text: spec.text, type: spec.type, source: 'test' };
      if (spec.name) e.name = spec.name;
      if (spec.role) e.role = spec.role;
      if (spec.country) e.country = spec.country;
      out.push(e);
    }
  }
  return out;
}

export function runQuotes(text: string, entities: readonly EntitySpec[] = [], published = '2024-03-12'): Doc {
  const doc = new Doc('t', text, { published });
  textComponent.run(doc);
  // Link surnames to full names as the entities component does; a spec's own name wins.
  const linked = linkMentions(markEntities(text, entities)).map((e) => {
    const spec = entities.find((s) => s.text === e.text && s.name);
    return spec?.name ? { ...e, name: spec.name } : e;
  });
  doc.set('entities', linked);
  timesComponent.run(doc);
  quotesComponent.run(doc);
  return doc;
}
