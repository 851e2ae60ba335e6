//! The delivery worker: claims due webhook deliveries, POSTs them and records each attempt.
//!
//! A server claims deliveries by setting `lease_until` inside a write transaction, the
//! way the notification worker does ([`Db::lock_rows_skip_locked`]: PostgreSQL skips rows
//! another server holds locked, SQLite's write lock keeps other writers out). A delivery
//! whose server died mid-request is claimed again when its lease lapses, so a receiver
//! may see a delivery twice and should deduplicate on the `Dialback-Delivery` header.
//!
//! Deliveries run concurrently, at most `--webhook-concurrency` per server, and each
//! webhook has at most one delivery in flight across all servers. A receiver that hangs
//! until the timeout therefore holds one slot and delays only its own deliveries. A
//! webhook's next delivery is the one of its earliest event that is due, so first attempts
//! reach a receiver in the order the events were recorded; a retry waits for its backoff
//! while later events go ahead, so a failing delivery never blocks a webhook.
//!
//! [`Db::lock_rows_skip_locked`]: crate::platform::db::Db::lock_rows_skip_locked

use std::sync::Arc;
use std::time::Duration;

use hyper::header::{CONTENT_TYPE, HeaderMap, HeaderName, HeaderValue};
use sqlx::FromRow;
use tokio::sync::{Notify, Semaphore};

use super::client::{Attempt, WebhookClient};
use super::signature;
use crate::AppState;
use crate::notifications::deliver::backoff;
use crate::platform::clock::now_micros;

/// How often the worker looks for due deliveries when none has finished meanwhile.
const POLL_INTERVAL: Duration = Duration::from_millis(500);

/// How long a claim holds, in microseconds: longer than a delivery with all its
/// redirects can take (four requests of at most ten seconds).
const LEASE_MICROS: i64 = 120 * 1_000_000;

/// A claimed delivery with what it takes to send it.
#[derive(Debug, Clone, FromRow)]
struct Claimed {
    id: i64,
    webhook_id: i64,
    event: String,
    body: String,
    attempts: i64,
    lease_until: i64,
}

/// Starts the worker; it stops when `shutdown` changes. Deliveries in flight at shutdown
/// are dropped and sent again once their lease lapses.
pub fn start(state: AppState, mut shutdown: tokio::sync::watch::Receiver<bool>) {
    let client = match WebhookClient::new(state.config.webhook_policy()) {
        Ok(client) => client,
        Err(error) => {
            tracing::error!(%error, "failed to build the webhook client; webhooks are not delivered");
            return;
        }
    };
    let slots = Arc::new(Semaphore::new(state.config.webhooks.concurrency as usize));
    let finished = Arc::new(Notify::new());
    tokio::spawn(async move {
        let mut running = tokio::task::JoinSet::new();
        loop {
            tokio::select! {
                _ = tokio::time::sleep(POLL_INTERVAL) => {}
                _ = finished.notified() => {}
                _ = shutdown.changed() => return,
            }
            while running.try_join_next().is_some() {}
            let free = slots.available_permits();
            if free == 0 {
                continue;
            }
            let claimed = match claim(&state, free as i64).await {
                Ok(claimed) => claimed,
                Err(error) => {
                    tracing::warn!(%error, "failed to claim webhook deliveries");
                    continue;
                }
            };
            for delivery in claimed {
                let Ok(permit) = slots.clone().try_acquire_owned() else {
                    break;
                };
                let (state, client, finished) = (state.clone(), client.clone(), finished.clone());
                running.spawn(async move {
                    if let Err(error) = deliver(&state, &client, &delivery).await {
                        tracing::warn!(%error, delivery.id = delivery.id, "failed to record a webhook attempt");
                    }
                    drop(permit);
                    finished.notify_one();
                });
            }
        }
    });
}

/// Leases up to `limit` due deliveries of enabled webhooks: for each webhook without a
/// delivery in flight, the due delivery of its earliest event.
async fn claim(state: &AppState, limit: i64) -> sqlx::Result<Vec<Claimed>> {
    let now = now_micros();
    let due: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM webhook_deliveries WHERE status = 'pending' AND next_attempt_at <= $1 \
         AND (lease_until IS NULL OR lease_until < $1) LIMIT 1",
    )
    .bind(now)
    .fetch_optional(&state.db.pool)
    .await?;
    if due.is_none() {
        return Ok(Vec::new());
    }

    let mut tx = state.db.begin().await?;
    let ids: Vec<i64> = sqlx::query_scalar(&format!(
        "SELECT d.id FROM webhook_deliveries d WHERE d.status = 'pending' AND d.next_attempt_at <= $1 \
         AND (d.lease_until IS NULL OR d.lease_until < $1) \
         AND d.webhook_id IN (SELECT id FROM webhooks WHERE enabled = 1) \
         AND NOT EXISTS (SELECT 1 FROM webhook_deliveries f WHERE f.webhook_id = d.webhook_id \
             AND f.status = 'pending' AND f.lease_until >= $1) \
         AND NOT EXISTS (SELECT 1 FROM webhook_deliveries e WHERE e.webhook_id = d.webhook_id \
             AND e.status = 'pending' AND e.next_attempt_at <= $1 \
             AND (e.event_id < d.event_id OR (e.event_id = d.event_id AND e.id < d.id))) \
         ORDER BY d.next_attempt_at, d.id LIMIT {limit}{}",
        state.db.lock_rows_skip_locked()
    ))
    .bind(now)
    .fetch_all(&mut *tx)
    .await?;
    // Distinct per round, so a late writer whose lease was taken over matches no row.
    let lease = now + LEASE_MICROS + rand::random_range(0..1000);
    let mut claimed = Vec::with_capacity(ids.len());
    for id in ids {
        let delivery: Claimed = sqlx::query_as(
            "UPDATE webhook_deliveries SET lease_until = $1 WHERE id = $2 \
             RETURNING id, webhook_id, event, body, attempts, lease_until",
        )
        .bind(lease)
        .bind(id)
        .fetch_one(&mut *tx)
        .await?;
        claimed.push(delivery);
    }
    tx.commit().await?;
    Ok(claimed)
}

