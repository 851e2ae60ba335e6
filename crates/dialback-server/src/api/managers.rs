//! `/managers/...`: users assigned to widgets, with their business times.

use axum::extract::State;
use dialback_domain::{ActivityKind, ActivitySource, Permission, WidgetChange};

use super::auth::ApiCaller;
use super::envelope::{ApiError, ApiResult, ok, ok_list};
use super::params::Params;
use super::widgets::business_times;
use crate::AppState;
use crate::accounts::storage::user_in_account;
use crate::platform::audit::{self, Activity};
use crate::widgets::storage::{self as widgets, Manager};

fn visible(caller: &ApiCaller, managers: Vec<Manager>) -> Vec<Manager> {
    managers
        .into_iter()
        .filter(|m| caller.key.covers_widget(m.widget_id))
        .collect()
}

/// Lists managers, optionally of one widget (`widget_id`).
pub async fn all(State(state): State<AppState>, caller: ApiCaller, params: Params) -> ApiResult {
    caller.require(Permission::ManagersView)?;
    let page = params.page(&caller.tr)?;
    let widget_id = params.i64(&caller.tr, "widget_id")?;
    let mut conn = state.db.pool.acquire().await?;
    if let Some(id) = widget_id {
        caller.widget(&mut conn, id).await?;
    }
    let managers = visible(
        &caller,
        widgets::managers(&mut conn, caller.account_id(), widget_id).await?,
    );
    let count = managers.len() as i64;
    let items: Vec<_> = managers
        .into_iter()
        .skip(page.offset as usize)
        .take(page.limit as usize)
        .collect();
    Ok(ok_list(items, count, page))
}

async fn find(
    conn: &mut sqlx::AnyConnection,
    caller: &ApiCaller,
    params: &Params,
) -> Result<Manager, ApiError> {
    let id = params.required_i64_of(&caller.tr, &["id", "manager_id"])?;
    visible(
        caller,
        widgets::managers(conn, caller.account_id(), None).await?,
    )
    .into_iter()
    .find(|m| m.id == id)
    .ok_or_else(|| ApiError::not_found(&caller.tr, "api-error-manager-not-found"))
}

/// Reads one manager (`id`).
pub async fn get(State(state): State<AppState>, caller: ApiCaller, params: Params) -> ApiResult {
    caller.require(Permission::ManagersView)?;
    let mut conn = state.db.pool.acquire().await?;
    Ok(ok(find(&mut conn, &caller, &params).await?))
}

fn activity(caller: &ApiCaller, widget_id: i64, change: WidgetChange) -> Activity {
    Activity::new(
        caller.account_id(),
        None,
        ActivityKind::WidgetEdited,
        ActivitySource::Api,
    )
    .ip(&caller.client_ip)
    .details(serde_json::json!({ "widget_id": widget_id, "change": change.id() }))
}

/// Assigns a user to a widget (`user_id`, `widget_id`, `enabled`, `business_times`).
pub async fn create(State(state): State<AppState>, caller: ApiCaller, params: Params) -> ApiResult {
    caller.require(Permission::ManagersEdit)?;
    let tr = &caller.tr;
    let user_id = params.required_i64(tr, "user_id")?;
    let widget_id = params.required_i64(tr, "widget_id")?;
    let mut tx = state.db.begin().await?;
    let widget = caller.widget(&mut tx, widget_id).await?;
    if user_in_account(&mut tx, caller.account_id(), user_id)
        .await?
        .is_none()
    {
        return Err(ApiError::not_found(tr, "api-error-user-not-found"));
    }
    let times = business_times(&caller, &params, &widget.timezone)?;
    let enabled = params.bool(tr, "enabled")?.unwrap_or(true);
    let id = widgets::upsert_manager(
        &mut tx,
        widget_id,
        user_id,
        enabled,
        &times,
        params.i64(tr, "department_id")?,
    )
    .await?;
    audit::record(
        &mut tx,
        activity(&caller, widget_id, WidgetChange::CallOperatorAdd),
    )
    .await?;
    let manager = find(
        &mut tx,
        &caller,
        &Params::from_pairs(&[("id", &id.to_string())]),
    )
    .await?;
    tx.commit().await?;
    Ok(ok(manager))
}

/// Changes a manager (`id`, `enabled`, `business_times`).
pub async fn update(State(state): State<AppState>, caller: ApiCaller, params: Params) -> ApiResult {
    caller.require(Permission::ManagersEdit)?;
    let tr = &caller.tr;
    let mut tx = state.db.begin().await?;
    let current = find(&mut tx, &caller, &params).await?;
    let enabled = params.bool(tr, "enabled")?.unwrap_or(current.enabled);
    let times = if params.has("business_times") {
        let widget = caller.widget(&mut tx, current.widget_id).await?;
        business_times(&caller, &params, &widget.timezone)?
    } else {
        current.business_times.clone()
    };
    widgets::upsert_manager(
        &mut tx,
        current.widget_id,
        current.user_id,
        enabled,
        &times,
        current.department_id,
    )
    .await?;
    let change = if enabled != current.enabled && !params.has("business_times") {
        WidgetChange::CallOperatorToggleEnabled
    } else {
        WidgetChange::CallOperatorEdit
    };
    audit::record(&mut tx, activity(&caller, current.widget_id, change)).await?;
    let manager = find(&mut tx, &caller, &params).await?;
    tx.commit().await?;
    Ok(ok(manager))
}

/// Removes a manager from its widget (`id`).
pub async fn delete(State(state): State<AppState>, caller: ApiCaller, params: Params) -> ApiResult {
    caller.require(Permission::ManagersEdit)?;
    let mut tx = state.db.begin().await?;
    let manager = find(&mut tx, &caller, &params).await?;
    widgets::delete_manager(&mut tx, caller.account_id(), manager.id).await?;
    audit::record(
        &mut tx,
        activity(&caller, manager.widget_id, WidgetChange::CallOperatorDelete),
    )
    .await?;
    tx.commit().await?;
    Ok(ok(serde_json::json!({ "id": manager.id })))
}
