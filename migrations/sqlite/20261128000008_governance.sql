-- Step 2, governance: bodies of the coalition, their seats over time, meetings and decisions.
CREATE TABLE bodies (
    id INTEGER PRIMARY KEY,
    programme_id INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    decision_rule TEXT NOT NULL,
    lead_party_id INTEGER REFERENCES parties (id) ON DELETE SET NULL,
    description TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CONSTRAINT bodies_name_key UNIQUE (programme_id, name)
);

CREATE TABLE body_seats (
    id INTEGER PRIMARY KEY,
    body_id INTEGER NOT NULL REFERENCES bodies (id) ON DELETE CASCADE,
    party_id INTEGER NOT NULL REFERENCES parties (id) ON DELETE CASCADE,
    person TEXT NOT NULL,
    position TEXT NOT NULL,
    started_on TEXT NOT NULL,
    ended_on TEXT
);
CREATE INDEX body_seats_body_idx ON body_seats (body_id);

CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    body_id INTEGER NOT NULL REFERENCES bodies (id) ON DELETE CASCADE,
    held_on TEXT NOT NULL,
    notes TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX meetings_body_idx ON meetings (body_id, held_on);

-- number: unique per body (SG-2025-3), for references from later agenda changes.
CREATE TABLE decisions (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    body_id INTEGER NOT NULL REFERENCES bodies (id) ON DELETE CASCADE,
    number TEXT NOT NULL,
    text TEXT NOT NULL,
    CONSTRAINT decisions_number_key UNIQUE (body_id, number)
);
