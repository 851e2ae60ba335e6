//! Settings > Change password: needs the current password, ends the user's other sessions.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use dialback_domain::{ActivityKind, ActivitySource, NewPassword};

use crate::AppState;
use crate::accounts::storage::{password_hash, set_password_hash};
use crate::auth::passwords;
use crate::platform::audit::{self, Activity};
use crate::platform::clock::now_micros;
use crate::platform::errors::PageResult;
use crate::platform::forms::{FieldErrors, Form, Query};
use crate::platform::page::{PageContext, SignedInPage};
use crate::platform::session;
use crate::settings::SavedQuery;

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct PasswordForm {
    pub current_password: String,
    pub new_password: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "settings/password.html")]
struct PasswordPage {
    ctx: PageContext,
    saved: bool,
    errors: FieldErrors,
}

/// Shows the change-password form.
pub async fn show(page: SignedInPage, Query(query): Query<SavedQuery>) -> Response {
    PasswordPage {
        ctx: page.ctx,
        saved: query.is_saved(),
        errors: FieldErrors::default(),
    }
    .into_response()
}

/// Checks the current password, stores the new one and signs out every other session.
pub async fn submit(
    State(state): State<AppState>,
    page: SignedInPage,
    Form(form): Form<PasswordForm>,
) -> PageResult {
    let tr = page.ctx.tr;
    let user = &page.signed_in.user;
    let mut errors = FieldErrors::default();

    let stored = {
        let mut conn = state.db.pool.acquire().await?;
        password_hash(&mut conn, user.id).await?
    };
    if form.current_password.is_empty() {
        errors.add_message("current_password", tr.t("error-password-missing"));
    } else if !passwords::verify(&form.current_password, Some(&stored)).await {
        errors.add_message("current_password", tr.t("error-current-password-wrong"));
    }
    let checked = NewPassword::parse(&form.new_password)
        .and_then(|p| p.check_not_personal(&user.email, &user.name));
    let new_password = errors.check(&tr, "new_password", checked);
    let Some(new_password) = new_password.filter(|_| errors.is_empty()) else {
        return Ok(PasswordPage {
            ctx: page.ctx,
            saved: false,
            errors,
        }
        .into_response());
    };

    let hash = passwords::hash(new_password.expose()).await?;
    let mut tx = state.db.begin().await?;
    set_password_hash(&mut tx, user.id, &hash, now_micros()).await?;
    let ended = session::delete_others(&mut tx, user.id, Some(&page.signed_in.token_hash)).await?;
    let entry = Activity::new(
        user.account_id,
        Some(user.id),
        ActivityKind::UserChangedPassword,
        ActivitySource::Web,
    )
    .ip(page.ctx.client_ip)
    .details(serde_json::json!({ "sessions_ended": ended }));
    audit::record(&mut tx, entry).await?;
    tx.commit().await?;

    Ok(Redirect::to("/settings/password?saved=1").into_response())
}
