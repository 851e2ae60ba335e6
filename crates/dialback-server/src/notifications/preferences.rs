//! Each user's choice of events per channel, with the defaults of a user who never saved.
//!
//! A row exists only for a choice the user saved; a missing row falls back to
//! [`NotificationChannel::default_for`], so changing a default later reaches every user
//! who kept it.

use std::collections::HashSet;

use dialback_domain::{NotificationChannel, NotificationEvent};
use sqlx::AnyConnection;

use crate::platform::clock::now_micros;

/// Whether `user_id` wants `event` on `channel`. Events outside the channel's matrix
/// are never wanted, except a test notification and an expiry e-mail, which always are.
pub async fn wants(
    conn: &mut AnyConnection,
    user_id: i64,
    channel: NotificationChannel,
    event: NotificationEvent,
) -> sqlx::Result<bool> {
    if event == NotificationEvent::Test {
        return Ok(true);
    }
    // The Notifications page does not list an expiry, so no user can switch it off. The
    // event targets the owner, who gets it by e-mail only.
    if event == NotificationEvent::SubscriptionExpired {
        return Ok(channel == NotificationChannel::Email);
    }
    if !channel.offers(event) {
        return Ok(false);
    }
    let saved: Option<i64> = sqlx::query_scalar(
        "SELECT enabled FROM notification_preferences WHERE user_id = $1 AND channel = $2 AND event = $3",
    )
    .bind(user_id)
    .bind(channel.code())
    .bind(event.code())
    .fetch_optional(conn)
    .await?;
    Ok(saved.map_or_else(|| channel.default_for(event), |enabled| enabled == 1))
}

/// Every (channel, event) pair the user has switched on, defaults included.
pub async fn matrix(
    conn: &mut AnyConnection,
    user_id: i64,
) -> sqlx::Result<HashSet<(NotificationChannel, NotificationEvent)>> {
    let saved: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT channel, event, enabled FROM notification_preferences WHERE user_id = $1",
    )
    .bind(user_id)
    .fetch_all(conn)
    .await?;
    let mut on = HashSet::new();
    for channel in NotificationChannel::ALL {
        for &event in channel.events() {
            let stored = saved
                .iter()
                .find(|(c, e, _)| c == channel.code() && e == event.code())
                .map(|(_, _, enabled)| *enabled == 1);
            if stored.unwrap_or_else(|| channel.default_for(event)) {
                on.insert((channel, event));
            }
        }
    }
    Ok(on)
}

/// Stores the whole matrix: every offered pair is written, on when it is in `on`.
pub async fn save(
    conn: &mut AnyConnection,
    user_id: i64,
    on: &HashSet<(NotificationChannel, NotificationEvent)>,
) -> sqlx::Result<()> {
    let now = now_micros();
    for channel in NotificationChannel::ALL {
        for &event in channel.events() {
            sqlx::query(
                "INSERT INTO notification_preferences (user_id, channel, event, enabled, updated_at) VALUES ($1, $2, $3, $4, $5) \
                 ON CONFLICT (user_id, channel, event) DO UPDATE SET enabled = excluded.enabled, updated_at = excluded.updated_at",
            )
            .bind(user_id)
            .bind(channel.code())
            .bind(event.code())
            .bind(i64::from(on.contains(&(channel, event))))
            .bind(now)
            .execute(&mut *conn)
            .await?;
        }
    }
    Ok(())
}
