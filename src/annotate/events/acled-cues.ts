/**
 * What a sentence tells ACLED's scheme beyond the trigger: who acts (state,
 * protesters, a mob), whom territory was taken from, and whether a
 * demonstration met force or an intervention. Plain text tests on the sentence,
 * computed once per sentence (cues) or per event (actor tests).
 */
import type { EventActor } from '../../model/layers.js';
import { lookupCountry } from '../../lexicon/countries.js';

const PROTEST_WORDS = /\b(protest(s|ed|ing|ers?)?|demonstrat(ion|ions|ors?|ed|ing)|rall(y|ies|ied)|sit-ins?|strik(e|es|ing|ers) (by|over|for|against))\b/i;
/** Lower case only: "March 2001" is a month. */
const MARCH = /\bmarch(ed|es|ers)?\b/;
/** Deaths or weapons fire in the sentence; "protest the killing of" is a purpose, not a death at the protest. */
const LETHAL = /\b(live (ammunition|rounds|bullets|fire)|shot (dead|and killed)|opened fire|fired (on|at|into)|(killing|killed) (at least |more than |some |about )?(\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens|a dozen|scores|many|hundreds)|(was|were|been) (shot|killed)|died|fatalities|dead)\b/i;
const INTERVENTION = /\b(tear ?gas|water cannons?|pepper spray|rubber bullets|dispers\w*|intervened|broke up|break up|arrest\w*|detain\w*|scatter\w*|forcibly|batons?|rounded up|crack(ed)? down|crackdown|charged at|clear(ed)? the)\b/i;

export interface SentenceCues {
  protestContext: boolean;
  lethalCue: boolean;
  interventionCue: boolean;
}

export function sentenceCues(sentenceText: string): SentenceCues {
  const protestContext = PROTEST_WORDS.test(sentenceText) || MARCH.test(sentenceText);
  return {
    protestContext,
    // Only asked about at demonstrations: skip the other tests elsewhere.
    lethalCue: protestContext && LETHAL.test(sentenceText),
    interventionCue: protestContext && INTERVENTION.test(sentenceText),
  };
}

/** Named armed groups and generic nouns for non-state forces territory is taken from. */
const FROM_NON_STATE = /^\s*from\s+(the\s+)?([\w-]+\s+){0,3}?(rebels?|militants?|insurgents?|jihadists?|fighters|militias?|militiamen|islamists?|terrorists?|gangs?|bandits|separatists|al-shabaab|al-qaeda|islamic state|isis|isil|taliban|boko haram|houthis?|hezbollah|hamas)\b/i;
const FROM_STATE = /^\s*from\s+(the\s+)?([\w-]+\s+){0,3}?(army|military|troops|soldiers|government|forces|junta|regime|police|garrison)\b/i;

/** Whom territory was taken from, read in the text after the place taken ("captured X from the army"). */
export function takenFrom(afterTrigger: string): { takenFromState?: boolean; takenFromNonState?: boolean } {
  const at = afterTrigger.search(/\bfrom\b/i);
  if (at < 0) return {};
  const tail = afterTrigger.slice(at);
  if (FROM_NON_STATE.test(tail)) return { takenFromNonState: true };
  if (FROM_STATE.test(tail)) return { takenFromState: true };
  return {};
}

const STATE_WORDS = /\b(government|army|military|soldiers|troops|police|security|national|federal|state|junta|gendarm\w*|armed forces|defen[cs]e forces|navy|air force|marines|regime)\b/i;

/**
 * A state force: a MIL/COP/GOV sector whose name says so ("government troops",
 * "the army") or names a country ("Ukrainian forces"). "Houthi forces" has the
 * sector of an armed force but is not a state's.
 */
export function isStateActor(actor: EventActor | undefined): boolean {
  if (!actor || !/^(MIL|COP|GOV)$/.test(actor.sector ?? '')) return false;
  if (STATE_WORDS.test(actor.text)) return true;
  for (const word of actor.text.split(/[\s-]+/)) if (/^[A-Z]/.test(word) && lookupCountry(word)) return true;
  return false;
}

const RIOTERS = /\b(protesters|demonstrators|rioters|marchers|youths)\b/i;
const MOB = /\b(mobs?|lynch mob|crowds?|villagers|residents|vigilantes|fans)\b/i;

const OF_PHRASE = /^\s+of\s+(?:[\w-]+\s+){0,2}?[\w-]+/;

/**
 * Protesters or rioters ("Protesters torched ...") or a mob ("An angry crowd
 * torched ...") acting; read in the actor and an "of" phrase after it, so that "a
 * group of residents attacked" counts.
 */
export function crowdActor(actor: EventActor | undefined, text: string, triggerStart: number): CrowdActor {
  if (!actor || actor.inferred || actor.start > triggerStart) return NO_CROWD;
  const of = OF_PHRASE.exec(text.slice(actor.end, Math.min(triggerStart, actor.end + 40)));
  const subject = of ? actor.text + of[0] : actor.text;
  if (MOB.test(subject)) return MOB_ACTOR;
  return RIOTERS.test(subject) ? PROTESTER_ACTOR : NO_CROWD;
}

/** The crowd acting, if any; one shape for all three answers (the field is undefined for none). */
export interface CrowdActor {
  readonly crowdActor: 'protesters' | 'mob' | undefined;
}

export const NO_CROWD: CrowdActor = { crowdActor: undefined };
const MOB_ACTOR: CrowdActor = { crowdActor: 'mob' };
const PROTESTER_ACTOR: CrowdActor = { crowdActor: 'protesters' };
