/**
 * The PLOVER event types, their default CAMEO codes, and how modality
 * (intent, refusal) re-codes them. PLOVER 0.5 and CAMEO both code a stated
 * intention to cooperate as AGREE (CAMEO 03x), a conditional or future
 * conflictual act as THREATEN (13x), and a refusal to cooperate as REJECT (12x).
 */

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

/** Types whose future or willing form is an offer (AGREE) and whose negation is a refusal (REJECT). */
export const COOPERATIVE = new Set<PloverType>(['CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'AGREE']);
/** Types whose future or conditional form is a threat. */
export const CONFLICTUAL = new Set<PloverType>(['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE', 'PROTEST']);

/** CAMEO 03x "express intent to ..." for the cooperative type stated as an intention. */
export const INTENT_CAMEO: Partial<Record<PloverType, string>> = {
  CONSULT: '036', AID: '033', COOPERATE: '031', SUPPORT: '032', CONCEDE: '034', RETREAT: '034', AGREE: '030',
};
/** CAMEO 13x "threaten ..." for the conflictual type stated as a future or conditional act. */
export const THREAT_CAMEO: Partial<Record<PloverType, string>> = {
  ASSAULT: '138', COERCE: '137', SANCTION: '131', MOBILIZE: '138', PROTEST: '133',
};
/** CAMEO 12x "refuse ..." for a negated cooperative act. */
export const REFUSAL_CAMEO: Partial<Record<PloverType, string>> = {
  CONSULT: '123', AID: '122', COOPERATE: '120', SUPPORT: '120', CONCEDE: '124', RETREAT: '124', AGREE: '120',
};
