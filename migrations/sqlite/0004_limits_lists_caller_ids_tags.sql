-- Limits with their change requests, IP address rules, blacklisted numbers, caller
-- IDs with their verification codes, and tags on calls. Times are Unix microseconds.

CREATE TABLE account_limits (
    account_id INTEGER PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    max_calls_in_progress INTEGER NOT NULL,
    max_conversation_duration INTEGER NOT NULL,
    scheduled_calls_per_timestamp INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE limit_requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    limit_name TEXT NOT NULL,
    current_value INTEGER NOT NULL,
    new_value INTEGER NOT NULL,
    description TEXT NOT NULL,
    state TEXT NOT NULL,
    reason TEXT,
    created_at INTEGER NOT NULL,
    decided_at INTEGER
);
CREATE INDEX limit_requests_account ON limit_requests (account_id, id);
CREATE INDEX limit_requests_state ON limit_requests (state, id);

-- start_key and end_key are the first and last address of the range as 32 hex digits
-- (IPv4 as IPv4-mapped IPv6), so that text comparison orders them like numbers.
CREATE TABLE ip_rules (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    network TEXT NOT NULL,
    start_key TEXT NOT NULL,
    end_key TEXT NOT NULL,
    list_type TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL,
    hit_count INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);
CREATE INDEX ip_rules_lookup ON ip_rules (account_id, start_key);

CREATE TABLE blocked_numbers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    phone_e164 TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (account_id, phone_e164)
);

CREATE TABLE caller_ids (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    phone_e164 TEXT NOT NULL,
    verified_at INTEGER,
    code_hash TEXT,
    code_expires_at INTEGER,
    code_attempts INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    UNIQUE (account_id, phone_e164)
);

CREATE TABLE tags (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    label_key TEXT NOT NULL,
    color TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (account_id, label_key)
);

CREATE TABLE call_tags (
    call_id INTEGER NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (call_id, tag_id)
);
CREATE INDEX call_tags_tag ON call_tags (tag_id);
CREATE INDEX calls_client_ip ON calls (account_id, client_ip, created_at);
