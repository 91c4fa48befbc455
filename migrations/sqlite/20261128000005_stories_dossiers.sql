-- Step 1: stories (zachte gegevens) and the "Stand van de wijk" dossier of a programme.
-- themes: space-separated theme keys; indicators: a JSON array of indicator names (family:key).
-- consent: the teller agreed to publication (0 = private to the programme, the default).
CREATE TABLE stories (
    id INTEGER PRIMARY KEY,
    programme_id INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
    area_code TEXT,
    told_on TEXT NOT NULL,
    source_type TEXT NOT NULL,
    author_role TEXT NOT NULL,
    body TEXT NOT NULL,
    themes TEXT NOT NULL,
    indicators TEXT NOT NULL,
    consent INTEGER NOT NULL DEFAULT 0,
    created_by INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX stories_programme_idx ON stories (programme_id, told_on);
CREATE INDEX stories_area_idx ON stories (area_code);

-- weights: as the scan reads them (gezondheid=2,werk=0.5); reference: nl | gemeente.
CREATE TABLE dossiers (
    programme_id INTEGER PRIMARY KEY REFERENCES programmes (id) ON DELETE CASCADE,
    trigger_kind TEXT,
    trigger_date TEXT NOT NULL,
    trigger_description TEXT NOT NULL,
    justification TEXT NOT NULL,
    weights TEXT NOT NULL,
    reference TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