/// Sends one delivery and records the attempt.
async fn deliver(state: &AppState, client: &WebhookClient, delivery: &Claimed) -> sqlx::Result<()> {
    let target: Option<(String, String)> =
        sqlx::query_as("SELECT url, secret FROM webhooks WHERE id = $1")
            .bind(delivery.webhook_id)
            .fetch_optional(&state.db.pool)
            .await?;
    // Deleting the webhook deleted the delivery too.
    let Some((url, secret)) = target else {
        return Ok(());
    };
    let attempt = match url::Url::parse(&url) {
        Ok(url) => {
            let headers = headers(delivery, &secret);
            client.post(&url, &headers, &delivery.body).await
        }
        Err(_) => Attempt {
            status: None,
            error: Some(super::client::DeliveryError::Request),
            duration: Duration::ZERO,
        },
    };
    record(state, delivery, &attempt).await
}

/// The request headers: content type, event, delivery id and signature.
fn headers(delivery: &Claimed, secret: &str) -> HeaderMap {
    let timestamp = now_micros() / 1_000_000;
    let signed = signature::header_value(secret, timestamp, delivery.body.as_bytes());
    let mut headers = HeaderMap::new();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    let mut insert = |name: &'static str, value: String| {
        if let Ok(value) = HeaderValue::from_str(&value) {
            headers.insert(HeaderName::from_static(name), value);
        }
    };
    insert("dialback-event", delivery.event.clone());
    insert("dialback-delivery", delivery.id.to_string());
    insert("dialback-signature", signed);
    headers
}

/// Stores the attempt and schedules the next one, or closes the delivery.
async fn record(state: &AppState, delivery: &Claimed, attempt: &Attempt) -> sqlx::Result<()> {
    let now = now_micros();
    let attempts = delivery.attempts + 1;
    let error = attempt.error.map(|e| e.code());
    let mut tx = state.db.begin().await?;
    sqlx::query(
        "INSERT INTO webhook_attempts (delivery_id, attempted_at, status_code, error, duration_ms) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(delivery.id)
    .bind(now)
    .bind(attempt.status.map(i64::from))
    .bind(error)
    .bind(i64::try_from(attempt.duration.as_millis()).unwrap_or(i64::MAX))
    .execute(&mut *tx)
    .await?;
    let last_error = match (attempt.status, error) {
        (_, Some(code)) => Some(code.to_owned()),
        (Some(status), None) => Some(format!("http-{status}")),
        (None, None) => None,
    };
    if attempt.is_success() {
        sqlx::query(
            "UPDATE webhook_deliveries SET status = 'delivered', attempts = $1, delivered_at = $2, lease_until = NULL, last_error = NULL WHERE id = $3 AND lease_until = $4",
        )
        .bind(attempts)
        .bind(now)
        .bind(delivery.id)
        .bind(delivery.lease_until)
        .execute(&mut *tx)
        .await?;
        tracing::info!(
            delivery.id = delivery.id,
            webhook.id = delivery.webhook_id,
            attempts,
            "webhook delivered"
        );
    } else if attempts >= state.config.webhooks.max_attempts {
        sqlx::query(
            "UPDATE webhook_deliveries SET status = 'failed', attempts = $1, lease_until = NULL, last_error = $2 WHERE id = $3 AND lease_until = $4",
        )
        .bind(attempts)
        .bind(&last_error)
        .bind(delivery.id)
        .bind(delivery.lease_until)
        .execute(&mut *tx)
        .await?;
        tracing::warn!(delivery.id = delivery.id, webhook.id = delivery.webhook_id, attempts, error = ?last_error, "webhook delivery failed for good");
    } else {
        let next = now + backoff(state.config.webhooks.retry_delay_seconds, attempts);
        sqlx::query(
            "UPDATE webhook_deliveries SET attempts = $1, next_attempt_at = $2, lease_until = NULL, last_error = $3 WHERE id = $4 AND lease_until = $5",
        )
        .bind(attempts)
        .bind(next)
        .bind(&last_error)
        .bind(delivery.id)
        .bind(delivery.lease_until)
        .execute(&mut *tx)
        .await?;
        tracing::warn!(delivery.id = delivery.id, webhook.id = delivery.webhook_id, attempts, error = ?last_error, "webhook delivery failed; retrying");
    }
    tx.commit().await
}
