//! Outbound webhooks: URLs an account registers to receive call and message events.
//!
//! When the notification worker fans an event out, [`enqueue_for_event`] adds one row to
//! `webhook_deliveries` per enabled webhook of the account that subscribes to the event,
//! in the fan-out's transaction. The [`worker`] claims due rows with a lease, POSTs the
//! JSON body signed as [`signature`] describes, and records every attempt; a receiver that
//! does not answer 2xx is retried with exponential backoff up to a maximum of attempts.
//! [`address`] and [`client`] keep deliveries away from private and metadata addresses.
//!
//! Deliveries of a webhook that is turned off wait, and go out once it is turned on again.
//!
//! The Settings > Webhooks pages live in `settings::webhooks`; this module owns the rows.

pub mod address;
pub mod client;
pub mod signature;
pub mod worker;

use dialback_domain::{Invalid, NotificationEvent};
use sqlx::{AnyConnection, FromRow};
use url::Url;

use crate::platform::clock::now_micros;
use address::{AddressError, AddressPolicy};

/// Maximum length of a webhook URL, in characters.
pub const MAX_URL_CHARS: usize = 2000;

/// Webhooks one account may register.
pub const MAX_WEBHOOKS_PER_ACCOUNT: i64 = 20;

/// The notification events a webhook can receive: call and message events.
pub const EVENTS: [NotificationEvent; 9] = [
    NotificationEvent::CallNew,
    NotificationEvent::CallScheduled,
    NotificationEvent::CallRinging,
    NotificationEvent::CallCompleted,
    NotificationEvent::CallMissed,
    NotificationEvent::CallScheduledFailed,
    NotificationEvent::CallCustomFields,
    NotificationEvent::CallAdditionalData,
    NotificationEvent::MessageNew,
];

/// A registered webhook.
#[derive(Debug, Clone)]
pub struct Webhook {
    pub id: i64,
    pub account_id: i64,
    pub url: String,
    /// The events it receives, in the order of [`EVENTS`].
    pub events: Vec<NotificationEvent>,
    pub secret: String,
    pub enabled: bool,
    pub created_at: i64,
}

#[derive(FromRow)]
struct WebhookRow {
    id: i64,
    account_id: i64,
    url: String,
    events: String,
    secret: String,
    enabled: i64,
    created_at: i64,
}

impl From<WebhookRow> for Webhook {
    fn from(row: WebhookRow) -> Self {
        Self {
            id: row.id,
            account_id: row.account_id,
            url: row.url,
            events: row
                .events
                .split(',')
                .filter_map(NotificationEvent::parse)
                .collect(),
            secret: row.secret,
            enabled: row.enabled != 0,
            created_at: row.created_at,
        }
    }
}

const COLUMNS: &str = "id, account_id, url, events, secret, enabled, created_at";

/// Checks the text of a webhook URL: absolute `http` or `https`, with a host and without
/// a user name or password. Addresses are checked separately by [`check_destination`].
pub fn parse_url(input: &str) -> Result<Url, Invalid> {
    let input = input.trim();
    if input.is_empty() {
        return Err(Invalid::new("error-webhook-url-missing"));
    }
    if input.chars().count() > MAX_URL_CHARS {
        return Err(Invalid::new("error-webhook-url-too-long"));
    }
    let url = Url::parse(input).map_err(|error| match error {
        url::ParseError::InvalidPort => Invalid::new("error-webhook-url-port"),
        _ => Invalid::new("error-webhook-url-invalid"),
    })?;
    if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
        return Err(Invalid::new("error-webhook-url-invalid"));
    }
    if url.port() == Some(0) {
        return Err(Invalid::new("error-webhook-url-port"));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Invalid::new("error-webhook-url-credentials"));
    }
    Ok(url)
}

/// How long the check of a URL being saved may wait for DNS.
const RESOLVE_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

