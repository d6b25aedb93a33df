/**
 * Who did it to whom: the actor and target of a trigger from the chunks
 * around it. Subject before a verb is the actor and the object after it the
 * target; a passive ("was attacked by X") swaps them; a nominal trigger takes
 * its actor from its modifier ("US strikes"), a "by X" agent, or the subject of
 * a light verb ("launched attacks", "responded with air strikes"), and its
 * target from "on/against/targeting X".
 */
import type { EventActor } from '../../model/layers.js';
import type { Chunk } from './chunks.js';
import type { Proposal } from './propose.js';
import { isVerbal, type Unit } from './units.js';

export interface SentenceActors {
  units: readonly Unit[];
  chunks: readonly Chunk[];
  /** The actor chunk `i` denotes, if any (built on first use). */
  actor(i: number): EventActor | undefined;
  /** Makes an actor from part of a chunk ("US" in "the latest US strikes"). */
  partial(first: number, last: number): EventActor | undefined;
  /** The document text (offsets are document offsets). */
  text: string;
  /** Units that start a proposed trigger in this sentence. */
  triggerUnits: ReadonlySet<number>;
}

export interface Roles {
  actor: EventActor | undefined;
  target: EventActor | undefined;
  /** True when the actor came from a "by X" agent or a passive. */
  passive: boolean | undefined;
  /** "Chile and Peru attacked Bolivia": the other conjunct of a compound subject, who acted too. */
  coActor: EventActor | undefined;
}

/** Roles with every field present (set later, never deleted): one hidden class for all of them. */
function noRoles(passive?: true): Roles {
  return { actor: undefined, target: undefined, passive, coActor: undefined };
}

const BE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'got', 'get', 'gets']);
const LIGHT_VERBS = new Set([
  'launch', 'carry', 'conduct', 'stage', 'mount', 'respond', 'retaliate', 'hold', 'begin', 'start', 'continue', 'make',
  'unleash', 'step', 'intensify', 'use', 'resume', 'reach', 'have', 'sign', 'lodge', 'issue', 'impose', 'pay', 'undertake',
  'organize', 'organise', 'open', 'announce', 'call', 'declare', 'give', 'express', 'hit', 'pound',
]);
/** "said on a visit to", "during talks with": the trigger belongs to the clause subject. */
const SITUATION_PREPS = new Set(['on', 'during']);
const SPEECH_UNITS = new Set(['said', 'says', 'say', 'declared', 'declares', 'announced', 'announces', 'concluded', 'reiterated', 'insisted', 'stressed', 'told', 'warned', 'added', 'argued', 'believes', 'believed']);
const SPEECH_VERBS = new Set(['say', 'tell', 'report', 'state', 'claim', 'announce', 'add', 'deny', 'note', 'believe', 'think', 'be', 'have']);
const TARGET_PREPS = new Set(['on', 'against', 'targeting', 'at', 'to', 'with', 'upon', 'into']);
const NON_TARGET_PREPS = new Set(['in', 'at', 'near', 'from', 'since', 'during', 'on', 'after', 'before', 'for', 'over', 'of', 'by', 'as', 'across', 'amid']);

function chunkIndexAt(sa: SentenceActors, unit: number): number {
  return sa.chunks.findIndex((c) => unit >= c.first && unit < c.last);
}

function prepBefore(sa: SentenceActors, chunk: Chunk): string | undefined {
  const u = sa.units[chunk.first - 1];
  return u && u.pos === 'ADP' ? u.lower : undefined;
}

function isPassive(sa: SentenceActors, p: Proposal): boolean {
  const trigger = sa.units[p.first]!;
  if (!isVerbal(trigger) || !/(ed|en|wn|ht|ck)$/.test(trigger.lower)) return false;
  // "is committed to", "is prepared to": adjectival participles, not passives.
  if (sa.units[p.last]?.lower === 'to' || sa.units[p.last - 1]?.lower === 'to') return false;
  for (let k = p.first - 1; k >= Math.max(0, p.first - 3); k--) {
    if (BE.has(sa.units[k]!.lower)) return true;
  }
  return false;
}

