//! Expiry of a paid period or trial that ends without a renewal.
//!
//! The expiry is read from the database at request time, and no server keeps state
//! about it. An account is *expired* once `--subscription-grace-days` have passed since
//! its paid period or trial ended. From then on, the widgets of the account refuse new
//! call requests from visitors and from the REST API, and every dashboard page shows a
//! banner. The dashboard itself keeps working so that the owner can pay. Calls accepted
//! before the account expired, including scheduled ones, still run. A confirmed payment
//! moves `expires_at` forward, so the account is active again on its next request.
//!
//! The worker started by [`start`] writes one `SUBSCRIPTION_EXPIRED` activity entry per
//! account and expiry, and records an e-mail to the owner in the notification outbox.
//! The primary key of `subscription_expiries` (account, expiry) guards both, so several
//! servers, or one worker run twice, write them once.

use std::time::Duration;

use dialback_domain::{ActivityKind, ActivitySource, NotificationEvent};
use sqlx::AnyConnection;

use super::config::PaymentSettings;
use super::subscription::DAY_MICROS;
use crate::AppState;
use crate::notifications::events::{self, Event};
use crate::platform::audit::{self, Activity};
use crate::platform::db::Db;
use crate::platform::display::Display;
use crate::platform::i18n::Tr;

/// Days before the expiry from which the dashboard warns about it.
pub const WARNING_DAYS: i64 = 7;

/// How often the worker looks for accounts that expired.
const CHECK_INTERVAL: Duration = Duration::from_secs(60);

/// The state of an account relative to the end of its paid period or trial. Times are
/// Unix microseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExpiryState {
    /// More than [`WARNING_DAYS`] before the expiry.
    Active,
    /// Within [`WARNING_DAYS`] before the expiry: calls are accepted.
    Expiring { expires_at: i64 },
    /// Expired, but within the grace period: calls are accepted until `refused_from`.
    Grace { expires_at: i64, refused_from: i64 },
    /// Expired and past the grace period: new call requests are refused.
    Expired { expires_at: i64 },
}

impl ExpiryState {
    /// Computes the state at `now` of an account whose period ends at `expires_at`.
    pub fn at(expires_at: i64, grace_days: i64, now: i64) -> Self {
        let refused_from = refused_from(expires_at, grace_days);
        if now >= refused_from {
            ExpiryState::Expired { expires_at }
        } else if now >= expires_at {
            ExpiryState::Grace {
                expires_at,
                refused_from,
            }
        } else if now >= expires_at.saturating_sub(WARNING_DAYS.saturating_mul(DAY_MICROS)) {
            ExpiryState::Expiring { expires_at }
        } else {
            ExpiryState::Active
        }
    }

    /// Returns whether new call requests are refused.
    pub fn is_expired(self) -> bool {
        matches!(self, ExpiryState::Expired { .. })
    }
}

/// Returns the instant from which an account whose period ends at `expires_at` is
/// expired: the end of the grace period.
pub fn refused_from(expires_at: i64, grace_days: i64) -> i64 {
    expires_at.saturating_add(grace_days.max(0).saturating_mul(DAY_MICROS))
}

/// Reads when the account's paid period ends, or its trial when it never paid. It
/// matches `subscription::current` without loading the plan.
pub async fn expires_at(
    conn: &mut AnyConnection,
    account_id: i64,
    trial_days: i64,
) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        "SELECT COALESCE((SELECT expires_at FROM subscriptions WHERE account_id = $1), created_at + CAST($2 AS BIGINT)) \
         FROM accounts WHERE id = $1",
    )
    .bind(account_id)
    .bind(trial_days.saturating_mul(DAY_MICROS))
    .fetch_one(conn)
    .await
}

/// Reads the account's expiry state at `now`. Every check of expiry goes through here.
pub async fn current(
    conn: &mut AnyConnection,
    account_id: i64,
    settings: &PaymentSettings,
    now: i64,
) -> sqlx::Result<ExpiryState> {
    let expires_at = expires_at(conn, account_id, settings.trial_days).await?;
    Ok(ExpiryState::at(
        expires_at,
        settings.subscription_grace_days,
        now,
    ))
}

/// The dashboard's notice about the end of the subscription, already translated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Banner {
    /// True once calls are refused; the page styles it as an error, not a warning.
    pub expired: bool,
    pub text: String,
}

/// Builds the banner for `state`, with dates in the user's time zone and date
/// format; `None` while the account is active.
pub fn banner(state: ExpiryState, display: &Display, tr: &Tr) -> Option<Banner> {
    let date = |micros| crate::settings::subscription::date_of(display, micros);
    let (expired, text) = match state {
        ExpiryState::Active => return None,
        ExpiryState::Expiring { expires_at } => (
            false,
            tr.t_with("subscription-banner-expiring", "date", &date(expires_at)),
        ),
        ExpiryState::Grace {
            expires_at,
            refused_from,
        } => (
            false,
            tr.t_args(
                "subscription-banner-grace",
                &[
                    ("date", date(expires_at).into()),
                    ("refused", date(refused_from).into()),
                ],
            ),
        ),
        ExpiryState::Expired { expires_at } => (
            true,
            tr.t_with("subscription-banner-expired", "date", &date(expires_at)),
        ),
    };
    Some(Banner { expired, text })
}

