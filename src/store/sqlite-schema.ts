/**
 * SQLite schema migrations, applied in order; `PRAGMA user_version` records
 * how many have run. Append new migrations, never edit old ones.
 */
export const SQLITE_MIGRATIONS: string[] = [
  // 1: articles, flat query tables, full-text indexes.
  `
  CREATE TABLE articles (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL UNIQUE,
    title TEXT,
    published TEXT,
    published_day TEXT,
    url TEXT,
    n_entities INTEGER NOT NULL,
    n_quotes INTEGER NOT NULL,
    n_places INTEGER NOT NULL,
    n_events INTEGER NOT NULL,
    record TEXT NOT NULL,
    stored_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
  );
  CREATE INDEX articles_published_day ON articles (published_day);

  CREATE TABLE entities (
    article TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    name TEXT,
    country TEXT
  );
  CREATE INDEX entities_article ON entities (article);
  CREATE INDEX entities_type ON entities (type);
  CREATE INDEX entities_name ON entities (name COLLATE NOCASE);

  CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    text TEXT NOT NULL,
    direct INTEGER NOT NULL,
    speaker_name TEXT,
    speaker_text TEXT,
    day TEXT
  );
  CREATE INDEX quotes_article ON quotes (article);
  CREATE INDEX quotes_speaker_name ON quotes (speaker_name COLLATE NOCASE);
  CREATE INDEX quotes_day ON quotes (day);

  CREATE TABLE places (
    article TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    text TEXT NOT NULL,
    name TEXT NOT NULL,
    lat REAL,
    lon REAL,
    country TEXT
  );
  CREATE INDEX places_article ON places (article);
  CREATE INDEX places_name ON places (name COLLATE NOCASE);

  CREATE TABLE events (
    article TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    sentence TEXT NOT NULL,
    plover_type TEXT NOT NULL,
    plover_mode TEXT,
    cameo TEXT,
    acled_event_type TEXT,
    acled_sub_event_type TEXT,
    actor_text TEXT,
    actor_name TEXT,
    actor_country TEXT,
    target_text TEXT,
    target_name TEXT,
    target_country TEXT,
    place_text TEXT,
    place_name TEXT,
    place_country TEXT,
    place_country3 TEXT,
    lat REAL,
    lon REAL,
    day TEXT,
    week TEXT,
    month TEXT,
    count REAL
  );
  CREATE INDEX events_article ON events (article);
  CREATE INDEX events_type_day ON events (plover_type, day);
  CREATE INDEX events_day ON events (day);
  CREATE INDEX events_cameo ON events (cameo);
  CREATE INDEX events_acled ON events (acled_event_type);
  CREATE INDEX events_actor_country ON events (actor_country);
  CREATE INDEX events_target_country ON events (target_country);
  CREATE INDEX events_place_country3 ON events (place_country3);

  CREATE VIRTUAL TABLE articles_fts USING fts5 (title, body);
  CREATE VIRTUAL TABLE quotes_fts USING fts5 (text);
  `,
  // 2: syndication: MinHash signatures of stored articles, and the other captures of each story.
  `
  ALTER TABLE articles ADD COLUMN signature TEXT;
  CREATE TABLE syndication (
    article TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    url TEXT,
    content_hash TEXT NOT NULL UNIQUE,
    similarity REAL NOT NULL,
    stored_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
  );
  CREATE INDEX syndication_article ON syndication (article);
  `,
  // 3: actor and target sectors, for dyads (who did what to whom). Rows stored before stay NULL.
  `
  ALTER TABLE events ADD COLUMN actor_sector TEXT;
  ALTER TABLE events ADD COLUMN target_sector TEXT;
  `,
];
