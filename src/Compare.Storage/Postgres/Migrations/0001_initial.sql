-- The PostgreSQL schema: the same tables as SQLite's migrations 0001-0003, in PostgreSQL's own types. Keys and every text
-- column that is sorted or compared use COLLATE "C" (byte order), so listings come out in the order SQLite's BINARY
-- collation gives, whatever the database's locale. Times are timestamptz (UTC, microseconds).

-- Articles: the latest revision of each canonical URL. Text lives here and in article_revisions (every version).
CREATE TABLE articles (
    id             text COLLATE "C" PRIMARY KEY,
    outlet_id      text COLLATE "C" NOT NULL,
    canonical_url  text COLLATE "C" NOT NULL UNIQUE,
    title          text NOT NULL,
    byline         text,
    published_at   timestamptz,
    modified_at    timestamptz,
    language       text NOT NULL,
    site_name      text,
    text           text NOT NULL,
    text_hash      text COLLATE "C" NOT NULL,
    simhash        bigint NOT NULL,
    -- The eight 8-bit bands of simhash, each indexed: near-duplicate search looks up articles sharing one.
    band0          smallint NOT NULL,
    band1          smallint NOT NULL,
    band2          smallint NOT NULL,
    band3          smallint NOT NULL,
    band4          smallint NOT NULL,
    band5          smallint NOT NULL,
    band6          smallint NOT NULL,
    band7          smallint NOT NULL,
    duplicate_of   text COLLATE "C" REFERENCES articles(id),
    revision       integer NOT NULL,
    first_seen_at  timestamptz NOT NULL,
    last_seen_at   timestamptz NOT NULL
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
    article_id    text COLLATE "C" NOT NULL REFERENCES articles(id),
    revision      integer NOT NULL,
    fetched_at    timestamptz NOT NULL,
    title         text NOT NULL,
    text          text NOT NULL,
    text_hash     text COLLATE "C" NOT NULL,
    diff_summary  text,
    PRIMARY KEY (article_id, revision)
);

CREATE TABLE url_states (
    url              text COLLATE "C" PRIMARY KEY,
    outlet_id        text COLLATE "C" NOT NULL,
    etag             text,
    last_modified    text,
    last_status      integer NOT NULL,
    last_fetched_at  timestamptz NOT NULL,
    last_success_at  timestamptz,
    last_error       text,
    error_count      integer NOT NULL,
    article_id       text COLLATE "C"
);
CREATE INDEX ix_url_states_failed ON url_states(outlet_id, last_fetched_at) WHERE last_error IS NOT NULL;

CREATE TABLE robots_cache (
    authority    text COLLATE "C" PRIMARY KEY,
    status_code  integer NOT NULL,
    body         text NOT NULL,
    fetched_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL
);

CREATE TABLE crawl_runs (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    started_at        timestamptz NOT NULL,
    finished_at       timestamptz,
    outlet_ids        text[] NOT NULL,
    fetched           integer NOT NULL DEFAULT 0,
    not_modified      integer NOT NULL DEFAULT 0,
    new_articles      integer NOT NULL DEFAULT 0,
    revised           integer NOT NULL DEFAULT 0,
    unchanged         integer NOT NULL DEFAULT 0,
    duplicates        integer NOT NULL DEFAULT 0,
    skipped_by_robots integer NOT NULL DEFAULT 0,
    errors            integer NOT NULL DEFAULT 0
);

-- Vectors as real[] (float4: 4 bytes a dimension, bit-exact), keyed by the SHA-256 of the text and the model name.
CREATE TABLE embedding_cache (
    text_hash   text COLLATE "C" NOT NULL,
    model       text COLLATE "C" NOT NULL,
    dimensions  integer NOT NULL,
    vector      real[] NOT NULL,
    PRIMARY KEY (text_hash, model)
);

