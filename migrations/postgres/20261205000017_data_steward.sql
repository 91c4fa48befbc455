-- Issue 20 item 4: importing statistics and classifying indicators change every programme's scan
-- and the public /urgentie, so they belong to a site role (gegevensbeheerder), granted by a site
-- administrator, no longer to any programme's beheerder.
ALTER TABLE users ADD COLUMN is_data_steward BIGINT NOT NULL DEFAULT 0;