/// Resolves the URL's host and checks every address against the policy; a host that
/// does not resolve within [`RESOLVE_TIMEOUT`] counts as unresolved.
pub async fn check_destination(policy: &AddressPolicy, url: &Url) -> Result<(), AddressError> {
    let host = match url.host() {
        Some(url::Host::Ipv6(v6)) => v6.to_string(),
        Some(host) => host.to_string(),
        None => return Err(AddressError::Unresolved),
    };
    let port = url.port_or_known_default().unwrap_or(443);
    match tokio::time::timeout(RESOLVE_TIMEOUT, policy.resolve(&host, port)).await {
        Ok(result) => result.map(|_| ()),
        Err(_) => Err(AddressError::Unresolved),
    }
}

/// Lists the account's webhooks, oldest first.
pub async fn list(conn: &mut AnyConnection, account_id: i64) -> sqlx::Result<Vec<Webhook>> {
    let rows: Vec<WebhookRow> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM webhooks WHERE account_id = $1 ORDER BY id"
    ))
    .bind(account_id)
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(Webhook::from).collect())
}

/// Loads one webhook of the account.
pub async fn find(
    conn: &mut AnyConnection,
    account_id: i64,
    id: i64,
) -> sqlx::Result<Option<Webhook>> {
    let row: Option<WebhookRow> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM webhooks WHERE account_id = $1 AND id = $2"
    ))
    .bind(account_id)
    .bind(id)
    .fetch_optional(conn)
    .await?;
    Ok(row.map(Webhook::from))
}

/// Counts the account's webhooks.
pub async fn count(conn: &mut AnyConnection, account_id: i64) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT COUNT(*) FROM webhooks WHERE account_id = $1")
        .bind(account_id)
        .fetch_one(conn)
        .await
}

/// Stores a new, enabled webhook and returns its id.
pub async fn insert(
    conn: &mut AnyConnection,
    account_id: i64,
    url: &Url,
    events: &[NotificationEvent],
    secret: &str,
) -> sqlx::Result<i64> {
    let now = now_micros();
    sqlx::query_scalar(
        "INSERT INTO webhooks (account_id, url, events, secret, enabled, created_at, updated_at) VALUES ($1, $2, $3, $4, 1, $5, $5) RETURNING id",
    )
    .bind(account_id)
    .bind(url.as_str())
    .bind(
        events
            .iter()
            .map(|event| event.code())
            .collect::<Vec<_>>()
            .join(","),
    )
    .bind(secret)
    .bind(now)
    .fetch_one(conn)
    .await
}

/// Turns a webhook on or off; returns whether the account has it.
pub async fn set_enabled(
    conn: &mut AnyConnection,
    account_id: i64,
    id: i64,
    enabled: bool,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE webhooks SET enabled = $1, updated_at = $2 WHERE account_id = $3 AND id = $4",
    )
    .bind(i64::from(enabled))
    .bind(now_micros())
    .bind(account_id)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Replaces a webhook's signing secret; returns whether the account has it.
pub async fn replace_secret(
    conn: &mut AnyConnection,
    account_id: i64,
    id: i64,
    secret: &str,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE webhooks SET secret = $1, updated_at = $2 WHERE account_id = $3 AND id = $4",
    )
    .bind(secret)
    .bind(now_micros())
    .bind(account_id)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Deletes a webhook with its deliveries; returns its URL when the account had it.
pub async fn delete(
    conn: &mut AnyConnection,
    account_id: i64,
    id: i64,
) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar("DELETE FROM webhooks WHERE account_id = $1 AND id = $2 RETURNING url")
        .bind(account_id)
        .bind(id)
        .fetch_optional(conn)
        .await
}

/// An event as the fan-out read it from the outbox.
#[derive(Debug, Clone, Copy)]
pub struct Recorded {
    pub event_id: i64,
    pub account_id: i64,
    pub kind: NotificationEvent,
    /// When the event was recorded, in Unix microseconds.
    pub created_at: i64,
}

/// Fields of event data that hold a time in Unix microseconds.
const MICROS_FIELDS: [&str; 2] = ["at", "scheduled_at"];

