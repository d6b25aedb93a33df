/** The row format of models/gazetteer.tsv.gz, shared by the build script and the loader. */

export const GAZETTEER_COLUMNS = ['id', 'name', 'alts', 'lat', 'lon', 'country', 'admin1', 'fcode', 'population'] as const;

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

export function parseGazetteerLine(line: string): GazetteerRow | undefined {
  if (!line || line.startsWith('#')) return undefined;
  const f = line.split('\t');
  return {
    id: f[0] ? Number(f[0]) : 0,
    name: f[1]!,
    alts: f[2] ? f[2].split('|') : [],
    lat: Number(f[3]),
    lon: Number(f[4]),
    country: f[5]!,
    admin1: f[6]!,
    fcode: f[7]!,
    population: Number(f[8]),
  };
}
