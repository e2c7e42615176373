-- Articles: the latest revision of each canonical URL. Text lives here and in article_revisions (every version).
CREATE TABLE articles (
    id             TEXT PRIMARY KEY,
    outlet_id      TEXT NOT NULL,
    canonical_url  TEXT NOT NULL UNIQUE,
    title          TEXT NOT NULL,
    byline         TEXT,
    published_at   TEXT,
    modified_at    TEXT,
    language       TEXT NOT NULL,
    site_name      TEXT,
    text           TEXT NOT NULL,
    text_hash      TEXT NOT NULL,
    simhash        INTEGER NOT NULL,
    band0          INTEGER NOT NULL,
    band1          INTEGER NOT NULL,
    band2          INTEGER NOT NULL,
    band3          INTEGER NOT NULL,
    band4          INTEGER NOT NULL,
    band5          INTEGER NOT NULL,
    band6          INTEGER NOT NULL,
    band7          INTEGER NOT NULL,
    duplicate_of   TEXT REFERENCES articles(id),
    revision       INTEGER NOT NULL,
    first_seen_at  TEXT NOT NULL,
    last_seen_at   TEXT NOT NULL
);
CREATE INDEX ix_articles_outlet ON articles(outlet_id, published_at);
CREATE INDEX ix_articles_band0 ON articles(band0);
CREATE INDEX ix_articles_band1 ON articles(band1);
CREATE INDEX ix_articles_band2 ON articles(band2);
CREATE INDEX ix_articles_band3 ON articles(band3);
CREATE INDEX ix_articles_band4 ON articles(band4);
CREATE INDEX ix_articles_band5 ON articles(band5);
CREATE INDEX ix_articles_band6 ON articles(band6);
CREATE INDEX ix_articles_band7 ON articles(band7);

CREATE TABLE article_revisions (
    article_id    TEXT NOT NULL REFERENCES articles(id),
    revision      INTEGER NOT NULL,
    fetched_at    TEXT NOT NULL,
    title         TEXT NOT NULL,
    text          TEXT NOT NULL,
    text_hash     TEXT NOT NULL,
    diff_summary  TEXT,
    PRIMARY KEY (article_id, revision)
);

CREATE TABLE url_states (
    url              TEXT PRIMARY KEY,
    outlet_id        TEXT NOT NULL,
    etag             TEXT,
    last_modified    TEXT,
    last_status      INTEGER NOT NULL,
    last_fetched_at  TEXT NOT NULL,
    last_success_at  TEXT,
    last_error       TEXT,
    error_count      INTEGER NOT NULL,
    article_id       TEXT
);
CREATE INDEX ix_url_states_failed ON url_states(outlet_id, last_fetched_at) WHERE last_error IS NOT NULL;

CREATE TABLE robots_cache (
    authority    TEXT PRIMARY KEY,
    status_code  INTEGER NOT NULL,
    body         TEXT NOT NULL,
    fetched_at   TEXT NOT NULL,
    expires_at   TEXT NOT NULL
);

CREATE TABLE crawl_runs (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at        TEXT NOT NULL,
    finished_at       TEXT,
    outlet_ids        TEXT NOT NULL,
    fetched           INTEGER NOT NULL DEFAULT 0,
    not_modified      INTEGER NOT NULL DEFAULT 0,
    new_articles      INTEGER NOT NULL DEFAULT 0,
    revised           INTEGER NOT NULL DEFAULT 0,
    unchanged         INTEGER NOT NULL DEFAULT 0,
    duplicates        INTEGER NOT NULL DEFAULT 0,
    skipped_by_robots INTEGER NOT NULL DEFAULT 0,
    errors            INTEGER NOT NULL DEFAULT 0
);

-- Vectors as little-endian float32 blobs, keyed by the SHA-256 of the text and the model name.
CREATE TABLE embedding_cache (
    text_hash   TEXT NOT NULL,
    model       TEXT NOT NULL,
    dimensions  INTEGER NOT NULL,
    vector      BLOB NOT NULL,
    PRIMARY KEY (text_hash, model)
);
