//! `/login`: signs a user in, with failed attempts throttled.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::header::{LOCATION, SET_COOKIE};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use dialback_domain::{ActivityKind, ActivitySource, EmailAddress};

use super::{passwords, throttle};
use crate::AppState;
use crate::accounts::storage::{email_key, user_by_email};
use crate::platform::audit::{self, Activity};
use crate::platform::errors::PageResult;
use crate::platform::forms::{FieldErrors, Form, Query};
use crate::platform::page::PageContext;
use crate::platform::session;

/// The sign-in form as submitted.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct LoginForm {
    pub email: String,
    pub password: String,
}

/// Query of the sign-in page: why the user was sent here.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct LoginQuery {
    /// `reset` after a password reset, `password` after a password change elsewhere.
    pub notice: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "auth/login.html")]
struct LoginPage {
    ctx: PageContext,
    email: String,
    errors: FieldErrors,
    form_error: Option<String>,
    notice: Option<String>,
}

/// Shows the sign-in form.
pub async fn show(ctx: PageContext, Query(query): Query<LoginQuery>) -> Response {
    if ctx.session.is_some() {
        return Redirect::to(super::HOME).into_response();
    }
    let notice = match query.notice.as_str() {
        "reset" => Some(ctx.t("login-notice-reset")),
        "signed-out" => Some(ctx.t("logout-done")),
        _ => None,
    };
    LoginPage {
        ctx,
        email: String::new(),
        errors: FieldErrors::default(),
        form_error: None,
        notice,
    }
    .into_response()
}

/// Checks the credentials and starts a session.
pub async fn submit(
    State(state): State<AppState>,
    ctx: PageContext,
    Form(form): Form<LoginForm>,
) -> PageResult {
    let tr = ctx.tr;
    let mut errors = FieldErrors::default();
    let email = errors.check(&tr, "email", EmailAddress::parse(&form.email));
    if form.password.is_empty() {
        errors.add_message("password", tr.t("error-password-missing"));
    }
    let Some(email) = email.filter(|_| errors.is_empty()) else {
        return Ok(login_failed(ctx, form.email, errors, None));
    };

    let ip = ctx.client_ip.to_string();
    let key = email_key(&email);
    let mut conn = state.db.pool.acquire().await?;
    if let Some(minutes) = throttle::blocked_for(&mut conn, &ip, &key).await? {
        tracing::warn!(client.ip = %ip, "sign-in throttled");
        let message = tr.t_count("login-throttled", minutes.max(1));
        return Ok(with_status(
            login_failed(ctx, form.email, errors, Some(message)),
            StatusCode::TOO_MANY_REQUESTS,
        ));
    }

    let found = user_by_email(&mut conn, &email).await?;
    let valid = passwords::verify(
        &form.password,
        found.as_ref().map(|(_, hash)| hash.as_str()),
    )
    .await;
    // A disabled member gets the same answer as a wrong password, and it counts as a failure.
    let Some((user, _)) = found.filter(|(user, _)| valid && user.enabled) else {
        throttle::record_failure(&mut conn, &ip, &key).await?;
        let message = tr.t("login-wrong-credentials");
        return Ok(with_status(
            login_failed(ctx, form.email, errors, Some(message)),
            StatusCode::UNAUTHORIZED,
        ));
    };
    drop(conn);

    let mut tx = state.db.begin().await?;
    throttle::clear(&mut tx, &key).await?;
    let new_session = session::create(&mut tx, user.id).await?;
    audit::record(
        &mut tx,
        Activity::new(
            user.account_id,
            Some(user.id),
            ActivityKind::UserLoggedIn,
            ActivitySource::Web,
        )
        .ip(&ip),
    )
    .await?;
    tx.commit().await?;

    Ok(signed_in_redirect(&state, &new_session.token, super::HOME))
}

fn login_failed(
    ctx: PageContext,
    email: String,
    errors: FieldErrors,
    form_error: Option<String>,
) -> Response {
    LoginPage {
        ctx,
        email,
        errors,
        form_error,
        notice: None,
    }
    .into_response()
}

fn with_status(mut response: Response, status: StatusCode) -> Response {
    *response.status_mut() = status;
    response
}

/// A redirect to `target` that stores a new session cookie.
pub fn signed_in_redirect(state: &AppState, token: &str, target: &'static str) -> Response {
    let cookie = session::cookie(token, state.config.secure_cookies());
    let mut response = StatusCode::SEE_OTHER.into_response();
    response
        .headers_mut()
        .insert(LOCATION, HeaderValue::from_static(target));
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().insert(SET_COOKIE, value);
    }
    response
}
