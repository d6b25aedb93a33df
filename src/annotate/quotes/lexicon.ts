/**
 * Word lists for quote attribution: speech cues, pronouns that can speak,
 * and the small words that may sit between a speaker and the cue.
 * Written by hand for news English (the PolNeAR dev set was used to tune,
 * never copied).
 */

/** How a cue behaves when it introduces indirect speech. */
export type CueStrength =
  /** Bare reported clause allowed ("said a ceasefire was needed"). */
  | 'strong'
  /** Needs "that" (or a quote) after it: "added sanctions" is not speech, "added that ..." is. */
  | 'weak';

export interface CueInfo {
  lemma: string;
  strength: CueStrength;
  /** Takes a hearer object before the clause: "told AFP that ...". */
  hearer?: boolean;
}

function forms(lemma: string, words: string[], strength: CueStrength, hearer = false): [string, CueInfo][] {
  return words.map((w) => [w, { lemma, strength, ...(hearer ? { hearer } : {}) }]);
}

/** Single-word speech cues by surface form (lower case). */
export const CUE_WORDS: ReadonlyMap<string, CueInfo> = new Map([
  ...forms('say', ['say', 'says', 'said', 'saying'], 'strong'),
  ...forms('tell', ['tell', 'tells', 'told', 'telling'], 'strong', true),
  ...forms('add', ['add', 'adds', 'added', 'adding'], 'weak'),
  ...forms('warn', ['warn', 'warns', 'warned', 'warning'], 'strong'),
  ...forms('stress', ['stress', 'stresses', 'stressed', 'stressing'], 'weak'),
  ...forms('note', ['note', 'notes', 'noted', 'noting'], 'weak'),
  ...forms('insist', ['insist', 'insists', 'insisted', 'insisting'], 'strong'),
  ...forms('argue', ['argue', 'argues', 'argued', 'arguing'], 'strong'),
  ...forms('claim', ['claim', 'claims', 'claimed', 'claiming'], 'weak'),
  ...forms('announce', ['announce', 'announces', 'announced', 'announcing'], 'weak'),
  ...forms('state', ['states', 'stated', 'stating'], 'weak'),
  ...forms('explain', ['explain', 'explains', 'explained', 'explaining'], 'strong'),
  ...forms('declare', ['declare', 'declares', 'declared', 'declaring'], 'weak'),
  ...forms('assert', ['assert', 'asserts', 'asserted', 'asserting'], 'strong'),
  ...forms('acknowledge', ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'], 'weak'),
  ...forms('admit', ['admit', 'admits', 'admitted', 'admitting'], 'weak'),
  ...forms('confirm', ['confirm', 'confirms', 'confirmed', 'confirming'], 'weak'),
  ...forms('deny', ['deny', 'denies', 'denied', 'denying'], 'weak'),
  ...forms('allege', ['allege', 'alleges', 'alleged', 'alleging'], 'weak'),
  ...forms('write', ['write', 'writes', 'wrote', 'writing'], 'weak'),
  ...forms('tweet', ['tweet', 'tweets', 'tweeted', 'tweeting'], 'weak'),
  ...forms('ask', ['ask', 'asks', 'asked', 'asking'], 'weak', true),
  ...forms('reply', ['reply', 'replies', 'replied', 'replying'], 'weak'),
  ...forms('respond', ['respond', 'responds', 'responded', 'responding'], 'weak'),
  ...forms('predict', ['predict', 'predicts', 'predicted', 'predicting'], 'weak'),
  ...forms('suggest', ['suggest', 'suggests', 'suggested', 'suggesting'], 'weak'),
  ...forms('recall', ['recall', 'recalls', 'recalled', 'recalling'], 'weak'),
  ...forms('complain', ['complain', 'complains', 'complained', 'complaining'], 'weak'),
  ...forms('contend', ['contend', 'contends', 'contended', 'contending'], 'strong'),
  ...forms('maintain', ['maintains', 'maintained'], 'weak'),
  ...forms('remark', ['remark', 'remarks', 'remarked'], 'weak'),
  ...forms('reiterate', ['reiterate', 'reiterates', 'reiterated', 'reiterating'], 'weak'),
  ...forms('reveal', ['reveal', 'reveals', 'revealed', 'revealing'], 'weak'),
  ...forms('vow', ['vow', 'vows', 'vowed', 'vowing'], 'weak'),
  ...forms('pledge', ['pledges', 'pledged'], 'weak'),
  ...forms('promise', ['promises', 'promised'], 'weak'),
  ...forms('urge', ['urge', 'urges', 'urged', 'urging'], 'weak', true),
  ...forms('report', ['reports', 'reported'], 'weak'),
  ...forms('believe', ['believes', 'believed'], 'weak'),
  ...forms('think', ['thinks'], 'weak'),
  ...forms('concede', ['concede', 'concedes', 'conceded'], 'weak'),
  ...forms('conclude', ['concluded', 'concludes'], 'weak'),
  ...forms('continue', ['continued'], 'weak'),
  ...forms('boast', ['boast', 'boasts', 'boasted', 'boasting'], 'weak'),
  ...forms('joke', ['joked', 'jokes'], 'weak'),
  ...forms('quip', ['quipped'], 'weak'),
  ...forms('exclaim', ['exclaimed'], 'weak'),
  ...forms('shout', ['shouted'], 'weak'),
  ...forms('answer', ['answered'], 'weak'),
  ...forms('mention', ['mentioned'], 'weak'),
  ...forms('insinuate', ['insinuated'], 'weak'),
  ...forms('emphasize', ['emphasized', 'emphasised', 'emphasizes', 'emphasises'], 'weak'),
  ...forms('caution', ['cautioned'], 'weak'),
  ...forms('testify', ['testified'], 'weak'),
  ...forms('declare', ['proclaimed'], 'weak'),
]);

/** Cues that cannot introduce indirect speech with a bare clause and are too ambiguous without a quote nearby. */
export const DIRECT_ONLY_LEMMAS: ReadonlySet<string> = new Set(['continue', 'answer', 'shout', 'exclaim', 'quip', 'joke']);

/** Personal pronouns that can be the subject of a speech verb. */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

/** Small words allowed between a speaker and its cue ("Albares has also said"). */
export const BETWEEN_WORDS: ReadonlySet<string> = new Set([
  'has', 'had', 'have', 'was', 'were', 'is', 'are', 'also', 'later', 'again', 'reportedly', 'previously',
  'earlier', 'once', 'then', 'repeatedly', 'publicly', 'privately', 'separately', 'further', 'recently',
  'subsequently', 'initially', 'would', 'will', 'did', 'does', 'do', 'has', 'may', 'might', 'could',
  'never', 'often', 'frequently', 'flatly', 'simply', 'just', 'still', 'even', 'already', 'always',
  "'s", '’s', 'been', 'be',
]);

/** Words that may be the head of an unnamed speaker noun phrase ("a security official"). */
export const PERSON_HEADS: ReadonlySet<string> = new Set([
  'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'president', 'source', 'sources',
  'diplomat', 'diplomats', 'analyst', 'analysts', 'witness', 'witnesses', 'resident', 'residents', 'leader', 'leaders',
  'general', 'commander', 'officer', 'officers', 'chief', 'head', 'secretary', 'ambassador', 'envoy', 'aide', 'aides',
  'candidate', 'senator', 'governor', 'mayor', 'lawmaker', 'lawmakers', 'expert', 'experts', 'man', 'woman',
  'doctor', 'doctors', 'activist', 'activists', 'lawyer', 'attorney', 'director', 'chairman', 'member', 'members',
  'adviser', 'advisor', 'strategist', 'representative', 'prosecutor', 'prosecutors', 'judge', 'critic', 'critics',
  'supporter', 'supporters', 'nominee', 'chair', 'manager', 'correspondent', 'researcher', 'researchers', 'police',
  'voters', 'campaign', 'statement', 'report', 'people', 'poll', 'survey', 'study',
]);

/** Heads of organisation noun phrases ("the ministry said"). */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'government', 'army', 'military', 'police', 'department', 'office', 'embassy', 'agency', 'company',
  'group', 'committee', 'campaign', 'council', 'party', 'administration', 'coalition', 'alliance', 'court',
  'commission', 'white', 'house', 'kremlin', 'pentagon', 'organisation', 'organization', 'union', 'board', 'firm',
  'network', 'newspaper', 'movement', 'militia', 'authorities', 'statement', 'report', 'poll', 'survey',
]);

/** Words that lead into a time expression ("on Tuesday", "last week"), skipped with it. */
export const TIME_PREPOSITIONS = new Set(['on', 'in', 'at', 'last', 'this', 'late', 'early', 'earlier', 'during']);
