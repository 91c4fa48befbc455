-- Step 5, executing with agility. The revision log: every change of a vision, goal or measure with
-- the fields that changed (JSON list of {field, before, after}), the reason given, and the
-- governance decision (SG-2026-1) it rests on, when there is one. Append-only.
CREATE TABLE revisions (
    id INTEGER PRIMARY KEY,
    programme_id INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
    subject_kind TEXT NOT NULL,
    subject_id INTEGER NOT NULL,
    subject_title TEXT NOT NULL,
    changes TEXT NOT NULL,
    reason TEXT NOT NULL,
    decision_number TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX revisions_programme_idx ON revisions (programme_id, created_at);

-- Milestones reached and successes to celebrate, with the date they happened, optionally tied to a
-- goal or a measure.
CREATE TABLE successes (
    id INTEGER PRIMARY KEY,
    programme_id INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    happened_on TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    goal_id INTEGER REFERENCES goals (id) ON DELETE SET NULL,
    measure_id INTEGER REFERENCES measures (id) ON DELETE SET NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX successes_programme_idx ON successes (programme_id, happened_on);

-- Results-based accountability per measure and year: how much did we do (hoeveel), how well did we
-- do it (hoe-goed), is anyone better off (beter-af), each a labelled figure with its unit.
CREATE TABLE measure_results (
    id INTEGER PRIMARY KEY,
    measure_id INTEGER NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    kind TEXT NOT NULL,
    label TEXT NOT NULL,
    value REAL NOT NULL,
    unit TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX measure_results_measure_idx ON measure_results (measure_id, year);

-- Published snapshots (the yearly progress report, the wijkdeal): rendered once when published and
-- served as stored, so later edits never change a published year. The pdf is base64 text
-- (one portable column type); empty means none.
-- Unpublishing deletes the row.
CREATE TABLE published_reports (
    id INTEGER PRIMARY KEY,
    programme_id INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    year INTEGER NOT NULL,
    title TEXT NOT NULL,
    html TEXT NOT NULL,
    pdf TEXT NOT NULL,
    published_by TEXT NOT NULL,
    published_at TEXT NOT NULL,
    CONSTRAINT published_reports_key UNIQUE (programme_id, kind, year)
);

-- A new version of the vision says why it changed.
ALTER TABLE vision_versions ADD COLUMN reason TEXT NOT NULL DEFAULT '';
