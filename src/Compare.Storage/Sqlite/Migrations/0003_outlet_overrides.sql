-- Outlets added, replaced or removed at run time (the gRPC API), laid over the configured ones: a row with a definition
-- (JSON in the shape of one entry of the configuration's Outlets array) adds or replaces the outlet with that id; a row
-- without one removes it.
CREATE TABLE outlet_overrides (
    id          TEXT PRIMARY KEY,
    definition  TEXT,
    updated_at  TEXT NOT NULL
);
