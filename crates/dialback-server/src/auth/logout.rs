//! `/logout`: ends the current session.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::header::{LOCATION, SET_COOKIE};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use dialback_domain::{ActivityKind, ActivitySource};

use crate::AppState;
use crate::platform::audit::{self, Activity};
use crate::platform::errors::PageResult;
use crate::platform::page::PageContext;
use crate::platform::session;

#[derive(Template, WebTemplate)]
#[template(path = "auth/logout.html")]
struct LogoutPage {
    ctx: PageContext,
}

/// Shows a sign-out button; signing out is a POST so another site cannot trigger it.
pub async fn show(ctx: PageContext) -> Response {
    LogoutPage { ctx }.into_response()
}

/// Ends the session and removes its cookie.
pub async fn submit(State(state): State<AppState>, ctx: PageContext) -> PageResult {
    if let Some(signed_in) = &ctx.session {
        let mut tx = state.db.begin().await?;
        session::delete(&mut tx, &signed_in.token_hash).await?;
        let entry = Activity::new(
            signed_in.account.id,
            Some(signed_in.user.id),
            ActivityKind::UserLoggedOut,
            ActivitySource::Web,
        );
        audit::record(&mut tx, entry.ip(ctx.client_ip)).await?;
        tx.commit().await?;
    }

    let mut response = StatusCode::SEE_OTHER.into_response();
    response.headers_mut().insert(
        LOCATION,
        HeaderValue::from_static("/login?notice=signed-out"),
    );
    if let Ok(value) =
        HeaderValue::from_str(&session::removal_cookie(state.config.secure_cookies()))
    {
        response.headers_mut().insert(SET_COOKIE, value);
    }
    Ok(response)
}
