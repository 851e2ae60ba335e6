//! Throttling of failed sign-ins, per client address and per e-mail address.
//!
//! Failures are rows in the database rather than counters in memory, so the limits
//! hold across several servers. At most [`MAX_PER_EMAIL`] failures for one address and
//! [`MAX_PER_IP`] from one client within [`WINDOW_MICROS`]; past that, sign-in is
//! refused (even with the right password) until the oldest failure leaves the window.

use sqlx::AnyConnection;

use crate::platform::clock::now_micros;

/// Failed sign-ins allowed for one e-mail address within the window.
pub const MAX_PER_EMAIL: i64 = 5;

/// Failed sign-ins allowed from one client address within the window.
pub const MAX_PER_IP: i64 = 20;

/// The window, in microseconds: 15 minutes.
pub const WINDOW_MICROS: i64 = 15 * 60 * 1_000_000;

/// Returns the whole minutes until sign-in is allowed again, or `None` if it is allowed now.
pub async fn blocked_for(
    conn: &mut AnyConnection,
    ip: &str,
    email_key: &str,
) -> sqlx::Result<Option<i64>> {
    let since = now_micros() - WINDOW_MICROS;
    let by_email: (i64, Option<i64>) =
        sqlx::query_as("SELECT COUNT(*), MIN(created_at) FROM sign_in_failures WHERE email_key = $1 AND created_at > $2")
            .bind(email_key)
            .bind(since)
            .fetch_one(&mut *conn)
            .await?;
    let by_ip: (i64, Option<i64>) = sqlx::query_as(
        "SELECT COUNT(*), MIN(created_at) FROM sign_in_failures WHERE ip = $1 AND created_at > $2",
    )
    .bind(ip)
    .bind(since)
    .fetch_one(&mut *conn)
    .await?;

    let oldest_blocking = [(by_email, MAX_PER_EMAIL), (by_ip, MAX_PER_IP)]
        .into_iter()
        .filter(|((count, _), max)| count >= max)
        .filter_map(|((_, oldest), _)| oldest)
        .max();
    Ok(oldest_blocking.map(|oldest| {
        let remaining = oldest + WINDOW_MICROS - now_micros();
        (remaining + 59_999_999) / 60_000_000
    }))
}

/// Records one failed sign-in.
pub async fn record_failure(
    conn: &mut AnyConnection,
    ip: &str,
    email_key: &str,
) -> sqlx::Result<()> {
    sqlx::query("INSERT INTO sign_in_failures (ip, email_key, created_at) VALUES ($1, $2, $3)")
        .bind(ip)
        .bind(email_key)
        .bind(now_micros())
        .execute(&mut *conn)
        .await?;
    // Rows older than the window are never read again.
    sqlx::query("DELETE FROM sign_in_failures WHERE created_at < $1")
        .bind(now_micros() - WINDOW_MICROS)
        .execute(conn)
        .await?;
    Ok(())
}

/// Forgets the failures of an e-mail address after a successful sign-in.
pub async fn clear(conn: &mut AnyConnection, email_key: &str) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM sign_in_failures WHERE email_key = $1")
        .bind(email_key)
        .execute(conn)
        .await?;
    Ok(())
}
