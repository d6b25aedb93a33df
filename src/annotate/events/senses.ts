/**
 * Word senses that are not events. A lexicon trigger can be the right word in the
 * wrong sense: "aides" (people, not aid), a campaign "rally" (not a protest), "rally
 * behind a candidate", an abstract "threat of terrorism" (nobody threatens anyone),
 * "asked if" (a question), "insisted that" (an assertion), the word inside an
 * organisation's name ("Federal Bureau of Investigation"), or a modifier of a
 * non-event noun ("pledged delegates", "attack ads", "consulting company").
 * Found by the event-precision audit on PolNeAR articles (scripts/audit-events.ts,
 * docs/events.md); this runs on the proposals before the resolve step.
 */
import type { Entity } from '../../model/layers.js';
import type { Proposal } from './propose.js';
import { isQuoteMark, isVerbal, lemmaIs, type Unit } from './units.js';
import { eventPattern } from './patterns.js';

/** Nouns that an event word only modifies: the phrase names a thing, not an act. */
const NON_EVENT_HEADS = new Set([
  'delegate', 'delegates', 'ad', 'ads', 'advert', 'adverts', 'dog', 'dogs', 'company', 'companies', 'firm', 'firms',
  'grounds', 'reasons', 'cry', 'line', 'lines', 'mode', 'helicopter', 'helicopters', 'submarine', 'submarines',
  'relationship', 'relationships', 'debt', 'debts', 'program', 'programs', 'programme', 'programmes',
]);

/** Things a government or campaign releases: releasing them is publication, not freeing people. */
const MET_OBJECTS = new Set([
  'target', 'targets', 'goal', 'goals', 'commitment', 'commitments', 'deadline', 'deadlines', 'standard', 'standards',
  'requirement', 'requirements', 'criteria', 'threshold', 'needs', 'expectations', 'demand', 'quota', 'obligations',
]);

const PUBLISHED = new Set([
  'report', 'reports', 'poll', 'polls', 'survey', 'findings', 'statement', 'statements', 'transcript', 'transcripts',
  'email', 'emails', 'document', 'documents', 'video', 'videos', 'footage', 'data', 'figures', 'results', 'book',
  'album', 'plan', 'budget', 'details', 'list', 'tape', 'tapes', 'records', 'memo', 'letter', 'speech', 'ad', 'ads',
  'returns', 'proposal', 'version', 'study', 'analysis', 'audio', 'photos', 'images', 'information',
]);

/** Armed-conflict words: "fought" among them is fighting, elsewhere a political struggle. */
const ARMED = /\b(troops|forces|militants?|rebels?|fighters|soldiers|army|armed|police|gunmen|killed|wounded|dead|weapons?|guns?|clash\w*|battlefield|militias?|separatists?|insurgents?|combatants?|shelling|gunfire|ceasefire|jihadists?|taliban|isis|isil|islamic state|qaeda|war|military|civil war|combat|front lines?|offensive|tanks?)\b/i;

/** Poll wording: "73 percent of Democrats support Clinton" reports an opinion, not an act. */
const POLL = /\b(percent|per cent|polls?|survey\w*|majorit(?:y|ies)|respondents)\b|%|\?\s*$/i;

/** Election-campaign words: a rally among them is a campaign event, not a demonstration. */
const CAMPAIGN = /\b(campaign\w*|candidates?|supporters|primar(?:y|ies)|caucus(?:es)?|nominee|nomination|delegates|voters|endorse[sd]?|endorsing|debate|victor(?:y|ies)|presidential|republicans?|democrats?|democratic|gop|super tuesday)\b/i;
/** Protest words: with one of these a rally stays a demonstration even in a campaign. */
const PROTEST = /\b(protest\w*|against|demonstrat\w*|marche[sd]|demand\w*|denounc\w*|condemn\w*|opposition)\b/i;

/** What a threat can be a threat of, when someone threatens it. */
const THREATENED_ACTS = /\b(strikes?|airstrikes?|air strikes?|sanctions|military action|retaliation|force|invasion|tariffs|legal action|expulsion|arrests?|attacks?|reprisals?|boycott|veto)\b/;

