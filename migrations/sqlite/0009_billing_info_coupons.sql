-- Billing information of an account, coupons with their redemptions, and failed
-- coupon attempts for throttling. Times are Unix microseconds.

-- One row per account; country is an ISO 3166 alpha-2 code and tax_id the number as
-- TaxId::display gives it, or empty.
CREATE TABLE billing_info (
    account_id INTEGER PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    company_name TEXT NOT NULL,
    country TEXT NOT NULL,
    address TEXT NOT NULL,
    tax_id TEXT NOT NULL,
    city TEXT NOT NULL,
    zip_code TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);

-- code is stored in upper case, so lookups compare case-insensitively. redemptions
-- counts the rows of coupon_redemptions and never exceeds max_redemptions.
CREATE TABLE coupons (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    code TEXT NOT NULL UNIQUE,
    limit_name TEXT NOT NULL,
    increase INTEGER NOT NULL,
    max_redemptions INTEGER NOT NULL,
    redemptions INTEGER NOT NULL DEFAULT 0,
    expires_at INTEGER,
    disabled_at INTEGER,
    created_at INTEGER NOT NULL,
    CHECK (redemptions <= max_redemptions)
);

CREATE TABLE coupon_redemptions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    coupon_id INTEGER NOT NULL REFERENCES coupons (id),
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    limit_name TEXT NOT NULL,
    increase INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (coupon_id, account_id)
);
CREATE INDEX coupon_redemptions_account ON coupon_redemptions (account_id, id);

CREATE TABLE coupon_failures (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL,
    ip TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX coupon_failures_account ON coupon_failures (account_id, created_at);
CREATE INDEX coupon_failures_ip ON coupon_failures (ip, created_at);
