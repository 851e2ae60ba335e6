//! SQL of team members. New members get an unusable password and set their own through
//! the password reset page.

use dialback_domain::{EmailAddress, Language, PersonName, PhoneNumber};
use sqlx::AnyConnection;

use crate::accounts::storage::{Role, email_key, is_duplicate_email};
use crate::platform::clock::now_micros;

/// Why a team change was refused.
#[derive(Debug, thiserror::Error)]
pub enum TeamError {
    #[error("the e-mail address is used by another user")]
    DuplicateEmail,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

fn map_duplicate(error: sqlx::Error) -> TeamError {
    if is_duplicate_email(&error) {
        TeamError::DuplicateEmail
    } else {
        TeamError::Database(error)
    }
}

/// The fields of a team member.
pub struct MemberFields {
    pub name: PersonName,
    pub email: EmailAddress,
    pub phone: Option<PhoneNumber>,
    pub role: Role,
    pub enabled: bool,
}

/// Adds a member to the account; they inherit the adder's languages and time zone.
pub async fn insert(
    conn: &mut AnyConnection,
    account_id: i64,
    fields: &MemberFields,
    language: Language,
    timezone: &str,
) -> Result<i64, TeamError> {
    let now = now_micros();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO users (account_id, email, email_key, name, phone_e164, role, enabled, password_hash, interface_language, \
         sms_language, email_language, timezone, date_format, time_format, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, '', $8, $8, $8, $9, $10, $11, $12, $12) RETURNING id",
    )
    .bind(account_id)
    .bind(fields.email.as_str())
    .bind(email_key(&fields.email))
    .bind(fields.name.as_str())
    .bind(fields.phone.as_ref().map(PhoneNumber::e164))
    .bind(fields.role.id())
    .bind(i64::from(fields.enabled))
    .bind(language.tag())
    .bind(timezone)
    .bind(language.home_date_format().id())
    .bind(dialback_domain::TimeFormat::default().id())
    .bind(now)
    .fetch_one(&mut *conn)
    .await
    .map_err(map_duplicate)?;
    if let Some(phone) = &fields.phone {
        crate::caller_ids::remember(conn, account_id, phone.e164()).await?;
    }
    Ok(id)
}

/// Replaces a member's fields; returns false if the account has no such user.
pub async fn update(
    conn: &mut AnyConnection,
    account_id: i64,
    user_id: i64,
    fields: &MemberFields,
) -> Result<bool, TeamError> {
    let result = sqlx::query(
        "UPDATE users SET name = $1, email = $2, email_key = $3, phone_e164 = $4, role = $5, enabled = $6, updated_at = $7 \
         WHERE account_id = $8 AND id = $9",
    )
    .bind(fields.name.as_str())
    .bind(fields.email.as_str())
    .bind(email_key(&fields.email))
    .bind(fields.phone.as_ref().map(PhoneNumber::e164))
    .bind(fields.role.id())
    .bind(i64::from(fields.enabled))
    .bind(now_micros())
    .bind(account_id)
    .bind(user_id)
    .execute(&mut *conn)
    .await
    .map_err(map_duplicate)?;
    if let Some(phone) = &fields.phone {
        crate::caller_ids::remember(conn, account_id, phone.e164()).await?;
    }
    Ok(result.rows_affected() == 1)
}

/// Removes a member of the account.
pub async fn delete(conn: &mut AnyConnection, account_id: i64, user_id: i64) -> sqlx::Result<bool> {
    let result = sqlx::query("DELETE FROM users WHERE account_id = $1 AND id = $2")
        .bind(account_id)
        .bind(user_id)
        .execute(conn)
        .await?;
    Ok(result.rows_affected() == 1)
}

/// Whether a user is enabled.
pub async fn is_enabled(conn: &mut AnyConnection, user_id: i64) -> sqlx::Result<bool> {
    let enabled: Option<i64> = sqlx::query_scalar("SELECT enabled FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_optional(conn)
        .await?;
    Ok(enabled == Some(1))
}

/// Counts the owners of an account, so the last one cannot be removed or demoted.
pub async fn owner_count(conn: &mut AnyConnection, account_id: i64) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE account_id = $1 AND role = 'owner'")
        .bind(account_id)
        .fetch_one(conn)
        .await
}
