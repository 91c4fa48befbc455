-- Issue 18 item 6: the scan's figures per indicator column (see src/domain/columns.rs). Written by
-- every import beside the records, for each table, variant, period and level it stores; a set that
-- is missing (a database from before this migration) is built from the records on first use.
-- codes: the areas with a record, joined by ','; cells: one packed cell per area, in that order.
CREATE TABLE column_areas (
    source_table TEXT NOT NULL,
    variant TEXT NOT NULL,
    period TEXT NOT NULL,
    level TEXT NOT NULL,
    codes TEXT NOT NULL,
    PRIMARY KEY (source_table, variant, period, level)
);
CREATE TABLE figure_columns (
    source_table TEXT NOT NULL,
    variant TEXT NOT NULL,
    period TEXT NOT NULL,
    level TEXT NOT NULL,
    key TEXT NOT NULL,
    cells BYTEA NOT NULL,
    PRIMARY KEY (source_table, variant, period, level, key)
);

-- Every area's newest real name of one level (BU, WK, GM) in one text, a line per area (code TAB
-- name): the scan reads 14,000 names as one value. Deleted when an import changes a name of the
-- level, built again from area_names on the next scan.
CREATE TABLE level_names (
    level TEXT PRIMARY KEY,
    names TEXT NOT NULL
);
