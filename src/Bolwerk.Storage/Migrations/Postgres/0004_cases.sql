-- Case files as event streams (PostgreSQL twin of 0004 for SQLite): one row per case (its current
-- state, for listing) and every event in order. Events are appended, never updated.

CREATE TABLE cases (
    id            TEXT PRIMARY KEY,
    title         TEXT NOT NULL,
    incident_type TEXT NOT NULL,
    state         TEXT NOT NULL,
    owner_org     TEXT NOT NULL,
    tlp           INTEGER NOT NULL CHECK (tlp BETWEEN 0 AND 4),
    version       INTEGER NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);

CREATE TABLE case_events (
    case_id   TEXT NOT NULL REFERENCES cases (id),
    seq       INTEGER NOT NULL,
    kind      TEXT NOT NULL,
    at        TIMESTAMPTZ NOT NULL,
    actor     TEXT NOT NULL,
    body      TEXT NOT NULL,
    PRIMARY KEY (case_id, seq)
);
