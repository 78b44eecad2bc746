-- Sanctions lists as dated versions (PostgreSQL twin of 0003 for SQLite): every import of a list
-- file is a version (the same file twice is one version, by SHA-256), holding its entities as
-- canonical JSON with a digest, so two versions diff by entity id and digest.

CREATE TABLE sanctions_list_versions (
    id            BIGSERIAL PRIMARY KEY,
    list_key      TEXT NOT NULL,
    format        TEXT NOT NULL,
    source_file   TEXT NOT NULL,
    sha256        TEXT NOT NULL,
    published     TEXT NULL,
    imported_at   TIMESTAMPTZ NOT NULL,
    imported_by   TEXT NOT NULL,
    entity_count  INTEGER NOT NULL,
    UNIQUE (list_key, sha256)
);

CREATE TABLE sanctions_entities (
    version_id  BIGINT NOT NULL REFERENCES sanctions_list_versions (id),
    entity_id   TEXT NOT NULL,
    schema      TEXT NOT NULL,
    caption     TEXT NOT NULL,
    digest      TEXT NOT NULL,
    body        TEXT NOT NULL,
    PRIMARY KEY (version_id, entity_id)
);
