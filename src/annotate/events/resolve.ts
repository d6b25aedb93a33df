/**
 * Resolve: from the proposals of one sentence to its events. The order is
 *   1. set aside responsibility claims (they mark other events),
 *   2. drop proposals overlapped by a longer or stronger one,
 *   3. fold an action into the intent/request/threat/refusal/accusation verb that
 *      governs it ("agreed to provide aid" → AGREE 033, "threatened to shell" →
 *      THREATEN 138, "accused X of violating" → ACCUSE), a protest's purpose into the
 *      protest, and an attack into the disruption verb whose object it is ("foiled an
 *      attack", "defused a bomb"),
 *   4. merge neighbouring triggers of the same type ("attacks targeting"), and an
 *      attack's ", killing ..." consequence into the attack,
 *   5. re-code by modality (future cooperation → AGREE, future force → THREATEN,
 *      refused cooperation → REJECT, "must stop" → REQUEST).
 * Ranking (score): weight, verb over noun, earlier first; lower for subordinate
 * clauses, ", killing ..." consequences, reduced relatives and attributive
 * participles ("the detained president").
 * Arguments (roles, place, date, counts) are attached by the component.
 */
import { COOPERATIVE, CONFLICTUAL, INTENT_CAMEO, REFUSAL_CAMEO, THREAT_CAMEO, type PloverType } from './plover.js';
import type { Modality } from './modality.js';
import type { Proposal } from './propose.js';

export interface Coding {
  type: PloverType;
  mode: string | undefined;
  cameo: string;
  evidence: string[];
  /** A merged neighbouring trigger of the same type, whose arguments fill gaps. */
  partner: Proposal | undefined;
}

export interface Resolved {
  proposal: Proposal;
  coding: Coding;
  /** Rank of the event inside its sentence: the highest is the sentence's main event. */
  score: number;
}

const GOVERNORS = new Set<PloverType>(['AGREE', 'REQUEST', 'THREATEN', 'REJECT', 'ACCUSE']);

function length(p: Proposal): number {
  return p.last - p.first;
}

function weight(p: Proposal): number {
  return p.pattern.weight ?? 1;
}

function overlaps(a: Proposal, b: Proposal): boolean {
  return a.first < b.last && b.first < a.last;
}

export function splitClaims(proposals: readonly Proposal[]): { claims: Proposal[]; events: Proposal[] } {
  return {
    claims: proposals.filter((p) => p.pattern.kind === 'claim'),
    events: proposals.filter((p) => p.pattern.kind !== 'claim'),
  };
}

export function dropOverlaps(proposals: readonly Proposal[]): Proposal[] {
  // Longer triggers first, then the more specific (object-checked) pattern, then weight.
  const ranked = [...proposals].sort(
    (a, b) => length(b) - length(a) || Number(!!b.pattern.after) - Number(!!a.pattern.after) || weight(b) - weight(a),
  );
  const kept: Proposal[] = [];
  for (const p of ranked) if (!kept.some((k) => overlaps(k, p))) kept.push(p);
  return kept.sort((a, b) => a.first - b.first);
}

function initialCoding(p: Proposal): Coding {
  // Every field set here (partner later, by merges): one hidden class for all codings.
  return { type: p.pattern.type, mode: p.pattern.mode || undefined, cameo: p.pattern.cameo, evidence: [p.pattern.id], partner: undefined };
}

/** Whether `action` is the complement of `governor` ("refused to meet", "urged X to withdraw"). */
function governs(governor: Proposal, action: Proposal): boolean {
  if (action.first < governor.last || action.first - governor.last > 5) return false;
  // Pushed, not sliced and mapped: a map's array is holey in optimised code and packed in the interpreter.
  const between: string[] = [];
  const units = governor.sentence.units;
  for (let k = governor.last; k < Math.min(action.first, units.length); k++) between.push(units[k]!.lower);
  if (between.some((w) => /^[,;.]$/.test(w) || w === 'and' || w === 'but')) return false;
  if (between.includes('to') || between.includes('for') || between.length <= 1) return true;
  // "accused Darfur rebels of violating a ceasefire": what the accusation is about.
  if (governor.pattern.type === 'ACCUSE' && between.includes('of')) return true;
  // "demanded that Israel ease restrictions".
  if (between[0] === 'that') return true;
  // "calling for an immediate ceasefire": the governor ends in its preposition.
  const lastWord = governor.pattern.words[governor.pattern.words.length - 1];
  return (lastWord === 'for' || lastWord === 'to' || lastWord === 'on') && between.length <= 3;
}

