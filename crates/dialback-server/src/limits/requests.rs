//! Requests to change a limit: made by users, decided by the operator.

use dialback_domain::LimitName;
use sqlx::{AnyConnection, FromRow};

use crate::platform::clock::now_micros;

/// The state of a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestState {
    Pending,
    Approved,
    Rejected,
}

impl RequestState {
    pub const fn id(self) -> &'static str {
        match self {
            RequestState::Pending => "pending",
            RequestState::Approved => "approved",
            RequestState::Rejected => "rejected",
        }
    }

    fn parse(id: &str) -> Self {
        match id {
            "approved" => RequestState::Approved,
            "rejected" => RequestState::Rejected,
            _ => RequestState::Pending,
        }
    }
}

/// One request.
#[derive(Debug, Clone)]
pub struct LimitRequest {
    pub id: i64,
    pub account_id: i64,
    pub user_id: Option<i64>,
    pub limit: LimitName,
    pub current_value: i64,
    pub new_value: i64,
    pub description: String,
    pub state: RequestState,
    pub reason: Option<String>,
    pub created_at: i64,
    pub decided_at: Option<i64>,
}

#[derive(FromRow)]
struct Row {
    id: i64,
    account_id: i64,
    user_id: Option<i64>,
    limit_name: String,
    current_value: i64,
    new_value: i64,
    description: String,
    state: String,
    reason: Option<String>,
    created_at: i64,
    decided_at: Option<i64>,
}

impl Row {
    fn into_request(self) -> Option<LimitRequest> {
        Some(LimitRequest {
            id: self.id,
            account_id: self.account_id,
            user_id: self.user_id,
            limit: LimitName::parse(&self.limit_name).ok()?,
            current_value: self.current_value,
            new_value: self.new_value,
            description: self.description,
            state: RequestState::parse(&self.state),
            reason: self.reason,
            created_at: self.created_at,
            decided_at: self.decided_at,
        })
    }
}

const COLUMNS: &str = "id, account_id, user_id, limit_name, current_value, new_value, description, state, reason, created_at, decided_at";

/// Stores a pending request and returns its id.
pub async fn create(
    conn: &mut AnyConnection,
    account_id: i64,
    user_id: i64,
    limit: LimitName,
    current_value: i64,
    new_value: i64,
    description: &str,
) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        "INSERT INTO limit_requests (account_id, user_id, limit_name, current_value, new_value, description, state, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7) RETURNING id",
    )
    .bind(account_id)
    .bind(user_id)
    .bind(limit.id())
    .bind(current_value)
    .bind(new_value)
    .bind(description)
    .bind(now_micros())
    .fetch_one(conn)
    .await
}

/// Lists an account's requests, newest first.
pub async fn for_account(
    conn: &mut AnyConnection,
    account_id: i64,
) -> sqlx::Result<Vec<LimitRequest>> {
    let sql =
        format!("SELECT {COLUMNS} FROM limit_requests WHERE account_id = $1 ORDER BY id DESC");
    let rows: Vec<Row> = sqlx::query_as(&sql)
        .bind(account_id)
        .fetch_all(conn)
        .await?;
    Ok(rows.into_iter().filter_map(Row::into_request).collect())
}

/// Lists requests in one state across accounts, oldest first, for the operator.
pub async fn in_state(
    conn: &mut AnyConnection,
    state: Option<RequestState>,
) -> sqlx::Result<Vec<LimitRequest>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM limit_requests WHERE (CAST($1 AS TEXT) IS NULL OR state = $1) ORDER BY id"
    );
    let rows: Vec<Row> = sqlx::query_as(&sql)
        .bind(state.map(RequestState::id))
        .fetch_all(conn)
        .await?;
    Ok(rows.into_iter().filter_map(Row::into_request).collect())
}

/// Loads one request.
pub async fn find(conn: &mut AnyConnection, id: i64) -> sqlx::Result<Option<LimitRequest>> {
    let sql = format!("SELECT {COLUMNS} FROM limit_requests WHERE id = $1");
    let row: Option<Row> = sqlx::query_as(&sql).bind(id).fetch_optional(conn).await?;
    Ok(row.and_then(Row::into_request))
}

/// Moves a pending request to `state`; false if it was no longer pending.
pub async fn decide(
    conn: &mut AnyConnection,
    id: i64,
    state: RequestState,
    reason: Option<&str>,
) -> sqlx::Result<bool> {
    let result = sqlx::query("UPDATE limit_requests SET state = $1, reason = $2, decided_at = $3 WHERE id = $4 AND state = 'pending'")
        .bind(state.id())
        .bind(reason)
        .bind(now_micros())
        .bind(id)
        .execute(conn)
        .await?;
    Ok(result.rows_affected() == 1)
}
