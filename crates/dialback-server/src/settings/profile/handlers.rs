//! Pages of the profile section.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Query, State};
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
use crate::platform::forms::FieldErrors;
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

    let changed = changed_fields(user, &name, &job_title, phone.as_ref(), &email);
    let update = ProfileUpdate {
        name: name.as_str(),
        job_title: job_title.as_deref(),
        phone_e164: phone.as_ref().map(PhoneNumber::e164),
        email: email.as_str(),
        email_key: &email_key(&email),
    };
    let mut tx = state.db.pool.begin().await?;
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
