-- One row per person; everything personal hangs off it with ON DELETE CASCADE,
-- so /forget is one DELETE in one transaction.
CREATE TABLE people (
    user_key   text PRIMARY KEY,
    profile    jsonb,
    state      jsonb,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE auditions (
    user_key   text NOT NULL REFERENCES people (user_key) ON DELETE CASCADE,
    id         text NOT NULL,
    data       jsonb NOT NULL,
    PRIMARY KEY (user_key, id)
);

CREATE TABLE checkins (
    user_key    text NOT NULL REFERENCES people (user_key) ON DELETE CASCADE,
    id          text NOT NULL,
    audition_id text NOT NULL,
    due         timestamptz,
    status      text NOT NULL,
    kind        text NOT NULL DEFAULT 'checkin',
    data        jsonb NOT NULL,
    PRIMARY KEY (user_key, id)
);

CREATE TABLE seen (
    user_key text NOT NULL REFERENCES people (user_key) ON DELETE CASCADE,
    item     text NOT NULL,
    PRIMARY KEY (user_key, item)
);

-- Shared, not personal: group settings, linked identities, live link codes.
CREATE TABLE chats (
    chat_key text PRIMARY KEY,
    data     jsonb NOT NULL
);

CREATE TABLE aliases (
    identity text PRIMARY KEY,
    account  text NOT NULL
);

CREATE TABLE shared (
    name text PRIMARY KEY,
    data jsonb NOT NULL
);
