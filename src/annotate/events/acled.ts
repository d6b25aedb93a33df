/**
 * ACLED event and sub-event type of a coded event: the pattern's own ACLED
 * pair for violence, protest and strategic developments, refined by the
 * coding (threats and refusals are not ACLED events; attacks on civilians
 * stay "Violence against civilians").
 */
import type { AcledPair } from './patterns.js';
import { ACLED } from './patterns.js';
import type { Modality } from './modality.js';
import type { Coding } from './resolve.js';

/** What the roles tell ACLED's scheme about an event. */
export interface AcledRoles {
  /** The target is an armed force (MIL, REB, COP). */
  armedTarget?: boolean;
  /** The actor is a state force or government (MIL, COP, GOV). */
  stateActor?: boolean;
  /** The target is protesters or demonstrators. */
  protesterTarget?: boolean;
  /** The actor is protesters or rioters ("Protesters torched ..."), or a mob ("A mob attacked ..."). */
  crowdActor?: 'protesters' | 'mob';
}

/** ACLED types of violence that, done by protesters or a mob, are a riot instead. */
const RIOT_TYPES = new Set<AcledPair>([ACLED.attack, ACLED.clash, ACLED.looting]);

export function acledFor(coding: Coding, patternAcled: AcledPair | undefined, m: Modality, roles: AcledRoles = {}): AcledPair | undefined {
  // ACLED records only events that happened.
  if (m.negated || m.future || m.hypothetical) return undefined;
  if (coding.type === 'THREATEN' || coding.type === 'REJECT' || coding.type === 'REQUEST' || coding.type === 'AGREE' && !patternAcled) return undefined;
  // Lethal force against demonstrators is its own protest sub-event.
  if (coding.type === 'ASSAULT' && roles.protesterTarget) return ACLED.excessive;
  // Violence by demonstrators is a violent demonstration; by a mob, mob violence.
  const violent = coding.type === 'ASSAULT' || (!!patternAcled && RIOT_TYPES.has(patternAcled));
  if (violent && roles.crowdActor === 'mob') return ACLED.mob;
  if (violent && roles.crowdActor === 'protesters') return ACLED.riot;
  // Attacks on armed forces are battles in ACLED's scheme, not violence against civilians.
  if (patternAcled === ACLED.attack && roles.armedTarget) return ACLED.clash;
  // Territory taken by state forces is regained; by anyone else, overtaken.
  if (patternAcled === ACLED.overtake && roles.stateActor) return ACLED.regain;
  if (patternAcled) return patternAcled;
  if (coding.type === 'ASSAULT') return ACLED.attack;
  if (coding.type === 'PROTEST') return ACLED.peaceful;
  if (coding.type === 'MOBILIZE') return ACLED.other;
  return undefined;
}
