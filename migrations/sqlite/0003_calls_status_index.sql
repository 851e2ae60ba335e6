-- Finds the account's calls by status quickly: busy managers, calls in progress.

CREATE INDEX calls_account_status ON calls (account_id, status);
