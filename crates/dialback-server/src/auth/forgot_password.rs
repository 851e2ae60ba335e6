//! `/password/forgot`: e-mails a single-use link that lets a user choose a new password.
//!
//! The page answers the same whether or not the address belongs to a user, so it cannot
//! be used to find out who has an account.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use dialback_domain::{ActivityKind, ActivitySource, EmailAddress};
use fluent_templates::fluent_bundle::FluentValue;
use sqlx::AnyConnection;

use crate::AppState;
use crate::accounts::User;
use crate::accounts::storage::user_by_email;
use crate::platform::audit::{self, Activity};
use crate::platform::clock::now_micros;
use crate::platform::errors::PageResult;
use crate::platform::forms::{FieldErrors, Form};
use crate::platform::i18n::Tr;
use crate::platform::mail::Email;
use crate::platform::page::PageContext;
use crate::platform::secrets::{new_token, token_hash};

/// How long a reset link works, in minutes.
pub const LINK_LIFETIME_MINUTES: i64 = 60;

/// Most reset links sent to one user per hour; further requests send nothing.
const MAX_LINKS_PER_HOUR: i64 = 5;

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct ForgotForm {
    pub email: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "auth/forgot_password.html")]
struct ForgotPage {
    ctx: PageContext,
    email: String,
    errors: FieldErrors,
    sent: bool,
}

/// Shows the form that asks for the e-mail address.
pub async fn show(ctx: PageContext) -> Response {
    ForgotPage {
        ctx,
        email: String::new(),
        errors: FieldErrors::default(),
        sent: false,
    }
    .into_response()
}

/// Sends the link if the address belongs to a user, and says that it was sent either way.
pub async fn submit(
    State(state): State<AppState>,
    ctx: PageContext,
    Form(form): Form<ForgotForm>,
) -> PageResult {
    let mut errors = FieldErrors::default();
    let Some(email) = errors.check(&ctx.tr, "email", EmailAddress::parse(&form.email)) else {
        return Ok(ForgotPage {
            ctx,
            email: form.email,
            errors,
            sent: false,
        }
        .into_response());
    };

    let mut tx = state.db.begin().await?;
    let link = match user_by_email(&mut tx, &email).await? {
        Some((user, _)) => issue_link(&mut tx, &user, &ctx)
            .await?
            .map(|token| (user, token)),
        None => None,
    };
    tx.commit().await?;

    if let Some((user, token)) = link {
        let url = format!(
            "{}/password/reset?token={token}",
            state.config.public_base()
        );
        if let Err(error) = state.mailer.send(reset_email(&user, &url)).await {
            // The user sees the usual answer and can ask again; the operator sees why it failed.
            tracing::warn!(
                user.id = user.id,
                error = format!("{error:#}"),
                "failed to send the password reset e-mail"
            );
        }
    }
    Ok(ForgotPage {
        ctx,
        email: String::new(),
        errors,
        sent: true,
    }
    .into_response())
}

/// Stores a new reset token and its activity entry; `None` when the hourly limit is reached.
async fn issue_link(
    conn: &mut AnyConnection,
    user: &User,
    ctx: &PageContext,
) -> sqlx::Result<Option<String>> {
    let now = now_micros();
    let recent: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM password_resets WHERE user_id = $1 AND created_at > $2",
    )
    .bind(user.id)
    .bind(now - 3600 * 1_000_000)
    .fetch_one(&mut *conn)
    .await?;
    if recent >= MAX_LINKS_PER_HOUR {
        tracing::warn!(
            user.id = user.id,
            "password reset not sent: hourly limit reached"
        );
        return Ok(None);
    }

    let token = new_token();
    sqlx::query("INSERT INTO password_resets (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)")
        .bind(token_hash(&token))
        .bind(user.id)
        .bind(now)
        .bind(now + LINK_LIFETIME_MINUTES * 60 * 1_000_000)
        .execute(&mut *conn)
        .await?;
    let entry = Activity::new(
        user.account_id,
        Some(user.id),
        ActivityKind::UserRequestedPasswordReset,
        ActivitySource::Web,
    );
    audit::record(conn, entry.ip(ctx.client_ip)).await?;
    Ok(Some(token))
}

/// The reset e-mail, in the user's e-mail language.
fn reset_email(user: &User, url: &str) -> Email {
    let tr = Tr::new(user.email_language);
    let args = [
        ("name", FluentValue::from(user.name.clone())),
        ("link", FluentValue::from(url.to_owned())),
        ("minutes", FluentValue::from(LINK_LIFETIME_MINUTES)),
    ];
    Email {
        to: user.email.clone(),
        subject: tr.t("reset-mail-subject"),
        text: tr.t_args("reset-mail-body", &args),
        html: None,
    }
}
