//! Account limits: storage, the operator's change requests, and the per-account lock
//! under which they are enforced.
//!
//! Enforcement must hold with several servers on one database. So each check runs in the
//! transaction that makes the change, after [`lock_account`] has serialised every writer
//! of that account. On PostgreSQL it row-locks the account. On SQLite the transaction
//! already holds the database's write lock, taken by `BEGIN IMMEDIATE`.

pub mod requests;

use dialback_domain::LimitName;
use sqlx::AnyConnection;

use crate::platform::clock::now_micros;

/// The three limits of an account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub max_calls_in_progress: i64,
    pub max_conversation_duration: i64,
    pub scheduled_calls_per_timestamp: i64,
}

impl Limits {
    pub fn get(&self, name: LimitName) -> i64 {
        match name {
            LimitName::MaxCallsInProgress => self.max_calls_in_progress,
            LimitName::MaxConversationDuration => self.max_conversation_duration,
            LimitName::ScheduledCallsPerTimestamp => self.scheduled_calls_per_timestamp,
        }
    }
}

/// Serialises writers of one account until the end of the current transaction. Call it
/// first in the transaction, before any read whose result the transaction relies on.
pub async fn lock_account(conn: &mut AnyConnection, account_id: i64) -> sqlx::Result<()> {
    sqlx::query("UPDATE accounts SET id = id WHERE id = $1")
        .bind(account_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Stores the limits a new account starts with.
pub async fn create_for_account(
    conn: &mut AnyConnection,
    account_id: i64,
    limits: Limits,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO account_limits (account_id, max_calls_in_progress, max_conversation_duration, scheduled_calls_per_timestamp, updated_at) \
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (account_id) DO NOTHING",
    )
    .bind(account_id)
    .bind(limits.max_calls_in_progress)
    .bind(limits.max_conversation_duration)
    .bind(limits.scheduled_calls_per_timestamp)
    .bind(now_micros())
    .execute(conn)
    .await?;
    Ok(())
}

/// Reads an account's limits; an account created before limits existed gets `defaults`.
pub async fn for_account(
    conn: &mut AnyConnection,
    account_id: i64,
    defaults: Limits,
) -> sqlx::Result<Limits> {
    let row: Option<(i64, i64, i64)> = sqlx::query_as(
        "SELECT max_calls_in_progress, max_conversation_duration, scheduled_calls_per_timestamp FROM account_limits WHERE account_id = $1",
    )
    .bind(account_id)
    .fetch_optional(conn)
    .await?;
    Ok(row.map_or(defaults, |(calls, duration, scheduled)| Limits {
        max_calls_in_progress: calls,
        max_conversation_duration: duration,
        scheduled_calls_per_timestamp: scheduled,
    }))
}

/// Sets one limit of an account.
pub async fn set(
    conn: &mut AnyConnection,
    account_id: i64,
    defaults: Limits,
    name: LimitName,
    value: i64,
) -> sqlx::Result<()> {
    create_for_account(conn, account_id, defaults).await?;
    // The column name comes from a fixed enum, never from input.
    let sql = format!(
        "UPDATE account_limits SET {} = $1, updated_at = $2 WHERE account_id = $3",
        name.id()
    );
    sqlx::query(&sql)
        .bind(value)
        .bind(now_micros())
        .bind(account_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Calls that count against the calls-in-progress limit when a new one is requested:
/// waiting for a manager, ringing or connected.
pub async fn calls_waiting_or_in_progress(
    conn: &mut AnyConnection,
    account_id: i64,
) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT COUNT(*) FROM calls WHERE account_id = $1 AND status IN ('new', 'ringing', 'in-progress')")
        .bind(account_id)
        .fetch_one(conn)
        .await
}

/// Calls that occupy a line now: ringing, connected, or claimed by a runner about to ring.
pub async fn calls_on_the_line(
    conn: &mut AnyConnection,
    account_id: i64,
    now: i64,
) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM calls WHERE account_id = $1 \
         AND (status IN ('ringing', 'in-progress') OR (status = 'new' AND claimed_until > $2))",
    )
    .bind(account_id)
    .bind(now)
    .fetch_one(conn)
    .await
}

/// Scheduled calls of widgets with busy mode off booked for exactly `at` (microseconds).
pub async fn scheduled_at(conn: &mut AnyConnection, account_id: i64, at: i64) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM calls JOIN widgets ON widgets.id = calls.widget_id \
         WHERE calls.account_id = $1 AND calls.status = 'scheduled' AND calls.scheduled_at = $2 AND widgets.busy_mode = 0",
    )
    .bind(account_id)
    .bind(at)
    .fetch_one(conn)
    .await
}

/// The busiest booked moment of the account's widgets with busy mode off, for the limits page.
pub async fn busiest_timestamp(conn: &mut AnyConnection, account_id: i64) -> sqlx::Result<i64> {
    let most: Option<i64> = sqlx::query_scalar(
        "SELECT MAX(booked) FROM (SELECT COUNT(*) AS booked FROM calls JOIN widgets ON widgets.id = calls.widget_id \
         WHERE calls.account_id = $1 AND calls.status = 'scheduled' AND widgets.busy_mode = 0 GROUP BY calls.scheduled_at) AS slots",
    )
    .bind(account_id)
    .fetch_one(conn)
    .await?;
    Ok(most.unwrap_or(0))
}

/// The longest conversation the account had, in seconds, for the limits page.
pub async fn longest_conversation(conn: &mut AnyConnection, account_id: i64) -> sqlx::Result<i64> {
    let longest: Option<i64> =
        sqlx::query_scalar("SELECT MAX(duration_seconds) FROM calls WHERE account_id = $1")
            .bind(account_id)
            .fetch_one(conn)
            .await?;
    Ok(longest.unwrap_or(0))
}
