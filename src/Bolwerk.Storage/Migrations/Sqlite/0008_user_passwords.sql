-- Passwords for the web login. Kept beside the user, not in it: most accounts (services, scripts)
-- only ever hold API tokens. The hash names its own algorithm and cost (see PasswordHashing).

CREATE TABLE user_passwords (
    user_id  TEXT PRIMARY KEY REFERENCES users (id),
    hash     TEXT NOT NULL,
    set_at   TEXT NOT NULL
);
