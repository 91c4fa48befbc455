-- Step 4: the preconditions health check. Rounds (peilingen), one-time links for residents without
-- an account (only a digest of the secret is stored), responses (one per account or link per round;
-- the person is never stored with the answers of a link) and their scores per precondition.
CREATE TABLE assessment_rounds (
    id INTEGER PRIMARY KEY,
    programme_id INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    opened_on TEXT NOT NULL,
    closed_on TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX assessment_rounds_programme_idx ON assessment_rounds (programme_id, opened_on);

CREATE TABLE assessment_links (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES assessment_rounds (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    created_at TEXT NOT NULL,
    used_at TEXT
);
CREATE INDEX assessment_links_round_idx ON assessment_links (round_id);

-- level: bestuur, uitvoering or bewoners. user_id or link_id says who answered (one answer each).
CREATE TABLE assessment_responses (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES assessment_rounds (id) ON DELETE CASCADE,
    level TEXT NOT NULL,
    user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    link_id INTEGER UNIQUE REFERENCES assessment_links (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    CONSTRAINT assessment_responses_user_key UNIQUE (round_id, user_id)
);

-- score: 1 to 5, or NULL for "weet ik niet".
CREATE TABLE assessment_scores (
    response_id INTEGER NOT NULL REFERENCES assessment_responses (id) ON DELETE CASCADE,
    precondition TEXT NOT NULL,
    score INTEGER,
    note TEXT NOT NULL,
    PRIMARY KEY (response_id, precondition)
);
