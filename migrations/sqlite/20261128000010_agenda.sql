-- Step 3, the agenda: goals with their result indicator and targets, execution plans, measures
-- with owner, partners, commitments and budget lines, and the residents' agenda with its tegenbod.
-- Money is stored in cents (BIGINT), figures as REAL; times as text (docs/ARCHITECTURE.md).

-- indicator_ref: a catalogue indicator (`gezondheid:MoeiteMetRondkomen`) measured for area_code,
-- or '' for an own indicator (own_name, own_unit). themes: comma-separated theme keys, first groups.
CREATE TABLE goals (
    id INTEGER PRIMARY KEY,
    programme_id INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    themes TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    indicator_ref TEXT NOT NULL,
    indicator_title TEXT NOT NULL,
    area_code TEXT NOT NULL,
    own_name TEXT NOT NULL,
    own_unit TEXT NOT NULL,
    polarity TEXT NOT NULL,
    baseline REAL,
    baseline_period TEXT NOT NULL,
    target REAL,
    target_year INTEGER,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX goals_programme_idx ON goals (programme_id, position);

-- Interim targets.
CREATE TABLE goal_milestones (
    goal_id INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    value REAL NOT NULL,
    PRIMARY KEY (goal_id, year)
);

CREATE TABLE plans (
    id INTEGER PRIMARY KEY,
    programme_id INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    starts_year INTEGER NOT NULL,
    ends_year INTEGER NOT NULL,
    description TEXT NOT NULL,
    created_at TEXT NOT NULL,
    CONSTRAINT plans_name_key UNIQUE (programme_id, name)
);

CREATE TABLE measures (
    id INTEGER PRIMARY KEY,
    programme_id INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    owner_party_id INTEGER REFERENCES parties (id) ON DELETE SET NULL,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    status TEXT NOT NULL,
    status_reason TEXT NOT NULL,
    plan_id INTEGER REFERENCES plans (id) ON DELETE SET NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX measures_programme_idx ON measures (programme_id);

CREATE TABLE measure_goals (
    measure_id INTEGER NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
    goal_id INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    PRIMARY KEY (measure_id, goal_id)
);
CREATE INDEX measure_goals_goal_idx ON measure_goals (goal_id);

CREATE TABLE measure_partners (
    measure_id INTEGER NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
    party_id INTEGER NOT NULL REFERENCES parties (id) ON DELETE CASCADE,
    PRIMARY KEY (measure_id, party_id)
);
CREATE INDEX measure_partners_party_idx ON measure_partners (party_id);

CREATE TABLE commitments (
    id INTEGER PRIMARY KEY,
    measure_id INTEGER NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
    party_id INTEGER NOT NULL REFERENCES parties (id) ON DELETE CASCADE,
    what TEXT NOT NULL,
    promised REAL NOT NULL,
    delivered REAL NOT NULL,
    due_year INTEGER
);
CREATE INDEX commitments_measure_idx ON commitments (measure_id);

-- source: gemeente, corporatie, zorgverzekeraar, rijk, provincie, fonds, overig;
-- kind: uitvoering, proces, menskracht.
CREATE TABLE budget_lines (
    id INTEGER PRIMARY KEY,
    measure_id INTEGER NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    planned_cents INTEGER NOT NULL,
    spent_cents INTEGER NOT NULL,
    source TEXT NOT NULL,
    funder_party_id INTEGER REFERENCES parties (id) ON DELETE SET NULL,
    kind TEXT NOT NULL,
    note TEXT NOT NULL
);
CREATE INDEX budget_lines_measure_idx ON budget_lines (measure_id, year);

-- answer: '' until the gemeente answers, then past-in-plannen, samen-oppakken, andere-partijen or afgewezen.
CREATE TABLE agenda_items (
    id INTEGER PRIMARY KEY,
    programme_id INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    submitted_by TEXT NOT NULL,
    submitted_on TEXT NOT NULL,
    answer TEXT NOT NULL,
    answer_text TEXT NOT NULL,
    answered_on TEXT NOT NULL,
    published INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX agenda_items_programme_idx ON agenda_items (programme_id, submitted_on);
