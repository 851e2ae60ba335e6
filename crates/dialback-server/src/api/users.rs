//! `/users/...`: the account's team. Reading needs `managers.view`; changing needs `managers`.

use axum::extract::State;
use dialback_domain::{
    ActivityKind, ActivitySource, EmailAddress, Permission, PersonName, PhoneNumber,
};
use sqlx::AnyConnection;

use super::auth::ApiCaller;
use super::envelope::{ApiError, ApiResult, ok, ok_list};
use super::params::Params;
use crate::AppState;
use crate::accounts::storage::{Role, User, user_in_account, users_of_account};
use crate::platform::audit::{self, Activity};
use crate::team::storage::{self as team, MemberFields, TeamError};

/// A user as the API shows it, with the verification of their number as a caller ID.
pub fn user_json(user: &User, caller_ids: &[crate::caller_ids::CallerId]) -> serde_json::Value {
    let verified_at = user
        .phone
        .as_ref()
        .and_then(|phone| caller_ids.iter().find(|c| c.phone_e164 == phone.e164()))
        .and_then(|c| c.verified_at)
        .map(|at| at / 1_000_000);
    serde_json::json!({
        "id": user.id,
        "name": user.name,
        "email": user.email,
        "tel": user.phone.as_ref().map(PhoneNumber::e164),
        "tel_formatted": user.phone.as_ref().map(PhoneNumber::international),
        "role": { "slug": user.role.id() },
        "enabled": user.enabled,
        "language": user.interface_language.tag(),
        "caller_id": {
            "tel": user.phone.as_ref().map(PhoneNumber::e164),
            "verified": verified_at.is_some(),
            "verified_at": verified_at,
        },
    })
}

/// Lists the account's users.
pub async fn all(State(state): State<AppState>, caller: ApiCaller, params: Params) -> ApiResult {
    caller.require(Permission::ManagersView)?;
    let page = params.page(&caller.tr)?;
    let mut conn = state.db.pool.acquire().await?;
    let users = users_of_account(&mut conn, caller.account_id()).await?;
    let caller_ids = crate::caller_ids::list(&mut conn, caller.account_id()).await?;
    let count = users.len() as i64;
    let items: Vec<_> = users
        .iter()
        .skip(page.offset as usize)
        .take(page.limit as usize)
        .map(|user| user_json(user, &caller_ids))
        .collect();
    Ok(ok_list(items, count, page))
}

/// Reads one user by `id` or `email`.
pub async fn get(State(state): State<AppState>, caller: ApiCaller, params: Params) -> ApiResult {
    caller.require(Permission::ManagersView)?;
    let mut conn = state.db.pool.acquire().await?;
    let user = find(&mut conn, &caller, &params).await?;
    let caller_ids = crate::caller_ids::list(&mut conn, caller.account_id()).await?;
    Ok(ok(user_json(&user, &caller_ids)))
}

async fn find(
    conn: &mut AnyConnection,
    caller: &ApiCaller,
    params: &Params,
) -> Result<User, ApiError> {
    let tr = &caller.tr;
    let user = match (
        params.i64(tr, "id")?.or(params.i64(tr, "user_id")?),
        params.text("email"),
    ) {
        (Some(id), _) => user_in_account(conn, caller.account_id(), id).await?,
        (None, Some(email)) => {
            let email =
                EmailAddress::parse(&email).map_err(|e| ApiError::invalid(tr, "email", e.key))?;
            crate::accounts::storage::user_by_email(conn, &email)
                .await?
                .map(|(u, _)| u)
                .filter(|u| u.account_id == caller.account_id())
        }
        (None, None) => return Err(ApiError::missing(tr, "id")),
    };
    user.ok_or_else(|| ApiError::not_found(tr, "api-error-user-not-found"))
}

/// Reads member fields, over `current` for an update.
fn member_fields(
    caller: &ApiCaller,
    params: &Params,
    current: Option<&User>,
    region: &str,
) -> Result<MemberFields, ApiError> {
    let tr = &caller.tr;
    let name = match (params.text("name"), current) {
        (Some(name), _) => {
            PersonName::parse(&name).map_err(|e| ApiError::invalid(tr, "name", e.key))?
        }
        (None, Some(user)) => {
            PersonName::parse(&user.name).map_err(|e| ApiError::invalid(tr, "name", e.key))?
        }
        (None, None) => return Err(ApiError::missing(tr, "name")),
    };
    let email = match (params.text("email"), current) {
        (Some(email), _) => {
            EmailAddress::parse(&email).map_err(|e| ApiError::invalid(tr, "email", e.key))?
        }
        (None, Some(user)) => {
            EmailAddress::parse(&user.email).map_err(|e| ApiError::invalid(tr, "email", e.key))?
        }
        (None, None) => return Err(ApiError::missing(tr, "email")),
    };
    let phone = match params.text("tel") {
        Some(tel) => Some(
            PhoneNumber::parse(&tel, region).map_err(|e| ApiError::invalid(tr, "tel", e.key))?,
        ),
        None => current.and_then(|u| u.phone.clone()),
    };
    let role = match params.text("role") {
        Some(slug) => Role::parse(&slug).map_err(|e| ApiError::invalid(tr, "role", e.key))?,
        None => current.map_or(Role::Manager, |u| u.role),
    };
    let enabled = params
        .bool(tr, "enabled")?
        .or(current.map(|u| u.enabled))
        .unwrap_or(true);
    Ok(MemberFields {
        name,
        email,
        phone,
        role,
        enabled,
    })
}

