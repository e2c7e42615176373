-- Work shared by several workers on one database: the queue of page and story items (a lease per claimed item, claims
-- with FOR UPDATE SKIP LOCKED), the next free request slot per host, and named leases (one grouping pass at a time).
-- Lease and slot times are the database's clock, so workers on machines whose clocks differ still agree.
CREATE TABLE IF NOT EXISTS work_items (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_key           text NOT NULL,
    kind              smallint NOT NULL,
    item_key          text NOT NULL,
    grp               text NOT NULL,
    payload           text NOT NULL,
    state             smallint NOT NULL DEFAULT 0,  -- 0 pending, 1 leased, 2 done
    owner             text,
    lease_until       timestamptz,
    attempts          integer NOT NULL DEFAULT 0,
    seq               integer NOT NULL DEFAULT 0,  -- place in its enqueued list: claims take every group's first items first
    enqueued_at       timestamptz NOT NULL DEFAULT now(),
    finished_at       timestamptz,
    fetched           integer NOT NULL DEFAULT 0,
    not_modified      integer NOT NULL DEFAULT 0,
    new_articles      integer NOT NULL DEFAULT 0,
    revised           integer NOT NULL DEFAULT 0,
    unchanged         integer NOT NULL DEFAULT 0,
    duplicates        integer NOT NULL DEFAULT 0,
    skipped_by_robots integer NOT NULL DEFAULT 0,
    errors            integer NOT NULL DEFAULT 0,
    error             text,
    CONSTRAINT work_items_run_item UNIQUE (run_key, kind, item_key)
);

CREATE INDEX IF NOT EXISTS work_items_open ON work_items (kind, seq, id) WHERE state < 2;

CREATE TABLE IF NOT EXISTS host_pacing (
    authority text PRIMARY KEY,
    next_at   timestamptz NOT NULL
);

CREATE TABLE IF NOT EXISTS named_leases (
    name        text PRIMARY KEY,
    owner       text,
    lease_until timestamptz,
    generation  bigint NOT NULL DEFAULT 0
);
