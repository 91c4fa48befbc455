-- Issue 20 item 3: e-mail through a durable outbox. A message is written in the same transaction as
-- the change that causes it; a worker sends it. 'bezig' is set (and committed) just before talking
-- to the mail server: a message left 'bezig' after a crash becomes 'onbekend' and is never sent
-- again by itself (it may have arrived); definite failures wait and are tried again.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    text_body TEXT NOT NULL,
    html_body TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'wachtend'
        CHECK (status IN ('wachtend', 'bezig', 'verzonden', 'onbekend', 'mislukt')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    claimed_until TEXT,
    last_error TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    sent_at TEXT
);
CREATE INDEX outbox_due_idx ON outbox (status, next_attempt_at);
CREATE INDEX outbox_to_idx ON outbox (to_address);

-- One-time links for setting a password: after an invitation or a reset request. The link holds
-- the secret; the table its digest.
CREATE TABLE account_tokens (
    id_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL CHECK (purpose IN ('herstel', 'uitnodiging')),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT
);
CREATE INDEX account_tokens_user_idx ON account_tokens (user_id);
