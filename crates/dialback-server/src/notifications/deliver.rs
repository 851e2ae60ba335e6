//! The delivery step: claims due deliveries under a lease, sends each on its channel,
//! and records the attempt.
//!
//! Claiming happens in one short write transaction: due rows are selected (locked with
//! `SKIP LOCKED` on PostgreSQL, under the write lock on SQLite) and given a lease
//! (`lease_until`). Sending happens outside any transaction; the outcome is written
//! afterwards with the attempt row, only if this server still holds the lease.

use std::time::Duration;

use dialback_domain::{NotificationChannel, NotificationEvent};
use dialback_telephony::Sms;
use sqlx::{AnyConnection, FromRow};

use super::push::{self, Push, PushDriver};
use super::render::{self, RenderInput};
use super::sms;
use crate::AppState;
use crate::accounts::storage::user_in_account;
use crate::platform::clock::now_micros;
use crate::platform::mail::{Email, Extras};

/// Deliveries claimed per round.
const BATCH: i64 = 20;

/// The maximum number of segments of a notification SMS. Longer texts are cut.
pub const MAX_SMS_SEGMENTS: usize = 3;

/// The maximum wait between two attempts.
const MAX_BACKOFF: Duration = Duration::from_secs(6 * 3600);

#[derive(Debug, Clone, FromRow)]
struct Claimed {
    id: i64,
    event_id: i64,
    account_id: i64,
    user_id: i64,
    channel: String,
    attempts: i64,
    message_id: String,
    kind: String,
    payload: String,
    event_created_at: i64,
}

/// A desktop notification to store together with the delivery's outcome.
struct DesktopRow {
    title: String,
    body: String,
    link: Option<String>,
}

/// The result of one send.
enum Outcome {
    /// Sent; for the desktop channel, the row that is the notification.
    Sent(Option<DesktopRow>),
    /// Retry later, unless the attempts are used up.
    Failed(String),
    /// Retrying cannot help; the text is a Fluent id (`notifications-error-...`) that
    /// the delivery log translates.
    Abandoned(String),
}

/// Claims and delivers one batch; returns how many deliveries it tried.
pub async fn run_once(state: &AppState, push_driver: &dyn PushDriver) -> sqlx::Result<usize> {
    let claimed = claim(state).await?;
    for (delivery, lease) in &claimed {
        // The batch is sent one by one, so each delivery gets a fresh lease before its
        // turn. A delivery that another server took over meanwhile is skipped.
        let Some(lease) = renew_lease(state, delivery.id, *lease).await? else {
            continue;
        };
        let outcome = match send(state, push_driver, delivery).await {
            Ok(outcome) => outcome,
            Err(error) => Outcome::Failed(format!("{error:#}")),
        };
        if let Err(error) = finish(state, delivery, lease, outcome).await {
            tracing::error!(%error, delivery.id = delivery.id, "failed to record a notification attempt");
        }
    }
    Ok(claimed.len())
}

/// Leases due deliveries to this server; returns each with its lease end, which also
/// serves as the claim's token when the outcome is recorded.
async fn claim(state: &AppState) -> sqlx::Result<Vec<(Claimed, i64)>> {
    let now = now_micros();
    let due: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM notification_deliveries WHERE status = 'pending' AND next_attempt_at <= $1 \
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
        "SELECT id FROM notification_deliveries WHERE status = 'pending' AND next_attempt_at <= $1 \
         AND (lease_until IS NULL OR lease_until < $1) ORDER BY next_attempt_at, id LIMIT {BATCH}{}",
        state.db.lock_rows_skip_locked()
    ))
    .bind(now)
    .fetch_all(&mut *tx)
    .await?;
    // Distinct per round, so a late writer whose lease was taken over matches no row.
    let lease =
        now + state.config.notifications.lease_seconds * 1_000_000 + rand::random_range(0..1000);
    let mut claimed = Vec::with_capacity(ids.len());
    for id in ids {
        sqlx::query("UPDATE notification_deliveries SET lease_until = $1 WHERE id = $2")
            .bind(lease)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        let row: Claimed = sqlx::query_as(
            "SELECT d.id, d.event_id, d.account_id, d.user_id, d.channel, d.attempts, d.message_id, \
             e.kind, e.payload, e.created_at AS event_created_at \
             FROM notification_deliveries d JOIN notification_events e ON e.id = d.event_id WHERE d.id = $1",
        )
        .bind(id)
        .fetch_one(&mut *tx)
        .await?;
        claimed.push((row, lease));
    }
    tx.commit().await?;
    Ok(claimed)
}

