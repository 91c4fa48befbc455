-- Execution plans get a version like the other agenda records, so an edit overtaken by someone
-- else's is refused instead of silently overwriting it.
ALTER TABLE plans ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE plans ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