/** The "by X" agent within ten units after the trigger. */
function agentAfter(sa: SentenceActors, p: Proposal): EventActor | undefined {
  for (let k = p.last; k < Math.min(sa.units.length, p.last + 10); k++) {
    if (sa.units[k]!.lower !== 'by') continue;
    const ci = chunkIndexAt(sa, k + 1);
    return ci >= 0 ? sa.actor(ci) : undefined;
  }
  return undefined;
}

/**
 * "Hundreds of people", "Up to 1,000 ethnic Turks", "Leaders of the opposition":
 * a chunk after "of" (or "up to") is the real head when what precedes is no actor
 * or an actor without a country.
 */
function headOfPhrase(sa: SentenceActors, ci: number): boolean {
  const c = sa.chunks[ci]!;
  const prep = sa.units[c.first - 1]!;
  // c.first >= 2 first: units[-1] would be a slow named look-up (and deoptimised this code).
  if (prep.lower === 'to' && c.first >= 2 && sa.units[c.first - 2]!.lower === 'up') return true;
  if (prep.lower !== 'of') return false;
  const before = sa.chunks[ci - 1];
  if (!before || before.last !== c.first - 1) return false;
  const actor = sa.actor(ci - 1);
  return !actor || !actor.country;
}

/**
 * "The Islamic Resistance in Iraq, a loose alliance of Iran-linked groups that ..., has claimed":
 * a chunk inside a comma-bounded appositive defers to the actor the appositive describes.
 */
function appositiveHost(sa: SentenceActors, ci: number, unit: number): EventActor | undefined {
  const c = sa.chunks[ci]!;
  let open = -1;
  for (let k = c.first - 1; k >= 0; k--) {
    if (sa.units[k]!.text === ',') {
      open = k;
      break;
    }
  }
  if (open < 0) return undefined;
  let closes = false;
  for (let k = c.last; k < unit && !closes; k++) closes = sa.units[k]!.text === ',';
  if (!closes) return undefined;
  const host = sa.chunks.findIndex((h) => h.last === open);
  return host >= 0 ? sa.actor(host) : undefined;
}

/** Nearest actor chunk ending before `unit` that is not a prepositional object. */
function subjectBefore(sa: SentenceActors, unit: number): EventActor | undefined {
  // The subject of a reported clause is never the speaker ("X said attacks targeting Y ...").
  let floor = -1;
  for (let k = unit - 1; k >= 0; k--) {
    if (SPEECH_UNITS.has(sa.units[k]!.lower)) {
      floor = k;
      break;
    }
  }
  for (let ci = sa.chunks.length - 1; ci >= 0; ci--) {
    const c = sa.chunks[ci]!;
    if (c.last > unit) continue;
    if (c.first < floor) break;
    const actor = sa.actor(ci);
    if (!actor) continue;
    if (prepBefore(sa, c) && !headOfPhrase(sa, ci)) continue;
    // The object of another verb is not this trigger's subject, unless it controls it ("prompted Iraq to call").
    // ...but the subject of a complement clause is ("said Vietnam is committed").
    const before = sa.units[c.first - 1];
    const after = sa.units[c.last];
    if (before && before.pos === 'VERB' && after && after.lower !== 'to' && !isVerbal(after)) continue;
    return appositiveHost(sa, ci, unit) ?? actor;
  }
  // "Syria says it is willing to ...": a pronoun subject after the speech verb is the speaker.
  if (floor >= 0 && sa.units.slice(floor + 1, unit).some((u) => PRONOUNS.has(u.lower))) return subjectBefore(sa, floor);
  return undefined;
}

const PRONOUNS = new Set(['it', 'he', 'she', 'they', 'we', 'its', 'their', 'his', 'her']);

const REPORTING_VERBS = new Set(['say', 'tell', 'report', 'announce', 'state', 'add']);

