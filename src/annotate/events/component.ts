/**
 * Pipeline component: coded events (PLOVER type and mode, CAMEO, ACLED) with
 * actor, target, place, date and counts. Order, per sentence:
 *   propose (propose.ts: lexicon patterns over tokens)
 *   → senses (senses.ts: drop triggers used in a non-event sense: "aides", campaign rallies;
 *     re-code a verbal attack on a person as criticism)
 *   → resolve (resolve.ts: claims aside, overlaps, complements, neighbours, modality)
 *   → arguments (roles.ts actors/targets, places.ts, governing time, counts.ts)
 * and then, over the document, responsibility claims mark the attacks they claim.
 * A sentence that only states a toll ("5 fatalities.") proposes nothing and gives
 * its counts to the previous sentence's events. ACLED types use the sentence cues
 * of acled-cues.ts (demonstration response, crowds, whom territory was taken from).
 * See docs/events.md.
 */
import type { Doc } from '../../model/doc.js';
import type { Event, EventActor, Place, Sentence, Token } from '../../model/layers.js';
import type { Component } from '../../pipeline/component.js';
import { countryByIso2 } from '../../lexicon/countries.js';
import { governingTime } from '../times/governing.js';
import { applyClaims, type ClaimSite } from './claims.js';
import type { Chunk } from './chunks.js';
import { sentenceActors } from './sentence-actors.js';
import { countBefore, sentenceCounts, troopCount } from './counts.js';
import { modalityAt, type Modality } from './modality.js';
import { eventPlace, eventSite, type EventPlace } from './places.js';
import { mayPropose, proposeInSentence, sentencesWithKeys, type Proposal } from './propose.js';
import { acledFor, type AcledRoles } from './acled.js';
import { crowdActor, isStateActor, NO_CROWD, sentenceCues, takenFrom, type SentenceCues } from './acled-cues.js';
import { ACLED } from './patterns.js';
import { keepEventSenses, recodeVerbalAttacks, type SenseContext } from './senses.js';
import { firstEndingAfter, firstStartingFrom, itemsWithin } from '../../model/span-search.js';
import { applyModality, dropOverlaps, foldComplements, mergeNeighbours, score, splitClaims, type Coding } from './resolve.js';
import { findRoles, type Roles, type SentenceActors } from './roles.js';
import { isVerbal, unitsOfSentence, unitsOfTokenRange, wordsOf, wordsOfRange, type SentenceUnits } from './units.js';

export interface ScoredEvent {
  event: Event;
  score: number;
  sentence: number;
  /** Whether the trigger is a verb (nominal triggers are often mentions, not reports). */
  verbal: boolean;
}

// Copies with a changed field are written Object.assign({}, x, { field }), not { ...x, field }:
// the same keys in the same order, but actors come in many shapes, and a spread of
// many shapes is several times slower in V8.

