-- Complete rows only (issue 15). Creates used to insert a blank row and fill it in with an update,
-- so these columns had to accept ''. Every create now inserts the whole row, and the database
-- refuses what the forms refuse: an unknown key, an empty title, a year or amount that cannot be.
-- Existing rows were always completed in the transaction that created them, so they pass.
--
-- SQLite cannot add a CHECK constraint to an existing table without rebuilding it (and a rebuild
-- of a table that others reference cascades deletes while foreign keys are on), so the same rules
-- are triggers that abort the statement, before insert and before update, with the constraint's
-- name in the message.

CREATE TRIGGER goals_polarity_valid_insert BEFORE INSERT ON goals WHEN NOT (NEW.polarity IN ('hoger-beter', 'hoger-slechter', 'neutraal'))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: goals_polarity_valid'); END;
CREATE TRIGGER goals_polarity_valid_update BEFORE UPDATE ON goals WHEN NOT (NEW.polarity IN ('hoger-beter', 'hoger-slechter', 'neutraal'))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: goals_polarity_valid'); END;
CREATE TRIGGER goals_title_given_insert BEFORE INSERT ON goals WHEN NOT (NEW.title <> '')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: goals_title_given'); END;
CREATE TRIGGER goals_title_given_update BEFORE UPDATE ON goals WHEN NOT (NEW.title <> '')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: goals_title_given'); END;
CREATE TRIGGER goals_themes_given_insert BEFORE INSERT ON goals WHEN NOT (NEW.themes <> '')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: goals_themes_given'); END;
CREATE TRIGGER goals_themes_given_update BEFORE UPDATE ON goals WHEN NOT (NEW.themes <> '')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: goals_themes_given'); END;

CREATE TRIGGER measures_status_valid_insert BEFORE INSERT ON measures WHEN NOT (NEW.status IN ('idee', 'gepland', 'lopend', 'afgerond', 'gestopt'))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: measures_status_valid'); END;
CREATE TRIGGER measures_status_valid_update BEFORE UPDATE ON measures WHEN NOT (NEW.status IN ('idee', 'gepland', 'lopend', 'afgerond', 'gestopt'))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: measures_status_valid'); END;
CREATE TRIGGER measures_title_given_insert BEFORE INSERT ON measures WHEN NOT (NEW.title <> '')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: measures_title_given'); END;
CREATE TRIGGER measures_title_given_update BEFORE UPDATE ON measures WHEN NOT (NEW.title <> '')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: measures_title_given'); END;
CREATE TRIGGER measures_starts_on_given_insert BEFORE INSERT ON measures WHEN NOT (NEW.starts_on <> '')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: measures_starts_on_given'); END;
CREATE TRIGGER measures_starts_on_given_update BEFORE UPDATE ON measures WHEN NOT (NEW.starts_on <> '')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: measures_starts_on_given'); END;

CREATE TRIGGER commitments_what_given_insert BEFORE INSERT ON commitments WHEN NOT (NEW.what <> '')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: commitments_what_given'); END;
CREATE TRIGGER commitments_what_given_update BEFORE UPDATE ON commitments WHEN NOT (NEW.what <> '')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: commitments_what_given'); END;
CREATE TRIGGER commitments_promised_positive_insert BEFORE INSERT ON commitments WHEN NOT (NEW.promised > 0)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: commitments_promised_positive'); END;
CREATE TRIGGER commitments_promised_positive_update BEFORE UPDATE ON commitments WHEN NOT (NEW.promised > 0)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: commitments_promised_positive'); END;

CREATE TRIGGER budget_lines_source_valid_insert BEFORE INSERT ON budget_lines WHEN NOT (NEW.source IN ('gemeente', 'corporatie', 'zorgverzekeraar', 'rijk', 'provincie', 'fonds', 'overig'))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: budget_lines_source_valid'); END;
CREATE TRIGGER budget_lines_source_valid_update BEFORE UPDATE ON budget_lines WHEN NOT (NEW.source IN ('gemeente', 'corporatie', 'zorgverzekeraar', 'rijk', 'provincie', 'fonds', 'overig'))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: budget_lines_source_valid'); END;
CREATE TRIGGER budget_lines_kind_valid_insert BEFORE INSERT ON budget_lines WHEN NOT (NEW.kind IN ('uitvoering', 'proces', 'menskracht'))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: budget_lines_kind_valid'); END;
CREATE TRIGGER budget_lines_kind_valid_update BEFORE UPDATE ON budget_lines WHEN NOT (NEW.kind IN ('uitvoering', 'proces', 'menskracht'))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: budget_lines_kind_valid'); END;
CREATE TRIGGER budget_lines_year_given_insert BEFORE INSERT ON budget_lines WHEN NOT (NEW.year > 0)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: budget_lines_year_given'); END;
CREATE TRIGGER budget_lines_year_given_update BEFORE UPDATE ON budget_lines WHEN NOT (NEW.year > 0)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: budget_lines_year_given'); END;

CREATE TRIGGER measure_results_kind_valid_insert BEFORE INSERT ON measure_results WHEN NOT (NEW.kind IN ('hoeveel', 'hoe-goed', 'beter-af'))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: measure_results_kind_valid'); END;
CREATE TRIGGER measure_results_kind_valid_update BEFORE UPDATE ON measure_results WHEN NOT (NEW.kind IN ('hoeveel', 'hoe-goed', 'beter-af'))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: measure_results_kind_valid'); END;
CREATE TRIGGER measure_results_label_given_insert BEFORE INSERT ON measure_results WHEN NOT (NEW.label <> '')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: measure_results_label_given'); END;
CREATE TRIGGER measure_results_label_given_update BEFORE UPDATE ON measure_results WHEN NOT (NEW.label <> '')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: measure_results_label_given'); END;
CREATE TRIGGER measure_results_year_given_insert BEFORE INSERT ON measure_results WHEN NOT (NEW.year > 0)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: measure_results_year_given'); END;
CREATE TRIGGER measure_results_year_given_update BEFORE UPDATE ON measure_results WHEN NOT (NEW.year > 0)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: measure_results_year_given'); END;

CREATE TRIGGER successes_kind_valid_insert BEFORE INSERT ON successes WHEN NOT (NEW.kind IN ('mijlpaal', 'succes'))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: successes_kind_valid'); END;
CREATE TRIGGER successes_kind_valid_update BEFORE UPDATE ON successes WHEN NOT (NEW.kind IN ('mijlpaal', 'succes'))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: successes_kind_valid'); END;
CREATE TRIGGER successes_title_given_insert BEFORE INSERT ON successes WHEN NOT (NEW.title <> '')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: successes_title_given'); END;
CREATE TRIGGER successes_title_given_update BEFORE UPDATE ON successes WHEN NOT (NEW.title <> '')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: successes_title_given'); END;
CREATE TRIGGER successes_happened_on_given_insert BEFORE INSERT ON successes WHEN NOT (NEW.happened_on <> '')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: successes_happened_on_given'); END;
CREATE TRIGGER successes_happened_on_given_update BEFORE UPDATE ON successes WHEN NOT (NEW.happened_on <> '')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: successes_happened_on_given'); END;
