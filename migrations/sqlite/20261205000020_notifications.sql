-- Issue 20 item 3: notifications. A notification is written in the same transaction as the change
-- that causes it (for each person it concerns); the sender turns it into an e-mail at once, into a
-- weekly digest, or into nothing, as that person chose. The dedupe key makes writing it twice (a
-- retried change, several instances) harmless.
CREATE TABLE notifications (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('ter-beoordeling', 'teruggestuurd', 'peiling-open', 'peiling-sluit', 'overleg-stil', 'geld-stopt')),
    dedupe_key TEXT NOT NULL,
    programme_id INTEGER REFERENCES programmes (id) ON DELETE CASCADE,
    params TEXT NOT NULL,
    link TEXT NOT NULL,
    created_at TEXT NOT NULL,
    handled_at TEXT,
    CONSTRAINT notifications_dedupe_key UNIQUE (dedupe_key)
);
CREATE INDEX notifications_pending_idx ON notifications (handled_at, user_id);

CREATE TABLE notification_prefs (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    frequency TEXT NOT NULL CHECK (frequency IN ('direct', 'week', 'nooit')),
    PRIMARY KEY (user_id, kind)
);

CREATE TABLE notification_digests (
    user_id INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    sent_at TEXT NOT NULL
);
