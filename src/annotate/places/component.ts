/**
 * Pipeline component: places. Proposes place mentions (propose.ts) and
 * resolves them against the offline gazetteer with document context
 * (resolve.ts). Order:
 *  1. propose: state abbreviations after towns, upper-case dateline towns,
 *     LOC/strong entities and facilities, demonyms of countries and US states
 *     ("Israeli", "Texans"), bare county names in "A, B and C counties", then
 *     gazetteer-matched capitalised n-grams with a cue, then lone AP state
 *     abbreviations ("S.C.");
 *  2. drop overlaps, earlier rules first;
 *  3. spread each proposed name to its other occurrences (one sense per document);
 *  4. resolve and emit.
 */
import type { Doc } from '../../model/doc.js';
import type { Component } from '../../pipeline/component.js';
import { getGazetteer, type Gazetteer } from '../../geo/gazetteer.js';
import { dropOverlaps, proposeCapitalised, proposeDatelines, proposeFromEntities, proposeLoneStateAbbreviations, proposeStateAbbreviations } from './propose.js';
import { resolveMentions } from './resolve.js';
import { proposeDemonyms } from './demonyms.js';
import { propagateMentions } from './propagate.js';
import { proposeCountyLists } from './county-lists.js';
import type { Place } from '../../model/layers.js';

/** All places in a doc (entities must be set; may be empty). */
export function findPlaces(doc: Doc, gazetteer: Gazetteer = getGazetteer()): Place[] {
  const entities = doc.get('entities');
  const fromEntities = proposeFromEntities(entities, gazetteer);
  const datelines = proposeDatelines(doc, gazetteer);
  const demonyms = proposeDemonyms(doc, entities);
  const capitalised = proposeCapitalised(doc, gazetteer, [...datelines, ...fromEntities, ...demonyms]);
  const states = proposeStateAbbreviations(doc, [...datelines, ...fromEntities, ...capitalised]);
  const countyLists = proposeCountyLists(doc);
  const proposed = dropOverlaps([...states, ...datelines, ...countyLists, ...fromEntities, ...demonyms, ...capitalised, ...proposeLoneStateAbbreviations(doc)]);
  const mentions = dropOverlaps([...proposed, ...propagateMentions(doc, proposed, entities)]);
  return resolveMentions(doc, mentions, gazetteer);
}

export const placesComponent: Component = {
  name: 'places',
  requires: ['sentences', 'tokens', 'entities'],
  assigns: ['places'],
  run(doc) {
    doc.set('places', findPlaces(doc));
  },
};