/** ", police said" / ", a spokesman for the paper said": the reporter of the sentence, never its target. */
function isReporter(sa: SentenceActors, c: Chunk): boolean {
  if (sa.units[c.first - 1]?.text !== ',') return false;
  const end = Math.min(sa.units.length, c.last + 6);
  for (let k = c.last; k < end; k++) if (sa.units[k]!.lemmas.some((l) => REPORTING_VERBS.has(l))) return true;
  return false;
}

/** First actor chunk after `unit` within `window` units, skipping locational and temporal phrases. */
function objectAfter(sa: SentenceActors, unit: number, window: number, allowIn: boolean): EventActor | undefined {
  for (let ci = 0; ci < sa.chunks.length; ci++) {
    const c = sa.chunks[ci]!;
    if (c.first < unit) continue;
    if (c.first > unit + window) break;
    const actor = sa.actor(ci);
    if (!actor) continue;
    if (isReporter(sa, c)) break;
    const prep = prepBefore(sa, c);
    // "rejected calls by Belarus's rulers": after an object noun, "by" names whose it is, the target.
    const byOwner = prep === 'by' && c.first - 1 > unit && sa.chunks.some((o) => o.first >= unit && o.last <= c.first - 1);
    if (prep === 'by' && !byOwner) continue;
    // "demanded the resignation of President X": the head of an "of" phrase whose noun is no actor.
    const ofHead = prep === 'of' && headOfPhrase(sa, ci);
    if (prep && !byOwner && !ofHead && NON_TARGET_PREPS.has(prep) && !TARGET_PREPS.has(prep) && !(allowIn && prep === 'in')) continue;
    if (prep && (prep === 'at' || prep === 'on') && !TARGET_PREPS.has(prep)) continue;
    return actor;
  }
  return undefined;
}

const STOPS_ANY_ACTOR = /^(,|said|by)$/;

/** Fallback target: the first actor after the trigger behind any preposition but "by" ("aid to refugees in Liberia"). */
function anyActorAfter(sa: SentenceActors, unit: number, window: number): EventActor | undefined {
  // The search stops at the first comma, "said" or "by" after the trigger.
  let stop = unit;
  while (stop < sa.units.length && !STOPS_ANY_ACTOR.test(sa.units[stop]!.lower)) stop++;
  for (let ci = 0; ci < sa.chunks.length; ci++) {
    const c = sa.chunks[ci]!;
    if (c.first < unit || c.first > unit + window) continue;
    if (stop < c.first) break;
    const actor = sa.actor(ci);
    if (actor && actor.country) return actor;
  }
  return undefined;
}

function nominalRoles(sa: SentenceActors, p: Proposal): Roles {
  const roles = noRoles();
  const ci = chunkIndexAt(sa, p.first);
  if (ci < 0 && !isVerbal(sa.units[p.first]!)) return roles;
  const chunk = ci >= 0 ? sa.chunks[ci] : undefined;
  const modifier = chunk && chunk.first < p.first ? sa.partial(chunk.first, p.first) : undefined;
  const agent = agentAfter(sa, p);
  roles.actor = agent ?? modifier;
  if (agent) roles.passive = true;
  if (!roles.actor && chunk) {
    // The object of a verb that is not itself an event or a speech verb ("renewed negotiations").
    const vi = [chunk.first - 1, chunk.first - 2].find((k) => k >= 0 && isVerbal(sa.units[k]!));
    const verb = vi === undefined ? undefined : sa.units[vi];
    const light = !!verb && vi !== undefined && !sa.triggerUnits.has(vi) && !verb.lemmas.some((l) => SPEECH_VERBS.has(l));
    const situational = SITUATION_PREPS.has(sa.units[chunk.first - 1]?.lower ?? '');
    if (situational || light || (verb && verb.lemmas.some((l) => LIGHT_VERBS.has(l)))) roles.actor = subjectBefore(sa, chunk.first);
  }
  const next = sa.units[(chunk?.last ?? p.last)];
  const after = next && TARGET_PREPS.has(next.lower) ? (chunk?.last ?? p.last) + 1 : -1;
  if (after >= 0) roles.target = objectAfter(sa, after, 3, false);
  return roles;
}

