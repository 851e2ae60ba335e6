//! Caller IDs: the phone numbers an account may present on outgoing calls once each is
//! verified with a six-digit code sent to it by SMS or voice call.
//!
//! Every number ever given to a team member is recorded here, unverified. Only a
//! verified number is presented; until then the platform's own number is shown.

use rand::RngExt;
use sqlx::{AnyConnection, FromRow};

use crate::platform::clock::now_micros;
use crate::platform::secrets::{equal, token_hash};

/// How long a verification code works, in microseconds (10 minutes).
pub const CODE_LIFETIME_MICROS: i64 = 10 * 60 * 1_000_000;

/// Wrong codes allowed per code before a new one must be sent.
pub const MAX_ATTEMPTS: i64 = 5;

/// A stored caller ID.
#[derive(Debug, Clone, FromRow)]
pub struct CallerId {
    pub id: i64,
    pub phone_e164: String,
    pub verified_at: Option<i64>,
    pub code_expires_at: Option<i64>,
    pub code_attempts: i64,
    pub created_at: i64,
}

/// Records a number of the account, unverified, unless it is recorded already.
pub async fn remember(
    conn: &mut AnyConnection,
    account_id: i64,
    phone_e164: &str,
) -> sqlx::Result<()> {
    sqlx::query("INSERT INTO caller_ids (account_id, phone_e164, created_at) VALUES ($1, $2, $3) ON CONFLICT (account_id, phone_e164) DO NOTHING")
        .bind(account_id)
        .bind(phone_e164)
        .bind(now_micros())
        .execute(conn)
        .await?;
    Ok(())
}

/// Lists the account's caller IDs in the order they were added.
pub async fn list(conn: &mut AnyConnection, account_id: i64) -> sqlx::Result<Vec<CallerId>> {
    sqlx::query_as("SELECT id, phone_e164, verified_at, code_expires_at, code_attempts, created_at FROM caller_ids WHERE account_id = $1 ORDER BY id")
        .bind(account_id)
        .fetch_all(conn)
        .await
}

/// Loads one caller ID of the account.
pub async fn find(
    conn: &mut AnyConnection,
    account_id: i64,
    id: i64,
) -> sqlx::Result<Option<CallerId>> {
    sqlx::query_as("SELECT id, phone_e164, verified_at, code_expires_at, code_attempts, created_at FROM caller_ids WHERE account_id = $1 AND id = $2")
        .bind(account_id)
        .bind(id)
        .fetch_optional(conn)
        .await
}

/// Whether the account verified `phone_e164`.
pub async fn is_verified(
    conn: &mut AnyConnection,
    account_id: i64,
    phone_e164: &str,
) -> sqlx::Result<bool> {
    let verified: Option<Option<i64>> = sqlx::query_scalar(
        "SELECT verified_at FROM caller_ids WHERE account_id = $1 AND phone_e164 = $2",
    )
    .bind(account_id)
    .bind(phone_e164)
    .fetch_optional(conn)
    .await?;
    Ok(verified.flatten().is_some())
}

/// Stores a new code for a caller ID (replacing an older one) and returns it to send.
pub async fn new_code(conn: &mut AnyConnection, account_id: i64, id: i64) -> sqlx::Result<String> {
    let code = format!("{:06}", rand::rng().random_range(0..1_000_000));
    sqlx::query("UPDATE caller_ids SET code_hash = $1, code_expires_at = $2, code_attempts = 0 WHERE account_id = $3 AND id = $4")
        .bind(token_hash(&code))
        .bind(now_micros() + CODE_LIFETIME_MICROS)
        .bind(account_id)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(code)
}

/// The outcome of typing a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeCheck {
    Verified,
    Wrong,
    Expired,
    TooManyAttempts,
    NoCode,
}

/// Checks a typed code, counting the attempt, and marks the number verified when it matches.
pub async fn check_code(
    conn: &mut AnyConnection,
    account_id: i64,
    id: i64,
    typed: &str,
) -> sqlx::Result<CodeCheck> {
    let row: Option<(Option<String>, Option<i64>, i64)> =
        sqlx::query_as("SELECT code_hash, code_expires_at, code_attempts FROM caller_ids WHERE account_id = $1 AND id = $2")
            .bind(account_id)
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?;
    let Some((Some(hash), Some(expires_at), attempts)) = row else {
        return Ok(CodeCheck::NoCode);
    };
    if attempts >= MAX_ATTEMPTS {
        return Ok(CodeCheck::TooManyAttempts);
    }
    if expires_at <= now_micros() {
        return Ok(CodeCheck::Expired);
    }
    sqlx::query("UPDATE caller_ids SET code_attempts = code_attempts + 1 WHERE id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    if !equal(&token_hash(typed.trim()), &hash) {
        return Ok(CodeCheck::Wrong);
    }
    sqlx::query("UPDATE caller_ids SET verified_at = $1, code_hash = NULL, code_expires_at = NULL WHERE id = $2")
        .bind(now_micros())
        .bind(id)
        .execute(conn)
        .await?;
    Ok(CodeCheck::Verified)
}

/// Deletes a caller ID of the account, which cancels its verification.
pub async fn delete(
    conn: &mut AnyConnection,
    account_id: i64,
    id: i64,
) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar(
        "DELETE FROM caller_ids WHERE account_id = $1 AND id = $2 RETURNING phone_e164",
    )
    .bind(account_id)
    .bind(id)
    .fetch_optional(conn)
    .await
}
