//! `/team`: the list of team members, adding, editing and removing them.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use dialback_domain::{ActivityKind, ActivitySource, EmailAddress, PersonName, PhoneNumber};

use super::storage::{self as team, MemberFields, TeamError};
use crate::AppState;
use crate::accounts::storage::{Role, User, user_in_account, users_of_account};
use crate::platform::audit::{self, Activity};
use crate::platform::errors::{PageError, PageResult};
use crate::platform::forms::PathId;
use crate::platform::forms::{FieldErrors, Form, Query, SelectField, SelectOption};
use crate::platform::page::{PageContext, SignedInPage};
use crate::settings::SavedQuery;

/// The member form as submitted.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct MemberForm {
    pub name: String,
    pub email: String,
    pub phone_number: String,
    pub role: String,
    pub enabled: Option<String>,
}

/// What the edit template needs of the form.
struct FormView {
    name: String,
    email: String,
    phone_number: String,
    enabled: bool,
}

struct MemberRow {
    id: i64,
    name: String,
    email: String,
    phone: String,
    role: String,
    state: String,
    caller_id: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "team/list.html")]
struct TeamPage {
    ctx: PageContext,
    saved: bool,
    can_manage: bool,
    members: Vec<MemberRow>,
    form: FormView,
    role_field: SelectField,
    errors: FieldErrors,
}

#[derive(Template, WebTemplate)]
#[template(path = "team/edit.html")]
struct EditPage {
    ctx: PageContext,
    member_id: i64,
    form: FormView,
    role_field: SelectField,
    errors: FieldErrors,
}

fn role_field(ctx: &PageContext, chosen: &str, include_owner: bool) -> SelectField {
    let roles = if include_owner {
        vec![Role::Owner, Role::Admin, Role::Manager]
    } else {
        vec![Role::Admin, Role::Manager]
    };
    let options = roles
        .into_iter()
        .map(|r| SelectOption::new(r.id(), ctx.t(&format!("role-{}", r.id())), r.id() == chosen))
        .collect();
    SelectField {
        name: "role",
        label: ctx.t("field-role"),
        options,
        disabled: false,
    }
}

async fn list_page(
    state: &AppState,
    page: SignedInPage,
    form: FormView,
    role: &str,
    errors: FieldErrors,
    saved: bool,
) -> PageResult<TeamPage> {
    let mut conn = state.db.pool.acquire().await?;
    let users = users_of_account(&mut conn, page.signed_in.account.id).await?;
    let caller_ids = crate::caller_ids::list(&mut conn, page.signed_in.account.id).await?;
    let ctx = page.ctx;
    let members = users
        .iter()
        .map(|u| MemberRow {
            id: u.id,
            name: u.name.clone(),
            email: u.email.clone(),
            phone: u
                .phone
                .as_ref()
                .map(PhoneNumber::international)
                .unwrap_or_default(),
            role: ctx.t(&format!("role-{}", u.role.id())),
            state: ctx.t(if u.enabled {
                "team-state-enabled"
            } else {
                "team-state-disabled"
            }),
            caller_id: {
                let verified = u
                    .phone
                    .as_ref()
                    .and_then(|p| caller_ids.iter().find(|c| c.phone_e164 == p.e164()))
                    .is_some_and(|c| c.verified_at.is_some());
                ctx.t(if verified {
                    "team-caller-id-verified"
                } else {
                    "caller-ids-not-verified"
                })
            },
        })
        .collect();
    let role_field = role_field(&ctx, role, false);
    Ok(TeamPage {
        saved,
        can_manage: page.signed_in.user.role.manages_account(),
        members,
        form,
        role_field,
        errors,
        ctx,
    })
}

/// Shows the team.
pub async fn list(
    State(state): State<AppState>,
    page: SignedInPage,
    Query(query): Query<SavedQuery>,
) -> PageResult {
    let empty = FormView {
        name: String::new(),
        email: String::new(),
        phone_number: String::new(),
        enabled: true,
    };
    Ok(list_page(
        &state,
        page,
        empty,
        Role::Manager.id(),
        FieldErrors::default(),
        query.is_saved(),
    )
    .await?
    .into_response())
}

/// Parses the member form; `None` with errors recorded when a field is invalid.
fn parse_member(
    page: &SignedInPage,
    form: &MemberForm,
    errors: &mut FieldErrors,
    enabled: bool,
) -> Option<MemberFields> {
    let tr = page.ctx.tr;
    let region = page.signed_in.user.interface_language.home_region();
    let name = errors.check(&tr, "name", PersonName::parse(&form.name));
    let email = errors.check(&tr, "email", EmailAddress::parse(&form.email));
    let phone = if form.phone_number.trim().is_empty() {
        Some(None)
    } else {
        errors.check(
            &tr,
            "phone_number",
            PhoneNumber::parse(&form.phone_number, region).map(Some),
        )
    };
    let role = errors.check(&tr, "role", Role::parse(&form.role));
    Some(MemberFields {
        name: name?,
        email: email?,
        phone: phone?,
        role: role?,
        enabled,
    })
}

fn activity(page: &SignedInPage, kind: ActivityKind, user_id: i64) -> Activity {
    Activity::new(
        page.signed_in.account.id,
        Some(page.signed_in.user.id),
        kind,
        ActivitySource::Web,
    )
    .ip(page.ctx.client_ip)
    .details(serde_json::json!({ "user_id": user_id }))
}