/** How a threat becomes an act: someone issues it, or it is a threat to do something or against someone. */
const THREAT_ACT_BEFORE = new Set(['issue', 'issued', 'make', 'made', 'makes', 'renew', 'renewed', 'repeat', 'repeated', 'carry', 'carried', 'send', 'sent']);

/** A form of "be" before a participle: a passive ("are met") or a predicate ("is demanding"). */
const BE = /^(is|are|was|were|be|been)$/;

function isVerb(u: Unit | undefined): boolean {
  return !!u && isVerbal(u);
}

/** "aides" is a person (the lemmatiser gives it "aid"); so are "the hopeful", "GOP hopefuls". */
function personNoun(units: readonly Unit[], p: Proposal): boolean {
  const u = units[p.first]!;
  if (p.pattern.type === 'AID') return u.lower === 'aide' || u.lower === 'aides';
  if (p.pattern.id === 'support/hopeful') return u.lower === 'hopefuls' || /^(the|a|presidential)$/.test(units[p.first - 1]?.lower ?? '');
  return false;
}

/** A one-word trigger right before a noun that names a thing ("attack ads"). */
function modifiesThing(units: readonly Unit[], p: Proposal): boolean {
  if (p.last - p.first !== 1) return false;
  const next = units[p.last];
  return !!next && NON_EVENT_HEADS.has(next.lower);
}

function rallyNotProtest(units: readonly Unit[], p: Proposal, sentenceText: string): boolean {
  if (p.pattern.id !== 'protest/rally') return false;
  const u = units[p.first]!;
  const next = units[p.last];
  // "rallied behind Cruz", "rally world leaders", "rallying cry".
  if (next && /^(behind|around|cry|support|world|leaders|voters|the|his|her|their|its)$/.test(next.lower)) return true;
  if (isVerb(u) && next && (next.pos === 'PROPN' || next.pos === 'DET' || next.pos === 'PRON')) return true;
  // "his rally", "Trump's rally": a rally one person holds is a campaign event.
  const before = units[p.first - 1]?.lower ?? '';
  if (before === 'his' || before === 'her' || (before === "'s" && units[p.first - 2]?.pos === 'PROPN')) return true;
  if (PROTEST.test(sentenceText)) return false;
  // "Trump said at a rally in Indiana", "told a rally": a rally someone addresses is a campaign event.
  const spoken = units.slice(Math.max(0, p.first - 4), p.first).some((x) => /^(said|says|told|tells|speaking|spoke|addressing|addressed)$/.test(x.lower));
  return spoken || CAMPAIGN.test(sentenceText);
}

/** Fixed phrases whose event word is not an event: "defies explanation", "as opposed to", "held/turned his fire on", "met the target". */
function idiom(units: readonly Unit[], p: Proposal): boolean {
  const u = units[p.first]!;
  const next = units[p.last]?.lower ?? '';
  const before = units[p.first - 1]?.lower ?? '';
  if (lemmaIs(u, 'defy')) return /^(explanation|logic|belief|description|gravity|expectations|the odds|odds)$/.test(next) || (next === 'the' && /^(odds|logic)$/.test(units[p.last + 1]?.lower ?? ''));
  if (lemmaIs(u, 'oppose')) return before === 'as' && next === 'to';
  // "held his fire on", "turned her fire on" (criticism); "opened fire on" stays a shooting.
  if (p.pattern.id.startsWith('assault/fire')) return units.slice(Math.max(0, p.first - 3), p.first).some((x) => ['hold', 'turn', 'train', 'focus', 'direct', 'aim'].some((l) => lemmaIs(x, l)));
  if (p.pattern.id === 'consult/meet') {
    // The object's head within three words ("met its emission targets"); "met with" is a meeting.
    for (let k = p.last; k < Math.min(units.length, p.last + 3); k++) {
      const w = units[k]!;
      if (MET_OBJECTS.has(w.lower)) return true;
      if (w.pos === 'PROPN' || w.pos === 'PUNCT' || w.pos === 'ADP') break;
    }
    // Passive: "if all the commitments are met".
    return BE.test(before) && MET_OBJECTS.has(units[p.first - 2]?.lower ?? '');
  }
  return false;
}

/** A label before a colon ("Contributing: ...", "Pledged: 781."): a byline or a table row. */
function label(units: readonly Unit[], p: Proposal): boolean {
  return p.first === 0 && units[p.last]?.lower === ':';
}

