-- Statistics: the area register, the indicator catalogue, observations and import runs. SQLite dialect.

-- Areas are keyed by code and region layout year: CBS changes boundaries and codes every year.
CREATE TABLE areas (
    code TEXT NOT NULL,
    layout_year INTEGER NOT NULL,
    level TEXT NOT NULL,
    name TEXT NOT NULL,
    municipality_code TEXT,
    parent_code TEXT,
    PRIMARY KEY (code, layout_year)
);
CREATE INDEX areas_municipality_idx ON areas (municipality_code, layout_year, level);

-- One indicator per source table, key and variant (the values of extra dimensions, e.g. age group).
CREATE TABLE indicators (
    id INTEGER PRIMARY KEY,
    source_table TEXT NOT NULL,
    key TEXT NOT NULL,
    variant TEXT NOT NULL,
    title TEXT NOT NULL,
    unit TEXT NOT NULL,
    description TEXT NOT NULL,
    theme TEXT NOT NULL,
    polarity TEXT NOT NULL,
    in_scan INTEGER NOT NULL DEFAULT 0,
    composition INTEGER NOT NULL DEFAULT 0,
    periods TEXT NOT NULL DEFAULT '',
    CONSTRAINT indicators_key UNIQUE (source_table, key, variant),
    -- Population composition is context only: it can never be switched into a score.
    CONSTRAINT indicators_composition_not_scored CHECK (composition = 0 OR in_scan = 0)
);

-- One row per published record: a table's figures for one area, period and variant, as a JSON
-- object from indicator key to value. A number is a figure; ".", "x" or "?" is a missing figure with
-- the publisher's symbol (never zero); "-" is CBS nil (zero); [12.5, "*"] is a figure with a mark.
-- Not measured = the key is absent. Storing records rather than single values keeps imports fast
-- (a StatLine row is one row here) and serves the profile of an area in a few rows.
CREATE TABLE observations (
    source_table TEXT NOT NULL,
    variant TEXT NOT NULL,
    area_code TEXT NOT NULL,
    period TEXT NOT NULL,
    layout_year INTEGER NOT NULL,
    record TEXT NOT NULL,
    PRIMARY KEY (source_table, variant, area_code, period)
);
CREATE INDEX observations_area_idx ON observations (area_code, period);

CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor_label TEXT NOT NULL,
    file_name TEXT NOT NULL,
    format TEXT NOT NULL,
    source_table TEXT NOT NULL,
    areas INTEGER NOT NULL,
    indicators INTEGER NOT NULL,
    periods TEXT NOT NULL,
    observations INTEGER NOT NULL,
    missing INTEGER NOT NULL
);