/// Starts the worker that records expired accounts every minute until shutdown.
pub fn start(state: AppState, mut shutdown: tokio::sync::watch::Receiver<bool>) {
    tokio::spawn(async move {
        loop {
            let now = crate::platform::clock::now_micros();
            match record_expiries(&state.db, &state.config.payments, now).await {
                Ok(0) => {}
                Ok(recorded) => {
                    tracing::info!(accounts = recorded, "recorded expired subscriptions")
                }
                Err(error) => tracing::warn!(
                    error = format!("{error:#}"),
                    "failed to record expired subscriptions; retrying in a minute"
                ),
            }
            tokio::select! {
                () = tokio::time::sleep(CHECK_INTERVAL) => {}
                _ = shutdown.changed() => return,
            }
        }
    });
}

/// Writes a `SUBSCRIPTION_EXPIRED` activity entry for every account that is expired at
/// `now` and has no entry for its current expiry yet. Returns how many it wrote.
pub async fn record_expiries(
    db: &Db,
    settings: &PaymentSettings,
    now: i64,
) -> anyhow::Result<usize> {
    let trial_micros = settings.trial_days.saturating_mul(DAY_MICROS);
    let grace_micros = settings
        .subscription_grace_days
        .max(0)
        .saturating_mul(DAY_MICROS);
    let mut conn = db.pool.acquire().await?;
    let candidates: Vec<(i64, i64, i64)> = sqlx::query_as(
        "SELECT id, expires_at, is_trial FROM (\
           SELECT accounts.id AS id, \
             COALESCE(subscriptions.expires_at, accounts.created_at + CAST($1 AS BIGINT)) AS expires_at, \
             CASE WHEN subscriptions.account_id IS NULL THEN 1 ELSE 0 END AS is_trial \
           FROM accounts LEFT JOIN subscriptions ON subscriptions.account_id = accounts.id\
         ) ends \
         WHERE expires_at <= CAST($2 AS BIGINT) \
         AND NOT EXISTS (SELECT 1 FROM subscription_expiries recorded \
           WHERE recorded.account_id = ends.id AND recorded.expires_at = ends.expires_at) \
         ORDER BY id",
    )
    .bind(trial_micros)
    .bind(now.saturating_sub(grace_micros))
    .fetch_all(&mut *conn)
    .await?;
    drop(conn);

    let mut recorded = 0;
    for (account_id, expires_at, is_trial) in candidates {
        let mut tx = db.begin().await?;
        let inserted = sqlx::query(
            "INSERT INTO subscription_expiries (account_id, expires_at, recorded_at) VALUES ($1, $2, $3) \
             ON CONFLICT (account_id, expires_at) DO NOTHING",
        )
        .bind(account_id)
        .bind(expires_at)
        .bind(now)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if inserted == 0 {
            // Another server recorded it between the query and this transaction.
            continue;
        }
        let entry = Activity::new(
            account_id,
            None,
            ActivityKind::SubscriptionExpired,
            ActivitySource::System,
        )
        .details(serde_json::json!({
            "expires_at": expires_at,
            "refused_from": refused_from(expires_at, settings.subscription_grace_days),
            "trial": is_trial == 1,
        }));
        audit::record(&mut tx, entry).await?;
        notify_owner(&mut tx, account_id, expires_at).await?;
        tx.commit().await?;
        tracing::info!(account.id = account_id, expires_at, "subscription expired");
        recorded += 1;
    }
    Ok(recorded)
}

/// Records the e-mail to the account's owner in the notification outbox. The payload's
/// `at` is the expiry, which the e-mail shows in the owner's time zone.
async fn notify_owner(
    conn: &mut AnyConnection,
    account_id: i64,
    expires_at: i64,
) -> sqlx::Result<()> {
    let owner: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM users WHERE account_id = $1 AND role = 'owner' ORDER BY id LIMIT 1",
    )
    .bind(account_id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(owner) = owner else {
        tracing::warn!(
            account.id = account_id,
            "expired account has no owner to e-mail"
        );
        return Ok(());
    };
    let kind = NotificationEvent::SubscriptionExpired;
    let event = Event {
        kind,
        payload: serde_json::json!({ "at": expires_at }),
        target_user: Some(owner),
        dedupe_key: Some(format!("{}:{account_id}:{expires_at}", kind.code())),
    };
    events::record(conn, account_id, &event).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn state_follows_expiry_and_grace() {
        let expiry = 100 * DAY_MICROS;
        let at = |day: i64| ExpiryState::at(expiry, 3, day * DAY_MICROS);
        assert_eq!(at(92), ExpiryState::Active);
        assert_eq!(at(93), ExpiryState::Expiring { expires_at: expiry });
        assert_eq!(
            at(100),
            ExpiryState::Grace {
                expires_at: expiry,
                refused_from: 103 * DAY_MICROS
            }
        );
        assert!(!at(102).is_expired());
        assert_eq!(at(103), ExpiryState::Expired { expires_at: expiry });
    }

    #[test]
    fn zero_grace_expires_at_once() {
        let expiry = 10 * DAY_MICROS;
        assert!(ExpiryState::at(expiry, 0, expiry).is_expired());
        assert!(!ExpiryState::at(expiry, 0, expiry - 1).is_expired());
    }
}