-- Stories: groups of articles about one event (kind 'Event', formed by grouping) or one topic query (kind 'Watch').
CREATE TABLE stories (
    id                  text COLLATE "C" PRIMARY KEY,
    kind                text NOT NULL,
    watch_id            text COLLATE "C",
    label               text NOT NULL,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    merged_into         text COLLATE "C" REFERENCES stories(id),
    closed_at           timestamptz,
    outlet_ids          text[] NOT NULL DEFAULT '{}',
    article_count       integer NOT NULL DEFAULT 0,
    member_signature    text COLLATE "C" NOT NULL DEFAULT '',
    compared_signature  text COLLATE "C",
    snapshot_version    integer,
    last_compared_at    timestamptz,
    differences         integer,
    omissions           integer
);
CREATE INDEX ix_stories_active ON stories(updated_at) WHERE merged_into IS NULL AND closed_at IS NULL;

CREATE TABLE story_members (
    story_id    text COLLATE "C" NOT NULL REFERENCES stories(id),
    article_id  text COLLATE "C" NOT NULL REFERENCES articles(id),
    score       double precision,
    added_at    timestamptz NOT NULL,
    PRIMARY KEY (story_id, article_id)
);
CREATE INDEX ix_story_members_article ON story_members(article_id);

-- What grouping computed for each article (its event story, embedding and terms), so a restart resumes without recomputing.
CREATE TABLE article_features (
    article_id  text COLLATE "C" PRIMARY KEY REFERENCES articles(id),
    story_id    text COLLATE "C" NOT NULL REFERENCES stories(id),
    text_hash   text COLLATE "C" NOT NULL,
    outlet_id   text COLLATE "C" NOT NULL,
    time        timestamptz NOT NULL,
    vector      real[] NOT NULL,
    features    json NOT NULL,
    updated_at  timestamptz NOT NULL
);
CREATE INDEX ix_article_features_story ON article_features(story_id);

-- Versions are per story (unique with it); adding one locks the story's row, so two processes never take the same number.
CREATE TABLE comparison_snapshots (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    story_id     text COLLATE "C" NOT NULL REFERENCES stories(id),
    version      integer NOT NULL,
    created_at   timestamptz NOT NULL,
    signature    text COLLATE "C" NOT NULL,
    differences  integer NOT NULL,
    omissions    integer NOT NULL,
    agreements   integer NOT NULL,
    uniques      integer NOT NULL,
    -- json, not jsonb: kept as written (jsonb would reject a \u0000 escape that article text can carry).
    comparison   json NOT NULL,
    UNIQUE (story_id, version)
);

CREATE TABLE snapshot_diffs (
    story_id              text COLLATE "C" NOT NULL REFERENCES stories(id),
    from_version          integer NOT NULL,
    to_version            integer NOT NULL,
    created_at            timestamptz NOT NULL,
    new_differences       integer NOT NULL,
    resolved_differences  integer NOT NULL,
    newly_covered         integer NOT NULL,
    new_omissions         integer NOT NULL,
    diff                  json NOT NULL,
    PRIMARY KEY (story_id, to_version)
);

-- Crawl schedules as users and the configuration define them; Quartz's own tables (qrtz_*) hold their trigger state.
CREATE TABLE crawl_schedules (
    id          text COLLATE "C" PRIMARY KEY,
    cron        text NOT NULL,
    time_zone   text NOT NULL,
    outlet_ids  text[] NOT NULL,
    watch_id    text COLLATE "C",
    source      text NOT NULL,
    created_at  timestamptz NOT NULL
);

CREATE TABLE topic_watches (
    id          text COLLATE "C" PRIMARY KEY,
    name        text NOT NULL,
    query       text NOT NULL,
    created_at  timestamptz NOT NULL
);

-- Outlets added, replaced or removed at run time (the gRPC API), laid over the configured ones: a row with a definition
-- (JSON in the shape of one entry of the configuration's Outlets array) adds or replaces the outlet with that id; a row
-- without one removes it.
CREATE TABLE outlet_overrides (
    id          text COLLATE "C" PRIMARY KEY,
    definition  text,
    updated_at  timestamptz NOT NULL
);
