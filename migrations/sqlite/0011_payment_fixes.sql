-- One open payment per account, and the seller as it was when a payment was created.
--
-- A new checkout cancels the account's older pending payment ('cancelled' state), so
-- the partial unique index allows at most one 'pending' row per account. Duplicates
-- left by older versions are cancelled first, keeping the newest.
UPDATE payments SET state = 'cancelled'
WHERE state = 'pending'
  AND id NOT IN (SELECT MAX(id) FROM payments WHERE state = 'pending' GROUP BY account_id);

CREATE UNIQUE INDEX payments_one_pending ON payments (account_id) WHERE state = 'pending';

-- JSON of the seller (name, address lines, tax ID) that the invoice will show; empty
-- for payments created before this migration, which take the confirming process's.
ALTER TABLE payments ADD COLUMN seller TEXT NOT NULL DEFAULT '';

-- Bank transaction IDs are looked up to refuse one ID for two payments.
CREATE INDEX payments_transaction_id ON payments (transaction_id);