function refine(coding: Coding, action: Proposal): void {
  const type = action.pattern.type;
  if (coding.type === 'AGREE' && COOPERATIVE.has(type)) coding.cameo = INTENT_CAMEO[type] ?? coding.cameo;
  else if (coding.type === 'THREATEN' && CONFLICTUAL.has(type)) coding.cameo = THREAT_CAMEO[type] ?? coding.cameo;
  else if (coding.type === 'REJECT' && COOPERATIVE.has(type)) coding.cameo = REFUSAL_CAMEO[type] ?? coding.cameo;
  else if (coding.type === 'AGREE' && CONFLICTUAL.has(type)) {
    // "prepared to impose martial law": readiness to use force is a threat.
    coding.type = 'THREATEN';
    coding.cameo = THREAT_CAMEO[type] ?? '130';
  }
  coding.evidence.push(`governs:${action.pattern.id}`);
}

const PURPOSES = new Set<PloverType>(['REQUEST', 'ACCUSE', 'REJECT']);

/** "thwarted", "foiled", "defused", "intercepted": a verb whose object is an attack or weapon that did not strike. */
function disrupts(p: Proposal): boolean {
  return p.pattern.type === 'COERCE' && p.pattern.cameo === '170';
}

/** `object` follows `verb` in its clause, within five units ("foiled an attempted bomb attack"). */
function isObjectOf(verb: Proposal, object: Proposal): boolean {
  if (object.first < verb.last || object.first - verb.last > 5) return false;
  return !verb.sentence.units.slice(verb.last, object.first).some((u) => /^[,;.:]$/.test(u.text) || u.lower === 'and' || u.lower === 'but');
}

/** "protest ... to demand", "went on strike to press for": `action` is the infinitive of purpose of `protest`. */
function servesAsPurpose(protest: Proposal, action: Proposal): boolean {
  if (action.first <= protest.last || action.first - protest.last > 8) return false;
  const between = protest.sentence.units.slice(protest.last, action.first);
  if (between.some((u) => /^[,;.]$/.test(u.text) || u.lower === 'and' || u.lower === 'but')) return false;
  return between[between.length - 1]?.lower === 'to' || (between[between.length - 1]?.lower === 'in' && action.pattern.type === 'REJECT');
}

export function foldComplements(kept: readonly Proposal[]): Map<Proposal, Coding> {
  const codings = new Map<Proposal, Coding>();
  // Made on the first absorption: most sentences have none.
  let absorbed: Set<Proposal> | undefined;
  for (const p of kept) {
    if (absorbed?.has(p)) continue;
    const coding = initialCoding(p);
    // "marched through the capital to demand higher pay": a protest's purpose is part of the protest.
    if (p.pattern.type === 'PROTEST') {
      const purpose = kept.find((q) => q !== p && !absorbed?.has(q) && PURPOSES.has(q.pattern.type) && servesAsPurpose(p, q));
      if (purpose) {
        coding.evidence.push(`purpose:${purpose.pattern.id}`);
        (absorbed ??= new Set()).add(purpose);
      }
    } else if (disrupts(p)) {
      // "foiled an attempted bomb attack": the attack did not happen; the foiling is the event.
      const attack = kept.find((q) => q !== p && !absorbed?.has(q) && q.pattern.type === 'ASSAULT' && isObjectOf(p, q));
      if (attack) {
        coding.evidence.push(`object:${attack.pattern.id}`);
        (absorbed ??= new Set()).add(attack);
      }
    } else if (GOVERNORS.has(p.pattern.type)) {
      const action = kept.find((q) => q !== p && !absorbed?.has(q) && governs(p, q));
      if (action) {
        refine(coding, action);
        (absorbed ??= new Set()).add(action);
      }
    }
    codings.set(p, coding);
  }
  if (absorbed) for (const a of absorbed) codings.delete(a);
  return codings;
}

export function mergeNeighbours(codings: Map<Proposal, Coding>): Map<Proposal, Coding> {
  const ordered = [...codings.keys()].sort((a, b) => a.first - b.first);
  for (let i = 1; i < ordered.length; i++) {
    const prev = ordered[i - 1]!;
    const cur = ordered[i]!;
    const a = codings.get(prev);
    const b = codings.get(cur);
    if (!a || !b) continue;
    // "attacked a post on Sunday, killing two officers": the killing is the attack's toll, not a second attack.
    if (a.type === 'ASSAULT' && b.type === 'ASSAULT' && isConsequence(cur)) {
      a.evidence.push(`with:${cur.pattern.id}`);
      a.partner ??= cur;
      codings.delete(cur);
      ordered[i] = prev;
      continue;
    }
    if (a.type !== b.type) continue;
    // Violence verbs and nouns of one clause are one event ("wounded two soldiers in a bomb attack").
    const reach = a.type === 'ASSAULT' && !prev.sentence.units.slice(prev.last, cur.first).some((u) => /^[,;:]$/.test(u.text)) ? 7 : 2;
    if (cur.first - prev.last > reach) continue;
    // Keep the stronger trigger; remember the other as evidence.
    const [keep, drop] = weight(prev) >= weight(cur) ? [prev, cur] : [cur, prev];
    codings.get(keep)!.evidence.push(`with:${drop.pattern.id}`);
    codings.get(keep)!.partner = drop;
    codings.delete(drop);
    ordered[i] = keep;
  }
  return codings;
}

