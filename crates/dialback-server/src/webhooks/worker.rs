//! The delivery worker: claims due webhook deliveries, POSTs them and records each attempt.
//!
//! A server claims a batch by setting `lease_until` inside a write transaction, the way
//! the notification worker does ([`Db::lock_rows_skip_locked`]: PostgreSQL skips rows
//! another server holds locked, SQLite's write lock keeps other writers out). A delivery
//! whose server died mid-request is claimed again when its lease lapses, so a receiver
//! may see a delivery twice and should deduplicate on the `Dialback-Delivery` header.
//!
//! [`Db::lock_rows_skip_locked`]: crate::platform::db::Db::lock_rows_skip_locked

use std::time::Duration;

use hyper::header::{CONTENT_TYPE, HeaderMap, HeaderName, HeaderValue};
use sqlx::FromRow;

use super::client::{Attempt, WebhookClient};
use super::signature;
use crate::AppState;
use crate::notifications::deliver::backoff;
use crate::platform::clock::now_micros;

/// How often the worker looks for due deliveries.
const POLL_INTERVAL: Duration = Duration::from_millis(500);

/// Deliveries claimed at once, and so sent in parallel by one server.
const BATCH: i64 = 16;

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

/// Starts the worker; it stops when `shutdown` changes.
pub fn start(state: AppState, mut shutdown: tokio::sync::watch::Receiver<bool>) {
    let client = match WebhookClient::new(state.config.webhook_policy()) {
        Ok(client) => client,
        Err(error) => {
            tracing::error!(%error, "failed to build the webhook client; webhooks are not delivered");
            return;
        }
    };
    tokio::spawn(async move {
        loop {
            tokio::select! {
                _ = tokio::time::sleep(POLL_INTERVAL) => {}
                _ = shutdown.changed() => return,
            }
            let claimed = match claim(&state).await {
                Ok(claimed) => claimed,
                Err(error) => {
                    tracing::warn!(%error, "failed to claim webhook deliveries");
                    continue;
                }
            };
            let mut running = tokio::task::JoinSet::new();
            for delivery in claimed {
                let (state, client) = (state.clone(), client.clone());
                running.spawn(async move {
                    if let Err(error) = deliver(&state, &client, &delivery).await {
                        tracing::warn!(%error, delivery.id = delivery.id, "failed to record a webhook attempt");
                    }
                });
            }
            while running.join_next().await.is_some() {}
        }
    });
}

/// Leases up to [`BATCH`] due deliveries of enabled webhooks.
async fn claim(state: &AppState) -> sqlx::Result<Vec<Claimed>> {
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
        "SELECT id FROM webhook_deliveries WHERE status = 'pending' AND next_attempt_at <= $1 \
         AND (lease_until IS NULL OR lease_until < $1) \
         AND webhook_id IN (SELECT id FROM webhooks WHERE enabled = 1) \
         ORDER BY next_attempt_at, id LIMIT {BATCH}{}",
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
