-- FIMI detection runs and their networks, kept for the analysts: who ran what on which inputs
-- with which parameters, every network as detected (JSON, the shape of fimi detect --format jsonl),
-- and the analysts' DISARM decisions on each network as an append-only history.

CREATE TABLE fimi_runs (
    id          TEXT PRIMARY KEY,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    owner_org   TEXT NOT NULL,
    tlp         INTEGER NOT NULL CHECK (tlp BETWEEN 0 AND 4),
    parameters  TEXT NOT NULL,
    inputs      TEXT NOT NULL,
    posts       INTEGER NOT NULL,
    networks    INTEGER NOT NULL
);

CREATE TABLE fimi_networks (
    id          TEXT PRIMARY KEY,
    run_id      TEXT NOT NULL REFERENCES fimi_runs (id),
    seq         INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    accounts    INTEGER NOT NULL,
    score       REAL NOT NULL,
    start_at    TEXT NOT NULL,
    end_at      TEXT NOT NULL,
    body        TEXT NOT NULL,
    UNIQUE (run_id, seq)
);

CREATE TABLE fimi_tags (
    network_id  TEXT NOT NULL REFERENCES fimi_networks (id),
    seq         INTEGER NOT NULL,
    technique   TEXT NOT NULL,
    confirmed   INTEGER NOT NULL CHECK (confirmed IN (0, 1)),
    analyst     TEXT NOT NULL,
    at          TEXT NOT NULL,
    note        TEXT,
    PRIMARY KEY (network_id, seq)
);
