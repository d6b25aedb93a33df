/**
 * Hand-made documents for the events tests: the text layer run on an invented
 * text, the entity, time and place layers set by hand (empty unless given).
 */
import { Doc } from '../../model/doc.js';
import type { Entity, Event, Place, Time } from '../../model/layers.js';
import { textComponent } from '../text/component.js';
import { extractEvents } from './component.js';

export interface HandLayers {
  entities?: Entity[];
  times?: Time[];
  places?: Place[];
}

export function layeredDoc(id: string, text: string, published: string, layers: HandLayers = {}): Doc {
  const doc = new Doc(id, text, { published });
  textComponent.run(doc);
  doc.set('entities', layers.entities ?? []);
  doc.set('times', layers.times ?? []);
  doc.set('places', layers.places ?? []);
  return doc;
}

/** The document's events, best-ranked first (the evaluation picks each sentence's best). */
export function rankedEvents(doc: Doc): Event[] {
  return [...extractEvents(doc)].sort((a, b) => b.score - a.score).map((e) => e.event);
}
