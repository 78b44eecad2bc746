-- Sanctions lists as dated versions: every import of a list file is a version (the same file
-- twice is one version, by SHA-256), holding its entities as canonical JSON with a digest, so
-- two versions diff by entity id and digest ("what changed since yesterday").

CREATE TABLE sanctions_list_versions (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    list_key      TEXT NOT NULL,
    format        TEXT NOT NULL,
    source_file   TEXT NOT NULL,
    sha256        TEXT NOT NULL,
    published     TEXT NULL,
    imported_at   TEXT NOT NULL,
    imported_by   TEXT NOT NULL,
    entity_count  INTEGER NOT NULL,
    UNIQUE (list_key, sha256)
);

CREATE TABLE sanctions_entities (
    version_id  INTEGER NOT NULL REFERENCES sanctions_list_versions (id),
    entity_id   TEXT NOT NULL,
    schema      TEXT NOT NULL,
    caption     TEXT NOT NULL,
    digest      TEXT NOT NULL,
    body        TEXT NOT NULL,
    PRIMARY KEY (version_id, entity_id)
) WITHOUT ROWID;
