-- Stories: groups of articles about one event (kind 'event', formed by grouping) or one topic query (kind 'watch').
CREATE TABLE stories (
    id                  TEXT PRIMARY KEY,
    kind                TEXT NOT NULL,
    watch_id            TEXT,
    label               TEXT NOT NULL,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    merged_into         TEXT REFERENCES stories(id),
    closed_at           TEXT,
    outlet_ids          TEXT NOT NULL DEFAULT '',
    article_count       INTEGER NOT NULL DEFAULT 0,
    member_signature    TEXT NOT NULL DEFAULT '',
    compared_signature  TEXT,
    snapshot_version    INTEGER,
    last_compared_at    TEXT,
    differences         INTEGER,
    omissions           INTEGER
);
CREATE INDEX ix_stories_active ON stories(updated_at) WHERE merged_into IS NULL AND closed_at IS NULL;

CREATE TABLE story_members (
    story_id    TEXT NOT NULL REFERENCES stories(id),
    article_id  TEXT NOT NULL REFERENCES articles(id),
    score       REAL,
    added_at    TEXT NOT NULL,
    PRIMARY KEY (story_id, article_id)
);
CREATE INDEX ix_story_members_article ON story_members(article_id);

-- What grouping computed for each article (its event story, embedding and terms), so a restart resumes without recomputing.
CREATE TABLE article_features (
    article_id  TEXT PRIMARY KEY REFERENCES articles(id),
    story_id    TEXT NOT NULL REFERENCES stories(id),
    text_hash   TEXT NOT NULL,
    outlet_id   TEXT NOT NULL,
    time        TEXT NOT NULL,
    vector      BLOB NOT NULL,
    features    TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX ix_article_features_story ON article_features(story_id);

CREATE TABLE comparison_snapshots (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    story_id     TEXT NOT NULL REFERENCES stories(id),
    version      INTEGER NOT NULL,
    created_at   TEXT NOT NULL,
    signature    TEXT NOT NULL,
    differences  INTEGER NOT NULL,
    omissions    INTEGER NOT NULL,
    agreements   INTEGER NOT NULL,
    uniques      INTEGER NOT NULL,
    comparison   TEXT NOT NULL,
    UNIQUE (story_id, version)
);

CREATE TABLE snapshot_diffs (
    story_id              TEXT NOT NULL REFERENCES stories(id),
    from_version          INTEGER NOT NULL,
    to_version            INTEGER NOT NULL,
    created_at            TEXT NOT NULL,
    new_differences       INTEGER NOT NULL,
    resolved_differences  INTEGER NOT NULL,
    newly_covered         INTEGER NOT NULL,
    new_omissions         INTEGER NOT NULL,
    diff                  TEXT NOT NULL,
    PRIMARY KEY (story_id, to_version)
);

-- Crawl schedules as users and the configuration define them; Quartz's own tables (QRTZ_*) hold their trigger state.
CREATE TABLE crawl_schedules (
    id          TEXT PRIMARY KEY,
    cron        TEXT NOT NULL,
    time_zone   TEXT NOT NULL,
    outlet_ids  TEXT NOT NULL,
    watch_id    TEXT,
    source      TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

CREATE TABLE topic_watches (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    query       TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
