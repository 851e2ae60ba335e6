//! Pages of the profile section.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use dialback_domain::{
    ActivityKind, ActivitySource, EmailAddress, JobTitle, PersonName, PhoneNumber,
};

use super::storage::{self, ProfileUpdate};
use crate::AppState;
use crate::accounts::User;
use crate::accounts::storage::{email_key, is_duplicate_email};
use crate::platform::audit::{self, Activity};
use crate::platform::errors::PageResult;
use crate::platform::forms::{FieldErrors, Form, Query};
use crate::platform::page::{PageContext, SignedInPage};
use crate::settings::SavedQuery;

/// The profile form as submitted.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct ProfileForm {
    pub name: String,
    pub job_title: String,
    pub phone_number: String,
    pub email: String,
    /// Needed only to change the e-mail address.
    pub current_password: String,
}

impl ProfileForm {
    fn from_user(user: &User) -> Self {
        Self {
            name: user.name.clone(),
            job_title: user.job_title.clone().unwrap_or_default(),
            phone_number: user
                .phone
                .as_ref()
                .map(PhoneNumber::international)
                .unwrap_or_default(),
            email: user.email.clone(),
            current_password: String::new(),
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "settings/profile.html")]
struct ProfilePage {
    ctx: PageContext,
    saved: bool,
    form: ProfileForm,
    phone_display: Option<String>,
    errors: FieldErrors,
}

/// Shows the profile form filled with the stored values.
pub async fn show(page: SignedInPage, Query(query): Query<SavedQuery>) -> Response {
    let user = &page.signed_in.user;
    let phone_display = user.phone.as_ref().map(|p| p.e164().to_owned());
    ProfilePage {
        form: ProfileForm::from_user(user),
        ctx: page.ctx,
        saved: query.is_saved(),
        phone_display,
        errors: FieldErrors::default(),
    }
    .into_response()
}

/// Validates and stores the profile, then records which fields changed.
pub async fn submit(
    State(state): State<AppState>,
    page: SignedInPage,
    Form(form): Form<ProfileForm>,
) -> PageResult {
    let tr = page.ctx.tr;
    let user = &page.signed_in.user;
    let mut errors = FieldErrors::default();
    let name = errors.check(&tr, "name", PersonName::parse(&form.name));
    let job_title = errors.check(&tr, "job_title", JobTitle::parse(&form.job_title));
    let phone = if form.phone_number.trim().is_empty() {
        Some(None)
    } else {
        errors.check(
            &tr,
            "phone_number",
            PhoneNumber::parse(&form.phone_number, user.interface_language.home_region()).map(Some),
        )
    };
    let email = errors.check(&tr, "email", EmailAddress::parse(&form.email));
    let (Some(name), Some(job_title), Some(phone), Some(email)) = (name, job_title, phone, email)
    else {
        return Ok(render_invalid(page, form, errors));
    };

    // Changing the sign-in address needs the password, so a session left open on a
    // shared computer cannot be used to take the account over through a reset link.
    let email_changes = !user.email.eq_ignore_ascii_case(email.as_str());
    if email_changes && !password_matches(&state, user.id, &form.current_password).await? {
        errors.add_message(
            "current_password",
            tr.t("error-email-change-needs-password"),
        );
        return Ok(render_invalid(page, form, errors));
    }

    let changed = changed_fields(user, &name, &job_title, phone.as_ref(), &email);
    let update = ProfileUpdate {
        name: name.as_str(),
        job_title: job_title.as_deref(),
        phone_e164: phone.as_ref().map(PhoneNumber::e164),
        email: email.as_str(),
        email_key: &email_key(&email),
    };
    let mut tx = state.db.begin().await?;
    if let Err(error) = storage::update(&mut tx, user.account_id, user.id, &update).await {
        if is_duplicate_email(&error) {
            errors.add_message("email", tr.t("error-email-taken"));
            return Ok(render_invalid(page, form, errors));
        }
        return Err(error.into());
    }
    if !changed.is_empty() {
        let entry = Activity::new(
            user.account_id,
            Some(user.id),
            ActivityKind::UserEdited,
            ActivitySource::Web,
        )
        .ip(page.ctx.client_ip)
        .details(serde_json::json!({ "user_id": user.id, "changed": changed }));
        audit::record(&mut tx, entry).await?;
    }
    tx.commit().await?;

    if email_changes {
        notify_old_address(&state, user, email.as_str()).await;
    }
    Ok(Redirect::to("/settings/profile?saved=1").into_response())
}

fn render_invalid(page: SignedInPage, form: ProfileForm, errors: FieldErrors) -> Response {
    let phone_display = page
        .signed_in
        .user
        .phone
        .as_ref()
        .map(|p| p.e164().to_owned());
    ProfilePage {
        ctx: page.ctx,
        saved: false,
        form,
        phone_display,
        errors,
    }
    .into_response()
}

/// Names of the fields whose value differs from what is stored.
fn changed_fields(
    user: &User,
    name: &PersonName,
    job_title: &JobTitle,
    phone: Option<&PhoneNumber>,
    email: &EmailAddress,
) -> Vec<&'static str> {
    let mut changed = Vec::new();
    if user.name != name.as_str() {
        changed.push("name");
    }
    if user.job_title.as_deref() != job_title.as_deref() {
        changed.push("job_title");
    }
    if user.phone.as_ref().map(PhoneNumber::e164) != phone.map(PhoneNumber::e164) {
        changed.push("phone_number");
    }
    if user.email != email.as_str() {
        changed.push("email");
    }
    changed
}

/// Whether `password` is the user's current password.
async fn password_matches(state: &AppState, user_id: i64, password: &str) -> sqlx::Result<bool> {
    if password.is_empty() {
        return Ok(false);
    }
    let mut conn = state.db.pool.acquire().await?;
    let stored = crate::accounts::storage::password_hash(&mut conn, user_id).await?;
    Ok(crate::auth::passwords::verify(password, Some(&stored)).await)
}

/// Tells the previous address that the sign-in address changed, in the user's e-mail language.
async fn notify_old_address(state: &AppState, user: &User, new_email: &str) {
    let tr = crate::platform::i18n::Tr::new(user.email_language);
    let body = tr.t_args(
        "email-changed-body",
        &[
            ("name", user.name.clone().into()),
            ("email", new_email.to_owned().into()),
        ],
    );
    let email = crate::platform::mail::Email {
        to: user.email.clone(),
        subject: tr.t("email-changed-subject"),
        text: body,
        html: None,
    };
    if let Err(error) = state.mailer.send(email).await {
        // The change is made; only the courtesy notice failed, which the operator should see.
        tracing::warn!(
            user.id = user.id,
            error = format!("{error:#}"),
            "failed to notify the previous e-mail address"
        );
    }
}
