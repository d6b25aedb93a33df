/** Event export formats for `GET /api/export/{gdelt,acled,plover}`. */
export { toGdeltTsv, GDELT_COLUMNS } from './gdelt.js';
export { toAcledCsv, ACLED_COLUMNS } from './acled.js';
export { toPloverJson, type PloverRecord } from './plover.js';
