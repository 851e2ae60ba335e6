//! Recording events in the outbox, inside the transaction of the change that caused them.
//!
//! An event is one row of `notification_events`; the fan-out worker later turns it into
//! one delivery per user and channel. Recording never sends anything, so a change that
//! rolls back leaves no notification behind, and one that commits always has its event.

use dialback_domain::NotificationEvent;
use sqlx::AnyConnection;

use crate::platform::clock::now_micros;

/// Something to tell the users of an account about.
#[derive(Debug, Clone)]
pub struct Event {
    pub kind: NotificationEvent,
    /// Data the texts need (ids, numbers, names), rendered per recipient at delivery.
    pub payload: serde_json::Value,
    /// Only this user receives it (reports, tests); `None` means every user who wants it.
    pub target_user: Option<i64>,
    /// A second event with the same key is ignored, for example `widget.installed:12`.
    pub dedupe_key: Option<String>,
}

impl Event {
    /// Creates an event for every user of the account, without a dedupe key.
    pub fn new(kind: NotificationEvent, payload: serde_json::Value) -> Self {
        Self {
            kind,
            payload,
            target_user: None,
            dedupe_key: None,
        }
    }
}

/// Writes `event` to the outbox of `account_id` on `conn`, which should be the caller's
/// open transaction. An event whose `dedupe_key` was recorded before is ignored.
pub async fn record(conn: &mut AnyConnection, account_id: i64, event: &Event) -> sqlx::Result<()> {
    insert(conn, account_id, event).await.map(|_| ())
}

/// Like [`record`], and returns the new event's id, or `None` when the dedupe key was
/// already taken.
pub async fn insert(
    conn: &mut AnyConnection,
    account_id: i64,
    event: &Event,
) -> sqlx::Result<Option<i64>> {
    sqlx::query_scalar(
        "INSERT INTO notification_events (account_id, kind, payload, target_user, dedupe_key, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id",
    )
    .bind(account_id)
    .bind(event.kind.code())
    .bind(event.payload.to_string())
    .bind(event.target_user)
    .bind(event.dedupe_key.as_deref())
    .bind(now_micros())
    .fetch_optional(conn)
    .await
}
