//! The REST API, compatible with CallPage's external API: the same paths, envelope and
//! key header, so that integrations move over by changing the base URL.

pub mod auth;
pub mod calls;
pub mod devices;
pub mod envelope;
pub mod managers;
pub mod messages;
pub mod params;
pub mod reference;
pub mod texts;
pub mod users;
pub mod widgets;

use axum::Router;
use axum::extract::State;
use axum::middleware::from_fn_with_state;
use axum::routing::{get, patch, post};

use crate::AppState;
use auth::ApiCaller;
use envelope::{ApiResult, ok};

/// Builds every API route behind key authentication.
pub fn router(state: AppState) -> Router<AppState> {
    let v1 = Router::new()
        .route("/", get(key_check))
        .route("/widgets/all", get(widgets::all))
        .route("/widgets/get", get(widgets::get))
        .route("/widgets/create", post(widgets::create))
        .route("/widgets/update", post(widgets::update))
        .route("/widgets/delete", post(widgets::delete))
        .route("/widgets/add-users", post(widgets::add_users))
        .route("/widgets/call", post(widgets::call))
        .route("/widgets/call-or-schedule", post(widgets::call_or_schedule))
        .route("/users/all", get(users::all))
        .route("/users/get", get(users::get))
        .route("/users/create", post(users::create))
        .route("/users/update", post(users::update))
        .route("/users/delete", post(users::delete))
        .route("/managers/all", get(managers::all))
        .route("/managers/get", get(managers::get))
        .route("/managers/create", post(managers::create))
        .route("/managers/update", post(managers::update))
        .route("/managers/delete", post(managers::delete))
        .route("/sms/all", get(texts::sms_all))
        .route("/sms/create", post(texts::sms_save))
        .route("/sms/update", post(texts::sms_save))
        .route("/sms/reset", post(texts::sms_reset))
        .route("/voice/all", get(texts::voice_all))
        .route("/voice/create", post(texts::voice_save))
        .route("/voice/update", post(texts::voice_save))
        .route("/voice/reset", post(texts::voice_reset))
        .route("/calls/{call}/fields/{field}", patch(calls::set_field))
        .route("/devices/all", get(devices::all))
        .route("/devices/register", post(devices::register))
        .route("/devices/unregister", post(devices::unregister));
    let v2 = Router::new()
        .route("/widgets/call", post(widgets::call_v2))
        .route("/widgets/{id}/message", post(widgets::message_v2));
    let v3 = Router::new()
        .route("/tags", get(calls::tags))
        .route("/calls/{id}/tags", post(calls::add_tag))
        .route(
            "/calls/{id}/tags/{tag}",
            axum::routing::delete(calls::remove_tag),
        )
        .route("/calls/history", get(calls::history))
        .route("/calls/{id}", get(calls::get))
        .route("/messages", get(messages::list));

    Router::new()
        // CallPage's clients check a key with `GET /api/v1/external/`, with the slash.
        .route("/api/v1/external/", get(key_check))
        .nest("/api/v1/external", v1)
        .nest("/api/v2/external", v2)
        .nest("/api/v3/external", v3)
        // Any other path under /api answers in the envelope, not with a dashboard page.
        .route("/api/{*rest}", axum::routing::any(unknown_route))
        .layer(from_fn_with_state(state, auth::authenticate))
}

/// `GET /`: answers whether the key is valid, with what it may do.
async fn key_check(State(_state): State<AppState>, caller: ApiCaller) -> ApiResult {
    let permissions: Vec<&str> = caller.key.permissions.iter().map(|p| p.id()).collect();
    Ok(ok(serde_json::json!({
        "account_id": caller.account_id(),
        "key": caller.key.masked(),
        "permissions": permissions,
        "widgets": caller.key.widget_ids.clone().map_or_else(|| serde_json::json!("all"), |ids| serde_json::json!(ids)),
    })))
}

/// Answers a path under `/api` that is not an endpoint.
async fn unknown_route(caller: ApiCaller) -> envelope::ApiError {
    envelope::ApiError::new(
        axum::http::StatusCode::NOT_FOUND,
        caller.tr.t("api-error-bad-request"),
    )
}
