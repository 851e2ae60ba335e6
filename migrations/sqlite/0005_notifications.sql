-- Notifications: the outbox of events, each user's choices, one delivery per event,
-- user and channel with its attempts, desktop notifications for open dashboards, and
-- mobile devices with the pushes the built-in driver records. Times are Unix
-- microseconds in UTC.

-- Written in the same transaction as the change that caused the event. A worker
-- expands each event into deliveries and sets fanned_out_at in the same transaction.
CREATE TABLE notification_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    target_user INTEGER REFERENCES users (id) ON DELETE CASCADE,
    dedupe_key TEXT UNIQUE,
    fanned_out_at INTEGER,
    created_at INTEGER NOT NULL
);
CREATE INDEX notification_events_pending ON notification_events (id) WHERE fanned_out_at IS NULL;
CREATE INDEX notification_events_account ON notification_events (account_id, id);

-- A missing row means the default of that channel and event.
CREATE TABLE notification_preferences (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    channel TEXT NOT NULL,
    event TEXT NOT NULL,
    enabled INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, channel, event)
);

-- status: pending, sent, failed. A pending row is due at next_attempt_at unless a
-- worker holds its lease (lease_until in the future). message_id stays the same
-- across attempts, so a message sent twice after a crash carries one Message-ID.
CREATE TABLE notification_deliveries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id INTEGER NOT NULL REFERENCES notification_events (id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    channel TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    lease_until INTEGER,
    last_error TEXT,
    message_id TEXT NOT NULL,
    sent_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (event_id, user_id, channel)
);
CREATE INDEX notification_deliveries_due ON notification_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX notification_deliveries_user ON notification_deliveries (user_id, id);

CREATE TABLE notification_attempts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    delivery_id INTEGER NOT NULL REFERENCES notification_deliveries (id) ON DELETE CASCADE,
    attempted_at INTEGER NOT NULL,
    outcome TEXT NOT NULL,
    error TEXT
);
CREATE INDEX notification_attempts_delivery ON notification_attempts (delivery_id, id);

-- One row per desktop notification; open dashboards stream the rows of their user.
CREATE TABLE desktop_notifications (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    link TEXT,
    created_at INTEGER NOT NULL
);
CREATE INDEX desktop_notifications_user ON desktop_notifications (user_id, id);

-- Mobile devices registered through the API; a token belongs to one user at a time.
CREATE TABLE push_devices (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    platform TEXT NOT NULL,
    token TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL
);
CREATE INDEX push_devices_user ON push_devices (user_id);

-- What the built-in push driver "sent": no push service is reachable from here.
CREATE TABLE recorded_pushes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    platform TEXT NOT NULL,
    token TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    data TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX recorded_pushes_user ON recorded_pushes (user_id, id);

-- The first widget configuration fetched from a trusted domain records widget.installed.
ALTER TABLE widgets ADD COLUMN installed_at INTEGER;
