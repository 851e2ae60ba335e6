//! SQL for accounts and users. Every query that reads a user by id is scoped by account.

use dialback_domain::{
    Currency, DateFormat, EmailAddress, Language, PhoneNumber, TimeFormat, TimeZoneName,
};
use sqlx::{AnyConnection, FromRow};

/// A user's role in the account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Owner,
    Admin,
    Manager,
}

impl Role {
    pub const fn id(self) -> &'static str {
        match self {
            Role::Owner => "owner",
            Role::Admin => "admin",
            Role::Manager => "manager",
        }
    }

    fn from_id(id: &str) -> Self {
        Self::parse(id).unwrap_or(Role::Manager)
    }

    /// Parses a role slug: `owner`, `admin` or `manager`.
    pub fn parse(id: &str) -> Result<Self, dialback_domain::Invalid> {
        match id {
            "owner" => Ok(Role::Owner),
            "admin" => Ok(Role::Admin),
            "manager" => Ok(Role::Manager),
            _ => Err(dialback_domain::Invalid::new("error-role-unknown")),
        }
    }

    /// Whether this role may change account-wide settings such as the currency.
    pub fn manages_account(self) -> bool {
        matches!(self, Role::Owner | Role::Admin)
    }
}

/// A dashboard user with their preferences, parsed into domain types.
#[derive(Debug, Clone)]
pub struct User {
    pub id: i64,
    pub account_id: i64,
    pub email: String,
    pub name: String,
    pub job_title: Option<String>,
    pub phone: Option<PhoneNumber>,
    pub role: Role,
    pub interface_language: Language,
    pub sms_language: Language,
    pub email_language: Language,
    pub timezone: TimeZoneName,
    pub date_format: DateFormat,
    pub time_format: TimeFormat,
    pub enabled: bool,
}

/// An account: the customer company.
#[derive(Debug, Clone)]
pub struct Account {
    pub id: i64,
    pub name: String,
    pub currency: Currency,
}

#[derive(FromRow)]
struct UserRow {
    id: i64,
    account_id: i64,
    email: String,
    name: String,
    job_title: Option<String>,
    phone_e164: Option<String>,
    role: String,
    interface_language: String,
    sms_language: String,
    email_language: String,
    timezone: String,
    date_format: String,
    time_format: String,
    enabled: i64,
}

impl From<UserRow> for User {
    // Stored values were validated on the way in; a value an older version wrote and
    // this one no longer knows falls back to the default instead of failing the page.
    fn from(row: UserRow) -> Self {
        Self {
            id: row.id,
            account_id: row.account_id,
            email: row.email,
            name: row.name,
            job_title: row.job_title,
            phone: row.phone_e164.and_then(|p| PhoneNumber::from_e164(&p).ok()),
            role: Role::from_id(&row.role),
            interface_language: Language::parse(&row.interface_language).unwrap_or_default(),
            sms_language: Language::parse(&row.sms_language).unwrap_or_default(),
            email_language: Language::parse(&row.email_language).unwrap_or_default(),
            timezone: TimeZoneName::parse(&row.timezone).unwrap_or_else(|_| TimeZoneName::utc()),
            date_format: DateFormat::parse(&row.date_format).unwrap_or_default(),
            time_format: TimeFormat::parse(&row.time_format).unwrap_or_default(),
            enabled: row.enabled == 1,
        }
    }
}

pub(crate) const USER_COLUMNS: &str = "users.id, users.account_id, users.email, users.name, users.job_title, \
     users.phone_e164, users.role, users.interface_language, users.sms_language, users.email_language, \
     users.timezone, users.date_format, users.time_format, users.enabled";

/// Reads a user from a row that selected [`USER_COLUMNS`].
pub fn user_from_row(row: &sqlx::any::AnyRow) -> sqlx::Result<User> {
    UserRow::from_row(row).map(User::from)
}

/// The key under which an e-mail address is unique: the whole address lower-cased.
pub fn email_key(email: &EmailAddress) -> String {
    email.as_str().to_lowercase()
}

/// Loads a user by id within an account.
pub async fn user_in_account(
    conn: &mut AnyConnection,
    account_id: i64,
    user_id: i64,
) -> sqlx::Result<Option<User>> {
    let sql =
        format!("SELECT {USER_COLUMNS} FROM users WHERE users.account_id = $1 AND users.id = $2");
    let row: Option<UserRow> = sqlx::query_as(&sql)
        .bind(account_id)
        .bind(user_id)
        .fetch_optional(conn)
        .await?;
    Ok(row.map(User::from))
}

/// Loads a user by e-mail address with the stored password hash, for signing in.
pub async fn user_by_email(
    conn: &mut AnyConnection,
    email: &EmailAddress,
) -> sqlx::Result<Option<(User, String)>> {
    let sql =
        format!("SELECT {USER_COLUMNS}, users.password_hash FROM users WHERE users.email_key = $1");
    let row = sqlx::query(&sql)
        .bind(email_key(email))
        .fetch_optional(&mut *conn)
        .await?;
    row.map(|row| {
        use sqlx::Row;
        let hash: String = row.try_get("password_hash")?;
        Ok((User::from(UserRow::from_row(&row)?), hash))
    })
    .transpose()
}

/// Lists the users of an account by name, for filters and pickers.
pub async fn users_of_account(
    conn: &mut AnyConnection,
    account_id: i64,
) -> sqlx::Result<Vec<User>> {
    let sql = format!(
        "SELECT {USER_COLUMNS} FROM users WHERE users.account_id = $1 ORDER BY users.name, users.id"
    );
    let rows: Vec<UserRow> = sqlx::query_as(&sql)
        .bind(account_id)
        .fetch_all(conn)
        .await?;
    Ok(rows.into_iter().map(User::from).collect())
}

/// Loads an account by id.
pub async fn account(conn: &mut AnyConnection, account_id: i64) -> sqlx::Result<Account> {
    let (id, name, currency): (i64, String, String) =
        sqlx::query_as("SELECT id, name, currency FROM accounts WHERE id = $1")
            .bind(account_id)
            .fetch_one(conn)
            .await?;
    Ok(Account {
        id,
        name,
        currency: Currency::parse(&currency).unwrap_or_default(),
    })
}

/// Reads the password hash of a user.
pub async fn password_hash(conn: &mut AnyConnection, user_id: i64) -> sqlx::Result<String> {
    sqlx::query_scalar("SELECT password_hash FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_one(conn)
        .await
}

/// Replaces the password hash of a user, voiding open reset links and failed sign-ins.
pub async fn set_password_hash(
    conn: &mut AnyConnection,
    user_id: i64,
    hash: &str,
    now: i64,
) -> sqlx::Result<()> {
    sqlx::query("UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3")
        .bind(hash)
        .bind(now)
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    // A new password makes every reset link sent before it useless, and lifts the
    // sign-in lock that failed attempts with the old one may have set.
    sqlx::query("UPDATE password_resets SET used_at = $1 WHERE user_id = $2 AND used_at IS NULL")
        .bind(now)
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM sign_in_failures WHERE email_key = (SELECT email_key FROM users WHERE id = $1)")
        .bind(user_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Whether a unique-key violation came from the e-mail address column.
pub fn is_duplicate_email(error: &sqlx::Error) -> bool {
    match error {
        sqlx::Error::Database(db) => {
            db.is_unique_violation()
                && (db.message().contains("email_key")
                    || db.constraint().is_some_and(|c| c.contains("email_key")))
        }
        _ => false,
    }
}
