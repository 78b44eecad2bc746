-- Vessel tracks (PostgreSQL twin of 0002 for SQLite; plain B-trees, PostGIS not required): every
-- accepted position, the latest state and identity per MMSI, and the identity history. Times
-- are Unix milliseconds (BIGINT) so range scans compare integers.
-- The spatio-temporal index is a grid cell (0.1°, see TrackGrid) plus time in one B-tree:
-- "who was within R of P between T1 and T2" reads only the cells around P in that window.

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
);
CREATE INDEX ix_vessel_positions_cell_time ON vessel_positions (cell, t_ms);

CREATE TABLE vessels (
    mmsi        BIGINT PRIMARY KEY,
    name        TEXT NULL,
    call_sign   TEXT NULL,
    imo         INTEGER NULL,
    ship_type   INTEGER NULL,
    length_m    INTEGER NULL,
    beam_m      INTEGER NULL,
    class_b     BOOLEAN NOT NULL,
    first_ms    BIGINT NOT NULL,
    last_ms     BIGINT NOT NULL,
    last_lon    DOUBLE PRECISION NOT NULL,
    last_lat    DOUBLE PRECISION NOT NULL,
    last_sog    DOUBLE PRECISION NULL,
    last_cog    DOUBLE PRECISION NULL,
    last_heading INTEGER NULL,
    last_status INTEGER NOT NULL,
    positions   INTEGER NOT NULL
);

CREATE TABLE vessel_identity_history (
    mmsi       BIGINT NOT NULL,
    field      TEXT NOT NULL,
    value      TEXT NOT NULL,
    first_ms   BIGINT NOT NULL,
    last_ms    BIGINT NOT NULL,
    PRIMARY KEY (mmsi, field, first_ms)
);
