-- The core that settings govern: widgets with their managers, departments, trusted
-- domains and days off; calls; message templates; API keys and their rate windows;
-- and the telephony simulator's scripts. Times are Unix microseconds in UTC.

ALTER TABLE users ADD COLUMN enabled INTEGER NOT NULL DEFAULT 1;

CREATE TABLE widgets (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    locale_code TEXT NOT NULL,
    country TEXT NOT NULL,
    timezone TEXT NOT NULL,
    enabled INTEGER NOT NULL DEFAULT 1,
    busy_mode INTEGER NOT NULL DEFAULT 1,
    settings TEXT NOT NULL DEFAULT '{}',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX widgets_account ON widgets (account_id, id);

CREATE TABLE widget_domains (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    widget_id INTEGER NOT NULL REFERENCES widgets (id) ON DELETE CASCADE,
    domain TEXT NOT NULL,
    UNIQUE (widget_id, domain)
);

CREATE TABLE departments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    widget_id INTEGER NOT NULL REFERENCES widgets (id) ON DELETE CASCADE,
    name TEXT NOT NULL
);

CREATE TABLE managers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    widget_id INTEGER NOT NULL REFERENCES widgets (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    department_id INTEGER REFERENCES departments (id) ON DELETE SET NULL,
    enabled INTEGER NOT NULL DEFAULT 1,
    business_times TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (widget_id, user_id)
);

CREATE TABLE widget_days_off (
    widget_id INTEGER NOT NULL REFERENCES widgets (id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    PRIMARY KEY (widget_id, day)
);

CREATE TABLE widget_messages (
    widget_id INTEGER NOT NULL REFERENCES widgets (id) ON DELETE CASCADE,
    channel TEXT NOT NULL,
    message_id TEXT NOT NULL,
    text TEXT NOT NULL,
    enabled INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (widget_id, channel, message_id)
);

CREATE TABLE calls (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    widget_id INTEGER NOT NULL REFERENCES widgets (id) ON DELETE CASCADE,
    phone_e164 TEXT NOT NULL,
    client_ip TEXT,
    url TEXT,
    status TEXT NOT NULL,
    status_reason TEXT,
    department_id INTEGER,
    requested_manager_id INTEGER,
    manager_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    scheduled_at INTEGER,
    source TEXT NOT NULL,
    fields TEXT NOT NULL DEFAULT '{}',
    claimed_until INTEGER,
    started_at INTEGER,
    answered_at INTEGER,
    ended_at INTEGER,
    duration_seconds INTEGER NOT NULL DEFAULT 0,
    wait_seconds INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX calls_account ON calls (account_id, id);
CREATE INDEX calls_status ON calls (status, scheduled_at);

CREATE TABLE call_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    call_id INTEGER NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
    event TEXT NOT NULL,
    detail TEXT,
    created_at INTEGER NOT NULL
);
CREATE INDEX call_events_call ON call_events (call_id, id);

CREATE TABLE sms_outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER REFERENCES accounts (id) ON DELETE CASCADE,
    phone_e164 TEXT NOT NULL,
    text TEXT NOT NULL,
    purpose TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE api_keys (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    prefix TEXT NOT NULL UNIQUE,
    secret_hash TEXT NOT NULL,
    last_four TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    permissions TEXT NOT NULL,
    all_widgets INTEGER NOT NULL,
    expires_at INTEGER,
    revoked_at INTEGER,
    last_used_at INTEGER,
    last_used_ip TEXT,
    created_at INTEGER NOT NULL
);
CREATE INDEX api_keys_account ON api_keys (account_id, id);

CREATE TABLE api_key_widgets (
    api_key_id INTEGER NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
    widget_id INTEGER NOT NULL REFERENCES widgets (id) ON DELETE CASCADE,
    PRIMARY KEY (api_key_id, widget_id)
);

CREATE TABLE api_rate_windows (
    api_key_id INTEGER NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
    window_start INTEGER NOT NULL,
    request_count INTEGER NOT NULL,
    PRIMARY KEY (api_key_id, window_start)
);

CREATE TABLE simulator_scripts (
    phone_e164 TEXT PRIMARY KEY,
    answer TEXT NOT NULL,
    talk_seconds INTEGER NOT NULL,
    ring_seconds INTEGER NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE visitor_messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    widget_id INTEGER NOT NULL REFERENCES widgets (id) ON DELETE CASCADE,
    phone_e164 TEXT,
    email TEXT,
    text TEXT NOT NULL,
    client_ip TEXT,
    created_at INTEGER NOT NULL
);
CREATE INDEX visitor_messages_account ON visitor_messages (account_id, id);
