-- Positions partitioned by calendar month (UTC) of their time: a shared deployment keeps years of
-- AIS, and a month is the unit it is queried, archived and dropped by (DETACH PARTITION, no
-- DELETE of hundreds of millions of rows). Queries are unchanged: every read names a time range,
-- so PostgreSQL reads only the months it touches. SQLite (a single analyst's file) keeps one table.
--
-- Months are created as positions arrive (bolwerk_position_partition, called by the track store
-- before each batch); a DEFAULT partition catches anything else, and existing rows are moved into
-- their months here, in this migration's transaction.

ALTER TABLE vessel_positions RENAME TO vessel_positions_before_0009;
ALTER TABLE vessel_positions_before_0009 RENAME CONSTRAINT vessel_positions_pkey TO vessel_positions_before_0009_pkey;
ALTER INDEX ix_vessel_positions_cell_time RENAME TO ix_vessel_positions_before_0009_cell_time;

CREATE TABLE vessel_positions (
    mmsi      BIGINT NOT NULL,
    t_ms      BIGINT NOT NULL,
    lon       DOUBLE PRECISION NOT NULL CHECK (lon BETWEEN -180 AND 180),
    lat       DOUBLE PRECISION NOT NULL CHECK (lat BETWEEN -90 AND 90),
    sog       DOUBLE PRECISION NULL,
    cog       DOUBLE PRECISION NULL,
    heading   INTEGER NULL,
    status    INTEGER NOT NULL,
    cell      BIGINT NOT NULL,
    PRIMARY KEY (mmsi, t_ms)
) PARTITION BY RANGE (t_ms);
CREATE INDEX ix_vessel_positions_cell_time ON vessel_positions (cell, t_ms);
CREATE TABLE vessel_positions_default PARTITION OF vessel_positions DEFAULT;

-- The month of a time in Unix milliseconds, as its partition: vessel_positions_yYYYYmMM.
CREATE FUNCTION bolwerk_position_partition(t BIGINT) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    month_start TIMESTAMPTZ := date_trunc('month', to_timestamp(t / 1000.0) AT TIME ZONE 'UTC') AT TIME ZONE 'UTC';
    name TEXT := 'vessel_positions_y' || to_char(month_start AT TIME ZONE 'UTC', 'YYYY"m"MM');
BEGIN
    IF to_regclass(name) IS NULL THEN
        EXECUTE format('CREATE TABLE %I PARTITION OF vessel_positions FOR VALUES FROM (%s) TO (%s)', name,
            (extract(epoch FROM month_start) * 1000)::BIGINT, (extract(epoch FROM month_start + INTERVAL '1 month') * 1000)::BIGINT);
    END IF;
EXCEPTION WHEN duplicate_table THEN
    NULL; -- another writer made it first
END $$;

SELECT bolwerk_position_partition(month) FROM (SELECT DISTINCT (t_ms / 86400000) * 86400000 AS month FROM vessel_positions_before_0009) AS days;
INSERT INTO vessel_positions SELECT mmsi, t_ms, lon, lat, sog, cog, heading, status, cell FROM vessel_positions_before_0009;
DROP TABLE vessel_positions_before_0009;
