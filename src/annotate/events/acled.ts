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

export function acledFor(coding: Coding, patternAcled: AcledPair | undefined, m: Modality, armedTarget = false): AcledPair | undefined {
  // ACLED records only events that happened.
  if (m.negated || m.future || m.hypothetical) return undefined;
  if (coding.type === 'THREATEN' || coding.type === 'REJECT' || coding.type === 'REQUEST' || coding.type === 'AGREE' && !patternAcled) return undefined;
  // Attacks on armed forces are battles in ACLED's scheme, not violence against civilians.
  if (patternAcled === ACLED.attack && armedTarget) return ACLED.clash;
  if (patternAcled) return patternAcled;
  if (coding.type === 'ASSAULT') return ACLED.attack;
  if (coding.type === 'PROTEST') return ACLED.peaceful;
  if (coding.type === 'MOBILIZE') return ACLED.other;
  return undefined;
}
