-- The wijkbudget (issue 17): an amount per programme and year that residents decide on, the
-- proposals residents make (through a short code, without an account), the programme's assessment,
-- the one-time voting codes per household (only their digest is kept) and the ballots. A ballot is
-- not linked to the code that cast it: the vote is secret.
CREATE TABLE wijkbudgets (
    id INTEGER PRIMARY KEY,
    programme_id INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,
    max_per_proposal_cents INTEGER,
    who_may_propose TEXT NOT NULL,
    themes TEXT NOT NULL,
    proposals_from TEXT NOT NULL,
    assessment_from TEXT NOT NULL,
    voting_from TEXT NOT NULL,
    results_from TEXT NOT NULL,
    execution_from TEXT NOT NULL,
    proposal_code TEXT NOT NULL UNIQUE,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (programme_id, year),
    CONSTRAINT wijkbudgets_complete CHECK (title <> '' AND amount_cents > 0 AND themes <> '')
);

-- verdict: '' until assessed, then haalbaar or niet-haalbaar (with a published reason).
-- contact_name/contact_email: only what the proposer chose to leave; erased by the privacy tools.
CREATE TABLE budget_proposals (
    id INTEGER PRIMARY KEY,
    wijkbudget_id INTEGER NOT NULL REFERENCES wijkbudgets (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    theme TEXT NOT NULL,
    cost_cents INTEGER NOT NULL,
    area_code TEXT NOT NULL,
    contact_name TEXT NOT NULL,
    contact_email TEXT NOT NULL,
    user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    submitted_on TEXT NOT NULL,
    verdict TEXT NOT NULL,
    verdict_reason TEXT NOT NULL,
    assessed_on TEXT NOT NULL,
    invented INTEGER NOT NULL DEFAULT 0,
    measure_id INTEGER REFERENCES measures (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    CONSTRAINT budget_proposals_complete CHECK (title <> '' AND cost_cents > 0),
    CONSTRAINT budget_proposals_verdict_valid CHECK (verdict IN ('', 'haalbaar', 'niet-haalbaar'))
);
CREATE INDEX budget_proposals_budget_idx ON budget_proposals (wijkbudget_id);

-- label: the batch (e.g. the evening or street it was handed out in).
CREATE TABLE budget_vote_codes (
    id INTEGER PRIMARY KEY,
    wijkbudget_id INTEGER NOT NULL REFERENCES wijkbudgets (id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    created_at TEXT NOT NULL,
    used_on TEXT
);
CREATE INDEX budget_vote_codes_budget_idx ON budget_vote_codes (wijkbudget_id, label);

CREATE TABLE budget_ballots (
    id INTEGER PRIMARY KEY,
    wijkbudget_id INTEGER NOT NULL REFERENCES wijkbudgets (id) ON DELETE CASCADE
);

CREATE TABLE budget_votes (
    ballot_id INTEGER NOT NULL REFERENCES budget_ballots (id) ON DELETE CASCADE,
    proposal_id INTEGER NOT NULL REFERENCES budget_proposals (id) ON DELETE CASCADE,
    PRIMARY KEY (ballot_id, proposal_id)
);
CREATE INDEX budget_votes_proposal_idx ON budget_votes (proposal_id);

-- A budget line may come from the wijkbudget.
DROP TRIGGER budget_lines_source_valid_insert;
DROP TRIGGER budget_lines_source_valid_update;
CREATE TRIGGER budget_lines_source_valid_insert BEFORE INSERT ON budget_lines WHEN NOT (NEW.source IN ('gemeente', 'corporatie', 'zorgverzekeraar', 'rijk', 'provincie', 'fonds', 'wijkbudget', 'overig'))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: budget_lines_source_valid'); END;
CREATE TRIGGER budget_lines_source_valid_update BEFORE UPDATE ON budget_lines WHEN NOT (NEW.source IN ('gemeente', 'corporatie', 'zorgverzekeraar', 'rijk', 'provincie', 'fonds', 'wijkbudget', 'overig'))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: budget_lines_source_valid'); END;
