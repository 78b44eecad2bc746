-- Vessel tracks: every accepted position, the latest state and identity per MMSI, and the
-- identity history. Times are Unix milliseconds (INTEGER) so range scans compare integers.
-- The spatio-temporal index is a grid cell (0.1°, see TrackGrid) plus time in one B-tree:
-- "who was within R of P between T1 and T2" reads only the cells around P in that window.

CREATE TABLE vessel_positions (
    mmsi      INTEGER NOT NULL,
    t_ms      INTEGER NOT NULL,
    lon       REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),
    lat       REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),
    sog       REAL NULL,
    cog       REAL NULL,
    heading   INTEGER NULL,
    status    INTEGER NOT NULL,
    cell      INTEGER NOT NULL,
    PRIMARY KEY (mmsi, t_ms)
) WITHOUT ROWID;
CREATE INDEX ix_vessel_positions_cell_time ON vessel_positions (cell, t_ms);

CREATE TABLE vessels (
    mmsi        INTEGER PRIMARY KEY,
    name        TEXT NULL,
    call_sign   TEXT NULL,
    imo         INTEGER NULL,
    ship_type   INTEGER NULL,
    length_m    INTEGER NULL,
    beam_m      INTEGER NULL,
    class_b     INTEGER NOT NULL,
    first_ms    INTEGER NOT NULL,
    last_ms     INTEGER NOT NULL,
    last_lon    REAL NOT NULL,
    last_lat    REAL NOT NULL,
    last_sog    REAL NULL,
    last_cog    REAL NULL,
    last_heading INTEGER NULL,
    last_status INTEGER NOT NULL,
    positions   INTEGER NOT NULL
);

CREATE TABLE vessel_identity_history (
    mmsi       INTEGER NOT NULL,
    field      TEXT NOT NULL,
    value      TEXT NOT NULL,
    first_ms   INTEGER NOT NULL,
    last_ms    INTEGER NOT NULL,
    PRIMARY KEY (mmsi, field, first_ms)
);
