//! `GET /api/v3/external/messages`: the messages visitors left, newest first.

use axum::extract::State;
use dialback_domain::Permission;

use super::auth::ApiCaller;
use super::envelope::{ApiError, ApiResult, ok_list};
use super::params::Params;
use crate::AppState;
use crate::messages::{self, Message};

fn message_json(message: &Message) -> serde_json::Value {
    serde_json::json!({
        "id": message.id,
        "widget_id": message.widget_id,
        "name": message.visitor_name,
        "phone": message.phone_e164,
        "email": message.email,
        "text": message.text,
        "ip": message.client_ip,
        "created_at": message.created_at / 1_000_000,
    })
}

/// Lists messages (optional `widget_id`, `limit`, `offset`) on the widgets the key covers.
pub async fn list(State(state): State<AppState>, caller: ApiCaller, params: Params) -> ApiResult {
    caller.require(Permission::CallsView)?;
    let tr = &caller.tr;
    let page = params.page(tr)?;
    let widget_ids = match params.i64(tr, "widget_id")? {
        Some(id) if !caller.key.covers_widget(id) => {
            return Err(ApiError::not_found(tr, "api-error-widget-not-found"));
        }
        Some(id) => Some(vec![id]),
        None => caller.key.widget_ids.clone(),
    };

    let mut conn = state.db.pool.acquire().await?;
    let (rows, count) = messages::list(
        &mut conn,
        caller.account_id(),
        widget_ids.as_deref(),
        page.limit,
        page.offset,
    )
    .await?;
    let items: Vec<serde_json::Value> = rows.iter().map(message_json).collect();
    Ok(ok_list(items, count, page))
}
