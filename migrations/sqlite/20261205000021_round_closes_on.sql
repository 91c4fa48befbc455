-- Issue 20 item 3: a round may say when it is meant to close, so that members who have not answered
-- hear three days before. Empty: no planned date.
ALTER TABLE assessment_rounds ADD COLUMN closes_on TEXT NOT NULL DEFAULT '';
