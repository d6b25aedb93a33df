/**
 * Candidate scoring: population and feature-type prior, plus document context
 * (country, admin1, nearby resolved places) and an "X, Y" qualifier.
 * Weights are log10-population units: 1.0 is a tenfold population.
 */
import { geoDistanceKm } from '../../geo/distance.js';
import type { GazPlace } from '../../geo/gazetteer.js';
import type { DocGeoContext } from './context.js';

/** The containing area an "X, Y" pattern names for X. */
export interface Qualifier {
  country?: string;
  admin1?: string;
}

const TYPE_BONUS: Record<string, number> = {
  PCLI: 1.5, ADM1: 0.5, PPLC: 2.0, PPLA: 0.5, PPLA2: 0.2, TERR: 1.0, RGN: 0.5, CONT: 1.0, PPLX: -1.5, ADM2: -0.3,
};

const WEIGHTS = {
  country: 3.0,
  countryNameSubarea: 3.0,
  /** Per other name with a candidate within SUPPORT_RADIUS_KM, up to three. */
  cluster: 1.2,
  admin1: 2.5,
  near50: 2.0,
  near200: 1.0,
  qualifierMatch: 8.0,
  qualifierMismatch: -4.0,
};

/** Saturating weight: the first mention counts most. */
const sat = (w: number) => (w <= 0 ? 0 : w / (w + 0.5));

/**
 * namedCountry: the ISO2 when the mention is a country's name ("Mexico"), so the
 * same-named capital or province ("Mexico City", "México" state) does not win.
 */
export function scoreCandidate(c: GazPlace, key: string, ctx: DocGeoContext, qualifier?: Qualifier, support = 0, namedCountry?: string): number {
  let s = Math.log10(c.population + 100) + (TYPE_BONUS[c.fcode] ?? 0);
  if (namedCountry && c.country === namedCountry && c.fcode !== 'PCLI') s -= WEIGHTS.countryNameSubarea;
  s += WEIGHTS.cluster * Math.min(3, support);
  if (c.country) s += WEIGHTS.country * sat(ctx.countryWeight(c.country, key));
  if (c.country && c.admin1Code) s += WEIGHTS.admin1 * sat(ctx.admin1Weight(c.admin1Key, key));
  s += proximity(c, key, ctx);
  if (qualifier) s += qualifierScore(c, qualifier);
  return s;
}

/** 200 km along a meridian is 1.799°; the margin keeps the shortcut exact. */
const NEAR_MAX_LAT_DEGREES = 1.9;

function proximity(c: GazPlace, key: string, ctx: DocGeoContext): number {
  let best = 0;
  for (const a of ctx.anchors) {
    if (a.key === key) continue;
    // Points more than NEAR_MAX_LAT_DEGREES apart in latitude are over 200 km apart: no bonus, no trigonometry.
    if (Math.abs(c.lat - a.lat) > NEAR_MAX_LAT_DEGREES) continue;
    const d = geoDistanceKm(c.lat, c.lon, a.lat, a.lon);
    const bonus = d < 50 ? WEIGHTS.near50 : d < 200 ? WEIGHTS.near200 : 0;
    best = Math.max(best, bonus * Math.min(1, a.weight));
  }
  return best;
}

function qualifierScore(c: GazPlace, q: Qualifier): number {
  if (q.admin1) return c.country === q.country && c.admin1Code === q.admin1 ? WEIGHTS.qualifierMatch : WEIGHTS.qualifierMismatch;
  if (q.country) return c.country === q.country ? WEIGHTS.qualifierMatch : WEIGHTS.qualifierMismatch;
  return 0;
}
