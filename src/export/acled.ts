/**
 * ACLED-style CSV rows for events that carry an ACLED type (political
 * violence, demonstrations, strategic developments), in ACLED's column
 * order. Fields we cannot know from one article (admin2/3, source_scale,
 * tags) stay blank; `notes` is the sentence the event was read from.
 */
import type { EventActor } from '../model/layers.js';
import type { ArticleRecord } from '../model/record.js';
import { countryByIso2 } from '../lexicon/countries.js';
import { csvLine } from './csv.js';
import { eachEvent, eventDay, sentenceText, stableNumber, type RecordEvent } from './shared.js';

export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
  'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
] as const;

export function disorderType(eventType: string): string {
  if (eventType === 'Protests' || eventType === 'Riots') return 'Demonstrations';
  if (eventType === 'Strategic developments') return 'Strategic developments';
  return 'Political violence';
}

/**
 * ACLED interaction codes: 1 state forces, 2 rebels, 3 political militias,
 * 5 rioters, 6 protesters, 7 civilians, 8 external/other forces.
 */
export function interCode(actor: EventActor | undefined, eventType: string, eventCountry: string | undefined): number | '' {
  if (!actor) return '';
  const s = actor.sector ?? '';
  if (/^(GOV|MIL|COP|JUD)$/.test(s)) return eventCountry && actor.country && actor.country !== eventCountry ? 8 : 1;
  if (s === 'REB') return 2;
  if (s === 'UAF') return 3;
  if (eventType === 'Protests') return 6;
  if (eventType === 'Riots') return 5;
  if (s === 'IGO' || s === 'NGO') return 8;
  return 7;
}

function actorName(a: EventActor | undefined): string {
  if (!a) return '';
  return a.name ?? a.text;
}

/** 1 = exact day stated, 2 = within a month (or inferred), 3 = longer or publication date only. */
function timePrecision(re: RecordEvent): number {
  const { date, dateTo, dateSource } = re.event;
  if (dateSource !== 'text' || !date) return 3;
  if (!dateTo) return 1;
  const days = (Date.parse(dateTo) - Date.parse(date)) / 86_400_000;
  return days <= 31 ? 2 : 3;
}

export function acledRow(re: RecordEvent): (string | number)[] | undefined {
  const { event, record } = re;
  if (!event.acled) return undefined;
  const day = eventDay(re);
  const place = event.place;
  const country = place?.country ? countryByIso2(place.country) : undefined;
  const inter1 = interCode(event.actor, event.acled.eventType, country?.iso3);
  const inter2 = interCode(event.target, event.acled.eventType, country?.iso3);
  const interaction = inter1 === '' ? '' : Number(`${inter1}${inter2 === '' ? 0 : inter2}`);
  const geoPrecision = !place ? '' : place.featureClass === 'P' ? 1 : place.featureClass === 'A' ? 3 : 2;
  const idPrefix = country?.iso3 ?? 'XXX';
  return [
    `${idPrefix}${stableNumber(`${record.id}#${re.index}`)}`, day, day.slice(0, 4), timePrecision(re),
    disorderType(event.acled.eventType), event.acled.eventType, event.acled.subEventType,
    actorName(event.actor), '', inter1, actorName(event.target), '', inter2, interaction,
    event.target?.sector === 'CVL' ? 'Civilian targeting' : '',
    '', country?.region ?? '', country?.name ?? '', place?.admin1 ?? '', '', '', place?.name ?? place?.text ?? '',
    place?.lat ?? '', place?.lon ?? '', geoPrecision,
    record.meta.agency ?? record.meta.siteName ?? '', '', sentenceText(re), event.counts?.killed ?? 0, '',
    day ? Math.floor(Date.parse(day) / 1000) : '',
  ];
}

/** ACLED CSV with a header line; events without an ACLED type are left out. */
export function toAcledCsv(records: readonly ArticleRecord[]): string {
  return csvLine(ACLED_COLUMNS) + acledCsvRows(records);
}

/** The CSV lines of toAcledCsv without its header (for exports written page by page). */
export function acledCsvRows(records: readonly ArticleRecord[]): string {
  let out = '';
  for (const re of eachEvent(records)) {
    const row = acledRow(re);
    if (row) out += csvLine(row);
  }
  return out;
}