/** "seeking to fund", "sought to differentiate": an aim, not a request to anyone. */
function aim(units: readonly Unit[], p: Proposal): boolean {
  return p.pattern.id === 'request/seek' && units[p.last]?.lower === 'to';
}

/** ", allowing her to build a lead": a consequence clause, not a concession. */
function consequence(units: readonly Unit[], p: Proposal): boolean {
  return p.pattern.id === 'concede/allow' && units[p.first]!.lower === 'allowing' && units[p.first - 1]?.lower === ',';
}

/**
 * "it is demanding and time-consuming", "a very demanding job": the adjective. A
 * progressive with an object ("they are demanding the release") stays an event.
 */
function adjective(units: readonly Unit[], p: Proposal): boolean {
  const u = units[p.first]!;
  if (!u.lower.endsWith('ing') || p.last - p.first !== 1) return false;
  const before = units[p.first - 1]?.lower ?? '';
  if (/^(very|so|too|more|most|less|least|increasingly)$/.test(before)) return true;
  return BE.test(before) && /^(and|but|,|\.|-|–|—)$/.test(units[p.last]?.lower ?? '.');
}

/** "the poll released Sunday", "released its findings": publication, not freeing someone. */
function publication(units: readonly Unit[], p: Proposal): boolean {
  if (p.pattern.id !== 'concede/release') return false;
  if (PUBLISHED.has(units[p.first - 1]?.lower ?? '')) return true;
  // "The video, released in November, ...": the noun before an appositive comma.
  if (units[p.first - 1]?.lower === ',' && PUBLISHED.has(units[p.first - 2]?.lower ?? '')) return true;
  for (let k = p.last; k < Math.min(units.length, p.last + 5); k++) {
    const u = units[k]!;
    if (PUBLISHED.has(u.lower)) return true;
    if (u.pos === 'NOUN' || u.pos === 'PROPN' || u.pos === 'PUNCT') return false;
  }
  return false;
}

/** What one "offers" when offering a view, not an act: "offer a window into", "offered a defense of". */
const OFFERED_VIEWS = new Set([
  'window', 'glimpse', 'insight', 'insights', 'idea', 'ideas', 'defense', 'defence', 'explanation', 'view', 'views',
  'perspective', 'opinion', 'opinions', 'thoughts', 'take', 'critique', 'assessment', 'reminder', 'hint', 'clue',
  'example', 'examples', 'preview', 'contrast', 'lesson', 'lessons', 'analysis', 'argument', 'rationale',
]);

/** "offer a window into", "offered ideas for": a view offered, not an offer to act. */
function offeredView(units: readonly Unit[], p: Proposal): boolean {
  if (p.pattern.id !== 'agree/offer') return false;
  for (let k = p.last; k < Math.min(units.length, p.last + 4); k++) {
    const u = units[k]!;
    if (OFFERED_VIEWS.has(u.lower)) return true;
    if (u.pos !== 'DET' && u.pos !== 'ADJ' && u.pos !== 'PRON' && u.pos !== 'NUM') return false;
  }
  return false;
}

/** What is reinforced when nothing military is: "reinforced perceptions", "reinforces the stereotype". */
const REINFORCED_IDEAS = /^(perceptions?|stereotypes?|image|impression|message|narrative|notion|beliefs?|views?|fears?|concerns?|idea|sense|point|argument|doubts?|suspicions?|case)$/;

/** "the primaries reinforced perceptions of her": an idea made stronger, not troops sent. */
function reinforcedIdea(units: readonly Unit[], p: Proposal): boolean {
  if (p.pattern.id !== 'mobilize/reinforce') return false;
  for (let k = p.last; k < Math.min(units.length, p.last + 4); k++) {
    const u = units[k]!;
    if (REINFORCED_IDEAS.test(u.lower)) return true;
    if (u.pos !== 'DET' && u.pos !== 'ADJ' && u.pos !== 'PRON' && !isQuoteMark(u)) return false;
  }
  return false;
}

/** Fighting words that are as often political: "fought the establishment", "the battle against Sanders". */
const POLITICAL_FIGHT_IDS = new Set(['assault/fight', 'assault/battle']);

