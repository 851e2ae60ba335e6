//! Sign-in sessions, stored in the database and named by a random cookie.
//!
//! Written here rather than with tower-sessions because Dialback must find and end
//! every session of one user (after a password change or reset), which needs the user
//! id as a column; a generic session store keeps it inside an opaque record.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::HeaderMap;
use axum::http::header::COOKIE;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use cookie::{Cookie, SameSite};
use sqlx::AnyConnection;

use super::clock::now_micros;
use super::secrets::{new_token, token_hash};
use crate::AppState;
use crate::accounts::storage::{self, Account, USER_COLUMNS, User};

/// Name of the session cookie.
pub const SESSION_COOKIE: &str = "dialback_session";

/// How long a session lasts from sign-in, in microseconds (14 days).
const SESSION_LIFETIME_MICROS: i64 = 14 * 24 * 3600 * 1_000_000;

/// The signed-in user of a request, with their account and session.
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub user: User,
    pub account: Account,
    pub token_hash: String,
    pub csrf_token: String,
}

/// The request extension the session middleware leaves for extractors.
#[derive(Debug, Clone, Default)]
pub struct CurrentSession(pub Option<Arc<SignedIn>>);

/// A new session: the cookie value to send and the CSRF token of its forms.
pub struct NewSession {
    pub token: String,
    pub csrf_token: String,
}

/// Starts a session for `user_id`. Sign-in always starts a new one, so a session id
/// planted in the browser before sign-in is never promoted.
pub async fn create(conn: &mut AnyConnection, user_id: i64) -> sqlx::Result<NewSession> {
    let token = new_token();
    let csrf_token = new_token();
    let now = now_micros();
    sqlx::query("INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(token_hash(&token))
        .bind(user_id)
        .bind(&csrf_token)
        .bind(now)
        .bind(now + SESSION_LIFETIME_MICROS)
        .execute(conn)
        .await?;
    Ok(NewSession { token, csrf_token })
}

/// Loads the live session named by `token`, with its user and account.
pub async fn load(conn: &mut AnyConnection, token: &str) -> sqlx::Result<Option<SignedIn>> {
    use sqlx::Row;
    let hash = token_hash(token);
    let sql = format!(
        "SELECT {USER_COLUMNS}, sessions.csrf_token FROM sessions JOIN users ON users.id = sessions.user_id \
         WHERE sessions.token_hash = $1 AND sessions.expires_at > $2 AND users.enabled = 1"
    );
    let Some(row) = sqlx::query(&sql)
        .bind(&hash)
        .bind(now_micros())
        .fetch_optional(&mut *conn)
        .await?
    else {
        return Ok(None);
    };
    let csrf_token: String = row.try_get("csrf_token")?;
    let user = storage::user_from_row(&row)?;
    let account = storage::account(conn, user.account_id).await?;
    Ok(Some(SignedIn {
        user,
        account,
        token_hash: hash,
        csrf_token,
    }))
}

/// Ends one session.
pub async fn delete(conn: &mut AnyConnection, token_hash: &str) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
        .bind(token_hash)
        .execute(conn)
        .await?;
    Ok(())
}

/// Ends every session of a user except `keep` (the one making the request, if any).
pub async fn delete_others(
    conn: &mut AnyConnection,
    user_id: i64,
    keep: Option<&str>,
) -> sqlx::Result<u64> {
    let result = sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2")
        .bind(user_id)
        .bind(keep.unwrap_or(""))
        .execute(conn)
        .await?;
    Ok(result.rows_affected())
}

/// The `Set-Cookie` value that stores a session token in the browser.
pub fn cookie(token: &str, secure: bool) -> String {
    Cookie::build((SESSION_COOKIE, token.to_owned()))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(secure)
        .max_age(cookie::time::Duration::seconds(
            SESSION_LIFETIME_MICROS / 1_000_000,
        ))
        .build()
        .to_string()
}

/// The `Set-Cookie` value that removes the session cookie.
pub fn removal_cookie(secure: bool) -> String {
    Cookie::build((SESSION_COOKIE, ""))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(secure)
        .max_age(cookie::time::Duration::ZERO)
        .build()
        .to_string()
}

/// Reads a cookie's value from the request headers.
pub fn read_cookie<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find_map(|(key, value)| (key == name).then_some(value))
}

/// Middleware that loads the session named by the cookie into [`CurrentSession`].
pub async fn load_session(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let mut current = CurrentSession::default();
    if let Some(token) = read_cookie(request.headers(), SESSION_COOKIE).filter(|t| !t.is_empty()) {
        let loaded = match state.db.pool.acquire().await {
            Ok(mut conn) => load(&mut conn, token).await,
            Err(error) => Err(error),
        };
        // The account's expiry state is loaded with the session, for the dashboard's banner.
        let loaded = match loaded {
            Ok(Some(signed_in)) => {
                let expiry_state = match state.db.pool.acquire().await {
                    Ok(mut conn) => {
                        crate::payments::expiry::current(
                            &mut conn,
                            signed_in.account.id,
                            &state.config.payments,
                            now_micros(),
                        )
                        .await
                    }
                    Err(error) => Err(error),
                };
                expiry_state.map(|expiry_state| {
                    request.extensions_mut().insert(expiry_state);
                    Some(signed_in)
                })
            }
            other => other,
        };
        match loaded {
            Ok(session) => current = CurrentSession(session.map(Arc::new)),
            Err(error) => {
                tracing::error!(error = %error, "failed to load the session");
                return crate::platform::errors::PageError::from(error).into_response();
            }
        }
    }
    request.extensions_mut().insert(current);
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookie_is_secure_only_behind_https() {
        let plain = cookie("token", false);
        assert!(
            plain.contains("HttpOnly") && plain.contains("SameSite=Lax"),
            "{plain}"
        );
        assert!(!plain.contains("Secure"), "{plain}");
        assert!(cookie("token", true).contains("Secure"));
        assert!(removal_cookie(true).contains("Max-Age=0"));
    }

    #[test]
    fn cookie_header_parsing() {
        let mut headers = HeaderMap::new();
        headers.insert(COOKIE, "a=1; dialback_session=abc; b=2".parse().unwrap());
        assert_eq!(read_cookie(&headers, SESSION_COOKIE), Some("abc"));
        assert_eq!(read_cookie(&headers, "missing"), None);
    }
}
