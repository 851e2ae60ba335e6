//! The activity log writer. Callers pass the same transaction that makes the change,
//! so a change is never stored without its entry.

use dialback_domain::{ActivityKind, ActivitySource};
use sqlx::AnyConnection;

use super::clock::now_micros;

/// One activity entry to write.
#[derive(Debug, Clone)]
pub struct Activity {
    pub account_id: i64,
    pub user_id: Option<i64>,
    pub kind: ActivityKind,
    pub source: ActivitySource,
    pub ip: Option<String>,
    /// Extra facts as JSON, for example which fields changed; never secrets.
    pub details: Option<serde_json::Value>,
}

impl Activity {
    /// An entry with no IP address and no details.
    pub fn new(
        account_id: i64,
        user_id: Option<i64>,
        kind: ActivityKind,
        source: ActivitySource,
    ) -> Self {
        Self {
            account_id,
            user_id,
            kind,
            source,
            ip: None,
            details: None,
        }
    }

    pub fn ip(mut self, ip: impl ToString) -> Self {
        self.ip = Some(ip.to_string());
        self
    }

    pub fn details(mut self, details: serde_json::Value) -> Self {
        self.details = Some(details);
        self
    }
}

/// Writes `activity` on `conn`, normally inside the transaction of the change.
pub async fn record(conn: &mut AnyConnection, activity: Activity) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO activity (account_id, user_id, kind, source, ip, details, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(activity.account_id)
    .bind(activity.user_id)
    .bind(activity.kind.id())
    .bind(activity.source.id())
    .bind(activity.ip)
    .bind(activity.details.map(|d| d.to_string()))
    .bind(now_micros())
    .execute(conn)
    .await?;
    Ok(())
}
