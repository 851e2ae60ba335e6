//! The fan-out step: turns each new event into one delivery per user and channel.
//!
//! Events are read in a write transaction with their rows locked. On PostgreSQL the
//! lock skips rows another server holds (`SKIP LOCKED`), so several servers take
//! different events; on SQLite the transaction's write lock serialises the servers. The
//! deliveries are inserted and the event is marked in the same transaction. The unique
//! key (event, user, channel) makes a repeated fan-out harmless.

use dialback_domain::{NotificationChannel, NotificationEvent};
use sqlx::{AnyConnection, FromRow};

use super::preferences;
use super::push;
use crate::AppState;
use crate::platform::clock::now_micros;

/// Events expanded per transaction.
const BATCH: i64 = 50;

#[derive(FromRow)]
struct PendingEvent {
    id: i64,
    account_id: i64,
    kind: String,
    payload: String,
    target_user: Option<i64>,
    created_at: i64,
}

#[derive(FromRow)]
struct Recipient {
    id: i64,
    phone_e164: Option<String>,
}

/// Expands up to one batch of events; returns how many it expanded.
pub async fn run_once(state: &AppState) -> sqlx::Result<usize> {
    let waiting: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM notification_events WHERE fanned_out_at IS NULL LIMIT 1",
    )
    .fetch_optional(&state.db.pool)
    .await?;
    if waiting.is_none() {
        return Ok(0);
    }

    let mut tx = state.db.begin().await?;
    let events: Vec<PendingEvent> = sqlx::query_as(&format!(
        "SELECT id, account_id, kind, payload, target_user, created_at FROM notification_events \
         WHERE fanned_out_at IS NULL ORDER BY id LIMIT {BATCH}{}",
        state.db.lock_rows_skip_locked()
    ))
    .fetch_all(&mut *tx)
    .await?;
    let now = now_micros();
    for event in &events {
        if let Some(kind) = NotificationEvent::parse(&event.kind) {
            let payload: serde_json::Value =
                serde_json::from_str(&event.payload).unwrap_or_default();
            expand(&mut tx, event, kind, &payload, now).await?;
            let recorded = crate::webhooks::Recorded {
                event_id: event.id,
                account_id: event.account_id,
                kind,
                created_at: event.created_at,
            };
            crate::webhooks::enqueue_for_event(&mut tx, &recorded, &payload).await?;
        } else {
            tracing::warn!(event.id = event.id, event.kind = %event.kind, "unknown notification event; skipped");
        }
        sqlx::query("UPDATE notification_events SET fanned_out_at = $1 WHERE id = $2")
            .bind(now)
            .bind(event.id)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(events.len())
}

async fn expand(
    conn: &mut AnyConnection,
    event: &PendingEvent,
    kind: NotificationEvent,
    payload: &serde_json::Value,
    now: i64,
) -> sqlx::Result<()> {
    let recipients: Vec<Recipient> = sqlx::query_as(
        "SELECT id, phone_e164 FROM users WHERE account_id = $1 AND enabled = 1 \
         AND (CAST($2 AS BIGINT) IS NULL OR id = $2) ORDER BY id",
    )
    .bind(event.account_id)
    .bind(event.target_user)
    .fetch_all(&mut *conn)
    .await?;
    let channels: Vec<NotificationChannel> = if kind == NotificationEvent::Test {
        payload["channel"]
            .as_str()
            .and_then(NotificationChannel::parse)
            .into_iter()
            .collect()
    } else {
        NotificationChannel::ALL.to_vec()
    };
    for user in recipients {
        for &channel in &channels {
            if !preferences::wants(conn, user.id, channel, kind).await? {
                continue;
            }
            // Events reach SMS and mobile only where there is a number or a device. A test
            // is delivered anyway, so that its failure shows in the log.
            if kind != NotificationEvent::Test {
                let reachable = match channel {
                    NotificationChannel::Sms => user.phone_e164.is_some(),
                    NotificationChannel::Mobile => {
                        !push::devices_of(conn, user.id).await?.is_empty()
                    }
                    NotificationChannel::Email | NotificationChannel::Desktop => true,
                };
                if !reachable {
                    continue;
                }
            }
            let message_id = format!(
                "notification-{}-{}-{}.{}@dialback",
                event.id,
                user.id,
                channel.code(),
                hex::encode(rand::random::<[u8; 6]>())
            );
            sqlx::query(
                "INSERT INTO notification_deliveries (event_id, account_id, user_id, channel, status, next_attempt_at, message_id, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, 'pending', $5, $6, $5, $5) ON CONFLICT (event_id, user_id, channel) DO NOTHING",
            )
            .bind(event.id)
            .bind(event.account_id)
            .bind(user.id)
            .bind(channel.code())
            .bind(now)
            .bind(message_id)
            .execute(&mut *conn)
            .await?;
        }
    }
    Ok(())
}
