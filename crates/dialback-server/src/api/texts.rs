//! `/sms/...` and `/voice/...`: the texts a widget sends by SMS and plays on calls.

use axum::extract::State;
use dialback_domain::{ActivityKind, ActivitySource, Permission, WidgetChange};

use super::auth::ApiCaller;
use super::envelope::{ApiError, ApiResult, ok, ok_list};
use super::params::Params;
use crate::AppState;
use crate::platform::audit::{self, Activity};
use crate::platform::i18n::Tr;
use crate::widgets::messages::{self, Channel, MAX_TEXT_CHARS};

/// The permissions that read and change one channel.
const fn permissions(channel: Channel) -> (Permission, Permission) {
    match channel {
        Channel::Sms => (Permission::SmsView, Permission::SmsEdit),
        Channel::Voice => (Permission::VoiceView, Permission::VoiceEdit),
    }
}

async fn list(
    state: &AppState,
    caller: &ApiCaller,
    params: &Params,
    channel: Channel,
) -> ApiResult {
    caller.require(permissions(channel).0)?;
    let widget_id = params.required_i64(&caller.tr, "widget_id")?;
    let mut conn = state.db.pool.acquire().await?;
    let widget = caller.widget(&mut conn, widget_id).await?;
    let items = messages::list(&mut conn, widget.id, channel, Tr::new(widget.language())).await?;
    let count = items.len() as i64;
    Ok(ok_list(items, count, params.page(&caller.tr)?))
}

async fn save(
    state: &AppState,
    caller: &ApiCaller,
    params: &Params,
    channel: Channel,
) -> ApiResult {
    caller.require(permissions(channel).1)?;
    let tr = &caller.tr;
    let widget_id = params.required_i64(tr, "widget_id")?;
    let message_id = params.required_text(tr, "message_id")?;
    if !channel.message_ids().contains(&message_id.as_str()) {
        return Err(ApiError::invalid(tr, "message_id", "api-reason-message-id"));
    }
    let mut tx = state.db.begin().await?;
    let widget = caller.widget(&mut tx, widget_id).await?;
    let widget_tr = Tr::new(widget.language());
    let current = messages::list(&mut tx, widget.id, channel, widget_tr)
        .await?
        .into_iter()
        .find(|m| m.message_id == message_id);
    // An empty `text` is a mistake, not a request to keep the current one.
    if params.has("text") && params.text("text").is_none() {
        return Err(ApiError::missing(tr, "text"));
    }
    let text = match (params.text("text"), &current) {
        (Some(text), _) => text,
        (None, Some(current)) => current.text.clone(),
        (None, None) => return Err(ApiError::missing(tr, "text")),
    };
    if text.chars().count() > MAX_TEXT_CHARS {
        return Err(ApiError::invalid(tr, "text", "api-reason-text-240"));
    }
    let enabled = params
        .bool(tr, "enabled")?
        .or(current.map(|m| m.enabled))
        .unwrap_or(true);
    messages::save(&mut tx, widget.id, channel, &message_id, &text, enabled).await?;
    let change = if channel == Channel::Sms {
        WidgetChange::SmsEdit
    } else {
        WidgetChange::Voice
    };
    audit::record(&mut tx, activity(caller, widget.id, change, &message_id)).await?;
    let saved = messages::list(&mut tx, widget.id, channel, widget_tr)
        .await?
        .into_iter()
        .find(|m| m.message_id == message_id);
    tx.commit().await?;
    Ok(ok(saved))
}

async fn reset(
    state: &AppState,
    caller: &ApiCaller,
    params: &Params,
    channel: Channel,
) -> ApiResult {
    caller.require(permissions(channel).1)?;
    let tr = &caller.tr;
    let widget_id = params.required_i64(tr, "widget_id")?;
    let message_id = params.text("message_id");
    if message_id
        .as_deref()
        .is_some_and(|id| !channel.message_ids().contains(&id))
    {
        return Err(ApiError::invalid(tr, "message_id", "api-reason-message-id"));
    }
    let mut tx = state.db.begin().await?;
    let widget = caller.widget(&mut tx, widget_id).await?;
    messages::reset(&mut tx, widget.id, channel, message_id.as_deref()).await?;
    let change = if channel == Channel::Sms {
        WidgetChange::SmsReset
    } else {
        WidgetChange::ResetVoice
    };
    audit::record(
        &mut tx,
        activity(
            caller,
            widget.id,
            change,
            message_id.as_deref().unwrap_or("*"),
        ),
    )
    .await?;
    let items = messages::list(&mut tx, widget.id, channel, Tr::new(widget.language())).await?;
    tx.commit().await?;
    Ok(ok(items))
}

fn activity(
    caller: &ApiCaller,
    widget_id: i64,
    change: WidgetChange,
    message_id: &str,
) -> Activity {
    Activity::new(caller.account_id(), None, ActivityKind::WidgetEdited, ActivitySource::Api)
        .ip(&caller.client_ip)
        .details(serde_json::json!({ "widget_id": widget_id, "change": change.id(), "message_id": message_id }))
}

/// Lists a widget's SMS texts (`widget_id`).
pub async fn sms_all(
    State(state): State<AppState>,
    caller: ApiCaller,
    params: Params,
) -> ApiResult {
    list(&state, &caller, &params, Channel::Sms).await
}

/// Sets an SMS text (`widget_id`, `message_id`, `text` of at most 240 characters, `enabled`).
pub async fn sms_save(
    State(state): State<AppState>,
    caller: ApiCaller,
    params: Params,
) -> ApiResult {
    save(&state, &caller, &params, Channel::Sms).await
}

/// Returns an SMS text, or all of them, to the default (`widget_id`, optional `message_id`).
pub async fn sms_reset(
    State(state): State<AppState>,
    caller: ApiCaller,
    params: Params,
) -> ApiResult {
    reset(&state, &caller, &params, Channel::Sms).await
}

/// Lists a widget's voice texts (`widget_id`).
pub async fn voice_all(
    State(state): State<AppState>,
    caller: ApiCaller,
    params: Params,
) -> ApiResult {
    list(&state, &caller, &params, Channel::Voice).await
}

/// Sets a voice text (`widget_id`, `message_id`, `text` of at most 240 characters, `enabled`).
pub async fn voice_save(
    State(state): State<AppState>,
    caller: ApiCaller,
    params: Params,
) -> ApiResult {
    save(&state, &caller, &params, Channel::Voice).await
}

/// Returns a voice text, or all of them, to the default (`widget_id`, optional `message_id`).
pub async fn voice_reset(
    State(state): State<AppState>,
    caller: ApiCaller,
    params: Params,
) -> ApiResult {
    reset(&state, &caller, &params, Channel::Voice).await
}
