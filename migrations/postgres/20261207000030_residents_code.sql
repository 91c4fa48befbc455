-- The short code a programme hands out in the neighbourhood (issue 17 item 2): with it residents put
-- an item on the residents' agenda without an account (moderated before it is public) and read the
-- gemeente's tegenbod. One per programme.
CREATE TABLE residents_codes (
    programme_id BIGINT PRIMARY KEY REFERENCES programmes (id) ON DELETE CASCADE,
    code TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);
