//! `/calls/...`: the call history (v3), one call (v3), and custom fields (v1).

use axum::extract::{Path, State};
use dialback_domain::{ActivityKind, ActivitySource, CallStatus, Permission, PhoneNumber};

use super::auth::ApiCaller;
use super::envelope::{ApiError, ApiResult, ok, ok_list};
use super::params::Params;
use crate::AppState;
use crate::calls::Call;
use crate::calls::storage::{self, HistoryFilter};
use crate::platform::audit::{self, Activity};

/// Longest custom field value, in characters.
const MAX_FIELD_CHARS: usize = 1000;

fn seconds(micros: Option<i64>) -> Option<i64> {
    micros.map(|m| m / 1_000_000)
}

/// A call as the API shows it; times are Unix seconds.
pub fn call_json(call: &Call) -> serde_json::Value {
    let formatted = PhoneNumber::from_e164(&call.phone_e164)
        .map(|p| p.international())
        .unwrap_or_else(|_| call.phone_e164.clone());
    serde_json::json!({
        "id": call.id,
        "widget_id": call.widget_id,
        "status": call.status.id(),
        "status_reason": call.status_reason,
        "phone_number": call.phone_e164,
        "tel_formatted": formatted,
        "user_id": call.manager_user_id,
        "department_id": call.department_id,
        "scheduled_at": seconds(call.scheduled_at),
        "created_at": call.created_at / 1_000_000,
        "started_at": seconds(call.started_at),
        "answered_at": seconds(call.answered_at),
        "ended_at": seconds(call.ended_at),
        "duration": call.duration_seconds,
        "wait_time": call.wait_seconds,
        "url": call.url,
        "ip": call.client_ip,
        "source": call.source,
        "fields": call.fields,
        "tags": [],
    })
}

/// The calls as the API shows them, each with its tags.
async fn with_tags(
    conn: &mut sqlx::AnyConnection,
    calls: &[Call],
) -> sqlx::Result<Vec<serde_json::Value>> {
    let mut items = Vec::with_capacity(calls.len());
    for call in calls {
        let mut item = call_json(call);
        item["tags"] =
            serde_json::to_value(crate::tags::of_call(conn, call.id).await?).unwrap_or_default();
        items.push(item);
    }
    Ok(items)
}

/// Lists calls, newest first, with the filters of CallPage's v3 history.
pub async fn history(
    State(state): State<AppState>,
    caller: ApiCaller,
    params: Params,
) -> ApiResult {
    caller.require(Permission::CallsView)?;
    let tr = &caller.tr;
    let page = params.page(tr)?;
    let statuses = params.text_list("statuses");
    if let Some(unknown) = statuses.iter().find(|s| CallStatus::parse(s).is_err()) {
        let _ = unknown;
        return Err(ApiError::invalid(tr, "statuses", "api-reason-status"));
    }
    let phone = params
        .text("phone_number")
        .map(|p| PhoneNumber::parse(&p, tr.language.home_region()).map(|p| p.e164().to_owned()))
        .transpose()
        .map_err(|e| ApiError::invalid(tr, "phone_number", e.key))?;
    let filter = HistoryFilter {
        call_ids: params.i64_list(tr, "call_id")?,
        phone_e164: phone,
        user_ids: params.i64_list(tr, "user_ids")?,
        statuses,
        tag_ids: params.i64_list(tr, "tag_ids")?,
        from: params.i64(tr, "date_from")?.map(|s| s * 1_000_000),
        until: params.i64(tr, "date_to")?.map(|s| s * 1_000_000),
        widget_ids: params.i64_list(tr, "widget_ids")?,
        allowed_widgets: caller.key.widget_ids.clone(),
        url: params.text("url"),
    };
    let mut conn = state.db.pool.acquire().await?;
    let (calls, count) = storage::history(
        &mut conn,
        caller.account_id(),
        &filter,
        page.limit,
        page.offset,
    )
    .await?;
    Ok(ok_list(with_tags(&mut conn, &calls).await?, count, page))
}

async fn visible_call(
    conn: &mut sqlx::AnyConnection,
    caller: &ApiCaller,
    call_id: i64,
) -> Result<Call, ApiError> {
    storage::find(conn, caller.account_id(), call_id)
        .await?
        .filter(|call| caller.key.covers_widget(call.widget_id))
        .ok_or_else(|| ApiError::not_found(&caller.tr, "api-error-call-not-found"))
}

