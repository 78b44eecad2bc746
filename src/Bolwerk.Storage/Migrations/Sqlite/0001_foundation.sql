-- Foundation: organisations, users, API tokens, the append-only audit log, alerts and ingest batches.
-- Timestamps are fixed-width UTC ISO 8601 text (see SqlDialect), so text order is time order.

CREATE TABLE organisations (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL
);

CREATE TABLE users (
    id               TEXT PRIMARY KEY,
    name             TEXT NOT NULL UNIQUE,
    organisation_id  TEXT NOT NULL REFERENCES organisations (id),
    role             TEXT NOT NULL CHECK (role IN ('viewer', 'analyst', 'coordinator', 'admin')),
    created_at       TEXT NOT NULL,
    disabled_at      TEXT NULL
);

-- Only the SHA-256 of each token is stored: a stolen database yields no usable token.
CREATE TABLE api_tokens (
    id          TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users (id),
    token_hash  TEXT NOT NULL UNIQUE,
    label       TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    expires_at  TEXT NULL,
    revoked_at  TEXT NULL
);
CREATE INDEX ix_api_tokens_user ON api_tokens (user_id);

CREATE TABLE audit_log (
    seq              INTEGER PRIMARY KEY AUTOINCREMENT,
    at               TEXT NOT NULL,
    actor_user_id    TEXT NULL,
    actor_name       TEXT NOT NULL,
    organisation_id  TEXT NULL,
    action           TEXT NOT NULL,
    object_type      TEXT NULL,
    object_id        TEXT NULL,
    outcome          TEXT NOT NULL CHECK (outcome IN ('allowed', 'denied', 'failed')),
    reason           TEXT NULL,
    remote_address   TEXT NULL
);
CREATE INDEX ix_audit_log_at ON audit_log (at);
CREATE INDEX ix_audit_log_actor ON audit_log (actor_user_id, at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TABLE alerts (
    id                TEXT PRIMARY KEY,
    ingest_key        TEXT NOT NULL UNIQUE,
    kind              TEXT NOT NULL,
    title             TEXT NOT NULL,
    severity          INTEGER NOT NULL CHECK (severity BETWEEN 0 AND 4),
    observed_start    TEXT NOT NULL,
    observed_end      TEXT NOT NULL,
    latitude          REAL NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude         REAL NULL CHECK (longitude BETWEEN -180 AND 180),
    subject           TEXT NULL,
    detector          TEXT NOT NULL,
    tlp               INTEGER NOT NULL CHECK (tlp BETWEEN 0 AND 4),
    owner_org         TEXT NOT NULL REFERENCES organisations (id),
    shared_with       TEXT NOT NULL,
    recipients        TEXT NOT NULL,
    evidence          TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    created_by        TEXT NOT NULL
);
CREATE INDEX ix_alerts_observed ON alerts (observed_start);
CREATE INDEX ix_alerts_subject ON alerts (subject);

CREATE TABLE ingest_batches (
    source         TEXT NOT NULL,
    batch_key      TEXT NOT NULL,
    rows_inserted  INTEGER NOT NULL,
    rows_skipped   INTEGER NOT NULL,
    received_at    TEXT NOT NULL,
    PRIMARY KEY (source, batch_key)
);
