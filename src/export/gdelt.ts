/**
 * GDELT 2.0 event table rows (61 tab-separated columns, no header, as GDELT
 * publishes them). We fill what an article gives us: date, actors (CAMEO-style
 * code = ISO3 country + sector), event codes, quad class, a root-level
 * Goldstein value, action and actor geography, source URL. Geography country
 * codes stay blank because GDELT uses FIPS codes and we hold ISO codes.
 */
import type { EventActor } from '../model/layers.js';
import type { ArticleRecord } from '../model/record.js';
import { cameoBase, cameoRoot, eachEvent, eventDay, stableNumber, type RecordEvent } from './shared.js';

export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  ...actorColumns('Actor1'), ...actorColumns('Actor2'),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...geoColumns('Actor1Geo'), ...geoColumns('Actor2Geo'), ...geoColumns('ActionGeo'),
  'DATEADDED', 'SOURCEURL',
] as const;

function actorColumns(p: string): string[] {
  return ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'].map((c) => p + c);
}

function geoColumns(p: string): string[] {
  return ['_Type', '_FullName', '_CountryCode', '_ADM1Code', '_ADM2Code', '_Lat', '_Long', '_FeatureID'].map((c) => p + c);
}

/** Goldstein conflict-cooperation value of each CAMEO root (the root codes' values in the CAMEO Goldstein table). */
const GOLDSTEIN_BY_ROOT: Record<string, number> = {
  '01': 0, '02': 3, '03': 4, '04': 1, '05': 3.5, '06': 6, '07': 7, '08': 5, '09': -2, '10': -5,
  '11': -2, '12': -4, '13': -4.4, '14': -6.5, '15': -7.2, '16': -4, '17': -5, '18': -9, '19': -10, '20': -10,
};

export function quadClass(root: string): number | '' {
  const n = Number(root);
  if (!n) return '';
  if (n <= 5) return 1;
  if (n <= 8) return 2;
  if (n <= 13) return 3;
  return 4;
}

function actorFields(a: EventActor | undefined): string[] {
  if (!a) return new Array<string>(10).fill('');
  const code = `${a.country ?? ''}${a.sector ?? ''}`;
  return [code, (a.name ?? a.text).toUpperCase(), a.country ?? '', '', '', '', '', a.sector ?? '', '', ''];
}

function geoFields(place: RecordEvent['event']['place']): string[] {
  if (!place) return new Array<string>(8).fill('');
  // GDELT geo types: 1 country, 4 world city, 5 world state.
  const type = place.featureClass === 'A' ? '1' : place.featureClass === 'P' ? '4' : '5';
  return [type, place.name ?? place.text, '', '', '', String(place.lat ?? ''), String(place.lon ?? ''), place.geonameId !== undefined ? String(place.geonameId) : ''];
}

function fractionDate(day: string): string {
  if (!day) return '';
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const dayOfYear = (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 0)) / 86_400_000;
  return (y + dayOfYear / 365).toFixed(4);
}

function clean(v: string | number): string {
  return String(v).replace(/[\t\r\n]+/g, ' ');
}

export function gdeltRow(re: RecordEvent): string[] {
  const { event, record } = re;
  const day = eventDay(re);
  const compact = day.replace(/-/g, '');
  const root = cameoRoot(event.cameo);
  const firstSentence = record.sentences[0];
  const isRoot = firstSentence && event.sentence.start === firstSentence.start ? '1' : '0';
  const added = (record.published ?? day).replace(/[^0-9]/g, '').slice(0, 14).padEnd(14, '0');
  const row = [
    String(stableNumber(`${record.id}#${re.index}`)), compact, compact.slice(0, 6), compact.slice(0, 4), fractionDate(day),
    ...actorFields(event.actor), ...actorFields(event.target),
    isRoot, event.cameo ?? '', cameoBase(event.cameo), root, String(quadClass(root)),
    root in GOLDSTEIN_BY_ROOT ? String(GOLDSTEIN_BY_ROOT[root]) : '', '1', '1', '1', '',
    // Actor geography: we only know where the event happened.
    ...geoFields(undefined), ...geoFields(undefined), ...geoFields(event.place),
    day ? added : '', record.url ?? '',
  ];
  return row.map(clean);
}

/** GDELT 2.0 event rows, one line per event, tab-separated, no header. */
export function toGdeltTsv(records: readonly ArticleRecord[]): string {
  return eachEvent(records).map((re) => gdeltRow(re).join('\t') + '\n').join('');
}
