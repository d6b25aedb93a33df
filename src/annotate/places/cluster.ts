/**
 * Spatial support: for each candidate, how many *other* names in the document
 * have some candidate near it. Places in one story cluster ("Alexandria" with
 * "Douglas County" and "Brandon" → the Minnesota ones), whatever the picks.
 * Candidates are bucketed in 1-degree cells so this stays linear.
 */
import { geoDistanceKm } from '../../geo/distance.js';
import type { GazPlace } from '../../geo/gazetteer.js';

const SUPPORT_RADIUS_KM = 100;

interface Entry { place: GazPlace; group: number }

/** A number per 1-degree cell (latitude cells −90..90, longitude cells −181..181 stay apart). */
const cellKey = (lat: number, lon: number) => Math.floor(lat) * 1024 + Math.floor(lon);

/** Big areas say nothing about which small place is meant. */
const isPointLike = (p: GazPlace) => p.featureClass === 'P' || p.fcode === 'ADM2';

/** Support per candidate (keyed by gazetteer row), counting each other name once. */
export function spatialSupport(groups: readonly (readonly GazPlace[])[]): Map<number, number>[] {
  const cells = new Map<number, Entry[]>();
  // Loops, not forEach and map: a map's array is holey in optimised code and packed in the interpreter.
  for (let group = 0; group < groups.length; group++) {
    for (const place of groups[group]!) {
      if (!isPointLike(place)) continue;
      const k = cellKey(place.lat, place.lon);
      const list = cells.get(k) ?? [];
      list.push({ place, group });
      cells.set(k, list);
    }
  }
  const supports: Map<number, number>[] = [];
  for (let group = 0; group < groups.length; group++) {
    const support = new Map<number, number>();
    for (const c of groups[group]!) {
      if (!isPointLike(c)) continue;
      const near = new Set<number>();
      const la = Math.floor(c.lat);
      const lo = Math.floor(c.lon);
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          for (const e of cells.get((la + dy) * 1024 + lo + dx) ?? []) {
            if (e.group === group || near.has(e.group)) continue;
            if (geoDistanceKm(c.lat, c.lon, e.place.lat, e.place.lon) <= SUPPORT_RADIUS_KM) near.add(e.group);
          }
        }
      }
      if (near.size) support.set(c.index, near.size);
    }
    supports.push(support);
  }
  return supports;
}
