//! SQL of the account settings section.

use dialback_domain::{Currency, DateFormat, Language, TimeFormat, TimeZoneName};
use sqlx::AnyConnection;

use crate::platform::clock::now_micros;

/// The user's own preferences.
pub struct Preferences {
    pub interface_language: Language,
    pub sms_language: Language,
    pub email_language: Language,
    pub timezone: TimeZoneName,
    pub date_format: DateFormat,
    pub time_format: TimeFormat,
}

/// Stores one user's preferences.
pub async fn update_preferences(
    conn: &mut AnyConnection,
    account_id: i64,
    user_id: i64,
    prefs: &Preferences,
) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE users SET interface_language = $1, sms_language = $2, email_language = $3, timezone = $4, \
         date_format = $5, time_format = $6, updated_at = $7 WHERE account_id = $8 AND id = $9",
    )
    .bind(prefs.interface_language.tag())
    .bind(prefs.sms_language.tag())
    .bind(prefs.email_language.tag())
    .bind(prefs.timezone.name())
    .bind(prefs.date_format.id())
    .bind(prefs.time_format.id())
    .bind(now_micros())
    .bind(account_id)
    .bind(user_id)
    .execute(conn)
    .await?;
    Ok(())
}

/// Stores the currency in which the account pays.
pub async fn update_currency(
    conn: &mut AnyConnection,
    account_id: i64,
    currency: Currency,
) -> sqlx::Result<()> {
    sqlx::query("UPDATE accounts SET currency = $1 WHERE id = $2")
        .bind(currency.code())
        .bind(account_id)
        .execute(conn)
        .await?;
    Ok(())
}
