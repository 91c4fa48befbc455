-- Issue 19: statistics fetched from StatLine (CBS OData v3/v4, RIVM) and boundaries from PDOK.

-- Tables a site keeps current: checked on a schedule for a newer `Modified` stamp and fetched
-- again only when there is one. The selection is the canonical text of level, gemeenten and periods.
CREATE TABLE kept_tables (
    id BIGSERIAL PRIMARY KEY,
    source TEXT NOT NULL,
    table_id TEXT NOT NULL,
    selection TEXT NOT NULL,
    every_days BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    next_check_at TEXT NOT NULL,
    UNIQUE (source, table_id, selection)
);

-- Every fetch and every check, as it went: fetched (with what changed), unchanged, or failed
-- (with the message, which names the page).
CREATE TABLE fetch_runs (
    id BIGSERIAL PRIMARY KEY,
    kept_id BIGINT REFERENCES kept_tables (id) ON DELETE SET NULL,
    at TEXT NOT NULL,
    actor_label TEXT NOT NULL,
    source TEXT NOT NULL,
    table_id TEXT NOT NULL,
    selection TEXT NOT NULL,
    outcome TEXT NOT NULL,
    modified TEXT NOT NULL,
    pages BIGINT NOT NULL,
    fetched_values BIGINT NOT NULL,
    took_ms BIGINT NOT NULL,
    message TEXT NOT NULL
);
CREATE INDEX fetch_runs_table_idx ON fetch_runs (source, table_id, selection, outcome);

-- A lease held by one instance for a shared job (the scheduled refresh): several instances on one
-- database, one runs it.
CREATE TABLE leases (
    name TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    until_at TEXT NOT NULL
);
