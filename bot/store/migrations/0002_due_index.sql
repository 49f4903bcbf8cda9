-- The scheduler asks "what pending check-ins are due by now?" every minute:
-- a partial index keeps that proportional to what is due, not to history.
CREATE INDEX checkins_pending_due ON checkins (due) WHERE status = 'pending';
CREATE INDEX aliases_account ON aliases (account);