/** Re-codes a coding by the trigger's modality; returns the flags to record. */
export function applyModality(coding: Coding, m: Modality, hasSpeech: boolean): void {
  const { type } = coding;
  if (m.negated && COOPERATIVE.has(type) && type !== 'AGREE') {
    coding.cameo = REFUSAL_CAMEO[type] ?? '120';
    coding.type = 'REJECT';
    coding.evidence.push('negated→REJECT');
  } else if (m.negated && type === 'AGREE') {
    coding.type = 'REJECT';
    coding.cameo = '120';
    coding.evidence.push('negated→REJECT');
  } else if (m.obligation && hasSpeech && type !== 'REQUEST') {
    coding.type = 'REQUEST';
    coding.cameo = type === 'ASSAULT' ? '0256' : '020';
    coding.evidence.push('must→REQUEST');
  } else if ((m.future || m.hypothetical) && !m.negated && COOPERATIVE.has(type) && type !== 'AGREE') {
    coding.cameo = INTENT_CAMEO[type] ?? '030';
    coding.type = 'AGREE';
    coding.evidence.push('intent→AGREE');
  } else if ((m.future || m.hypothetical) && !m.negated && CONFLICTUAL.has(type)) {
    coding.cameo = THREAT_CAMEO[type] ?? '130';
    coding.type = 'THREATEN';
    coding.evidence.push('future-force→THREATEN');
  }
}

const SUBORDINATORS = new Set(['after', 'when', 'since', 'because', 'before', 'while', 'although', 'until', 'following', 'unless', 'if', 'whom', 'who', 'which', 'where']);

/** Whether the trigger sits in a subordinate clause ("after crowds trashed its embassy"). */
function subordinate(p: Proposal): boolean {
  for (let k = p.first - 1; k >= 0; k--) {
    const u = p.sentence.units[k]!;
    if (u.text === ',' || u.text === ';') return false;
    if (SUBORDINATORS.has(u.lower)) return true;
  }
  return false;
}

/**
 * "attacked a man accused of witchcraft": a past participle right after the
 * object noun of an earlier verb in its clause describes that noun; it is not
 * the clause's own event.
 */
function reducedRelative(p: Proposal): boolean {
  const units = p.sentence.units;
  const unit = units[p.first]!;
  const prev = units[p.first - 1];
  if (!unit.lower.endsWith('ed') || !prev || prev.pos !== 'NOUN') return false;
  if (units[p.first + 1]?.pos !== 'ADP') return false;
  for (let k = p.first - 2; k >= 0; k--) {
    const u = units[k]!;
    if (/^[,;:]$/.test(u.text) || SUBORDINATORS.has(u.lower)) return false;
    if (u.pos === 'VERB') return true;
  }
  return false;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'these', 'those', 'several', 'two', 'three']);

/**
 * "the detained president", "subjected detained women to": a past participle
 * between a determiner (or a verb) and its noun describes the noun; it is not
 * the clause's own event.
 */
function attributiveParticiple(p: Proposal): boolean {
  const units = p.sentence.units;
  const unit = units[p.first]!;
  if (p.last - p.first !== 1 || !unit.lower.endsWith('ed')) return false;
  const next = units[p.first + 1];
  const prev = units[p.first - 1];
  if (!next || !/^(NOUN|PROPN)$/.test(next.pos) || !prev) return false;
  return DETERMINERS.has(prev.lower) || prev.pos === 'VERB';
}

/** ", killing 156 people": a participle after a comma reports a consequence of the clause before it. */
function isConsequence(p: Proposal): boolean {
  return p.sentence.units[p.first]!.lower.endsWith('ing') && p.sentence.units[p.first - 1]?.text === ',';
}

export function score(p: Proposal): number {
  const verbal = p.sentence.units[p.first]!.pos === 'VERB' ? 0.3 : 0;
  const consequence = isConsequence(p) ? 0.8 : 0;
  return weight(p) + verbal - 0.01 * p.first - (subordinate(p) ? 1.5 : 0) - consequence - (reducedRelative(p) ? 1 : 0) - (attributiveParticiple(p) ? 1.5 : 0);
}
