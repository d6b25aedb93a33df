/**
 * PostgreSQL schema migrations, applied in order; the `sitrep_schema` table
 * records how many have run. Append new migrations, never edit old ones.
 */
export const POSTGRES_MIGRATIONS: string[] = [
  // 1: articles, flat query tables, full-text indexes (generated tsvector columns).
  `
  CREATE TABLE articles (
    seq bigserial PRIMARY KEY,
    id text NOT NULL UNIQUE,
    content_hash text NOT NULL UNIQUE,
    title text,
    published text,
    published_day text,
    url text,
    body text NOT NULL,
    n_entities integer NOT NULL,
    n_quotes integer NOT NULL,
    n_places integer NOT NULL,
    n_events integer NOT NULL,
    record jsonb NOT NULL,
    stored_at timestamptz NOT NULL DEFAULT now(),
    search tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || body)) STORED
  );
  CREATE INDEX articles_published_day ON articles (published_day);
  CREATE INDEX articles_search ON articles USING gin (search);

  CREATE TABLE entities (
    article text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start_offset integer NOT NULL,
    end_offset integer NOT NULL,
    text text NOT NULL,
    type text NOT NULL,
    name text,
    country text
  );
  CREATE INDEX entities_article ON entities (article);
  CREATE INDEX entities_type ON entities (type);
  CREATE INDEX entities_name ON entities (lower(name));

  CREATE TABLE quotes (
    id bigserial PRIMARY KEY,
    article text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start_offset integer NOT NULL,
    end_offset integer NOT NULL,
    text text NOT NULL,
    direct boolean NOT NULL,
    speaker_name text,
    speaker_text text,
    day text,
    search tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED
  );
  CREATE INDEX quotes_article ON quotes (article);
  CREATE INDEX quotes_speaker_name ON quotes (lower(speaker_name));
  CREATE INDEX quotes_day ON quotes (day);
  CREATE INDEX quotes_search ON quotes USING gin (search);

  CREATE TABLE places (
    article text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start_offset integer NOT NULL,
    end_offset integer NOT NULL,
    text text NOT NULL,
    name text NOT NULL,
    lat double precision,
    lon double precision,
    country text
  );
  CREATE INDEX places_article ON places (article);
  CREATE INDEX places_name ON places (lower(name));

  CREATE TABLE events (
    article text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start_offset integer NOT NULL,
    end_offset integer NOT NULL,
    sentence text NOT NULL,
    plover_type text NOT NULL,
    plover_mode text,
    cameo text,
    acled_event_type text,
    acled_sub_event_type text,
    actor_text text,
    actor_name text,
    actor_country text,
    target_text text,
    target_name text,
    target_country text,
    place_text text,
    place_name text,
    place_country text,
    place_country3 text,
    lat double precision,
    lon double precision,
    day text,
    week text,
    month text,
    count double precision
  );
  CREATE INDEX events_article ON events (article);
  CREATE INDEX events_type_day ON events (plover_type, day);
  CREATE INDEX events_day ON events (day);
  CREATE INDEX events_cameo ON events (cameo text_pattern_ops);
  CREATE INDEX events_acled ON events (lower(acled_event_type));
  CREATE INDEX events_actor_country ON events (actor_country);
  CREATE INDEX events_target_country ON events (target_country);
  CREATE INDEX events_place_country3 ON events (place_country3);
  `,
  // 2: syndication: MinHash signatures of stored articles, and the other captures of each story.
  `
  ALTER TABLE articles ADD COLUMN signature text;
  CREATE TABLE syndication (
    article text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    id text NOT NULL,
    url text,
    content_hash text NOT NULL UNIQUE,
    similarity double precision NOT NULL,
    stored_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE INDEX syndication_article ON syndication (article);
  `,
  // 3: actor and target sectors, for dyads (who did what to whom). Rows stored before stay NULL.
  `
  ALTER TABLE events ADD COLUMN actor_sector text;
  ALTER TABLE events ADD COLUMN target_sector text;
  `,
];
