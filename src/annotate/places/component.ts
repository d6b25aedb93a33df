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
import type { PlaceMention } from './mentions.js';

/** All places in a doc (entities must be set; may be empty). */
export function findPlaces(doc: Doc, gazetteer: Gazetteer = getGazetteer()): Place[] {
  const entities = doc.get('entities');
  const fromEntities = proposeFromEntities(entities, gazetteer);
  const datelines = proposeDatelines(doc, gazetteer);
  const demonyms = proposeDemonyms(doc, entities);
  const capitalised = proposeCapitalised(doc, gazetteer, joined([datelines, fromEntities, demonyms]));
  const states = proposeStateAbbreviations(doc, joined([datelines, fromEntities, capitalised]));
  const countyLists = proposeCountyLists(doc);
  const proposed = dropOverlaps(joined([states, datelines, countyLists, fromEntities, demonyms, capitalised, proposeLoneStateAbbreviations(doc)]));
  const mentions = dropOverlaps(joined([proposed, propagateMentions(doc, proposed, entities)]));
  return resolveMentions(doc, mentions, gazetteer);
}

/**
 * The lists one after another (what spreading them gives). Empty and non-empty
 * arrays have different hidden classes; spreads inlined here deoptimised
 * findPlaces whenever a rarely filled list (county lists, lone state
 * abbreviations) first came non-empty, while this one loop has met both kinds.
 */
function joined(lists: readonly (readonly PlaceMention[])[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const list of lists) for (let i = 0; i < list.length; i++) out.push(list[i]!);
  return out;
}

export const placesComponent: Component = {
  name: 'places',
  requires: ['sentences', 'tokens', 'entities'],
  assigns: ['places'],
  run(doc) {
    doc.set('places', findPlaces(doc));
  },
};