/** "fought the Washington establishment", "reinforced stereotypes": no armed conflict in the sentence. */
function politicalFight(p: Proposal, sentenceText: string): boolean {
  return POLITICAL_FIGHT_IDS.has(p.pattern.id) && !ARMED.test(sentenceText);
}

/** Voters' support in a poll or a question to readers. */
function pollSupport(p: Proposal, sentenceText: string): boolean {
  return p.pattern.id === 'support/support' && POLL.test(sentenceText);
}

/** "Republicans must be gnashing their teeth", "he must have known": a guess about what is so, not a demand. */
function epistemicMust(units: readonly Unit[], p: Proposal): boolean {
  if (!p.pattern.id.startsWith('request/must') || units[p.first]!.lower !== 'must') return false;
  const next = units[p.first + 1]?.lower ?? '';
  const after = units[p.first + 2]?.lower ?? '';
  return (next === 'be' && after.endsWith('ing')) || (next === 'have' && (after === 'been' || after.endsWith('ed') || after === 'known'));
}

/** "34% strongly agree", "Millennials agree in poll": an opinion polled; "agreed to/on" a deal stays an act. */
function pollAgreement(units: readonly Unit[], p: Proposal, sentenceText: string): boolean {
  if (p.pattern.id !== 'agree/agree' || !POLL.test(sentenceText)) return false;
  return !/^(to|on|upon)$/.test(units[p.last]?.lower ?? '');
}

/** "the threat of terrorism", "a security threat": a danger, not an act of threatening. */
function abstractThreat(units: readonly Unit[], p: Proposal): boolean {
  if (p.pattern.id !== 'threaten/threat') return false;
  const next = units[p.last];
  if (next?.lower === 'against') return false;
  if (next?.lower === 'to' && isVerb(units[p.last + 1])) return false;
  // "threats of airstrikes", "the threat of sanctions": a threatened act, not a danger.
  if (next?.lower === 'of' && THREATENED_ACTS.test(units.slice(p.last + 1, p.last + 4).map((u) => u.lower).join(' '))) return false;
  for (let k = p.first - 1; k >= Math.max(0, p.first - 3); k--) {
    if (THREAT_ACT_BEFORE.has(units[k]!.lower)) return false;
  }
  return true;
}

const DETAILS = /^(specifics|details|answers?|comment|more|clarification|evidence|examples?|explanation)$/;

/** "Pressed for specifics", "pressed for an example": asked to say more, not a demand. */
function pressedForDetails(units: readonly Unit[], p: Proposal): boolean {
  if (units[p.last]?.lower !== 'for') return false;
  let k = p.last + 1;
  if (/^(a|an)$/.test(units[k]?.lower ?? '')) k++;
  return DETAILS.test(units[k]?.lower ?? '');
}

/** "asked if/whether ...", "Asked about ...": a question, not a request. */
function question(units: readonly Unit[], p: Proposal): boolean {
  if (p.pattern.type !== 'REQUEST') return false;
  // "Pressed for specifics", "pressed for details": asked to say more.
  if (lemmaIs(units[p.first], 'press')) return pressedForDetails(units, p);
  if (!lemmaIs(units[p.first], 'ask')) return false;
  const next = units[p.last];
  if (!!next && /^(if|whether|about|what|why|how|who|when|where)$/.test(next.lower)) return true;
  // "“...,” Trump asked.", "Trump asked, turning ...": a reporting verb of a question.
  if (!next || /^[.,?!]$/.test(next.text)) return true;
  // "asked Trump if ...", "asked the senator whether ...", "asked by a reporter whether ...": a question to someone.
  for (let k = p.last + 1; k < Math.min(units.length, p.last + 5); k++) {
    const w = units[k]!.lower;
    if (/^(if|whether|how|what|why|who|when|where)$/.test(w)) return true;
    if (units[k]!.pos === 'PUNCT' || units[k]!.lower === 'to' || isVerb(units[k])) break;
  }
  // "asked applicants uniform questions", "asked by a reporter about ...": questions asked, nothing requested.
  let passive = false;
  for (let k = p.last; k < Math.min(units.length, p.last + 6); k++) {
    const u = units[k]!;
    if (u.lower === 'question' || u.lower === 'questions') return true;
    if (u.lower === 'by' && k === p.last) passive = true;
    else if (passive && u.lower === 'about') return true;
    if (u.pos === 'PUNCT' || u.lower === 'to' || isVerb(u)) return false;
  }
  return false;
}

