/**
 * The row format of models/gazetteer.tsv.gz, shared by the build script and
 * the loader (gazetteer-table.ts). Rows are written most populous first and
 * carry their lookup keys precomputed, so loading is one pass over the text
 * (no normalising, no sorting).
 *
 * Line: keys (|) TAB id TAB name TAB lat TAB lon TAB country TAB admin1 TAB fcode TAB population
 */
import { adminCore, nameKey, saintVariant, withoutArticle } from './normalize.js';

export interface GazetteerRow {
  /** GeoNames id, or 0 when the entry has none (countries, admin areas, hand-written areas). */
  id: number;
  name: string;
  alts: string[];
  lat: number;
  lon: number;
  /** ISO2, or '' for areas spanning countries. */
  country: string;
  /** GeoNames admin1 code within the country ("LA", "07"). */
  admin1: string;
  fcode: string;
  population: number;
}

/** GeoNames feature class of a feature code. */
export function featureClassOf(fcode: string): string {
  if (fcode.startsWith('PPL') || fcode === 'STLMT') return 'P';
  if (fcode.startsWith('ADM') || fcode.startsWith('PCL') || fcode === 'TERR') return 'A';
  if (['SEA', 'GULF', 'STRT', 'OCN', 'LK', 'STM', 'BAY'].includes(fcode)) return 'H';
  if (['PEN', 'MT', 'MTS', 'ISL'].includes(fcode)) return 'T';
  return 'L';
}

/** Every lookup key of a row: its names and their article-less, saint/st and admin-core variants. */
function rowKeys(row: GazetteerRow): string[] {
  const keys = new Set<string>();
  for (const name of [row.name, ...row.alts]) {
    const key = nameKey(name);
    if (!key) continue;
    keys.add(key);
    const bare = withoutArticle(key);
    if (bare) keys.add(bare);
    const saint = saintVariant(key);
    if (saint) keys.add(saint);
    // Only first-level areas lose their generic word ("Kharkiv Oblast" → "Kharkiv"):
    // "Kansas City" must not become "Kansas", nor "Douglas County" plain "Douglas".
    if (row.fcode === 'ADM1') {
      const core = adminCore(key);
      if (core) keys.add(core);
    }
  }
  return [...keys];
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

export function formatGazetteerLine(row: GazetteerRow): string {
  return [rowKeys(row).join('|'), row.id || '', row.name, round4(row.lat), round4(row.lon), row.country, row.admin1, row.fcode, Math.round(row.population)].join('\t');
}
