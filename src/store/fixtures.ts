/**
 * Hand-made article records for store and API tests: short invented news
 * texts whose offsets are computed with indexOf, so they are always right.
 */
import type { ArticleRecord } from '../model/record.js';
import type { Entity, Event, Place, Quote, TextSpan } from '../model/layers.js';

/** The span of the nth (1-based) occurrence of `needle` in `text`. */
export function spanOf(text: string, needle: string, nth = 1): TextSpan {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture: "${needle}" (#${nth}) not in text`);
  }
  return { start: at, end: at + needle.length, text: needle };
}

/** Sentence spans split on ". " (good enough for these hand-written texts). */
function sentencesOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^.!?]+[.!?]+["”]?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    out.push({ start: m.index + lead, end: m.index + m[0].length });
  }
  return out;
}

function sentenceAround(text: string, span: { start: number; end: number }): { start: number; end: number } {
  return sentencesOf(text).find((s) => s.start <= span.start && span.end <= s.end) ?? { start: 0, end: text.length };
}

function entity(text: string, needle: string, type: Entity['type'], extra: Partial<Entity> = {}, nth = 1): Entity {
  return { ...spanOf(text, needle, nth), type, source: 'fixture/hand', ...extra };
}

function place(text: string, needle: string, lat: number, lon: number, country: string, nth = 1): Place {
  return { ...spanOf(text, needle, nth), name: needle, lat, lon, country, source: 'fixture/hand' };
}

function quote(text: string, content: string, cue: string, speaker: string | null, name?: string): Quote {
  const c = spanOf(text, content);
  return {
    start: c.start,
    end: c.end,
    text: content,
    direct: text[c.start - 1] === '"',
    cue: { start: spanOf(text, cue).start, end: spanOf(text, cue).end },
    speaker: speaker ? { ...spanOf(text, speaker), ...(name ? { name } : {}) } : null,
    source: 'fixture/hand',
  };
}

function event(text: string, trigger: string, fields: Omit<Event, 'start' | 'end' | 'sentence'>): Event {
  const t = spanOf(text, trigger);
  return { start: t.start, end: t.end, sentence: sentenceAround(text, t), source: 'fixture/hand', ...fields };
}

function record(id: string, published: string, title: string, text: string, contentHash: string | undefined): ArticleRecord {
  return {
    id,
    text,
    title,
    published,
    url: `https://news.example/${id}`,
    meta: { title, published, ...(contentHash ? { contentHash } : {}) },
    sentences: sentencesOf(text).map((s) => ({ ...s, source: 'fixture/hand' })),
    entities: [],
    times: [],
    quotes: [],
    places: [],
    events: [],
  };
}

/** An attack in northern Mali with a direct quote and a condemnation. */
export function maliRecord(): ArticleRecord {
  const text =
    'Rebels attacked an army post near Kidal on Thursday, killing three soldiers, the army said. ' +
    '"We repelled the assault and the post is secure," Colonel Amadou Diarra told reporters in Bamako. ' +
    'The Malian government condemned the attack.';
  const r = record('mali-1', '2024-01-25', 'Rebels attack army post in northern Mali', text, 'sha256:mali-1');
  const kidal = place(text, 'Kidal', 18.44, 1.41, 'ML');
  r.entities = [
    entity(text, 'Kidal', 'LOC'),
    entity(text, 'Amadou Diarra', 'PER', { name: 'Amadou Diarra', role: 'Colonel', country: 'MLI', sector: 'MIL' }),
    entity(text, 'Bamako', 'LOC'),
    entity(text, 'Malian', 'MISC', { country: 'MLI' }),
  ];
  r.times = [{ ...spanOf(text, 'Thursday'), type: 'DATE', value: '2024-01-25', inferred: true, source: 'fixture/hand' }];
  r.places = [kidal, place(text, 'Bamako', 12.65, -8.0, 'ML')];
  r.quotes = [quote(text, 'We repelled the assault and the post is secure', 'told', 'Colonel Amadou Diarra', 'Amadou Diarra')];
  r.quotes[0]!.date = '2024-01-25';
  r.events = [
    event(text, 'attacked', {
      plover: { type: 'ASSAULT' },
      cameo: '190',
      acled: { eventType: 'Battles', subEventType: 'Armed clash' },
      actor: { ...spanOf(text, 'Rebels'), sector: 'REB' },
      target: { ...spanOf(text, 'army post'), country: 'MLI', sector: 'MIL' },
      place: kidal,
      date: '2024-01-25',
      dateSource: 'text',
      count: 3,
    }),
    event(text, 'condemned', {
      plover: { type: 'DISAPPROVE' },
      cameo: '111',
      actor: { ...spanOf(text, 'The Malian government'), country: 'MLI', sector: 'GOV' },
      date: '2024-01-25',
      dateSource: 'published',
    }),
  ];
  return r;
}

