-- Meetings get an agenda before and minutes after (issue 17 item 4): a time and place, agenda points
-- in order, the seats invited (from the body's seats on the day), when the agenda was mailed, and a
-- version for the meeting's own form. `notes` holds the minutes.
ALTER TABLE meetings ADD COLUMN starts_at TEXT NOT NULL DEFAULT '';
ALTER TABLE meetings ADD COLUMN location TEXT NOT NULL DEFAULT '';
ALTER TABLE meetings ADD COLUMN agenda_sent_at TEXT NOT NULL DEFAULT '';
ALTER TABLE meetings ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

CREATE TABLE meeting_points (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    presenter TEXT NOT NULL,
    CONSTRAINT meeting_points_titled CHECK (title <> '')
);
CREATE INDEX meeting_points_meeting_idx ON meeting_points (meeting_id, position);

CREATE TABLE meeting_invitees (
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    seat_id INTEGER NOT NULL REFERENCES body_seats (id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, seat_id)
);
