//! SQL of IP address rules.

use dialback_domain::{IpRange, ListType};
use sqlx::{AnyConnection, FromRow};

use crate::platform::clock::now_micros;

/// A stored rule.
#[derive(Debug, Clone, FromRow)]
pub struct IpRule {
    pub id: i64,
    pub network: String,
    pub list_type: String,
    pub note: String,
    pub source: String,
    pub hit_count: i64,
    pub created_at: i64,
}

/// Why a rule was not added: it overlaps an existing one, shown to the user.
#[derive(Debug, Clone)]
pub struct Overlap {
    pub network: String,
    pub list_type: String,
}

/// Adds a rule unless it overlaps one of the account's rules.
pub async fn insert(
    conn: &mut AnyConnection,
    account_id: i64,
    range: IpRange,
    list: ListType,
    note: &str,
    source: &str,
) -> sqlx::Result<Result<i64, Overlap>> {
    let (start, end) = range.keys();
    let overlapping: Option<(String, String)> =
        sqlx::query_as("SELECT network, list_type FROM ip_rules WHERE account_id = $1 AND start_key <= $2 AND end_key >= $3 LIMIT 1")
            .bind(account_id)
            .bind(&end)
            .bind(&start)
            .fetch_optional(&mut *conn)
            .await?;
    if let Some((network, list_type)) = overlapping {
        return Ok(Err(Overlap { network, list_type }));
    }
    let id = sqlx::query_scalar(
        "INSERT INTO ip_rules (account_id, network, start_key, end_key, list_type, note, source, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(account_id)
    .bind(range.display())
    .bind(&start)
    .bind(&end)
    .bind(list.id())
    .bind(note)
    .bind(source)
    .bind(now_micros())
    .fetch_one(conn)
    .await?;
    Ok(Ok(id))
}

/// Lists an account's rules by address.
pub async fn list(conn: &mut AnyConnection, account_id: i64) -> sqlx::Result<Vec<IpRule>> {
    sqlx::query_as("SELECT id, network, list_type, note, source, hit_count, created_at FROM ip_rules WHERE account_id = $1 ORDER BY start_key")
        .bind(account_id)
        .fetch_all(conn)
        .await
}

/// Removes a rule of the account; returns its network if it existed.
pub async fn delete(
    conn: &mut AnyConnection,
    account_id: i64,
    id: i64,
) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar("DELETE FROM ip_rules WHERE account_id = $1 AND id = $2 RETURNING network")
        .bind(account_id)
        .bind(id)
        .fetch_optional(conn)
        .await
}
