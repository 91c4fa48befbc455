-- Step 5, monitoring: values of own indicators per year (catalogue indicators take theirs from the
-- imported statistics), with source and evidence; a partner's value waits for a beheerder's review
-- (ingediend → goedgekeurd, or teruggestuurd with a remark). One value per goal and year.
CREATE TABLE measurements (
    id INTEGER PRIMARY KEY,
    goal_id INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    value REAL NOT NULL,
    source TEXT NOT NULL,
    evidence TEXT NOT NULL,
    review TEXT NOT NULL,
    remark TEXT NOT NULL,
    entered_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CONSTRAINT measurements_goal_year_key UNIQUE (goal_id, year)
);

-- The story behind the curve: what the coalition reads in a goal's figures of one year.
CREATE TABLE goal_stories (
    goal_id INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    body TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (goal_id, year)
);