fn user_activity(caller: &ApiCaller, kind: ActivityKind, user_id: i64) -> Activity {
    Activity::new(caller.account_id(), None, kind, ActivitySource::Api)
        .ip(&caller.client_ip)
        .details(serde_json::json!({ "user_id": user_id }))
}

fn team_error(caller: &ApiCaller, error: TeamError) -> ApiError {
    match error {
        TeamError::DuplicateEmail => ApiError::invalid(&caller.tr, "email", "error-email-taken"),
        TeamError::Database(error) => ApiError::from(error),
    }
}

/// Adds a user (`name`, `email`, `tel`, `role`, `enabled`).
pub async fn create(State(state): State<AppState>, caller: ApiCaller, params: Params) -> ApiResult {
    caller.require(Permission::Managers)?;
    let region = caller.tr.language.home_region();
    let fields = member_fields(&caller, &params, None, region)?;
    if fields.role == Role::Owner {
        return Err(ApiError::invalid(
            &caller.tr,
            "role",
            "api-reason-owner-role",
        ));
    }
    let mut tx = state.db.begin().await?;
    let owner = crate::accounts::storage::users_of_account(&mut tx, caller.account_id())
        .await?
        .into_iter()
        .find(|u| u.role == Role::Owner);
    let (language, timezone) = owner.map_or((caller.tr.language, "UTC".to_owned()), |o| {
        (o.interface_language, o.timezone.name().to_owned())
    });
    let id = team::insert(&mut tx, caller.account_id(), &fields, language, &timezone)
        .await
        .map_err(|e| team_error(&caller, e))?;
    audit::record(&mut tx, user_activity(&caller, ActivityKind::UserAdded, id)).await?;
    let user = user_in_account(&mut tx, caller.account_id(), id)
        .await?
        .ok_or_else(|| ApiError::not_found(&caller.tr, "api-error-user-not-found"))?;
    let caller_ids = crate::caller_ids::list(&mut tx, caller.account_id()).await?;
    tx.commit().await?;
    Ok(ok(user_json(&user, &caller_ids)))
}

/// Changes a user (`id`, and any of `name`, `email`, `tel`, `role`, `enabled`).
pub async fn update(State(state): State<AppState>, caller: ApiCaller, params: Params) -> ApiResult {
    caller.require(Permission::Managers)?;
    let mut tx = state.db.begin().await?;
    let current = find(&mut tx, &caller, &params).await?;
    let fields = member_fields(
        &caller,
        &params,
        Some(&current),
        current.interface_language.home_region(),
    )?;
    if current.role == Role::Owner
        && fields.role != Role::Owner
        && team::owner_count(&mut tx, caller.account_id()).await? <= 1
    {
        return Err(ApiError::invalid(
            &caller.tr,
            "role",
            "api-reason-last-owner",
        ));
    }
    team::update(&mut tx, caller.account_id(), current.id, &fields)
        .await
        .map_err(|e| team_error(&caller, e))?;
    audit::record(
        &mut tx,
        user_activity(&caller, ActivityKind::UserEdited, current.id),
    )
    .await?;
    let user = user_in_account(&mut tx, caller.account_id(), current.id)
        .await?
        .ok_or_else(|| ApiError::not_found(&caller.tr, "api-error-user-not-found"))?;
    let caller_ids = crate::caller_ids::list(&mut tx, caller.account_id()).await?;
    tx.commit().await?;
    Ok(ok(user_json(&user, &caller_ids)))
}

/// Removes a user (`id`); the last owner cannot be removed.
pub async fn delete(State(state): State<AppState>, caller: ApiCaller, params: Params) -> ApiResult {
    caller.require(Permission::Managers)?;
    let mut tx = state.db.begin().await?;
    let user = find(&mut tx, &caller, &params).await?;
    if user.role == Role::Owner && team::owner_count(&mut tx, caller.account_id()).await? <= 1 {
        return Err(ApiError::invalid(&caller.tr, "id", "api-reason-last-owner"));
    }
    team::delete(&mut tx, caller.account_id(), user.id).await?;
    audit::record(
        &mut tx,
        user_activity(&caller, ActivityKind::UserDeleted, user.id),
    )
    .await?;
    tx.commit().await?;
    Ok(ok(serde_json::json!({ "id": user.id })))
}
