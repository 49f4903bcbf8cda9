-- Platform event ids (Telegram update ids, Discord message ids) whose turn was applied.
-- Telegram redelivers a webhook update that got no answer, maybe to another worker:
-- the turn that finds its id here does nothing. Kept a few days; /forget deletes them.
CREATE TABLE events (
    user_key text NOT NULL,
    event_id text NOT NULL,
    at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_key, event_id)
);
CREATE INDEX events_age ON events (user_key, at);
