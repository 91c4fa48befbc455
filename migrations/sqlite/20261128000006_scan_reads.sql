-- The urgency scan and the indicator maps read one period of one table and variant: without this
-- index they read every period's records (three times the bytes for the RIVM health monitor).
CREATE INDEX observations_period_idx ON observations (source_table, variant, period);

-- Every area's newest real name (a table that only knows codes gives none), kept by the importer:
-- the scan reads the names with its figures in one query instead of choosing among all layouts.
CREATE TABLE area_names (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    layout_year INTEGER NOT NULL
);
INSERT INTO area_names (code, name, layout_year)
SELECT a.code, a.name, a.layout_year FROM areas a
WHERE a.name <> a.code
  AND a.layout_year = (SELECT MAX(b.layout_year) FROM areas b WHERE b.code = a.code AND b.name <> b.code);
