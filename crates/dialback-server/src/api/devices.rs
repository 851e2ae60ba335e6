//! `/devices/...`: mobile devices that receive a user's push notifications. Listing
//! needs `managers.view`; registering and removing need `managers`.

use axum::extract::State;
use dialback_domain::{ActivityKind, ActivitySource, Permission};

use super::auth::ApiCaller;
use super::envelope::{ApiError, ApiResult, ok, ok_list};
use super::params::Params;
use crate::AppState;
use crate::accounts::storage::user_in_account;
use crate::notifications::push::{self, Device, PLATFORMS};
use crate::platform::audit::{self, Activity};

/// The maximum token length in characters. APNs and FCM tokens are far shorter.
const MAX_TOKEN_CHARS: usize = 4096;

fn device_json(device: &Device) -> serde_json::Value {
    serde_json::json!({
        "id": device.id,
        "user_id": device.user_id,
        "platform": device.platform,
        "token": device.token,
        "created_at": device.created_at / 1_000_000,
    })
}

fn token(caller: &ApiCaller, params: &Params) -> Result<String, ApiError> {
    let token = params.required_text(&caller.tr, "token")?;
    let token = token.trim();
    if token.is_empty()
        || token.chars().count() > MAX_TOKEN_CHARS
        || token.chars().any(|c| c.is_control() || c.is_whitespace())
    {
        return Err(ApiError::invalid(
            &caller.tr,
            "token",
            "api-reason-device-token",
        ));
    }
    Ok(token.to_owned())
}

/// Lists the devices of one user (`user_id`).
pub async fn all(State(state): State<AppState>, caller: ApiCaller, params: Params) -> ApiResult {
    caller.require(Permission::ManagersView)?;
    let tr = &caller.tr;
    let user_id = params.required_i64_of(tr, &["user_id", "id"])?;
    let page = params.page(tr)?;
    let mut conn = state.db.pool.acquire().await?;
    user_in_account(&mut conn, caller.account_id(), user_id)
        .await?
        .ok_or_else(|| ApiError::not_found(tr, "api-error-user-not-found"))?;
    let devices = push::devices_of(&mut conn, user_id).await?;
    let count = devices.len() as i64;
    let items: Vec<_> = devices
        .iter()
        .skip(page.offset as usize)
        .take(page.limit as usize)
        .map(device_json)
        .collect();
    Ok(ok_list(items, count, page))
}

/// Registers a device token (`token`, `platform`) for a user (`user_id`). A token
/// registered before in this account moves to this user; a token another account holds
/// is refused with 409 and neither changed nor described.
pub async fn register(
    State(state): State<AppState>,
    caller: ApiCaller,
    params: Params,
) -> ApiResult {
    caller.require(Permission::Managers)?;
    let tr = &caller.tr;
    let user_id = params.required_i64_of(tr, &["user_id", "id"])?;
    let token = token(&caller, &params)?;
    let platform = params.required_text(tr, "platform")?;
    if !PLATFORMS.contains(&platform.as_str()) {
        return Err(ApiError::invalid(
            tr,
            "platform",
            "api-reason-device-platform",
        ));
    }

    let mut tx = state.db.begin().await?;
    user_in_account(&mut tx, caller.account_id(), user_id)
        .await?
        .ok_or_else(|| ApiError::not_found(tr, "api-error-user-not-found"))?;
    let device = push::register(&mut tx, caller.account_id(), user_id, &platform, &token)
        .await?
        .ok_or_else(|| {
            ApiError::new(
                axum::http::StatusCode::CONFLICT,
                tr.t("api-error-device-token-taken"),
            )
        })?;
    let entry = Activity::new(
        caller.account_id(),
        None,
        ActivityKind::PushDeviceRegistered,
        ActivitySource::Api,
    )
    .ip(&caller.client_ip)
    .details(
        serde_json::json!({ "user_id": user_id, "device_id": device.id, "platform": platform }),
    );
    audit::record(&mut tx, entry).await?;
    tx.commit().await?;
    Ok(ok(device_json(&device)))
}

/// Removes a device token (`token`); its user receives no more pushes on it.
pub async fn unregister(
    State(state): State<AppState>,
    caller: ApiCaller,
    params: Params,
) -> ApiResult {
    caller.require(Permission::Managers)?;
    let tr = &caller.tr;
    let token = token(&caller, &params)?;

    let mut tx = state.db.begin().await?;
    let device = push::unregister(&mut tx, caller.account_id(), &token)
        .await?
        .ok_or_else(|| ApiError::not_found(tr, "api-error-device-not-found"))?;
    let entry = Activity::new(
        caller.account_id(),
        None,
        ActivityKind::PushDeviceUnregistered,
        ActivitySource::Api,
    )
    .ip(&caller.client_ip)
    .details(serde_json::json!({ "user_id": device.user_id, "device_id": device.id }));
    audit::record(&mut tx, entry).await?;
    tx.commit().await?;
    Ok(ok(device_json(&device)))
}
