-- Documents (issue 17 item 3): files attached to a programme, a meeting, a decision, a measure, a
-- goal's value (evidence) or a wijkbudget proposal. Access follows the object they belong to
-- (owner_kind, owner_id). The content is kept in `content` (PostgreSQL, or SQLite when configured)
-- or on disk beside the SQLite database under its SHA-256 (then `content` is NULL; a backup carries
-- the content inside the copy). uploaded_by: the account, NULL for a resident or an erased account.
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    programme_id INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
    owner_kind TEXT NOT NULL CHECK (owner_kind IN ('programma', 'vergadering', 'besluit', 'maatregel', 'waarde', 'voorstel')),
    owner_id INTEGER NOT NULL,
    title TEXT NOT NULL,
    file_name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size_bytes INTEGER NOT NULL CHECK (size_bytes > 0),
    sha256 TEXT NOT NULL,
    content BLOB,
    uploaded_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    uploaded_at TEXT NOT NULL,
    CONSTRAINT documents_named CHECK (title <> '' AND file_name <> '')
);
CREATE INDEX documents_owner ON documents (programme_id, owner_kind, owner_id);
CREATE INDEX documents_sha256 ON documents (sha256);
