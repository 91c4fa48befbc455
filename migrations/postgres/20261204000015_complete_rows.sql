-- Complete rows only (issue 15). Creates used to insert a blank row and fill it in with an update,
-- so these columns had to accept ''. Every create now inserts the whole row, and the database
-- refuses what the forms refuse: an unknown key, an empty title, a year or amount that cannot be.
-- Existing rows were always completed in the transaction that created them, so they pass.

ALTER TABLE goals
    ADD CONSTRAINT goals_polarity_valid CHECK (polarity IN ('hoger-beter', 'hoger-slechter', 'neutraal')),
    ADD CONSTRAINT goals_title_given CHECK (title <> ''),
    ADD CONSTRAINT goals_themes_given CHECK (themes <> '');

ALTER TABLE measures
    ADD CONSTRAINT measures_status_valid CHECK (status IN ('idee', 'gepland', 'lopend', 'afgerond', 'gestopt')),
    ADD CONSTRAINT measures_title_given CHECK (title <> ''),
    ADD CONSTRAINT measures_starts_on_given CHECK (starts_on <> '');

ALTER TABLE commitments
    ADD CONSTRAINT commitments_what_given CHECK (what <> ''),
    ADD CONSTRAINT commitments_promised_positive CHECK (promised > 0);

ALTER TABLE budget_lines
    ADD CONSTRAINT budget_lines_source_valid CHECK (source IN ('gemeente', 'corporatie', 'zorgverzekeraar', 'rijk', 'provincie', 'fonds', 'overig')),
    ADD CONSTRAINT budget_lines_kind_valid CHECK (kind IN ('uitvoering', 'proces', 'menskracht')),
    ADD CONSTRAINT budget_lines_year_given CHECK (year > 0);

ALTER TABLE measure_results
    ADD CONSTRAINT measure_results_kind_valid CHECK (kind IN ('hoeveel', 'hoe-goed', 'beter-af')),
    ADD CONSTRAINT measure_results_label_given CHECK (label <> ''),
    ADD CONSTRAINT measure_results_year_given CHECK (year > 0);

ALTER TABLE successes
    ADD CONSTRAINT successes_kind_valid CHECK (kind IN ('mijlpaal', 'succes')),
    ADD CONSTRAINT successes_title_given CHECK (title <> ''),
    ADD CONSTRAINT successes_happened_on_given CHECK (happened_on <> '');