function verbalRoles(sa: SentenceActors, p: Proposal, allowIn: boolean): Roles {
  if (isPassive(sa, p)) {
    const roles = noRoles(true);
    const agent = agentAfter(sa, p);
    if (agent) roles.actor = agent;
    const subject = subjectBefore(sa, p.first);
    if (subject) roles.target = subject;
    return roles;
  }
  const roles = noRoles();
  const subject = subjectBefore(sa, p.first);
  if (subject) roles.actor = subject;
  const object = objectAfter(sa, p.last, 12, allowIn) ?? anyActorAfter(sa, p.last, 15);
  if (object) roles.target = object;
  return roles;
}

/** `partner` is a merged neighbouring trigger whose arguments fill the gaps ("attacks have targeted X"). */

/**
 * "Russia said Sudan must return the helicopter": the speaker demands, the
 * subject of "must" is the target.
 */
function demandRoles(sa: SentenceActors, p: Proposal): Roles | undefined {
  let speech = -1;
  for (let k = p.first - 1; k >= 0; k--) {
    if (SPEECH_UNITS.has(sa.units[k]!.lower)) {
      speech = k;
      break;
    }
  }
  if (speech < 0) return undefined;
  const roles = noRoles();
  const speaker = subjectBefore(sa, speech);
  const addressee = subjectBefore(sa, p.first);
  if (speaker) roles.actor = speaker;
  if (addressee && addressee.start > sa.units[speech]!.start) roles.target = addressee;
  return roles;
}

export function findRoles(sa: SentenceActors, p: Proposal, partner?: Proposal, obligation = false): Roles {
  if (p.pattern.words[0] === 'must' || obligation) {
    const demand = demandRoles(sa, p);
    if (demand) return demand;
  }
  // Predicative adjectives and phrases ("is willing to", "remained on alert", "sexually abused") take their subject like verbs.
  const verbal = isVerbal(sa.units[p.first]!) || p.pattern.pos === 'V' || /^(ADJ|ADV|ADP|PART)$/.test(sa.units[p.first]!.pos);
  const roles = verbal ? verbalRoles(sa, p, p.pattern.type === 'CONSULT') : nominalRoles(sa, p);
  if (partner) {
    const more = findRoles(sa, partner);
    roles.actor ??= more.actor;
    roles.target ??= more.target;
  }
  // "Russia and Ukraine held talks": a compound subject of a symmetric act is actor and partner.
  const conjunct = roles.actor && !roles.passive ? conjunctBefore(sa, roles.actor) : undefined;
  // A "target" that is only where they met ("in Lima") gives way to the partner.
  const placeTarget = !!roles.target && /\b(in|at)\s+(the\s+)?$/.test(sa.text.slice(Math.max(0, roles.target.start - 8), roles.target.start));
  if (conjunct && (!roles.target || placeTarget) && SYMMETRIC.test(p.pattern.type)) {
    roles.target = roles.actor;
    roles.actor = conjunct;
  } else if (conjunct && conjunct.start !== roles.target?.start) {
    roles.coActor = conjunct;
  }
  if (roles.actor && roles.target && roles.actor.start === roles.target.start) roles.target = undefined;
  return roles;
}

const SYMMETRIC = /^(CONSULT|COOPERATE|AGREE)$/;

/** "X and Y": the actor conjoined before `actor`'s chunk, if any. */
function conjunctBefore(sa: SentenceActors, actor: EventActor): EventActor | undefined {
  const ci = sa.chunks.findIndex((c) => c.start === actor.start);
  if (ci <= 0) return undefined;
  const from = sa.chunks[ci - 1]!.last;
  if (sa.chunks[ci]!.first - from !== 1 || sa.units[from]!.lower !== 'and') return undefined;
  return sa.actor(ci - 1);
}
