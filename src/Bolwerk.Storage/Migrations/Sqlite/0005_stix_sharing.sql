-- STIX 2.1 objects shared over TAXII 2.1 (and imported or exported by the CLI). A collection
-- belongs to an organisation and is shared with the others at a TLP ceiling; every version of an
-- object is kept (TAXII serves versions), keyed by id and version, ordered by when it was added.
-- tlp is the object's own most restrictive TLP (NULL: unmarked) for fast "what is held above X".

CREATE TABLE taxii_collections (
    id          TEXT PRIMARY KEY,
    alias       TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    description TEXT,
    owner_org   TEXT NOT NULL,
    share_tlp   INTEGER NOT NULL CHECK (share_tlp BETWEEN 0 AND 3),
    created_at  TEXT NOT NULL
);

CREATE TABLE stix_objects (
    collection_id TEXT NOT NULL REFERENCES taxii_collections (id),
    id            TEXT NOT NULL,
    version       TEXT NOT NULL,
    type          TEXT NOT NULL,
    spec_version  TEXT NOT NULL,
    tlp           INTEGER CHECK (tlp BETWEEN 0 AND 4),
    date_added    TEXT NOT NULL,
    body          TEXT NOT NULL,
    PRIMARY KEY (collection_id, id, version)
);

CREATE INDEX stix_objects_added ON stix_objects (collection_id, date_added);

CREATE TABLE taxii_status (
    id            TEXT PRIMARY KEY,
    collection_id TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    body          TEXT NOT NULL
);
