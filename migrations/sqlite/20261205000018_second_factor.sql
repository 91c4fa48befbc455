-- Issue 20 item 2: a second factor for password accounts. The TOTP secret is kept in base32 (the
-- server must compute codes from it); it counts once confirmed with a first code. The last
-- accepted time step makes every code single-use, also across instances.
ALTER TABLE users ADD COLUMN totp_secret TEXT;
ALTER TABLE users ADD COLUMN totp_confirmed_at TEXT;
ALTER TABLE users ADD COLUMN totp_last_step INTEGER;

-- Ten single-use recovery codes per account, stored as SHA-256 digests.
CREATE TABLE recovery_codes (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    used_at TEXT
);
CREATE INDEX recovery_codes_user_idx ON recovery_codes (user_id);

-- Between the password and the second step: who passed the password, where they were going, until
-- when. The browser holds the secret (a cookie); the database its digest.
CREATE TABLE login_challenges (
    id_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    back TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX login_challenges_expires_idx ON login_challenges (expires_at);
