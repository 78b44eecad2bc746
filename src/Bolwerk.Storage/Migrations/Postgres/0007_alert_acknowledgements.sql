-- Who acknowledged an alert, when, and why: the watch floor's "seen and handled". Kept apart from
-- the alert, which is evidence and never changes; the first acknowledgement stands.

CREATE TABLE alert_acknowledgements (
    alert_id   TEXT PRIMARY KEY REFERENCES alerts (id),
    by_user    TEXT NOT NULL,
    at         TIMESTAMPTZ NOT NULL,
    note       TEXT
);
