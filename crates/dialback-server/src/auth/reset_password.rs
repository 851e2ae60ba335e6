//! `/password/reset`: sets a new password through a link from the reset e-mail.
//!
//! While the link is valid, the page speaks the user's interface language, since the
//! user arrives from an e-mail written in their language, often in another browser.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect};
use dialback_domain::{ActivityKind, ActivitySource, NewPassword};
use sqlx::AnyConnection;

use super::passwords;
use crate::AppState;
use crate::accounts::User;
use crate::accounts::storage::{set_password_hash, user_in_account};
use crate::platform::audit::{self, Activity};
use crate::platform::clock::now_micros;
use crate::platform::errors::PageResult;
use crate::platform::forms::{FieldErrors, Form, Query};
use crate::platform::i18n::Tr;
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
    mut ctx: PageContext,
    Query(query): Query<ResetQuery>,
) -> PageResult {
    let mut conn = state.db.pool.acquire().await?;
    let user = live_link_user(&mut conn, &query.token).await?;
    if let Some(user) = &user {
        ctx.tr = Tr::new(user.interface_language);
    }
    Ok(ResetPage {
        ctx,
        token: query.token,
        valid: user.is_some(),
        errors: FieldErrors::default(),
    }
    .into_response())
}

/// Sets the new password, uses up the link and ends every session of the user.
pub async fn submit(
    State(state): State<AppState>,
    mut ctx: PageContext,
    Form(form): Form<ResetForm>,
) -> PageResult {
    let mut conn = state.db.pool.acquire().await?;
    let Some(user) = live_link_user(&mut conn, &form.token).await? else {
        return Ok(ResetPage {
            ctx,
            token: String::new(),
            valid: false,
            errors: FieldErrors::default(),
        }
        .into_response());
    };
    drop(conn);
    ctx.tr = Tr::new(user.interface_language);

    let mut errors = FieldErrors::default();
    let checked = NewPassword::parse(&form.new_password)
        .and_then(|p| p.check_not_personal(&user.email, &user.name));
    let Some(password) = errors.check(&ctx.tr, "new_password", checked) else {
        return Ok(ResetPage {
            ctx,
            token: form.token,
            valid: true,
            errors,
        }
        .into_response());
    };
    let hash = passwords::hash(password.expose()).await?;

    let mut tx = state.db.begin().await?;
    // Marking the link used and reading its user in one statement makes it single-use
    // even when two requests race.
    let used: Option<i64> = sqlx::query_scalar(
        "UPDATE password_resets SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1 RETURNING user_id",
    )
    .bind(now_micros())
    .bind(token_hash(&form.token))
    .fetch_optional(&mut *tx)
    .await?;
    if used != Some(user.id) {
        return Ok(ResetPage {
            ctx,
            token: String::new(),
            valid: false,
            errors,
        }
        .into_response());
    }

    set_password_hash(&mut tx, user.id, &hash, now_micros()).await?;
    session::delete_others(&mut tx, user.id, None).await?;
    let entry = Activity::new(
        user.account_id,
        Some(user.id),
        ActivityKind::UserResetPassword,
        ActivitySource::Web,
    );
    audit::record(&mut tx, entry.ip(ctx.client_ip)).await?;
    tx.commit().await?;

    Ok(Redirect::to("/login?notice=reset").into_response())
}

/// The user a reset token belongs to, if it is unused and unexpired.
async fn live_link_user(conn: &mut AnyConnection, token: &str) -> sqlx::Result<Option<User>> {
    if token.is_empty() {
        return Ok(None);
    }
    let owner: Option<(i64, i64)> = sqlx::query_as(
        "SELECT users.id, users.account_id FROM password_resets JOIN users ON users.id = password_resets.user_id \
         WHERE password_resets.token_hash = $1 AND password_resets.used_at IS NULL AND password_resets.expires_at > $2",
    )
    .bind(token_hash(token))
    .bind(now_micros())
    .fetch_optional(&mut *conn)
    .await?;
    match owner {
        Some((user_id, account_id)) => user_in_account(conn, account_id, user_id).await,
        None => Ok(None),
    }
}
