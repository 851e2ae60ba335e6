//! SQL of blacklisted phone numbers.

use sqlx::AnyConnection;

use crate::platform::clock::now_micros;

/// Whether the account blacklisted `phone_e164`.
pub async fn is_blocked(
    conn: &mut AnyConnection,
    account_id: i64,
    phone_e164: &str,
) -> sqlx::Result<bool> {
    let found: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM blocked_numbers WHERE account_id = $1 AND phone_e164 = $2",
    )
    .bind(account_id)
    .bind(phone_e164)
    .fetch_optional(conn)
    .await?;
    Ok(found.is_some())
}

/// Adds a number; `None` if the account already blacklisted it.
pub async fn insert(
    conn: &mut AnyConnection,
    account_id: i64,
    phone_e164: &str,
) -> sqlx::Result<Option<i64>> {
    sqlx::query_scalar(
        "INSERT INTO blocked_numbers (account_id, phone_e164, created_at) VALUES ($1, $2, $3) \
         ON CONFLICT (account_id, phone_e164) DO NOTHING RETURNING id",
    )
    .bind(account_id)
    .bind(phone_e164)
    .bind(now_micros())
    .fetch_optional(conn)
    .await
}

/// Lists the account's blacklisted numbers, newest first: `(id, number, created_at)`.
pub async fn list(
    conn: &mut AnyConnection,
    account_id: i64,
) -> sqlx::Result<Vec<(i64, String, i64)>> {
    sqlx::query_as("SELECT id, phone_e164, created_at FROM blocked_numbers WHERE account_id = $1 ORDER BY id DESC")
        .bind(account_id)
        .fetch_all(conn)
        .await
}

/// Removes a number of the account; returns it if it existed.
pub async fn delete(
    conn: &mut AnyConnection,
    account_id: i64,
    id: i64,
) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar(
        "DELETE FROM blocked_numbers WHERE account_id = $1 AND id = $2 RETURNING phone_e164",
    )
    .bind(account_id)
    .bind(id)
    .fetch_optional(conn)
    .await
}
