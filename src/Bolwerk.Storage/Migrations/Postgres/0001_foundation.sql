-- Foundation: organisations, users, API tokens, the append-only audit log, alerts and ingest batches.

CREATE TABLE organisations (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    created_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE users (
    id               TEXT PRIMARY KEY,
    name             TEXT NOT NULL UNIQUE,
    organisation_id  TEXT NOT NULL REFERENCES organisations (id),
    role             TEXT NOT NULL CHECK (role IN ('viewer', 'analyst', 'coordinator', 'admin')),
    created_at       TIMESTAMPTZ NOT NULL,
    disabled_at      TIMESTAMPTZ NULL
);

-- Only the SHA-256 of each token is stored: a stolen database yields no usable token.
CREATE TABLE api_tokens (
    id          TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users (id),
    token_hash  TEXT NOT NULL UNIQUE,
    label       TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NULL,
    revoked_at  TIMESTAMPTZ NULL
);
CREATE INDEX ix_api_tokens_user ON api_tokens (user_id);

CREATE TABLE audit_log (
    seq              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at               TIMESTAMPTZ NOT NULL,
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

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$;

CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

CREATE TABLE alerts (
    id                TEXT PRIMARY KEY,
    ingest_key        TEXT NOT NULL UNIQUE,
    kind              TEXT NOT NULL,
    title             TEXT NOT NULL,
    severity          INTEGER NOT NULL CHECK (severity BETWEEN 0 AND 4),
    observed_start    TIMESTAMPTZ NOT NULL,
    observed_end      TIMESTAMPTZ NOT NULL,
    latitude          DOUBLE PRECISION NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude         DOUBLE PRECISION NULL CHECK (longitude BETWEEN -180 AND 180),
    subject           TEXT NULL,
    detector          TEXT NOT NULL,
    tlp               INTEGER NOT NULL CHECK (tlp BETWEEN 0 AND 4),
    owner_org         TEXT NOT NULL REFERENCES organisations (id),
    shared_with       TEXT NOT NULL,
    recipients        TEXT NOT NULL,
    evidence          TEXT NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    created_by        TEXT NOT NULL
);
CREATE INDEX ix_alerts_observed ON alerts (observed_start);
CREATE INDEX ix_alerts_subject ON alerts (subject);

CREATE TABLE ingest_batches (
    source         TEXT NOT NULL,
    batch_key      TEXT NOT NULL,
    rows_inserted  INTEGER NOT NULL,
    rows_skipped   INTEGER NOT NULL,
    received_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (source, batch_key)
);
