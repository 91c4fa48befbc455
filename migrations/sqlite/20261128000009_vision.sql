-- Step 3: the shared vision, one row per version (append-only: earlier versions stay readable).
-- decision_number: the decision (SG-2026-1) that adopted it, when there is one.
CREATE TABLE vision_versions (
    id INTEGER PRIMARY KEY,
    programme_id INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    agreed_on TEXT NOT NULL,
    agreed_by TEXT NOT NULL,
    decision_number TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX vision_versions_programme_idx ON vision_versions (programme_id, id);
