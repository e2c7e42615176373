-- Work shared by several workers on one database: the queue of page and story items (a lease per claimed item), the next
-- free request slot per host, and named leases (one grouping pass at a time). Times are UTC ISO 8601 text, as elsewhere.
CREATE TABLE work_items (
    id                INTEGER PRIMARY KEY,
    run_key           TEXT NOT NULL,
    kind              INTEGER NOT NULL,
    item_key          TEXT NOT NULL,
    grp               TEXT NOT NULL,
    payload           TEXT NOT NULL,
    state             INTEGER NOT NULL DEFAULT 0,  -- 0 pending, 1 leased, 2 done
    owner             TEXT,
    lease_until       TEXT,
    attempts          INTEGER NOT NULL DEFAULT 0,
    seq               INTEGER NOT NULL DEFAULT 0,  -- place in its enqueued list: claims take every group's first items first
    enqueued_at       TEXT NOT NULL,
    finished_at       TEXT,
    fetched           INTEGER NOT NULL DEFAULT 0,
    not_modified      INTEGER NOT NULL DEFAULT 0,
    new_articles      INTEGER NOT NULL DEFAULT 0,
    revised           INTEGER NOT NULL DEFAULT 0,
    unchanged         INTEGER NOT NULL DEFAULT 0,
    duplicates        INTEGER NOT NULL DEFAULT 0,
    skipped_by_robots INTEGER NOT NULL DEFAULT 0,
    errors            INTEGER NOT NULL DEFAULT 0,
    error             TEXT,
    UNIQUE (run_key, kind, item_key)
);

CREATE INDEX work_items_open ON work_items(kind, seq, id) WHERE state < 2;

CREATE TABLE host_pacing (
    authority TEXT PRIMARY KEY,
    next_at   TEXT NOT NULL
);

CREATE TABLE named_leases (
    name        TEXT PRIMARY KEY,
    owner       TEXT,
    lease_until TEXT,
    generation  INTEGER NOT NULL DEFAULT 0
);
