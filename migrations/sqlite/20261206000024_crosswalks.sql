-- Issue 19 item 4: how the areas of one region layout are divided over those of another.
-- `share` of `from_code` (layout `from_year`) lies in `to_code` (layout `to_year`), and makes up
-- `to_share` of it; `weight` says what was measured (the surface, or inhabitants where known).
CREATE TABLE crosswalks (
    from_year INTEGER NOT NULL,
    to_year INTEGER NOT NULL,
    from_code TEXT NOT NULL,
    to_code TEXT NOT NULL,
    share REAL NOT NULL,
    to_share REAL NOT NULL,
    weight TEXT NOT NULL,
    computed_at TEXT NOT NULL,
    PRIMARY KEY (from_year, to_year, from_code, to_code)
);
CREATE INDEX crosswalks_to_idx ON crosswalks (to_year, to_code);