/** "insisted that he has ...": an assertion. A demand keeps "should/must/be" or a bare verb ("that Moscow return"). */
function assertion(units: readonly Unit[], p: Proposal): boolean {
  if (!lemmaIs(units[p.first], 'insist')) return false;
  const next = units[p.last];
  // "insisted that ...", or a bare clause "insisted he had ...".
  const bareClause = (next?.pos === 'PRON' || next?.pos === 'PROPN') && /^(had|has|have|was|were|is|are|did|does)$/.test(units[p.last + 1]?.lower ?? '');
  if (bareClause) return true;
  if (next?.lower !== 'that') return false;
  for (let k = p.last + 1; k < Math.min(units.length, p.last + 8); k++) {
    const u = units[k]!;
    if (/^(should|must|be)$/.test(u.lower)) return false;
    if (u.pos === 'VERB' && u.lemmas.includes(u.lower) && !/^(to|will|would|can|could|may|might|do|does|did)$/.test(units[k - 1]!.lower)) return false;
  }
  return true;
}

/** The trigger is a word of a multi-word organisation name ("Center for European Reform"). */
function insideName(units: readonly Unit[], p: Proposal, orgs: readonly Entity[]): boolean {
  const start = units[p.first]!.start;
  const end = units[p.last - 1]!.end;
  return orgs.some((e) => e.start <= start && end <= e.end && (e.start < start || end < e.end));
}

export interface SenseContext {
  sentenceText: string;
  /** ORG entities of the sentence. */
  orgs: readonly Entity[];
  /** PER entities of the sentence. */
  persons: readonly Entity[];
}

/** Keeps the proposals whose trigger is used in an event sense. */
export function keepEventSenses(proposals: readonly Proposal[], ctx: SenseContext): Proposal[] {
  return proposals.filter((p) => {
    const units = p.sentence.units;
    return !(
      personNoun(units, p) ||
      modifiesThing(units, p) ||
      rallyNotProtest(units, p, ctx.sentenceText) ||
      abstractThreat(units, p) ||
      publication(units, p) ||
      politicalFight(p, ctx.sentenceText) ||
      pollSupport(p, ctx.sentenceText) ||
      pollAgreement(units, p, ctx.sentenceText) ||
      offeredView(units, p) ||
      reinforcedIdea(units, p) ||
      epistemicMust(units, p) ||
      question(units, p) ||
      idiom(units, p) ||
      label(units, p) ||
      aim(units, p) ||
      consequence(units, p) ||
      adjective(units, p) ||
      assertion(units, p) ||
      insideName(units, p, ctx.orgs)
    );
  });
}

/** Words of physical violence: with one of these in the sentence an attack on a person stays an attack. */
const PHYSICAL = /\b(mob|crowd|assailants?|attackers?|stabb\w*|knife|knives|machete|stones?|injur\w*|hurt|hospital\w*|bomb\w*|explosi\w*|shot|shooting|shots|fired|arson|wounded|wounds|victims?|raid\w*|drones?|missiles?|rockets?|shell\w*|terror\w*|gunm[ae]n|beat|beaten|beating|punch\w*|kick\w*|assault\w*|arrest\w*|died|dead|killed|murder\w*|home|house|residence|convoy|car|vehicle|street|outside|protesters|thugs|dog|hack\w*|cyber\w*)\b/i;
/** Political or spoken context: an attack on a person here is words. */
const VERBAL_CONTEXT = /\b(over|for)\s+(his|her|their|its|the)\b|\b(said|says|saying|speech\w*|tweet\w*|twitter|statement|speech|interview|remarks|comments?|criticism|rhetoric|record|polic(?:y|ies)|stance|television|op-ed|press conference|editorial|column|rant\w*|mock\w*|insult\w*|debates?|compar\w*|think)\b/i;
/** Titles between the verb and the name ("attacked Mr. Trump"). */
const TITLES = /^(mr|mrs|ms|dr|sen|senator|rep|gov|governor|president|secretary|former|candidate|rival|opponent)\.?$/;

/** Criticism, the coding a verbal attack takes (CAMEO 111, as "criticized"). */
const VERBAL_ATTACK_PATTERN = { id: 'accuse/verbal-attack', words: ['attack'], type: 'ACCUSE', cameo: '111', weight: 2 } as const;

