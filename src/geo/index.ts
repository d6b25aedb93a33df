/** Offline geography: gazetteer lookup and distances. */
export { Gazetteer, getGazetteer, loadGazetteer, GAZETTEER_PATH, type GazPlace } from './gazetteer.js';
export { geoDistanceKm } from './distance.js';
export { nameKey } from './normalize.js';