/// Extends this server's lease on a delivery by a full lease period. `lease` is the
/// current end of the lease. Returns the new end, or `None` when the lease was lost.
async fn renew_lease(state: &AppState, delivery_id: i64, lease: i64) -> sqlx::Result<Option<i64>> {
    let renewed = now_micros()
        + state.config.notifications.lease_seconds * 1_000_000
        + rand::random_range(0..1000);
    let mut tx = state.db.begin().await?;
    let updated = sqlx::query(
        "UPDATE notification_deliveries SET lease_until = $1 WHERE id = $2 AND lease_until = $3 AND status = 'pending'",
    )
    .bind(renewed)
    .bind(delivery_id)
    .bind(lease)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok((updated.rows_affected() == 1).then_some(renewed))
}

async fn send(
    state: &AppState,
    push_driver: &dyn PushDriver,
    delivery: &Claimed,
) -> anyhow::Result<Outcome> {
    let mut conn = state.db.pool.acquire().await?;
    let Some(user) = user_in_account(&mut conn, delivery.account_id, delivery.user_id).await?
    else {
        return Ok(Outcome::Abandoned(
            "notifications-error-user-gone".to_owned(),
        ));
    };
    if !user.enabled {
        return Ok(Outcome::Abandoned(
            "notifications-error-user-disabled".to_owned(),
        ));
    }
    let (Some(kind), Some(channel)) = (
        NotificationEvent::parse(&delivery.kind),
        NotificationChannel::parse(&delivery.channel),
    ) else {
        return Ok(Outcome::Abandoned(
            "notifications-error-unknown-kind".to_owned(),
        ));
    };
    let payload: serde_json::Value = serde_json::from_str(&delivery.payload).unwrap_or_default();
    let base_url = state.config.public_base();
    let input = RenderInput {
        event_id: delivery.event_id,
        account_id: delivery.account_id,
        kind,
        payload: &payload,
        recipient: &user,
        base_url: &base_url,
        created_at: delivery.event_created_at,
    };

    match channel {
        NotificationChannel::Email => {
            let rendered = render::render(&mut conn, &input).await?;
            drop(conn);
            let email = Email {
                to: user.email.clone(),
                subject: rendered.subject,
                text: rendered.text,
                html: Some(rendered.html),
            };
            let extras = Extras {
                message_id: Some(delivery.message_id.clone()),
                inline_images: rendered.inline_images,
                reply_to: rendered.reply_to,
            };
            state.mailer.send_with(email, extras).await?;
        }
        NotificationChannel::Sms => {
            let rendered = render::render(&mut conn, &input).await?;
            drop(conn);
            let Some(phone) = &user.phone else {
                return Ok(Outcome::Abandoned(
                    "notifications-error-no-phone".to_owned(),
                ));
            };
            let text = sms::fit(&rendered.sms, MAX_SMS_SEGMENTS);
            let message = Sms {
                to: phone.e164().to_owned(),
                text: text.clone(),
            };
            state.telephony.send_sms(&message).await?;
            // The SMS outbox is the account's record of texts sent in its name.
            sqlx::query("INSERT INTO sms_outbox (account_id, phone_e164, text, purpose, created_at) VALUES ($1, $2, $3, $4, $5)")
                .bind(delivery.account_id)
                .bind(phone.e164())
                .bind(&text)
                .bind(format!("notification:{}", kind.code()))
                .bind(now_micros())
                .execute(&state.db.pool)
                .await?;
        }
        NotificationChannel::Desktop => {
            let (title, body) = render::render_short(&input, user.interface_language);
            let link = render::link(&input);
            drop(conn);
            // Stored with the delivery's outcome in one transaction, so it exists exactly once.
            return Ok(Outcome::Sent(Some(DesktopRow { title, body, link })));
        }
        NotificationChannel::Mobile => {
            let (title, body) = render::render_short(&input, user.interface_language);
            let devices = push::devices_of(&mut conn, user.id).await?;
            drop(conn);
            if devices.is_empty() {
                return Ok(Outcome::Abandoned(
                    "notifications-error-no-device".to_owned(),
                ));
            }
            let data = serde_json::json!({
                "event": kind.code(),
                "event_id": delivery.event_id,
                "call_id": payload["call_id"],
                "link": render::link(&input),
            });
            for device in &devices {
                push_driver
                    .send(&Push {
                        device,
                        title: &title,
                        body: &body,
                        data: &data,
                    })
                    .await?;
            }
        }
    }
    Ok(Outcome::Sent(None))
}

