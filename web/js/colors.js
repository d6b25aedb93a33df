// Colours for entity types and PLOVER event types: cooperative types in
// greens and blues, conflictual ones in oranges and reds.

export const ENTITY_COLORS = { PER: '#cfe2ff', ORG: '#ffe0b3', LOC: '#d3f0d3', MISC: '#eadcf8' };

export const PLOVER_COLORS = {
  AGREE: '#4daf4a',
  CONSULT: '#377eb8',
  SUPPORT: '#66c2a5',
  CONCEDE: '#a6d854',
  COOPERATE: '#1b9e77',
  AID: '#0aa5b5',
  RETREAT: '#8c9f3d',
  REQUEST: '#80b1d3',
  DEMAND: '#a6761d',
  DISAPPROVE: '#f0a050',
  ACCUSE: '#e6ab02',
  REJECT: '#c9a227',
  THREATEN: '#fb8072',
  PROTEST: '#984ea3',
  SANCTION: '#bc80bd',
  MOBILIZE: '#ff7f00',
  COERCE: '#e7298a',
  ASSAULT: '#d7191c',
};

export const PLOVER_TYPES = Object.keys(PLOVER_COLORS);

/** A stable colour for any event type, known or not. */
export function eventColor(type) {
  const known = PLOVER_COLORS[String(type).toUpperCase()];
  if (known) return known;
  let h = 0;
  for (const c of String(type)) h = (h * 31 + c.charCodeAt(0)) % 360;
  return `hsl(${h} 45% 50%)`;
}