/// Adds a member.
pub async fn create(
    State(state): State<AppState>,
    page: SignedInPage,
    Form(form): Form<MemberForm>,
) -> PageResult {
    if !page.signed_in.user.role.manages_account() {
        return Ok(crate::platform::errors::PageError::Forbidden.into_response());
    }
    let mut errors = FieldErrors::default();
    let fields = parse_member(&page, &form, &mut errors, true).filter(|f| f.role != Role::Owner);
    let view = FormView {
        name: form.name.clone(),
        email: form.email.clone(),
        phone_number: form.phone_number.clone(),
        enabled: true,
    };
    let Some(fields) = fields.filter(|_| errors.is_empty()) else {
        if errors.is_empty() {
            errors.add_message("role", page.ctx.t("error-role-unknown"));
        }
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            list_page(&state, page, view, &form.role, errors, false).await?,
        )
            .into_response());
    };

    let me = &page.signed_in.user;
    let mut tx = state.db.begin().await?;
    let id = match team::insert(
        &mut tx,
        page.signed_in.account.id,
        &fields,
        me.interface_language,
        me.timezone.name(),
    )
    .await
    {
        Ok(id) => id,
        Err(TeamError::DuplicateEmail) => {
            errors.add_message("email", page.ctx.t("error-email-taken"));
            return Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                list_page(&state, page, view, &form.role, errors, false).await?,
            )
                .into_response());
        }
        Err(TeamError::Database(error)) => return Err(error.into()),
    };
    audit::record(&mut tx, activity(&page, ActivityKind::UserAdded, id)).await?;
    tx.commit().await?;
    Ok(Redirect::to("/team?saved=1").into_response())
}

async fn member(state: &AppState, page: &SignedInPage, id: i64) -> PageResult<User> {
    if !page.signed_in.user.role.manages_account() {
        return Err(PageError::NotFound);
    }
    let mut conn = state.db.pool.acquire().await?;
    user_in_account(&mut conn, page.signed_in.account.id, id)
        .await?
        .ok_or(PageError::NotFound)
}

fn edit_page(
    page: SignedInPage,
    member_id: i64,
    form: FormView,
    role: &str,
    errors: FieldErrors,
) -> Response {
    let role_field = role_field(&page.ctx, role, true);
    EditPage {
        ctx: page.ctx,
        member_id,
        form,
        role_field,
        errors,
    }
    .into_response()
}

/// Shows the edit form of a member.
pub async fn edit(
    State(state): State<AppState>,
    page: SignedInPage,
    PathId(id): PathId<i64>,
) -> PageResult {
    let user = member(&state, &page, id).await?;
    let form = FormView {
        name: user.name.clone(),
        email: user.email.clone(),
        phone_number: user
            .phone
            .as_ref()
            .map(PhoneNumber::international)
            .unwrap_or_default(),
        enabled: user.enabled,
    };
    Ok(edit_page(
        page,
        id,
        form,
        user.role.id(),
        FieldErrors::default(),
    ))
}

/// Saves a member's changes.
pub async fn update(
    State(state): State<AppState>,
    page: SignedInPage,
    PathId(id): PathId<i64>,
    Form(form): Form<MemberForm>,
) -> PageResult {
    let current = member(&state, &page, id).await?;
    let mut errors = FieldErrors::default();
    let enabled = form.enabled.is_some();
    let view = FormView {
        name: form.name.clone(),
        email: form.email.clone(),
        phone_number: form.phone_number.clone(),
        enabled,
    };
    let Some(fields) =
        parse_member(&page, &form, &mut errors, enabled).filter(|_| errors.is_empty())
    else {
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            edit_page(page, id, view, &form.role, errors),
        )
            .into_response());
    };

    let account_id = page.signed_in.account.id;
    let mut tx = state.db.begin().await?;
    if current.role == Role::Owner
        && fields.role != Role::Owner
        && team::owner_count(&mut tx, account_id).await? <= 1
    {
        errors.add_message("role", page.ctx.t("team-last-owner"));
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            edit_page(page, id, view, &form.role, errors),
        )
            .into_response());
    }
    match team::update(&mut tx, account_id, id, &fields).await {
        Ok(_) => {}
        Err(TeamError::DuplicateEmail) => {
            errors.add_message("email", page.ctx.t("error-email-taken"));
            return Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                edit_page(page, id, view, &form.role, errors),
            )
                .into_response());
        }
        Err(TeamError::Database(error)) => return Err(error.into()),
    }
    audit::record(&mut tx, activity(&page, ActivityKind::UserEdited, id)).await?;
    tx.commit().await?;
    Ok(Redirect::to("/team?saved=1").into_response())
}

/// Removes a member; not oneself, and not the last owner.
pub async fn delete(
    State(state): State<AppState>,
    page: SignedInPage,
    PathId(id): PathId<i64>,
) -> PageResult {
    let current = member(&state, &page, id).await?;
    let account_id = page.signed_in.account.id;
    let mut tx = state.db.begin().await?;
    let refusal = if id == page.signed_in.user.id {
        Some("team-self-delete")
    } else if current.role == Role::Owner && team::owner_count(&mut tx, account_id).await? <= 1 {
        Some("team-last-owner")
    } else {
        None
    };
    if let Some(message) = refusal {
        let mut errors = FieldErrors::default();
        errors.add_message("delete", page.ctx.t(message));
        let form = FormView {
            name: current.name.clone(),
            email: current.email.clone(),
            phone_number: current
                .phone
                .as_ref()
                .map(PhoneNumber::international)
                .unwrap_or_default(),
            enabled: current.enabled,
        };
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            edit_page(page, id, form, current.role.id(), errors),
        )
            .into_response());
    }
    team::delete(&mut tx, account_id, id).await?;
    audit::record(&mut tx, activity(&page, ActivityKind::UserDeleted, id)).await?;
    tx.commit().await?;
    Ok(Redirect::to("/team?saved=1").into_response())
}