/// The JSON body of every delivery of an event. All times are whole Unix seconds, like
/// the REST API's; `id` (also `event_id`) grows in the order events were recorded.
pub fn body(event: &Recorded, payload: &serde_json::Value) -> serde_json::Value {
    let mut data = payload.clone();
    if let Some(fields) = data.as_object_mut() {
        for name in MICROS_FIELDS {
            if let Some(micros) = fields.get(name).and_then(serde_json::Value::as_i64) {
                fields.insert(name.to_owned(), (micros / 1_000_000).into());
            }
        }
    }
    let occurred_at = event.created_at / 1_000_000;
    serde_json::json!({
        "id": event.event_id,
        "event_id": event.event_id,
        "event": event.kind.code(),
        "occurred_at": occurred_at,
        "created_at": occurred_at,
        "account_id": event.account_id,
        "data": data,
    })
}

/// Creates one delivery of the event for each enabled webhook of the account that
/// receives its kind. Called by the notification fan-out inside its transaction; a second
/// call for the same event adds nothing, because deliveries are unique per event and webhook.
pub async fn enqueue_for_event(
    conn: &mut AnyConnection,
    event: &Recorded,
    payload: &serde_json::Value,
) -> sqlx::Result<()> {
    if !EVENTS.contains(&event.kind) {
        return Ok(());
    }
    let (event_id, account_id) = (event.event_id, event.account_id);
    let code = event.kind.code();
    let subscribed: Vec<(i64, String)> =
        sqlx::query_as("SELECT id, events FROM webhooks WHERE account_id = $1 AND enabled = 1")
            .bind(account_id)
            .fetch_all(&mut *conn)
            .await?;
    let now = now_micros();
    let body = body(event, payload).to_string();
    for (webhook_id, events) in subscribed {
        if !events.split(',').any(|subscribed| subscribed == code) {
            continue;
        }
        sqlx::query(
            "INSERT INTO webhook_deliveries (webhook_id, account_id, event_id, event, body, status, attempts, next_attempt_at, created_at) \
             VALUES ($1, $2, $3, $4, $5, 'pending', 0, $6, $6) ON CONFLICT (event_id, webhook_id) DO NOTHING",
        )
        .bind(webhook_id)
        .bind(account_id)
        .bind(event_id)
        .bind(code)
        .bind(&body)
        .bind(now)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// One delivery in the log, with its attempts, newest first.
#[derive(Debug, Clone, FromRow)]
pub struct DeliveryRow {
    pub id: i64,
    pub event_id: i64,
    pub event: String,
    pub status: String,
    pub attempts: i64,
    pub next_attempt_at: i64,
    pub delivered_at: Option<i64>,
    pub created_at: i64,
}

/// One attempt of a delivery.
#[derive(Debug, Clone, FromRow)]
pub struct AttemptRow {
    pub delivery_id: i64,
    pub attempted_at: i64,
    pub status_code: Option<i64>,
    pub error: Option<String>,
    pub duration_ms: i64,
}

/// A page of a webhook's deliveries, newest first, with their attempts and the total count.
pub async fn deliveries(
    conn: &mut AnyConnection,
    webhook_id: i64,
    limit: i64,
    offset: i64,
) -> sqlx::Result<(Vec<DeliveryRow>, Vec<AttemptRow>, i64)> {
    let rows: Vec<DeliveryRow> = sqlx::query_as(
        "SELECT id, event_id, event, status, attempts, next_attempt_at, delivered_at, created_at FROM webhook_deliveries WHERE webhook_id = $1 ORDER BY id DESC LIMIT $2 OFFSET $3",
    )
    .bind(webhook_id)
    .bind(limit)
    .bind(offset)
    .fetch_all(&mut *conn)
    .await?;
    let total: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM webhook_deliveries WHERE webhook_id = $1")
            .bind(webhook_id)
            .fetch_one(&mut *conn)
            .await?;
    let (Some(newest), Some(oldest)) = (rows.first(), rows.last()) else {
        return Ok((rows, Vec::new(), total));
    };
    let attempts: Vec<AttemptRow> = sqlx::query_as(
        "SELECT a.delivery_id, a.attempted_at, a.status_code, a.error, a.duration_ms FROM webhook_attempts a \
         JOIN webhook_deliveries d ON d.id = a.delivery_id \
         WHERE d.webhook_id = $1 AND a.delivery_id BETWEEN $2 AND $3 ORDER BY a.id",
    )
    .bind(webhook_id)
    .bind(oldest.id)
    .bind(newest.id)
    .fetch_all(&mut *conn)
    .await?;
    Ok((rows, attempts, total))
}
