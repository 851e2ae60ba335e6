//! SQL of the activity section.

use sqlx::{AnyConnection, FromRow};

/// How many entries a page shows.
pub const PAGE_SIZE: i64 = 50;

/// Filters of the activity list; `None` means no restriction.
#[derive(Debug, Default, Clone)]
pub struct ActivityFilter {
    pub user_id: Option<i64>,
    pub kind: Option<String>,
    /// Inclusive lower bound, Unix microseconds.
    pub from: Option<i64>,
    /// Exclusive upper bound, Unix microseconds.
    pub until: Option<i64>,
    /// Only entries with a smaller id: the key of the next page.
    pub before_id: Option<i64>,
}

/// One activity entry with the name of its user.
#[derive(Debug, FromRow)]
pub struct ActivityRow {
    pub id: i64,
    pub user_name: Option<String>,
    pub kind: String,
    pub source: String,
    pub created_at: i64,
}

// Each filter is written as "$n IS NULL OR column matches $n", so one statement serves
// every combination. CAST gives PostgreSQL the parameter's type when it is NULL.
const FILTERS: &str = "activity.account_id = $1 \
     AND (CAST($2 AS BIGINT) IS NULL OR activity.user_id = $2) \
     AND (CAST($3 AS TEXT) IS NULL OR activity.kind = $3) \
     AND (CAST($4 AS BIGINT) IS NULL OR activity.created_at >= $4) \
     AND (CAST($5 AS BIGINT) IS NULL OR activity.created_at < $5)";

/// Lists up to one page of entries plus one, newest first; the extra row tells that a next page exists.
pub async fn list(
    conn: &mut AnyConnection,
    account_id: i64,
    filter: &ActivityFilter,
) -> sqlx::Result<Vec<ActivityRow>> {
    let sql = format!(
        "SELECT activity.id, users.name AS user_name, activity.kind, activity.source, activity.created_at \
         FROM activity LEFT JOIN users ON users.id = activity.user_id \
         WHERE {FILTERS} AND (CAST($6 AS BIGINT) IS NULL OR activity.id < $6) \
         ORDER BY activity.id DESC LIMIT $7"
    );
    sqlx::query_as(&sql)
        .bind(account_id)
        .bind(filter.user_id)
        .bind(filter.kind.as_deref())
        .bind(filter.from)
        .bind(filter.until)
        .bind(filter.before_id)
        .bind(PAGE_SIZE + 1)
        .fetch_all(conn)
        .await
}

/// Counts the entries that match the filter, on all pages.
pub async fn count(
    conn: &mut AnyConnection,
    account_id: i64,
    filter: &ActivityFilter,
) -> sqlx::Result<i64> {
    let sql = format!("SELECT COUNT(*) FROM activity WHERE {FILTERS}");
    sqlx::query_scalar(&sql)
        .bind(account_id)
        .bind(filter.user_id)
        .bind(filter.kind.as_deref())
        .bind(filter.from)
        .bind(filter.until)
        .fetch_one(conn)
        .await
}
