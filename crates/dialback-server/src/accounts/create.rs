//! Creating an account with its owner: from sign-up, from the command line and for the demo.

use dialback_domain::{
    ActivityKind, ActivitySource, CompanyName, Currency, EmailAddress, Language, PersonName,
};
use sqlx::AnyConnection;

use super::storage::{Role, email_key, is_duplicate_email};
use crate::platform::audit::{self, Activity};
use crate::platform::clock::now_micros;

/// What sign-up collects.
pub struct NewAccount {
    pub company: CompanyName,
    pub owner_name: PersonName,
    pub email: EmailAddress,
    /// The argon2id hash of the owner's password.
    pub password_hash: String,
    /// The language of every channel until the owner changes it.
    pub language: Language,
    /// The limits the account starts with.
    pub limits: crate::limits::Limits,
}

/// Ids of a created account and its owner.
#[derive(Debug, Clone, Copy)]
pub struct CreatedAccount {
    pub account_id: i64,
    pub owner_id: i64,
}

/// Why an account could not be created.
#[derive(Debug, thiserror::Error)]
pub enum CreateError {
    #[error("a user with this e-mail address already exists")]
    DuplicateEmail,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// The currency a new account pays in, from the language it signed up in.
fn default_currency(language: Language) -> Currency {
    match language {
        Language::Polish => Currency::Pln,
        Language::English => Currency::Gbp,
        Language::PortugueseBrazil => Currency::Brl,
        _ => Currency::Eur,
    }
}

/// Inserts the account, its owner and a `USER_SIGNUP` entry. Pass a transaction.
pub async fn create_account(
    conn: &mut AnyConnection,
    new: &NewAccount,
    source: ActivitySource,
    ip: Option<String>,
) -> Result<CreatedAccount, CreateError> {
    let now = now_micros();
    let account_id: i64 = sqlx::query_scalar(
        "INSERT INTO accounts (name, currency, created_at) VALUES ($1, $2, $3) RETURNING id",
    )
    .bind(new.company.as_str())
    .bind(default_currency(new.language).code())
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;

    let language = new.language.tag();
    let owner_id: i64 = sqlx::query_scalar(
        "INSERT INTO users (account_id, email, email_key, name, role, password_hash, interface_language, sms_language, \
         email_language, timezone, date_format, time_format, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $7, $8, $9, $10, $11, $11) RETURNING id",
    )
    .bind(account_id)
    .bind(new.email.as_str())
    .bind(email_key(&new.email))
    .bind(new.owner_name.as_str())
    .bind(Role::Owner.id())
    .bind(&new.password_hash)
    .bind(language)
    .bind(new.language.home_timezone())
    .bind(new.language.home_date_format().id())
    .bind(dialback_domain::TimeFormat::default().id())
    .bind(now)
    .fetch_one(&mut *conn)
    .await
    .map_err(|error| if is_duplicate_email(&error) { CreateError::DuplicateEmail } else { CreateError::Database(error) })?;

    crate::limits::create_for_account(conn, account_id, new.limits).await?;
    let mut entry = Activity::new(account_id, Some(owner_id), ActivityKind::UserSignup, source);
    entry.ip = ip;
    audit::record(conn, entry).await?;

    Ok(CreatedAccount {
        account_id,
        owner_id,
    })
}
