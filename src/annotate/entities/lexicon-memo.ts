/**
 * The organisation-sector look-up, memoised: the resolve steps ask it per
 * mention, and the same names recur across documents. (Country-lexicon
 * answers are memoised in the lexicon itself.)
 */
import { memoize } from '../../lexicon/memoize.js';
import { orgSector } from './org-sectors.js';

export const sectorOfOrganisation: (s: string) => string | undefined = memoize(orgSector, 20_000);
