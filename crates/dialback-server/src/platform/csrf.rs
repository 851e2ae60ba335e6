//! Protection against cross-site form posts.
//!
//! Every form carries a `csrf_token` hidden field. For a signed-in user it must equal
//! the token stored with the session; before sign-in (sign-up, sign-in, password reset
//! forms) it must equal the random `dialback_csrf` cookie, which a page from another
//! site can neither read nor set. No crate is used: with server-side sessions this is
//! a comparison of two strings.

use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::header::SET_COOKIE;
use axum::http::{HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use cookie::{Cookie, SameSite};

use super::secrets::{equal, new_token};
use super::session::{CurrentSession, read_cookie};
use crate::AppState;

/// Name of the cookie that carries the token before sign-in.
pub const CSRF_COOKIE: &str = "dialback_csrf";

/// Name of the hidden form field.
pub const CSRF_FIELD: &str = "csrf_token";

/// Largest form body read, in bytes.
const MAX_FORM_BYTES: usize = 256 * 1024;

/// The token the current request's forms must carry.
#[derive(Debug, Clone)]
pub struct CsrfToken(pub String);

/// Marks a response rejected for a missing or wrong CSRF token, for the error page.
#[derive(Debug, Clone, Copy)]
pub struct CsrfRejected;

/// Middleware: provides [`CsrfToken`] and checks it on every state-changing request.
pub async fn protect(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let session = request
        .extensions()
        .get::<CurrentSession>()
        .and_then(|c| c.0.clone());
    let cookie_token = read_cookie(request.headers(), CSRF_COOKIE)
        .filter(|t| t.len() >= 32)
        .map(str::to_owned);

    let (expected, set_cookie) = match (&session, cookie_token) {
        (Some(signed_in), _) => (signed_in.csrf_token.clone(), None),
        (None, Some(token)) => (token, None),
        (None, None) => {
            let token = new_token();
            (token.clone(), Some(token))
        }
    };

    let mut request = request;
    if !matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    ) {
        let (parts, body) = request.into_parts();
        let Ok(bytes) = to_bytes(body, MAX_FORM_BYTES).await else {
            let mut response = StatusCode::PAYLOAD_TOO_LARGE.into_response();
            response
                .extensions_mut()
                .insert(crate::platform::errors::ErrorPageWanted);
            return response;
        };
        let submitted = url::form_urlencoded::parse(&bytes)
            .find(|(name, _)| name == CSRF_FIELD)
            .map(|(_, value)| value.into_owned());
        if !submitted.is_some_and(|token| equal(&token, &expected)) {
            tracing::warn!(
                http.path = parts.uri.path(),
                "form rejected: CSRF token missing or wrong"
            );
            let mut response = StatusCode::FORBIDDEN.into_response();
            response.extensions_mut().insert(CsrfRejected);
            return response;
        }
        request = Request::from_parts(parts, Body::from(bytes));
    }

    request.extensions_mut().insert(CsrfToken(expected));
    let mut response = next.run(request).await;
    if let Some(token) = set_cookie {
        let cookie = Cookie::build((CSRF_COOKIE, token))
            .path("/")
            .http_only(true)
            .same_site(SameSite::Strict)
            .secure(state.config.secure_cookies())
            .build()
            .to_string();
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(SET_COOKIE, value);
        }
    }
    response
}
