//! `/password/reset`: sets a new password through a link from the reset e-mail.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect};
use dialback_domain::{ActivityKind, ActivitySource, NewPassword};
use sqlx::AnyConnection;

use super::passwords;
use crate::AppState;
use crate::accounts::storage::set_password_hash;
use crate::platform::audit::{self, Activity};
use crate::platform::clock::now_micros;
use crate::platform::errors::PageResult;
use crate::platform::forms::FieldErrors;
use crate::platform::page::PageContext;
use crate::platform::secrets::token_hash;
use crate::platform::session;

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct ResetQuery {
    pub token: String,
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct ResetForm {
    pub token: String,
    pub new_password: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "auth/reset_password.html")]
struct ResetPage {
    ctx: PageContext,
    token: String,
    valid: bool,
    errors: FieldErrors,
}

/// Shows the new-password form if the link is still valid.
pub async fn show(
    State(state): State<AppState>,
    ctx: PageContext,
    Query(query): Query<ResetQuery>,
) -> PageResult {
    let mut conn = state.db.pool.acquire().await?;
    let valid = live_link_user(&mut conn, &query.token).await?.is_some();
    Ok(ResetPage {
        ctx,
        token: query.token,
        valid,
        errors: FieldErrors::default(),
    }
    .into_response())
}

/// Sets the new password, uses up the link and ends every session of the user.
pub async fn submit(
    State(state): State<AppState>,
    ctx: PageContext,
    Form(form): Form<ResetForm>,
) -> PageResult {
    let mut errors = FieldErrors::default();
    let Some(password) = errors.check(
        &ctx.tr,
        "new_password",
        NewPassword::parse(&form.new_password),
    ) else {
        let mut conn = state.db.pool.acquire().await?;
        let valid = live_link_user(&mut conn, &form.token).await?.is_some();
        return Ok(ResetPage {
            ctx,
            token: form.token,
            valid,
            errors,
        }
        .into_response());
    };
    let hash = passwords::hash(password.expose()).await?;

    let mut tx = state.db.pool.begin().await?;
    // Marking the link used and reading its user in one statement makes it single-use
    // even when two requests race.
    let used: Option<(i64, i64)> = sqlx::query_as(
        "UPDATE password_resets SET used_at = $1 \
         WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1 \
         RETURNING user_id, (SELECT account_id FROM users WHERE users.id = password_resets.user_id)",
    )
    .bind(now_micros())
    .bind(token_hash(&form.token))
    .fetch_optional(&mut *tx)
    .await?;
    let Some((user_id, account_id)) = used else {
        return Ok(ResetPage {
            ctx,
            token: String::new(),
            valid: false,
            errors,
        }
        .into_response());
    };

    set_password_hash(&mut tx, user_id, &hash, now_micros()).await?;
    session::delete_others(&mut tx, user_id, None).await?;
    let entry = Activity::new(
        account_id,
        Some(user_id),
        ActivityKind::UserResetPassword,
        ActivitySource::Web,
    );
    audit::record(&mut tx, entry.ip(ctx.client_ip)).await?;
    tx.commit().await?;

    Ok(Redirect::to("/login?notice=reset").into_response())
}

/// The user a reset token belongs to, if it is unused and unexpired.
async fn live_link_user(conn: &mut AnyConnection, token: &str) -> sqlx::Result<Option<i64>> {
    if token.is_empty() {
        return Ok(None);
    }
    sqlx::query_scalar("SELECT user_id FROM password_resets WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2")
        .bind(token_hash(token))
        .bind(now_micros())
        .fetch_optional(conn)
        .await
}
