-- Several workers store positions into one database at once (bolwerk worker): two of them can
-- meet a new month together. Creating the same partition concurrently can fail inside the catalog
-- (a unique violation on pg_type) rather than with duplicate_table, so creation of one month is
-- serialised with a transaction-level advisory lock, and either failure means "made by another".
CREATE OR REPLACE FUNCTION bolwerk_position_partition(t BIGINT) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    month_start TIMESTAMPTZ := date_trunc('month', to_timestamp(t / 1000.0) AT TIME ZONE 'UTC') AT TIME ZONE 'UTC';
    name TEXT := 'vessel_positions_y' || to_char(month_start AT TIME ZONE 'UTC', 'YYYY"m"MM');
BEGIN
    IF to_regclass(name) IS NOT NULL THEN
        RETURN;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext(name));
    IF to_regclass(name) IS NULL THEN
        EXECUTE format('CREATE TABLE %I PARTITION OF vessel_positions FOR VALUES FROM (%s) TO (%s)', name,
            (extract(epoch FROM month_start) * 1000)::BIGINT, (extract(epoch FROM month_start + INTERVAL '1 month') * 1000)::BIGINT);
    END IF;
EXCEPTION WHEN duplicate_table OR unique_violation THEN
    NULL; -- another writer made it first
END $$;
