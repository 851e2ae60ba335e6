//! SQL of the profile section.

use sqlx::AnyConnection;

use crate::platform::clock::now_micros;

/// The validated profile fields to store.
pub struct ProfileUpdate<'a> {
    pub name: &'a str,
    pub job_title: Option<&'a str>,
    pub phone_e164: Option<&'a str>,
    pub email: &'a str,
    pub email_key: &'a str,
}

/// Writes the profile of one user of one account.
pub async fn update(
    conn: &mut AnyConnection,
    account_id: i64,
    user_id: i64,
    update: &ProfileUpdate<'_>,
) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE users SET name = $1, job_title = $2, phone_e164 = $3, email = $4, email_key = $5, updated_at = $6 \
         WHERE account_id = $7 AND id = $8",
    )
    .bind(update.name)
    .bind(update.job_title)
    .bind(update.phone_e164)
    .bind(update.email)
    .bind(update.email_key)
    .bind(now_micros())
    .bind(account_id)
    .bind(user_id)
    .execute(&mut *conn)
    .await?;
    if let Some(phone) = update.phone_e164 {
        crate::caller_ids::remember(conn, account_id, phone).await?;
    }
    Ok(())
}
