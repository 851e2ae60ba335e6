//! `/signup`: creates an account with its owner and signs the owner in.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use dialback_domain::{ActivitySource, CompanyName, EmailAddress, NewPassword, PersonName};

use super::passwords;
use crate::AppState;
use crate::accounts::create::{CreateError, NewAccount, create_account};
use crate::platform::errors::PageResult;
use crate::platform::forms::{FieldErrors, Form};
use crate::platform::page::PageContext;
use crate::platform::session;

/// The sign-up form as submitted.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct SignupForm {
    pub company_name: String,
    pub name: String,
    pub email: String,
    pub password: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "auth/signup.html")]
struct SignupPage {
    ctx: PageContext,
    form: SignupForm,
    errors: FieldErrors,
}

/// Shows the sign-up form; a signed-in user goes to their settings instead.
pub async fn show(ctx: PageContext) -> Response {
    if ctx.session.is_some() {
        return axum::response::Redirect::to(super::HOME).into_response();
    }
    SignupPage {
        ctx,
        form: SignupForm::default(),
        errors: FieldErrors::default(),
    }
    .into_response()
}

/// Creates the account, or shows the form again with what is wrong.
pub async fn submit(
    State(state): State<AppState>,
    ctx: PageContext,
    Form(form): Form<SignupForm>,
) -> PageResult {
    let tr = ctx.tr;
    let mut errors = FieldErrors::default();
    let company = errors.check(&tr, "company_name", CompanyName::parse(&form.company_name));
    let owner_name = errors.check(&tr, "name", PersonName::parse(&form.name));
    let email = errors.check(&tr, "email", EmailAddress::parse(&form.email));
    let password = NewPassword::parse(&form.password)
        .and_then(|p| p.check_not_personal(&form.email, &form.name));
    let password = errors.check(&tr, "password", password);
    let (Some(company), Some(owner_name), Some(email), Some(password)) =
        (company, owner_name, email, password)
    else {
        return Ok(SignupPage { ctx, form, errors }.into_response());
    };

    let new = NewAccount {
        company,
        owner_name,
        email,
        password_hash: passwords::hash(password.expose()).await?,
        language: tr.language,
        limits: state.config.default_limits(),
    };
    let mut tx = state.db.begin().await?;
    let created = match create_account(
        &mut tx,
        &new,
        ActivitySource::Web,
        Some(ctx.client_ip.to_string()),
    )
    .await
    {
        Ok(created) => created,
        Err(CreateError::DuplicateEmail) => {
            errors.add_message("email", tr.t("error-email-taken"));
            return Ok(SignupPage { ctx, form, errors }.into_response());
        }
        Err(CreateError::Database(error)) => return Err(error.into()),
    };
    let new_session = session::create(&mut tx, created.owner_id).await?;
    tx.commit().await?;

    tracing::info!(
        account.id = created.account_id,
        user.id = created.owner_id,
        "account created"
    );
    Ok(super::login::signed_in_redirect(
        &state,
        &new_session.token,
        super::HOME,
    ))
}
