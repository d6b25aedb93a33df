/**
 * Turns one ArticleRecord into the rows of the flat query tables. Both stores
 * insert exactly these rows, so they answer queries the same way; the full
 * record is stored beside them as JSON and is the source of truth.
 */
import { countryByIso2 } from '../lexicon/countries.js';
import { signature, signatureToHex } from '../dedup/minhash.js';
import type { ArticleRecord } from '../model/record.js';
import { dayOf, monthOf, weekOf } from './periods.js';

export interface ArticleColumns {
  id: string;
  content_hash: string;
  title: string | null;
  published: string | null;
  published_day: string | null;
  url: string | null;
  body: string;
  n_entities: number;
  n_quotes: number;
  n_places: number;
  n_events: number;
  record: string;
  /** MinHash signature (hex) of the text, for near-duplicate (syndication) matching. */
  signature: string;
}

export interface EntityColumns {
  article: string;
  start_offset: number;
  end_offset: number;
  text: string;
  type: string;
  name: string | null;
  country: string | null;
}

export interface QuoteColumns {
  article: string;
  start_offset: number;
  end_offset: number;
  text: string;
  direct: boolean;
  speaker_name: string | null;
  speaker_text: string | null;
  day: string | null;
}

export interface PlaceColumns {
  article: string;
  start_offset: number;
  end_offset: number;
  text: string;
  name: string;
  lat: number | null;
  lon: number | null;
  country: string | null;
}

export interface EventColumns {
  article: string;
  start_offset: number;
  end_offset: number;
  sentence: string;
  plover_type: string;
  plover_mode: string | null;
  cameo: string | null;
  acled_event_type: string | null;
  acled_sub_event_type: string | null;
  actor_text: string | null;
  actor_name: string | null;
  actor_country: string | null;
  actor_sector: string | null;
  target_text: string | null;
  target_name: string | null;
  target_country: string | null;
  target_sector: string | null;
  place_text: string | null;
  place_name: string | null;
  /** ISO alpha-2 of the place, as places carry it. */
  place_country: string | null;
  /** ISO alpha-3 of the place, so one country filter matches places and actors alike. */
  place_country3: string | null;
  lat: number | null;
  lon: number | null;
  day: string | null;
  week: string | null;
  month: string | null;
  count: number | null;
}

export interface FlatRecord {
  article: ArticleColumns;
  entities: EntityColumns[];
  quotes: QuoteColumns[];
  places: PlaceColumns[];
  events: EventColumns[];
}

/** The idempotency key: the content hash of the raw input, else the id. */
export function contentKey(record: ArticleRecord): string {
  return record.meta.contentHash ?? `id:${record.id}`;
}

/** `textSignature`: the MinHash signature of record.text if already known. */
export function flattenRecord(record: ArticleRecord, textSignature?: Uint32Array): FlatRecord {
  const article = record.id;
  const publishedDay = dayOf(record.published ?? record.meta.published);
  const slice = (start: number, end: number) => record.text.slice(start, end);
  return {
    article: {
      id: article,
      content_hash: contentKey(record),
      title: record.title,
      published: record.published,
      published_day: publishedDay,
      url: record.url,
      body: record.text,
      n_entities: record.entities.length,
      n_quotes: record.quotes.length,
      n_places: record.places.length,
      n_events: record.events.length,
      record: JSON.stringify(record),
      signature: signatureToHex(textSignature ?? signature(record.text)),
    },
    entities: record.entities.map((e) => ({
      article,
      start_offset: e.start,
      end_offset: e.end,
      text: e.text,
      type: e.type,
      name: e.name ?? null,
      country: e.country ?? null,
    })),
    quotes: record.quotes.map((q) => ({
      article,
      start_offset: q.start,
      end_offset: q.end,
      text: q.text ?? slice(q.start, q.end),
      direct: q.direct,
      speaker_name: q.speaker?.name ?? null,
      speaker_text: q.speaker?.text ?? null,
      day: dayOf(q.date) ?? publishedDay,
    })),
    places: record.places.map((p) => ({
      article,
      start_offset: p.start,
      end_offset: p.end,
      text: p.text,
      name: p.name,
      lat: p.lat,
      lon: p.lon,
      country: p.country,
    })),
    events: record.events.map((ev) => {
      const day = dayOf(ev.date) ?? publishedDay;
      const placeCountry = ev.place?.country ?? null;
      return {
        article,
        start_offset: ev.start,
        end_offset: ev.end,
        sentence: slice(ev.sentence.start, ev.sentence.end),
        plover_type: ev.plover.type,
        plover_mode: ev.plover.mode ?? null,
        cameo: ev.cameo ?? null,
        acled_event_type: ev.acled?.eventType ?? null,
        acled_sub_event_type: ev.acled?.subEventType ?? null,
        actor_text: ev.actor?.text ?? null,
        actor_name: ev.actor?.name ?? null,
        actor_country: ev.actor?.country ?? null,
        actor_sector: ev.actor?.sector ?? null,
        target_text: ev.target?.text ?? null,
        target_name: ev.target?.name ?? null,
        target_country: ev.target?.country ?? null,
        target_sector: ev.target?.sector ?? null,
        place_text: ev.place?.text ?? null,
        place_name: ev.place?.name ?? ev.place?.text ?? null,
        place_country: placeCountry,
        place_country3: placeCountry ? (countryByIso2(placeCountry)?.iso3 ?? null) : null,
        lat: ev.place?.lat ?? null,
        lon: ev.place?.lon ?? null,
        day,
        week: day ? weekOf(day) : null,
        month: day ? monthOf(day) : null,
        count: ev.count ?? null,
      };
    }),
  };
}