/// Reads one call with its events.
pub async fn get(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(call_id): Path<i64>,
) -> ApiResult {
    caller.require(Permission::CallsView)?;
    let mut conn = state.db.pool.acquire().await?;
    let call = visible_call(&mut conn, &caller, call_id).await?;
    let events: Vec<_> = storage::events(&mut conn, call.id)
        .await?
        .into_iter()
        .map(|(event, detail, at)| serde_json::json!({ "event": event, "detail": detail, "at": at / 1_000_000 }))
        .collect();
    let mut value = with_tags(&mut conn, std::slice::from_ref(&call))
        .await?
        .remove(0);
    value["events"] = events.into();
    Ok(ok(value))
}

/// Sets one custom field of a call (`value`).
pub async fn set_field(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path((call_id, field)): Path<(i64, String)>,
    params: Params,
) -> ApiResult {
    caller.require(Permission::Calls)?;
    let tr = &caller.tr;
    let value = params.text("value").unwrap_or_default();
    if field.is_empty() || field.chars().count() > 100 || field.chars().any(char::is_control) {
        return Err(ApiError::invalid(tr, "field", "api-reason-field-name"));
    }
    if value.chars().count() > MAX_FIELD_CHARS {
        return Err(ApiError::invalid(tr, "value", "api-reason-too-long"));
    }
    let mut tx = state.db.begin().await?;
    let call = visible_call(&mut tx, &caller, call_id).await?;
    storage::set_field(&mut tx, caller.account_id(), call.id, &field, &value).await?;
    crate::notifications::sources::custom_field(&mut tx, call.id, &field).await?;
    let entry = Activity::new(
        caller.account_id(),
        None,
        ActivityKind::CallFieldEdited,
        ActivitySource::Api,
    )
    .ip(&caller.client_ip)
    .details(serde_json::json!({ "call_id": call.id, "field": field }));
    audit::record(&mut tx, entry).await?;
    let updated = visible_call(&mut tx, &caller, call_id).await?;
    let value = with_tags(&mut tx, std::slice::from_ref(&updated))
        .await?
        .remove(0);
    tx.commit().await?;
    Ok(ok(value))
}

/// Lists the account's tags.
pub async fn tags(State(state): State<AppState>, caller: ApiCaller) -> ApiResult {
    caller.require(Permission::CallsView)?;
    let mut conn = state.db.pool.acquire().await?;
    let tags = crate::tags::list(&mut conn, caller.account_id()).await?;
    let count = tags.len() as i64;
    // The tag list is not paginated; meta reports the default page size like other lists.
    Ok(super::envelope::ok_list(
        tags,
        count,
        super::envelope::Page {
            limit: super::envelope::DEFAULT_LIMIT.max(count),
            offset: 0,
        },
    ))
}

/// Adds one tag (`tag_id`) to a call.
pub async fn add_tag(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(call_id): Path<i64>,
    params: Params,
) -> ApiResult {
    caller.require(Permission::Calls)?;
    let tag_id = params.required_i64(&caller.tr, "tag_id")?;
    let mut tx = state.db.begin().await?;
    let call = visible_call(&mut tx, &caller, call_id).await?;
    let Some(tag) = crate::tags::find(&mut tx, caller.account_id(), tag_id).await? else {
        return Err(ApiError::not_found(&caller.tr, "api-error-tag-not-found"));
    };
    if crate::tags::tag_call(&mut tx, call.id, tag.id).await? {
        audit::record(
            &mut tx,
            tag_activity(&caller, ActivityKind::CallTagged, call.id, tag.id),
        )
        .await?;
    }
    let value = with_tags(&mut tx, std::slice::from_ref(&call))
        .await?
        .remove(0);
    tx.commit().await?;
    Ok(ok(value))
}

/// Removes one tag from a call.
pub async fn remove_tag(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path((call_id, tag_id)): Path<(i64, i64)>,
) -> ApiResult {
    caller.require(Permission::Calls)?;
    let mut tx = state.db.begin().await?;
    let call = visible_call(&mut tx, &caller, call_id).await?;
    if crate::tags::find(&mut tx, caller.account_id(), tag_id)
        .await?
        .is_none()
    {
        return Err(ApiError::not_found(&caller.tr, "api-error-tag-not-found"));
    }
    if crate::tags::untag_call(&mut tx, call.id, tag_id).await? {
        audit::record(
            &mut tx,
            tag_activity(&caller, ActivityKind::CallUntagged, call.id, tag_id),
        )
        .await?;
    }
    let value = with_tags(&mut tx, std::slice::from_ref(&call))
        .await?
        .remove(0);
    tx.commit().await?;
    Ok(ok(value))
}

fn tag_activity(caller: &ApiCaller, kind: ActivityKind, call_id: i64, tag_id: i64) -> Activity {
    Activity::new(caller.account_id(), None, kind, ActivitySource::Api)
        .ip(&caller.client_ip)
        .details(serde_json::json!({ "call_id": call_id, "tag_id": tag_id }))
}
