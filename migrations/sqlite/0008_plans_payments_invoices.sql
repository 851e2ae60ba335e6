-- Plans the operator sells, each account's subscription, payments with their checkout
-- details, sandbox callbacks already seen, and invoices with their yearly counters.
-- Amounts are exact decimal strings such as '123.45'; times are Unix microseconds.

CREATE TABLE plans (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    max_calls_in_progress INTEGER NOT NULL,
    max_conversation_duration INTEGER NOT NULL,
    scheduled_calls_per_timestamp INTEGER NOT NULL,
    is_default INTEGER NOT NULL DEFAULT 0,
    archived INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE plan_prices (
    plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    currency TEXT NOT NULL,
    billing_period TEXT NOT NULL,
    amount TEXT NOT NULL,
    PRIMARY KEY (plan_id, currency, billing_period)
);

-- The trial plan every account starts on; its limits equal the server's default limits.
INSERT INTO plans (name, max_calls_in_progress, max_conversation_duration, scheduled_calls_per_timestamp, is_default, archived, created_at, updated_at)
VALUES ('Trial', 10, 3600, 3, 1, 0, 0, 0);

CREATE TABLE subscriptions (
    account_id INTEGER PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    plan_id INTEGER NOT NULL REFERENCES plans (id),
    billing_period TEXT NOT NULL,
    currency TEXT NOT NULL,
    paid_net TEXT NOT NULL,
    period_start INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE payments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    reference TEXT NOT NULL UNIQUE,
    plan_id INTEGER NOT NULL REFERENCES plans (id),
    billing_period TEXT NOT NULL,
    payment_system TEXT NOT NULL,
    currency TEXT NOT NULL,
    price TEXT NOT NULL,
    credit TEXT NOT NULL,
    net TEXT NOT NULL,
    vat_rate TEXT NOT NULL,
    vat TEXT NOT NULL,
    gross TEXT NOT NULL,
    checkout TEXT NOT NULL,
    state TEXT NOT NULL,
    transaction_id TEXT,
    created_at INTEGER NOT NULL,
    confirmed_at INTEGER
);
CREATE INDEX payments_account ON payments (account_id, id);

CREATE TABLE payment_callbacks (
    nonce TEXT PRIMARY KEY,
    payment_id INTEGER NOT NULL REFERENCES payments (id) ON DELETE CASCADE,
    received_at INTEGER NOT NULL
);

CREATE TABLE invoice_counters (
    year INTEGER PRIMARY KEY,
    last_number INTEGER NOT NULL
);

CREATE TABLE invoices (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    payment_id INTEGER NOT NULL UNIQUE REFERENCES payments (id),
    year INTEGER NOT NULL,
    sequence INTEGER NOT NULL,
    number TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    transaction_id TEXT NOT NULL,
    currency TEXT NOT NULL,
    vat_rate TEXT NOT NULL,
    net TEXT NOT NULL,
    vat TEXT NOT NULL,
    gross TEXT NOT NULL,
    seller TEXT NOT NULL,
    buyer TEXT NOT NULL,
    lines TEXT NOT NULL,
    issued_at INTEGER NOT NULL,
    paid_at INTEGER NOT NULL,
    UNIQUE (year, sequence)
);
CREATE INDEX invoices_account ON invoices (account_id, id);