const SPEECH = /\b(said|says|say|told|tells|stated|declared|announced|insisted|added|warned|stressed|urged|according)\b|^["“]/;

/** Whether the time governing `span` is introduced by "since". */
function sinceTime(doc: Doc, span: { start: number; end: number }, value: string): boolean {
  const sentences = doc.get('sentences');
  const sentence = sentences[firstEndingAfter(sentences, span.start)];
  if (!sentence || sentence.start > span.start) return false;
  return itemsWithin(doc.get('times'), sentence.start, sentence.end).some(
    (t) => t.value === value && /\bsince\s+(the\s+)?$/i.test(doc.text.slice(Math.max(0, t.start - 12), t.start)),
  );
}

/** An event's dates; every field present (undefined when unknown), so all results share one shape. */
interface DateFields {
  date: string | undefined;
  dateSource: Event['dateSource'];
  dateTo: string | undefined;
}

const NO_DATES: DateFields = { date: undefined, dateSource: undefined, dateTo: undefined };

function dateFields(doc: Doc, span: { start: number; end: number }): DateFields {
  if (!doc.has('times') && !doc.meta.published) return NO_DATES;
  const t = governingTime(doc, span);
  if (t.value === 'PRESENT_REF') return NO_DATES;
  const date = t.from ?? t.value;
  let dateTo = t.to && t.to !== date ? t.to : undefined;
  // "since mid-October": the events run from then to the publication date.
  const published = doc.meta.published?.slice(0, 10);
  if (t.source === 'text' && published && sinceTime(doc, span, t.value)) dateTo = published;
  return { date, dateSource: t.source, dateTo };
}

/**
 * An actor known by name or title only ("President Omar El Bashir") takes the
 * country named elsewhere in the sentence (not the target's), else the document's.
 */
function fillActorCountry(roles: Roles, sa: SentenceActors, triggerStart: number, placeCountry: string | undefined, contextCountry: () => string | undefined): void {
  const actor = roles.actor;
  if (!actor || actor.country || actor.sector === 'IGO' || actor.sector === 'NGO') return;
  // A country named before the trigger, else elsewhere in the sentence, else where the event happened, else the document's.
  const usable = (a: EventActor | undefined): a is EventActor => !!a?.country && a.start !== actor.start && a.country !== roles.target?.country;
  const named = firstActor(sa, (c) => c.start < triggerStart && mayName(sa, c), usable) ?? firstActor(sa, (c) => mayName(sa, c), usable);
  const country = named?.country ?? placeCountry ?? contextCountry();
  if (country && country !== roles.target?.country) roles.actor = Object.assign({}, actor, { country });
  // "President Museveni banned Ugandan opposition candidates": a head of government
  // acting on people of the only country named is acting at home.
  else if (!country || country === roles.target?.country) {
    const home = roles.target?.country ?? country;
    if (home && TITLED_PERSON.test(actor.text) && !/^(IGO|NGO)$/.test(roles.target?.sector ?? '') && roles.target?.sector !== 'GOV') roles.actor = Object.assign({}, actor, { country: home });
  }
}

/**
 * Whether a chunk can denote an actor with a country: countries, capitals,
 * demonyms, "pro-Iranian" and named entities all have a capital letter. Lets the
 * searches below skip building actors that could not match.
 */
function mayName(sa: SentenceActors, c: Chunk): boolean {
  // Kept on the chunk: asked again for every event of the sentence.
  if (c.named === undefined) {
    let named = false;
    for (let k = c.first; k < c.last && !named; k++) named = HAS_UPPER.test(sa.units[k]!.text);
    c.named = named;
  }
  return c.named;
}
const HAS_UPPER = /[A-Z]/;

/** The first chunk's actor that passes `chunkTest` (checked before the actor is built) and `actorTest`. */
function firstActor(sa: SentenceActors, chunkTest: (c: Chunk) => boolean, actorTest: (a: EventActor | undefined) => a is EventActor): EventActor | undefined {
  for (let i = 0; i < sa.chunks.length; i++) {
    if (!chunkTest(sa.chunks[i]!)) continue;
    const a = sa.actor(i);
    if (actorTest(a)) return a;
  }
  return undefined;
}

const TITLED_PERSON = /\b(president|prime minister|premier|judge|chancellor|king|emir|gen\.|general|minister)\b/i;

/** A target known by name or sector only takes the next country named after the trigger that is not the actor's. */
function fillTargetCountry(roles: Roles, sa: SentenceActors, triggerStart: number): void {
  const target = roles.target;
  if (!target || target.country || target.sector === 'IGO' || target.sector === 'NGO') return;
  // Only within the target's own clause: no comma or quote between the target and the country.
  const after = Math.max(triggerStart, target.end - 1);
  let named: EventActor | undefined;
  for (let i = 0; i < sa.chunks.length && !named; i++) {
    const c = sa.chunks[i]!;
    if (c.start <= after) continue;
    if (/[,;"“”]/.test(sa.text.slice(target.end, c.start))) break;
    if (!mayName(sa, c)) continue;
    const a = sa.actor(i);
    if (a?.country && a.country !== roles.actor?.country) named = a;
  }
  if (named?.country) roles.target = Object.assign({}, target, { country: named.country });
  // "Opposition groups in Zimbabwe demand that President Mugabe ...": else a domestic target, in the actor's country.
  else if (roles.actor?.country && /^(GOV|MIL|COP|JUD|LEG)$/.test(target.sector ?? '')) roles.target = Object.assign({}, target, { country: roles.actor.country });
}

/**
 * An attack nobody is named for ("A roadside bomb exploded near Samarra") is
 * coded, as the PLOVER and GDELT gold standards do, with the country where it
 * happened as its actor; the actor is marked `inferred` and spans the place name.
 */
function inferUnattributedActor(event: Event, coding: Coding, m: Modality, site: EventPlace | undefined): void {
  if (event.actor || coding.type !== 'ASSAULT' || m.negated || m.hypothetical) return;
  const place = site;
  const iso3 = place?.country ? countryByIso2(place.country)?.iso3 : undefined;
  if (!place || !iso3) return;
  event.actor = { text: place.text, start: place.start, end: place.end, country: iso3, inferred: true };
}

/**
 * Force used on a place with no one named as its target ("shelled villages in
 * Western Cambodia", "imposed a curfew in Abidjan") targets that place's
 * country; the target is marked `inferred` and spans the place name.
 */
function inferUntargetedForce(event: Event, coding: Coding, site: EventPlace | undefined): void {
  if (event.target || !/^(ASSAULT|COERCE|PROTEST)$/.test(coding.type)) return;
  const iso3 = site?.country ? countryByIso2(site.country)?.iso3 : undefined;
  // Protests are mostly addressed to the country's own government; force is used on others.
  if (!site || !iso3 || (iso3 === event.actor?.country && coding.type !== 'PROTEST')) return;
  event.target = { text: site.text, start: site.start, end: site.end, country: iso3, inferred: true };
}

const SUBJECT_PRONOUNS = new Set(['it', 'he', 'she', 'they']);

/** A subject pronoun in the trigger's clause, up to four units before it ("They later attacked"). */
function subjectPronoun(units: SentenceUnits['units'], first: number): SentenceUnits['units'][number] | undefined {
  for (let k = first - 1; k >= Math.max(0, first - 4); k--) {
    const u = units[k]!;
    if (/^[,;:]$/.test(u.text)) return undefined;
    if (SUBJECT_PRONOUNS.has(u.lower)) return u;
  }
  return undefined;
}

const PROTESTERS = /\b(protesters|demonstrators|marchers)\b/i;
/** Protesters as the object right after the trigger ("fired on the demonstrators"). */
const PROTESTERS_AFTER = new RegExp(`^\\W*(\\w+\\W+){0,3}?${PROTESTERS.source}`, 'i');


/** An event, and the other conjunct of its compound subject when there is one ("Chile and Peru attacked"). */
interface Built {
  event: Event;
  coActor: EventActor | undefined;
}

/**
 * What every event of a sentence asks about it: computed once per sentence, the
 * text tests on first use (few events ask for speech or ACLED cues). A class, so
 * that the lazy fields do not make a slow object literal.
 */
class SentenceContext {
  private speech: boolean | undefined;
  private sentenceCues: SentenceCues | undefined;
  /** The sentence's places, demonyms left out ("Iraqi" says whose, not where). */
  readonly places: readonly Place[];

  constructor(
    doc: Doc,
    s: SentenceUnits,
    readonly text: string,
  ) {
    this.places = itemsWithin(doc.get('places'), s.sentence.start, s.sentence.end).filter((x) => !x.demonym);
  }

  get hasSpeech(): boolean {
    return (this.speech ??= SPEECH.test(this.text));
  }

  get cues(): SentenceCues {
    return (this.sentenceCues ??= sentenceCues(this.text));
  }
}

/** ACLED roles are asked for only where acledFor can return a type (see acled.ts). */
function mayHaveAcled(coding: Coding, p: Proposal, m: Modality): boolean {
  if (m.negated || m.future || m.hypothetical) return false;
  return !!p.pattern.acled || coding.type === 'ASSAULT' || coding.type === 'PROTEST' || coding.type === 'MOBILIZE';
}

function buildEvent(doc: Doc, s: SentenceUnits, sa: SentenceActors, p: Proposal, coding: Coding, ctx: SentenceContext, contextCountry: () => string | undefined, previousActor?: EventActor): Built {
  const units = s.units;
  const start = units[p.first]!.start;
  const end = units[p.last - 1]!.end;
  const sentenceText = ctx.text;
  const m = modalityAt(units, p.first);
  // Speech matters only to an obligation: the sentence is tested only then.
  applyModality(coding, m, m.obligation && ctx.hasSpeech);
  const event: Event = {
    start,
    end,
    sentence: { start: s.sentence.start, end: s.sentence.end },
    plover: coding.mode ? { type: coding.type, mode: coding.mode } : { type: coding.type },
    cameo: coding.cameo,
    evidence: coding.evidence.join(' '),
    source: `events/${p.pattern.id}`,
  };
  const roles = findRoles(sa, p, coding.partner, coding.evidence.includes('must→REQUEST'));
  if (!roles.actor) {
    const pronoun = subjectPronoun(units, p.first);
    // "It also shelled ...": the pronoun subject is the previous sentence's main actor.
    if (pronoun && previousActor) roles.actor = Object.assign({}, previousActor, { text: pronoun.text, start: pronoun.start, end: pronoun.end });
  }
  // Demonym places ("Iraqi") say whose, not where: never an event's site.
  const sentencePlaces = ctx.places;
  // "Washington launched air strikes": the actor's own name is not where the event happened.
  const actorSpan = roles.actor;
  const overlapsActor = (x: Place) => !!actorSpan && x.start < actorSpan.end && x.end > actorSpan.start;
  const place = eventPlace(
    units,
    // Filtered only when a place does overlap the actor (eventPlace does not keep or change the array).
    sentencePlaces.some(overlapsActor) ? sentencePlaces.filter((x) => !overlapsActor(x)) : sentencePlaces,
    p.first,
    coding.mode === 'visit',
  );
  const placeIso3 = place?.country ? countryByIso2(place.country)?.iso3 : undefined;
  fillActorCountry(roles, sa, start, placeIso3, contextCountry);
  fillTargetCountry(roles, sa, start);
  if (roles.actor) event.actor = roles.actor;
  if (roles.target) event.target = roles.target;
  const asksAcled = mayHaveAcled(coding, p, m);
  const crowd = asksAcled ? crowdActor(roles.actor, doc.text, start) : NO_CROWD;
  const acled = asksAcled ? acledFor(coding, p.pattern.acled, m, acledRoles(doc, s, p, roles, end, crowd, ctx.cues)) : undefined;
  if (acled) event.acled = { eventType: acled[0], subEventType: acled[1] };
  // Violence by demonstrators is rioting in CAMEO too (145), whatever its weapon.
  if (acled === ACLED.riot && crowd.crowdActor === 'protesters' && coding.type !== 'PROTEST') {
    event.plover = { type: 'PROTEST', mode: 'riot' };
    event.cameo = '145';
    event.evidence += ' crowd→riot';
  }
  if (place) event.place = place;
  // "aid to refugees in Liberia": a target known only by its sector takes the country of the place after the trigger.
  if (event.target && !event.target.country && !/^(IGO|NGO)$/.test(event.target.sector ?? '') && place?.country && place.start > start) {
    const iso3 = countryByIso2(place.country)?.iso3;
    if (iso3) event.target = Object.assign({}, event.target, { country: iso3 });
  }
  // "The Sudanese government accused Darfur rebels": any other target with no country of its own is
  // domestic, in the actor's country (last, after the place: "killed 23 people ... in Tel Aviv").
  if (event.target && !event.target.country && !/^(IGO|NGO)$/.test(event.target.sector ?? '') && event.actor?.country) {
    event.target = Object.assign({}, event.target, { country: event.actor.country });
  }
  const site = eventSite(units, sentencePlaces, p.first);
  inferUnattributedActor(event, coding, m, site);
  inferUntargetedForce(event, coding, site);
  // Set one by one, in dateFields' key order (date, dateSource, dateTo), without a generic Object.assign.
  const dates = dateFields(doc, { start, end });
  if (dates.date !== undefined) event.date = dates.date;
  if (dates.dateSource !== undefined) event.dateSource = dates.dateSource;
  if (dates.dateTo !== undefined) event.dateTo = dates.dateTo;
  addCounts(event, p, sentenceText, start - s.sentence.start);
  if (m.negated) event.negated = true;
  if (m.future) event.future = true;
  if (m.hypothetical) event.hypothetical = true;
  // "They should support X": an act someone says ought to happen has not happened (a "must stop" is re-coded REQUEST, which has).
  if (m.obligation && coding.type !== 'REQUEST') event.hypothetical = true;
  return { event, coActor: roles.coActor && event.actor ? roles.coActor : undefined };
}

/** The roles acled.ts reads; the text tests run only for the patterns that use them. */
function acledRoles(doc: Doc, s: SentenceUnits, p: Proposal, roles: Roles, end: number, crowd: ReturnType<typeof crowdActor>, cues: SentenceCues): AcledRoles {
  const afterTrigger = doc.text.slice(end, s.sentence.end);
  const overtake = p.pattern.acled === ACLED.overtake;
  const taken = overtake ? takenFrom(afterTrigger) : undefined;
  // Every field set, in one literal (no spreads of the optional parts): one hidden class for acledFor to read.
  return {
    armedTarget: /^(MIL|REB|COP)$/.test(roles.target?.sector ?? ''),
    stateActor: overtake && isStateActor(roles.actor),
    protesterTarget: PROTESTERS.test(roles.target?.text ?? '') || PROTESTERS_AFTER.test(afterTrigger),
    crowdActor: crowd.crowdActor,
    takenFromState: taken?.takenFromState,
    takenFromNonState: taken?.takenFromNonState,
    protestContext: cues.protestContext,
    lethalCue: cues.lethalCue,
    interventionCue: cues.interventionCue,
  };
}

/**
 * "Chile and Peru attacked Bolivia": PETRARCH and CAMEO code one event per
 * conjunct. The copy for the farther conjunct has the same trigger, target,
 * place and date, ranks just below the original, and says why in its evidence.
 */
function conjunctEvent(built: Built): Event | undefined {
  if (!built.coActor) return undefined;
  return { ...built.event, actor: { ...built.coActor }, evidence: `${built.event.evidence} conjunct` };
}

/** The counts of the last sentence asked for: its events ask one after another. */
let lastCounts: { text: string; counts: ReturnType<typeof sentenceCounts> } | undefined;
function countsOfSentence(sentenceText: string): ReturnType<typeof sentenceCounts> {
  if (lastCounts?.text !== sentenceText) lastCounts = { text: sentenceText, counts: sentenceCounts(sentenceText) };
  return lastCounts.counts;
}

function addCounts(event: Event, p: Proposal, sentenceText: string, triggerOffset: number): void {
  const counts: NonNullable<Event['counts']> = Object.assign({}, countsOfSentence(sentenceText));
  const deploy = p.pattern.kind === 'deploy' ? troopCount(sentenceText) : undefined;
  const nominal = !isVerbal(p.sentence.units[p.first]!);
  const before = deploy ?? (nominal ? countBefore(sentenceText, triggerOffset) : undefined);
  if (before) {
    event.count = before.value;
    if (before.qualifier) event.countQualifier = before.qualifier;
    if (p.pattern.type === 'ASSAULT' && !deploy) counts.attacks = before.value;
  }
  if (deploy) {
    counts.troops = deploy.value;
    if (event.actor && !event.actor.sector?.match(/MIL/)) event.actor = Object.assign({}, event.actor, { sector: 'MIL' });
  }
  if (Object.keys(counts).length) event.counts = counts;
}

/** The most named country in the document's places, or in "in X" phrases, for actors known only by their links. */
function documentCountry(doc: Doc): string | undefined {
  const tally = new Map<string, number>();
  for (const p of doc.get('places')) if (p.country) tally.set(p.country, (tally.get(p.country) ?? 0) + 1);
  let best: string | undefined;
  for (const [c, n] of tally) if (!best || n > tally.get(best)!) best = c;
  return best ? countryByIso2(best)?.iso3 : undefined;
}

/**
 * A nominal event named after a verbal event of another type is usually what
 * that event is about ("complained over two air raids"), so it ranks lower.
 */
function demoteMentionedEvents(events: ScoredEvent[]): void {
  for (const e of events) {
    if (!/^(ASSAULT|COERCE)$/.test(e.event.plover.type) || !e.event.source?.includes('/')) continue;
    const verbalBefore = events.some(
      (o) => o !== e && o.sentence === e.sentence && o.event.start < e.event.start && o.event.plover.type !== e.event.plover.type && o.verbal,
    );
    if (verbalBefore && !e.verbal) e.score -= 1;
  }
}

/** The named actor of a sentence's top-ranked event, for pronouns in the next sentence. */
function mainActor(events: readonly ScoredEvent[], sentence: number, from: number): EventActor | undefined {
  // The sentence's events are the ones pushed since `from`: no need to filter the whole document's.
  // The first of the highest score (what a stable sort by descending score puts first).
  let top: ScoredEvent | undefined;
  for (let i = from; i < events.length; i++) {
    const e = events[i]!;
    if (e.sentence === sentence && (!top || e.score > top.score)) top = e;
  }
  const actor = top?.event.actor;
  return actor && !actor.inferred && !SUBJECT_PRONOUNS.has(actor.text.toLowerCase()) ? actor : undefined;
}

/**
 * "2 fatalities.", "Three people were killed.": a sentence that only states a toll
 * (the way ACLED notes and many wire stories end) proposes no event of its own;
 * its counts belong to the events of the sentence before.
 */
const COUNT_NOTE = /^\s*(\d{1,5}|no|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens of)\s+(people\s+|persons\s+|civilians\s+|soldiers\s+)?(were\s+|was\s+)?(fatalit(y|ies)|killed|dead|deaths?|injured|wounded|injuries|casualties)\.?\s*$/i;
const NOTE_NUMBERS: Record<string, number> = { no: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** The toll of a count note (the caller passes only sentences of 60 characters or fewer). */
function countNote(sentenceText: string): { killed?: number; injured?: number } | undefined {
  const m = COUNT_NOTE.exec(sentenceText);
  if (!m) return undefined;
  const value = /^\d/.test(m[1]!) ? Number(m[1]) : NOTE_NUMBERS[m[1]!.toLowerCase()];
  if (value === undefined) return {};
  return /injur|wound/i.test(m[0]) ? { injured: value } : { killed: value };
}

function addNoteCounts(events: ScoredEvent[], sentence: number, note: { killed?: number; injured?: number }): void {
  for (const e of events) {
    if (e.sentence !== sentence || (e.event.plover.type !== 'ASSAULT' && e.event.plover.type !== 'PROTEST' && e.event.plover.type !== 'COERCE')) continue;
    const counts: NonNullable<Event['counts']> = Object.assign({}, e.event.counts);
    if (note.killed !== undefined && counts.killed === undefined) counts.killed = note.killed;
    if (note.injured !== undefined && counts.injured === undefined) counts.injured = note.injured;
    if (Object.keys(counts).length) e.event.counts = counts;
  }
}

function senseContext(doc: Doc, s: SentenceUnits, sentenceText: string): SenseContext {
  const entities = itemsWithin(doc.get('entities'), s.sentence.start, s.sentence.end);
  return {
    sentenceText,
    orgs: entities.filter((e) => e.type === 'ORG'),
    persons: entities.filter((e) => e.type === 'PER'),
  };
}

/**
 * The units of a sentence that may propose, else undefined (no token holds a filter key).
 * The sentence's tokens are read in place in the layer, not copied out.
 */
function sentenceUnits(doc: Doc, tokens: readonly Token[], sentence: Sentence, index: number): SentenceUnits | undefined {
  const from = firstStartingFrom(tokens, sentence.start);
  const to = firstStartingFrom(tokens, sentence.end);
  const words = wordsOfRange(doc.text, tokens, from, to, sentence.end);
  if (!words) {
    // A token crossing the sentence's end (not seen from wink): the tokens wholly inside, as itemsWithin gives them.
    const sentenceTokens = itemsWithin(tokens, sentence.start, sentence.end);
    const inside = wordsOf(doc.text, sentenceTokens);
    return mayPropose(inside) ? unitsOfSentence(doc.text, sentence, index, sentenceTokens, inside) : undefined;
  }
  return mayPropose(words) ? unitsOfTokenRange(doc.text, sentence, index, tokens, from, to, words) : undefined;
}

/** All events of the document with their in-sentence rank (the eval picks each sentence's best). */
export function extractEvents(doc: Doc): ScoredEvent[] {
  const out: ScoredEvent[] = [];
  const claimSites: ClaimSite[] = [];
  let docCountryValue: string | undefined | null = null;
  const docCountry = () => (docCountryValue === null ? (docCountryValue = documentCountry(doc)) : docCountryValue);
  let previousActor: EventActor | undefined;
  const tokens = doc.get('tokens');
  const sentences = doc.get('sentences');
  const candidates = sentencesWithKeys(doc.text, sentences);
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index]!;
    // Count notes are short: only those are sliced and tested.
    const note = sentence.end - sentence.start <= 60 ? countNote(doc.text.slice(sentence.start, sentence.end)) : undefined;
    if (note) {
      addNoteCounts(out, index - 1, note);
      continue;
    }
    if (!candidates.has(index)) continue;
    const s = sentenceUnits(doc, tokens, sentence, index);
    if (!s) continue;
    const proposals = proposeInSentence(s, doc.text);
    if (!proposals.length) continue;
    const { claims, events: proposed } = splitClaims(proposals);
    const sentenceText = doc.text.slice(sentence.start, sentence.end);
    const sense = senseContext(doc, s, sentenceText);
    const events = recodeVerbalAttacks(keepEventSenses(proposed, sense), sense);
    const codings = mergeNeighbours(foldComplements(dropOverlaps(events)));
    // Every trigger used in another sense and no claim: nothing below would be asked of this sentence.
    if (!codings.size && !claims.length) continue;
    // The sentence's "in <country>", else the document's country: asked for by few actors, so computed on demand.
    let context: string | undefined | null = null;
    const contextCountry = () => {
      if (context === null) {
        const placeCountry = eventPlace(s.units, [], 0, false)?.country;
        context = (placeCountry ? countryByIso2(placeCountry)?.iso3 : undefined) ?? docCountry();
      }
      return context;
    };
    const sa = sentenceActors(doc, s, contextCountry, proposals);
    const ctx = new SentenceContext(doc, s, sentenceText);
    const firstOfSentence = out.length;
    for (const [p, coding] of codings) {
      const built = buildEvent(doc, s, sa, p, coding, ctx, contextCountry, previousActor);
      const score_ = score(p);
      const verbal = isVerbal(s.units[p.first]!);
      out.push({ event: built.event, score: score_, sentence: s.index, verbal });
      const copy = conjunctEvent(built);
      if (copy) out.push({ event: copy, score: score_ - 0.001, sentence: s.index, verbal });
    }
    previousActor = mainActor(out, s.index, firstOfSentence) ?? previousActor;
    for (const c of dropOverlaps(claims)) {
      const roles = findRoles(sa, c);
      const claimer: EventActor | undefined = roles.actor;
      claimSites.push({ sentence: s.index, trigger: c, claimer, start: s.units[c.first]!.start });
    }
  }
  applyClaims(out, claimSites, doc.text);
  demoteMentionedEvents(out);
  return out;
}

export const eventsComponent: Component = {
  name: 'events',
  requires: ['sentences', 'tokens', 'entities', 'times', 'places'],
  assigns: ['events'],
  run(doc) {
    // Pushed, not mapped: a map in optimised code makes a holey array (another hidden class for the layer).
    const events: Event[] = [];
    for (const e of extractEvents(doc)) events.push(e.event);
    doc.set('events', events);
  },
};
