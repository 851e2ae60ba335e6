-- One row per account and expiry that the expiry worker has recorded. The primary key
-- makes the SUBSCRIPTION_EXPIRED activity entry unique even when several servers run
-- the worker at once. expires_at is the paid period's or the trial's end, in Unix
-- microseconds; a renewal gives a new expires_at, so the next expiry is recorded again.
CREATE TABLE subscription_expiries (
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    expires_at INTEGER NOT NULL,
    recorded_at INTEGER NOT NULL,
    PRIMARY KEY (account_id, expires_at)
);
