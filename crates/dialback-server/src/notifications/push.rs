//! Mobile push: the driver interface, the built-in driver that records pushes in the
//! database, and the storage of device tokens that the REST API registers.
//!
//! No push service (APNs, FCM) is reachable from Dialback's test machines, so the only
//! driver here writes each push to `recorded_pushes`; a real one would implement
//! [`PushDriver`] over the service's HTTP API.

use dialback_telephony::BoxFuture;
use sqlx::{AnyConnection, AnyPool, FromRow};

use crate::platform::clock::now_micros;

/// The platforms a device token may come from.
pub const PLATFORMS: [&str; 2] = ["android", "ios"];

/// One registered device.
#[derive(Debug, Clone, FromRow)]
pub struct Device {
    pub id: i64,
    pub account_id: i64,
    pub user_id: i64,
    pub platform: String,
    pub token: String,
    pub created_at: i64,
}

/// One push message to one device.
#[derive(Debug, Clone)]
pub struct Push<'a> {
    pub device: &'a Device,
    pub title: &'a str,
    pub body: &'a str,
    /// Machine-readable data for the app, such as the event code and call id.
    pub data: &'a serde_json::Value,
}

/// A push service connection.
pub trait PushDriver: Send + Sync {
    /// Sends one push; an error is retried with the delivery.
    fn send<'a>(&'a self, push: &'a Push<'a>) -> BoxFuture<'a, anyhow::Result<()>>;
}

/// The built-in driver: records every push in `recorded_pushes`.
pub struct RecordingPushDriver {
    pub pool: AnyPool,
}

impl PushDriver for RecordingPushDriver {
    fn send<'a>(&'a self, push: &'a Push<'a>) -> BoxFuture<'a, anyhow::Result<()>> {
        Box::pin(async move {
            sqlx::query(
                "INSERT INTO recorded_pushes (account_id, user_id, platform, token, title, body, data, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(push.device.account_id)
            .bind(push.device.user_id)
            .bind(&push.device.platform)
            .bind(&push.device.token)
            .bind(push.title)
            .bind(push.body)
            .bind(push.data.to_string())
            .bind(now_micros())
            .execute(&self.pool)
            .await?;
            Ok(())
        })
    }
}

const DEVICE_COLUMNS: &str = "id, account_id, user_id, platform, token, created_at";

/// The devices of one user, oldest first.
pub async fn devices_of(conn: &mut AnyConnection, user_id: i64) -> sqlx::Result<Vec<Device>> {
    sqlx::query_as(&format!(
        "SELECT {DEVICE_COLUMNS} FROM push_devices WHERE user_id = $1 ORDER BY id"
    ))
    .bind(user_id)
    .fetch_all(conn)
    .await
}

/// Registers `token` for the user, moving it from another user of the same account (a
/// phone that changed hands); returns the device, or `None` when another account holds
/// the token, which stays untouched.
pub async fn register(
    conn: &mut AnyConnection,
    account_id: i64,
    user_id: i64,
    platform: &str,
    token: &str,
) -> sqlx::Result<Option<Device>> {
    sqlx::query_as(&format!(
        "INSERT INTO push_devices (account_id, user_id, platform, token, created_at) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (token) DO UPDATE SET user_id = excluded.user_id, platform = excluded.platform \
         WHERE push_devices.account_id = excluded.account_id RETURNING {DEVICE_COLUMNS}"
    ))
    .bind(account_id)
    .bind(user_id)
    .bind(platform)
    .bind(token)
    .bind(now_micros())
    .fetch_optional(conn)
    .await
}

/// Removes `token` if it belongs to a user of the account; returns whether it did.
pub async fn unregister(
    conn: &mut AnyConnection,
    account_id: i64,
    token: &str,
) -> sqlx::Result<Option<Device>> {
    sqlx::query_as(&format!(
        "DELETE FROM push_devices WHERE account_id = $1 AND token = $2 RETURNING {DEVICE_COLUMNS}"
    ))
    .bind(account_id)
    .bind(token)
    .fetch_optional(conn)
    .await
}
