-- Step 2: the coalition. Parties of a programme, the periods in which they took part (a party
-- that leaves keeps its history and may return), contact persons (personal data: members only)
-- and the accounts that act for a party.
CREATE TABLE parties (
    id INTEGER PRIMARY KEY,
    programme_id INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    description TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CONSTRAINT parties_name_key UNIQUE (programme_id, name)
);

CREATE TABLE party_periods (
    id INTEGER PRIMARY KEY,
    party_id INTEGER NOT NULL REFERENCES parties (id) ON DELETE CASCADE,
    joined_on TEXT NOT NULL,
    joined_note TEXT NOT NULL,
    left_on TEXT,
    left_reason TEXT NOT NULL
);
CREATE INDEX party_periods_party_idx ON party_periods (party_id, joined_on);

CREATE TABLE party_contacts (
    id INTEGER PRIMARY KEY,
    party_id INTEGER NOT NULL REFERENCES parties (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    email TEXT NOT NULL
);
CREATE INDEX party_contacts_party_idx ON party_contacts (party_id);

CREATE TABLE party_accounts (
    party_id INTEGER NOT NULL REFERENCES parties (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (party_id, user_id)
);
CREATE INDEX party_accounts_user_idx ON party_accounts (user_id);
