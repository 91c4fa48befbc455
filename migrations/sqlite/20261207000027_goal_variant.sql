-- Issue 18 item 1: a catalogue goal may follow any variant of its indicator (an age group such as
-- RIVM's 65 jaar of ouder); empty means the variant that sorts first (all adults), as before.
ALTER TABLE goals ADD COLUMN indicator_variant TEXT NOT NULL DEFAULT '';