/// Records the attempt and the delivery's new state, if this server still holds the
/// lease; a desktop notification is inserted in the same transaction.
async fn finish(
    state: &AppState,
    delivery: &Claimed,
    lease: i64,
    outcome: Outcome,
) -> sqlx::Result<()> {
    let now = now_micros();
    let attempts = delivery.attempts + 1;
    let mut tx = state.db.begin().await?;
    let (status, error, next) = match &outcome {
        Outcome::Sent(_) => ("sent", None, now),
        Outcome::Abandoned(error) => ("failed", Some(error.clone()), now),
        Outcome::Failed(error) if attempts >= state.config.notifications.max_attempts => {
            ("failed", Some(error.clone()), now)
        }
        Outcome::Failed(error) => (
            "pending",
            Some(error.clone()),
            now + backoff(state.config.notifications.retry_delay_seconds, attempts),
        ),
    };
    let updated = sqlx::query(
        "UPDATE notification_deliveries SET status = $1, attempts = $2, last_error = $3, next_attempt_at = $4, \
         lease_until = NULL, sent_at = CASE WHEN $1 = 'sent' THEN $5 ELSE sent_at END, updated_at = $5 \
         WHERE id = $6 AND lease_until = $7",
    )
    .bind(status)
    .bind(attempts)
    .bind(error.as_deref())
    .bind(next)
    .bind(now)
    .bind(delivery.id)
    .bind(lease)
    .execute(&mut *tx)
    .await?;
    if updated.rows_affected() == 0 {
        tracing::warn!(
            delivery.id = delivery.id,
            "lost the lease on a notification before recording it"
        );
        return Ok(());
    }
    sqlx::query("INSERT INTO notification_attempts (delivery_id, attempted_at, outcome, error) VALUES ($1, $2, $3, $4)")
        .bind(delivery.id)
        .bind(now)
        .bind(if matches!(outcome, Outcome::Sent(_)) { "sent" } else { "error" })
        .bind(error.as_deref())
        .execute(&mut *tx)
        .await?;
    if let Outcome::Sent(Some(row)) = &outcome {
        insert_desktop(&mut tx, delivery, row, now).await?;
    }
    tx.commit().await?;
    match (&outcome, status) {
        (Outcome::Sent(_), _) => {
            tracing::info!(delivery.id = delivery.id, notification.channel = %delivery.channel, "notification sent")
        }
        (_, "failed") => tracing::warn!(
            delivery.id = delivery.id,
            error = error.as_deref(),
            "notification failed for good"
        ),
        _ => tracing::warn!(
            delivery.id = delivery.id,
            error = error.as_deref(),
            attempts,
            "notification failed; will retry"
        ),
    }
    Ok(())
}

async fn insert_desktop(
    conn: &mut AnyConnection,
    delivery: &Claimed,
    row: &DesktopRow,
    now: i64,
) -> sqlx::Result<()> {
    sqlx::query("INSERT INTO desktop_notifications (account_id, user_id, title, body, link, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(delivery.account_id)
        .bind(delivery.user_id)
        .bind(&row.title)
        .bind(&row.body)
        .bind(row.link.as_deref())
        .bind(now)
        .execute(conn)
        .await?;
    Ok(())
}

/// Computes the wait after the `attempts`-th failed attempt, in microseconds: the base
/// delay, doubled for each attempt after the first, at most [`MAX_BACKOFF`].
pub fn backoff(base_seconds: f64, attempts: i64) -> i64 {
    let exponent = i32::try_from(attempts.saturating_sub(1).clamp(0, 30)).unwrap_or(30);
    let seconds = (base_seconds.max(0.0) * 2f64.powi(exponent)).min(MAX_BACKOFF.as_secs_f64());
    (seconds * 1_000_000.0) as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_the_maximum() {
        assert_eq!(backoff(30.0, 1), 30_000_000);
        assert_eq!(backoff(30.0, 2), 60_000_000);
        assert_eq!(backoff(30.0, 4), 240_000_000);
        assert_eq!(backoff(30.0, 40), 6 * 3600 * 1_000_000);
    }
}
