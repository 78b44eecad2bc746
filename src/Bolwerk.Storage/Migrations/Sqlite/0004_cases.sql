-- Case files as event streams: one row per case (its current state, for listing) and every event
-- in order. Events are appended, never updated: a case's history is its events.

CREATE TABLE cases (
    id            TEXT PRIMARY KEY,
    title         TEXT NOT NULL,
    incident_type TEXT NOT NULL,
    state         TEXT NOT NULL,
    owner_org     TEXT NOT NULL,
    tlp           INTEGER NOT NULL CHECK (tlp BETWEEN 0 AND 4),
    version       INTEGER NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

CREATE TABLE case_events (
    case_id   TEXT NOT NULL REFERENCES cases (id),
    seq       INTEGER NOT NULL,
    kind      TEXT NOT NULL,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    body      TEXT NOT NULL,
    PRIMARY KEY (case_id, seq)
) WITHOUT ROWID;