/**
 * "Trump attacked Clinton over her emails", "his attacks on Cruz during the
 * debate": an attack whose target is a person named right after it, in a
 * sentence about politics or speech and with no word of physical violence, is
 * criticism (ACCUSE, CAMEO 111), not an assault.
 */
function verbalAttack(units: readonly Unit[], p: Proposal, ctx: SenseContext): boolean {
  if (p.pattern.id !== 'assault/attack' && p.pattern.id !== 'assault/target') return false;
  if (PHYSICAL.test(ctx.sentenceText) || ARMED.test(ctx.sentenceText)) return false;
  if (!VERBAL_CONTEXT.test(ctx.sentenceText) && !CAMPAIGN.test(ctx.sentenceText)) return false;
  return personTargetAfter(units, p, ctx) || politicalAttacks(units, p, ctx);
}

/** Words that make "attacks" words: "partisan attacks", "his personal attacks". */
const VERBAL_ATTACK_MODIFIERS = new Set(['partisan', 'political', 'personal', 'verbal', 'negative', 'scathing', 'withering', 'sharp', 'sharpest', 'relentless', 'repeated', 'fierce', 'harsh', 'new', 'latest', 'vicious', 'nasty', 'blistering', 'rhetorical']);
/** Political sides an attack may come from ("attacks from Republicans"). */
const POLITICAL_SIDES = /^(republicans?|democrats?|rivals?|critics|opponents|conservatives|liberals|the)$/;

/**
 * A noun "attack(s)" that someone in politics makes, in a political sentence with no violence:
 * "his attacks", "Sanders's attacks", "the partisan attacks", "came under attack", "attacks from Republicans".
 */
function politicalAttacks(units: readonly Unit[], p: Proposal, ctx: SenseContext): boolean {
  const u = units[p.first]!;
  if (isVerb(u)) return false;
  const before = units[p.first - 1]?.lower ?? '';
  if (before === 'his' || before === 'her' || before === 'their' || before === 'under' || VERBAL_ATTACK_MODIFIERS.has(before)) return true;
  if (before === "'s" || before === "'" || before === '’s' || before === '’') {
    const owner = units[p.first - 2];
    return !!owner && inPerson(ctx, owner);
  }
  const next = units[p.last];
  const after = units[p.last + 1];
  if ((next?.lower === 'from' || next?.lower === 'by') && after) {
    return POLITICAL_SIDES.test(after.lower) || inPerson(ctx, after);
  }
  return false;
}

/** The unit lies inside a person's name. */
function inPerson(ctx: SenseContext, u: Unit): boolean {
  return ctx.persons.some((e) => e.start <= u.start && u.end <= e.end);
}

/** The attack's target is a person named right after it ("attacked Mr. Trump", "attacks on Clinton"). */
function personTargetAfter(units: readonly Unit[], p: Proposal, ctx: SenseContext): boolean {
  if (!ctx.persons.length) return false;
  let k = p.last;
  if (units[k]?.lower === 'on') k++;
  while (k < Math.min(units.length, p.last + 4) && (TITLES.test(units[k]!.lower) || units[k]!.text === '.' || isQuoteMark(units[k]!))) k++;
  const target = units[k];
  return !!target && inPerson(ctx, target);
}

/** The proposals, with verbal attacks on people re-coded as criticism (their evidence names the rule). */
export function recodeVerbalAttacks(proposals: readonly Proposal[], ctx: SenseContext): Proposal[] {
  // Pushed, not mapped: a map's array is holey in optimised code and packed in the interpreter,
  // and the resolver's code, which reads this list, was deoptimised by the kind it had not met.
  const out: Proposal[] = [];
  for (const p of proposals) {
    const recoded = verbalAttack(p.sentence.units, p, ctx)
      ? { ...p, pattern: eventPattern(VERBAL_ATTACK_PATTERN.id, p.pattern.words, VERBAL_ATTACK_PATTERN.type, VERBAL_ATTACK_PATTERN.cameo, { pos: p.pattern.pos, weight: VERBAL_ATTACK_PATTERN.weight }) }
      : p;
    out.push(recoded);
  }
  return out;
}
