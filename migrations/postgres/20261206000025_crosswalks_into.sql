-- Issue 19 item 4: a profile asks which areas of older layouts lie in its area (by the new code).
CREATE INDEX crosswalks_into_idx ON crosswalks (to_code, to_year);
