-- Every change writes an audit record, and the newest audit id is the data's generation. Several
-- instances share one PostgreSQL: each is told at once, through NOTIFY (sent when the writing
-- transaction commits), that the generation moved on, so it can keep the generation it read
-- instead of reading it for every request (issue 18 item 7).
CREATE OR REPLACE FUNCTION wijkwijzer_generation_moved() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('wijkwijzer_generation', '');
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_log_generation_moved
    AFTER INSERT ON audit_log
    FOR EACH STATEMENT
    EXECUTE FUNCTION wijkwijzer_generation_moved();