/** Talks in Geneva with a short quote, and a protest outside. */
export function genevaRecord(): ArticleRecord {
  const text =
    'Foreign ministers from Spain and Morocco met in Geneva on Saturday to discuss migration, officials said. ' +
    'Spanish Foreign Minister Jose Manuel Albares said the talks were "frank and useful". ' +
    'Protesters gathered outside the venue to demand an end to deportations.';
  const r = record('geneva-1', '2024-02-10', 'Spain and Morocco hold migration talks in Geneva', text, 'sha256:geneva-1');
  const geneva = place(text, 'Geneva', 46.2, 6.14, 'CH');
  r.entities = [
    entity(text, 'Spain', 'LOC'),
    entity(text, 'Morocco', 'LOC'),
    entity(text, 'Geneva', 'LOC'),
    entity(text, 'Spanish', 'MISC', { country: 'ESP' }),
    entity(text, 'Jose Manuel Albares', 'PER', { name: 'Jose Manuel Albares', role: 'Foreign Minister', country: 'ESP' }),
  ];
  r.times = [{ ...spanOf(text, 'Saturday'), type: 'DATE', value: '2024-02-10', inferred: true, source: 'fixture/hand' }];
  r.places = [geneva, place(text, 'Spain', 40.0, -4.0, 'ES'), place(text, 'Morocco', 32.0, -5.0, 'MA')];
  r.quotes = [
    quote(text, 'frank and useful', 'said', 'Jose Manuel Albares', 'Jose Manuel Albares'),
    quote(text, 'Foreign ministers from Spain and Morocco met in Geneva on Saturday to discuss migration', 'said', 'officials'),
  ];
  r.quotes[0]!.cue = spanOf(text, 'said', 2);
  r.quotes[1]!.direct = false;
  r.events = [
    event(text, 'met', {
      plover: { type: 'CONSULT', mode: 'visit' },
      cameo: '043',
      actor: { ...spanOf(text, 'Spain'), country: 'ESP', sector: 'GOV' },
      target: { ...spanOf(text, 'Morocco'), country: 'MAR', sector: 'GOV' },
      place: geneva,
      date: '2024-02-10',
      dateSource: 'text',
    }),
    event(text, 'gathered', {
      plover: { type: 'PROTEST', mode: 'demonstrate' },
      cameo: '141',
      acled: { eventType: 'Protests', subEventType: 'Peaceful protest' },
      actor: { ...spanOf(text, 'Protesters'), sector: 'CVL' },
      place: geneva,
      date: '2024-02-10',
      dateSource: 'published',
    }),
  ];
  return r;
}

/** Arrests in Lyon; no content hash, so idempotency falls back to the id. */
export function lyonRecord(): ArticleRecord {
  const text = 'Police arrested 12 people in Lyon on Monday after clashes over a housing law, the interior ministry said.';
  const r = record('lyon-1', '2024-03-05', 'Twelve arrested after clashes in Lyon', text, undefined);
  const lyon = place(text, 'Lyon', 45.76, 4.84, 'FR');
  r.entities = [entity(text, 'Lyon', 'LOC')];
  r.places = [lyon];
  r.quotes = [quote(text, 'Police arrested 12 people in Lyon on Monday after clashes over a housing law', 'said', 'the interior ministry')];
  r.quotes[0]!.direct = false;
  r.events = [
    event(text, 'arrested', {
      plover: { type: 'COERCE', mode: 'arrest' },
      cameo: '173',
      acled: { eventType: 'Strategic developments', subEventType: 'Arrests' },
      actor: { ...spanOf(text, 'Police'), country: 'FRA', sector: 'COP' },
      place: lyon,
      date: '2024-03-04',
      dateSource: 'text',
      count: 12,
    }),
  ];
  return r;
}

export function fixtureRecords(): ArticleRecord[] {
  return [maliRecord(), genevaRecord(), lyonRecord()];
}
