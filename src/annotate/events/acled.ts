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
  /** Territory was taken from a state force ("captured the town from the army"): the taker is not the state. */
  takenFromState?: boolean;
  /** Territory was taken from a non-state group ("from Al-Shabaab", "from the rebels"). */
  takenFromNonState?: boolean;
  /** The sentence reports a demonstration (a protest trigger or protesters named). */
  protestContext?: boolean;
  /** The sentence reports deaths or shooting ("killing four", "live ammunition", "died"). */
  lethalCue?: boolean;
  /** The sentence reports an intervention (tear gas, arrests, dispersal). */
  interventionCue?: boolean;
}

/** ACLED types of violence that, done by protesters or a mob, are a riot instead. */
const RIOT_TYPES = new Set<AcledPair>([ACLED.attack, ACLED.clash, ACLED.looting]);

export function acledFor(coding: Coding, patternAcled: AcledPair | undefined, m: Modality, roles: AcledRoles = {}): AcledPair | undefined {
  // ACLED records only events that happened.
  if (m.negated || m.future || m.hypothetical) return undefined;
  if (coding.type === 'THREATEN' || coding.type === 'REJECT' || coding.type === 'REQUEST' || coding.type === 'AGREE' && !patternAcled) return undefined;
  // Violence by demonstrators is a violent demonstration; by a mob, mob violence.
  // (Not weapons a crowd does not use: shells, air strikes, chemical weapons, bombs.)
  const violent = patternAcled ? RIOT_TYPES.has(patternAcled) : coding.type === 'ASSAULT';
  if (violent && roles.crowdActor === 'mob') return ACLED.mob;
  if (violent && roles.crowdActor === 'protesters') return ACLED.riot;
  const protest = protestSubType(coding, patternAcled, roles);
  if (protest) return protest;
  // Attacks on armed forces are battles in ACLED's scheme, not violence against civilians.
  if (patternAcled === ACLED.attack && roles.armedTarget) return ACLED.clash;
  // Territory taken by state forces is regained; by anyone else, overtaken. Whom it was
  // taken from settles it when the taker's name does not ("the Arakan Army ... from the military").
  if (patternAcled === ACLED.overtake) {
    if (roles.takenFromState) return ACLED.overtake;
    return roles.stateActor || roles.takenFromNonState ? ACLED.regain : ACLED.overtake;
  }
  if (patternAcled) return patternAcled;
  if (coding.type === 'ASSAULT') return ACLED.attack;
  if (coding.type === 'PROTEST') return ACLED.peaceful;
  if (coding.type === 'MOBILIZE') return ACLED.other;
  return undefined;
}

/** ACLED types a state response to a demonstration can be reported with. */
const RESPONSE_TYPES = new Set<AcledPair>([ACLED.peaceful, ACLED.intervention, ACLED.arrests, ACLED.attack, ACLED.clash]);

/**
 * ACLED codes a demonstration by the strongest response it met: force that kills or
 * injures with weapons is "Excessive force against protesters", arrests, tear gas or
 * dispersal "Protest with intervention". The response and the protest are often
 * separate clauses of one sentence ("students protested; police detained several").
 */
function protestSubType(coding: Coding, patternAcled: AcledPair | undefined, roles: AcledRoles): AcledPair | undefined {
  if (coding.type === 'ASSAULT' && roles.protesterTarget) return ACLED.excessive;
  if (!roles.protestContext || !patternAcled || !RESPONSE_TYPES.has(patternAcled)) return undefined;
  // "Police and demonstrators clashed": a fight at a demonstration is a violent demonstration.
  if (patternAcled === ACLED.clash && !roles.lethalCue) return ACLED.riot;
  if (coding.type === 'ASSAULT' || (roles.lethalCue && patternAcled !== ACLED.arrests)) return ACLED.excessive;
  if (patternAcled !== ACLED.peaceful || roles.interventionCue) return ACLED.intervention;
  return undefined;
}
