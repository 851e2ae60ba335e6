//! `/widgets/...`: widgets, their managers, and requesting calls through them.

use axum::extract::{Path, State};
use dialback_domain::{
    ActivityKind, ActivitySource, BusinessTime, Language, Permission, TimeZoneName, WidgetChange,
};
use sqlx::AnyConnection;

use super::auth::ApiCaller;
use super::envelope::{ApiError, ApiResult, ok, ok_list};
use super::params::Params;
use crate::AppState;
use crate::calls::availability::Target;
use crate::calls::request::{CallRequest, RequestError, WhenNobodyFree, request_call};
use crate::platform::audit::{self, Activity};
use crate::widgets::Widget;
use crate::widgets::storage::{self as widgets, WidgetFields};

/// Maximum length of a widget description, in characters.
const MAX_DESCRIPTION_CHARS: usize = 500;

/// Lists the widgets the key may see.
pub async fn all(State(state): State<AppState>, caller: ApiCaller, params: Params) -> ApiResult {
    caller.require(Permission::WidgetsView)?;
    let page = params.page(&caller.tr)?;
    let mut conn = state.db.pool.acquire().await?;
    let (items, count) = widgets::list(
        &mut conn,
        caller.account_id(),
        caller.key.widget_ids.as_deref(),
        page.limit,
        page.offset,
    )
    .await?;
    Ok(ok_list(items, count, page))
}

/// Reads one widget (`id`, also `widget_id`).
pub async fn get(State(state): State<AppState>, caller: ApiCaller, params: Params) -> ApiResult {
    caller.require(Permission::WidgetsView)?;
    let id = params.required_i64_of(&caller.tr, &["id", "widget_id"])?;
    let mut conn = state.db.pool.acquire().await?;
    let widget = caller.widget(&mut conn, id).await?;
    Ok(ok(widget_with_details(&mut conn, widget).await?))
}

/// A widget with its managers, departments, trusted domains and days off.
async fn widget_with_details(
    conn: &mut AnyConnection,
    widget: Widget,
) -> sqlx::Result<serde_json::Value> {
    let managers = widgets::managers(conn, widget.account_id, Some(widget.id)).await?;
    let departments: Vec<_> = widgets::departments(conn, widget.id)
        .await?
        .into_iter()
        .map(|(id, name)| serde_json::json!({ "id": id, "name": name }))
        .collect();
    let domains: Vec<_> = widgets::domains(conn, widget.id)
        .await?
        .into_iter()
        .map(|(id, domain)| serde_json::json!({ "id": id, "domain": domain }))
        .collect();
    let days_off = widgets::days_off(conn, widget.id).await?;
    let mut value = serde_json::to_value(&widget).unwrap_or_default();
    if let Some(object) = value.as_object_mut() {
        object.insert(
            "managers".to_owned(),
            serde_json::to_value(managers).unwrap_or_default(),
        );
        object.insert("departments".to_owned(), departments.into());
        object.insert("trusted_domains".to_owned(), domains.into());
        object.insert("days_off".to_owned(), days_off.into());
    }
    Ok(value)
}

/// Reads widget fields from the request over `current` (for update) or defaults (for create).
fn widget_fields(
    caller: &ApiCaller,
    params: &Params,
    current: Option<&Widget>,
) -> Result<WidgetFields, ApiError> {
    let tr = &caller.tr;
    let url = match (params.text("url"), current) {
        (Some(url), _) => url,
        (None, Some(widget)) => widget.url.clone(),
        (None, None) => return Err(ApiError::missing(tr, "url")),
    };
    if url.chars().count() > 2000
        || url::Url::parse(&url).is_err() && dialback_domain::DomainName::parse(&url).is_err()
    {
        return Err(ApiError::invalid(tr, "url", "api-reason-url"));
    }
    let description = params
        .text("description")
        .or_else(|| current.map(|w| w.description.clone()))
        .unwrap_or_default();
    if description.chars().count() > MAX_DESCRIPTION_CHARS {
        return Err(ApiError::invalid(tr, "description", "api-reason-too-long"));
    }
    let language = match params.text("locale_code") {
        Some(code) => Language::parse(&code.replace('_', "-"))
            .map_err(|_| ApiError::invalid(tr, "locale_code", "error-language-unknown"))?,
        None => current.map_or(caller.tr.language, Widget::language),
    };
    let timezone = match params.text("timezone") {
        Some(zone) => TimeZoneName::parse(&zone)
            .map_err(|_| ApiError::invalid(tr, "timezone", "error-timezone-unknown"))?
            .name()
            .to_owned(),
        None => current.map_or_else(
            || language.home_timezone().to_owned(),
            |w| w.timezone.clone(),
        ),
    };
    let settings = match params.json::<serde_json::Value>(tr, "settings")? {
        Some(value @ serde_json::Value::Object(_)) => value,
        Some(_) => return Err(ApiError::invalid(tr, "settings", "api-reason-wrong-shape")),
        None => current.map_or_else(|| serde_json::json!({}), |w| w.settings.clone()),
    };
    Ok(WidgetFields {
        url,
        description,
        language,
        timezone,
        enabled: params
            .bool(tr, "enabled")?
            .or(current.map(|w| w.enabled))
            .unwrap_or(true),
        busy_mode: params
            .bool(tr, "busy_mode")?
            .or(current.map(|w| w.busy_mode))
            .unwrap_or(true),
        settings,
    })
}

fn widget_activity(
    caller: &ApiCaller,
    kind: ActivityKind,
    widget_id: i64,
    change: Option<WidgetChange>,
) -> Activity {
    let details = match change {
        Some(change) => serde_json::json!({ "widget_id": widget_id, "change": change.id() }),
        None => serde_json::json!({ "widget_id": widget_id }),
    };
    Activity::new(caller.account_id(), None, kind, ActivitySource::Api)
        .ip(&caller.client_ip)
        .details(details)
}

/// Creates a widget (`url`, `description`, `locale_code`).
pub async fn create(State(state): State<AppState>, caller: ApiCaller, params: Params) -> ApiResult {
    caller.require(Permission::WidgetsEdit)?;
    let fields = widget_fields(&caller, &params, None)?;
    let mut tx = state.db.begin().await?;
    let id = widgets::insert(&mut tx, caller.account_id(), &fields).await?;
    if caller.key.widget_ids.is_some() {
        // A key limited to some widgets keeps access to the widgets it creates.
        sqlx::query("INSERT INTO api_key_widgets (api_key_id, widget_id) VALUES ($1, $2)")
            .bind(caller.key.id)
            .bind(id)
            .execute(&mut *tx)
            .await?;
    }
    audit::record(
        &mut tx,
        widget_activity(&caller, ActivityKind::WidgetAdded, id, None),
    )
    .await?;
    let widget = widgets::find(&mut tx, caller.account_id(), id)
        .await?
        .ok_or_else(|| ApiError::not_found(&caller.tr, "api-error-widget-not-found"))?;
    tx.commit().await?;
    Ok(ok(widget))
}

/// Updates a widget (`id`, `url`, `description`, `settings`, `locale_code`, `enabled`).
pub async fn update(State(state): State<AppState>, caller: ApiCaller, params: Params) -> ApiResult {
    caller.require(Permission::WidgetsEdit)?;
    let id = params.required_i64_of(&caller.tr, &["id", "widget_id"])?;
    let mut tx = state.db.begin().await?;
    let current = caller.widget(&mut tx, id).await?;
    let fields = widget_fields(&caller, &params, Some(&current))?;
    widgets::update(&mut tx, caller.account_id(), id, &fields).await?;
    let change =
        if fields.enabled != current.enabled && params.has("enabled") && params.values_len() == 2 {
            WidgetChange::ToggleEnabled
        } else if params.has("settings") {
            WidgetChange::SettingsEdit
        } else {
            WidgetChange::General
        };
    audit::record(
        &mut tx,
        widget_activity(&caller, ActivityKind::WidgetEdited, id, Some(change)),
    )
    .await?;
    let widget = widgets::find(&mut tx, caller.account_id(), id)
        .await?
        .ok_or_else(|| ApiError::not_found(&caller.tr, "api-error-widget-not-found"))?;
    tx.commit().await?;
    Ok(ok(widget))
}

/// Deletes a widget (`id`).
pub async fn delete(State(state): State<AppState>, caller: ApiCaller, params: Params) -> ApiResult {
    caller.require(Permission::WidgetsEdit)?;
    let id = params.required_i64_of(&caller.tr, &["id", "widget_id"])?;
    let mut tx = state.db.begin().await?;
    caller.widget(&mut tx, id).await?;
    widgets::delete(&mut tx, caller.account_id(), id).await?;
    audit::record(
        &mut tx,
        widget_activity(&caller, ActivityKind::WidgetDeleted, id, None),
    )
    .await?;
    tx.commit().await?;
    Ok(ok(serde_json::json!({ "id": id })))
}

/// Assigns users as the widget's managers (`id`, `user_id` one or many, optional `business_times`).
pub async fn add_users(
    State(state): State<AppState>,
    caller: ApiCaller,
    params: Params,
) -> ApiResult {
    caller.require(Permission::WidgetsEdit)?;
    let tr = &caller.tr;
    let id = params.required_i64_of(tr, &["id", "widget_id"])?;
    let user_ids = params.i64_list(tr, "user_id")?;
    if user_ids.is_empty() {
        return Err(ApiError::missing(tr, "user_id"));
    }
    let mut tx = state.db.begin().await?;
    let widget = caller.widget(&mut tx, id).await?;
    let times = business_times(&caller, &params, &widget.timezone)?;
    for user_id in &user_ids {
        if crate::accounts::storage::user_in_account(&mut tx, caller.account_id(), *user_id)
            .await?
            .is_none()
        {
            return Err(ApiError::not_found(tr, "api-error-user-not-found"));
        }
        widgets::upsert_manager(&mut tx, id, *user_id, true, &times, None).await?;
    }
    audit::record(
        &mut tx,
        widget_activity(
            &caller,
            ActivityKind::WidgetEdited,
            id,
            Some(WidgetChange::AddManager),
        ),
    )
    .await?;
    let managers = widgets::managers(&mut tx, caller.account_id(), Some(id)).await?;
    tx.commit().await?;
    Ok(ok(managers))
}

/// Reads and checks `business_times`, or returns the default week in `timezone`.
pub fn business_times(
    caller: &ApiCaller,
    params: &Params,
    timezone: &str,
) -> Result<Vec<BusinessTime>, ApiError> {
    let Some(times) = params.json::<Vec<BusinessTime>>(&caller.tr, "business_times")? else {
        return Ok(BusinessTime::default_week(timezone));
    };
    for entry in &times {
        entry
            .validate()
            .map_err(|e| ApiError::invalid(&caller.tr, "business_times", e.key))?;
    }
    Ok(times)
}

/// Requests a call now (`id`, `tel`, `department_id` or `manager_id`); refuses when nobody can take it.
pub async fn call(State(state): State<AppState>, caller: ApiCaller, params: Params) -> ApiResult {
    request(&state, &caller, &params, WhenNobodyFree::Refuse, None).await
}

/// Requests a call now, or schedules it with an SMS to the visitor when nobody can take it.
pub async fn call_or_schedule(
    State(state): State<AppState>,
    caller: ApiCaller,
    params: Params,
) -> ApiResult {
    request(&state, &caller, &params, WhenNobodyFree::Schedule, None).await
}

/// Version 2 of `widgets/call`: the same request and response.
pub async fn call_v2(
    State(state): State<AppState>,
    caller: ApiCaller,
    params: Params,
) -> ApiResult {
    request(&state, &caller, &params, WhenNobodyFree::Refuse, None).await
}

async fn request(
    state: &AppState,
    caller: &ApiCaller,
    params: &Params,
    when_nobody_free: WhenNobodyFree,
    widget_id: Option<i64>,
) -> ApiResult {
    caller.require(Permission::WidgetsCall)?;
    let tr = &caller.tr;
    let id = match widget_id {
        Some(id) => id,
        None => params.required_i64_of(tr, &["id", "widget_id"])?,
    };
    let tel = params.required_text(tr, "tel")?;
    let department_id = params.i64(tr, "department_id")?;
    let manager_id = params.i64(tr, "manager_id")?;
    if department_id.is_some() && manager_id.is_some() {
        return Err(ApiError::invalid(
            tr,
            "manager_id",
            "api-reason-department-or-manager",
        ));
    }
    let scheduled_at = params.i64(tr, "scheduled_at")?;
    // Integrations may pass the visitor's address so that the account's IP rules apply.
    let visitor_ip = params
        .text("ip")
        .map(|ip| ip.parse::<std::net::IpAddr>())
        .transpose()
        .map_err(|_| ApiError::invalid(tr, "ip", "error-ip-invalid"))?;

    let mut conn = state.db.pool.acquire().await?;
    let widget = caller.widget(&mut conn, id).await?;
    check_target(&mut conn, caller, &widget, department_id, manager_id).await?;
    drop(conn);

    let fields = params.nested_text(tr, "fields")?;
    if fields.len() > 20
        || fields.iter().any(|(k, v)| {
            k.chars().count() > 100 || v.as_str().is_some_and(|v| v.chars().count() > 1000)
        })
    {
        return Err(ApiError::invalid(tr, "fields", "api-reason-too-long"));
    }
    let call = CallRequest {
        widget: &widget,
        tel: &tel,
        scheduled_at,
        target: Target {
            department_id,
            manager_id,
        },
        fields,
        client_ip: Some(visitor_ip.map_or_else(|| caller.client_ip.clone(), |ip| ip.to_string())),
        visitor_ip,
        url: params.text("url"),
        source: ActivitySource::Api,
        when_nobody_free,
    };
    match request_call(state, call).await {
        Ok(requested) => Ok(ok(serde_json::json!({
            "id": requested.call_id,
            "call_id": requested.call_id,
            "status": requested.status.id(),
            "scheduled_at": requested.scheduled_at,
        }))),
        Err(error) => Err(request_error(tr, error)),
    }
}

/// Fails with 404 if the department or manager is not the widget's.
async fn check_target(
    conn: &mut AnyConnection,
    caller: &ApiCaller,
    widget: &Widget,
    department_id: Option<i64>,
    manager_id: Option<i64>,
) -> Result<(), ApiError> {
    if let Some(department_id) = department_id
        && !widgets::departments(conn, widget.id)
            .await?
            .iter()
            .any(|(id, _)| *id == department_id)
    {
        return Err(ApiError::invalid(
            &caller.tr,
            "department_id",
            "api-reason-not-this-widget",
        ));
    }
    if let Some(manager_id) = manager_id
        && !widgets::managers(conn, widget.account_id, Some(widget.id))
            .await?
            .iter()
            .any(|m| m.id == manager_id)
    {
        return Err(ApiError::invalid(
            &caller.tr,
            "manager_id",
            "api-reason-not-this-widget",
        ));
    }
    Ok(())
}

/// Maps a rejected call request to the API's error response.
pub fn request_error(tr: &crate::platform::i18n::Tr, error: RequestError) -> ApiError {
    use axum::http::StatusCode;
    match error {
        RequestError::WidgetDisabled => {
            ApiError::new(StatusCode::CONFLICT, tr.t("api-error-widget-disabled"))
        }
        // 402 Payment Required is the stable `errorCode` integrations can test for.
        RequestError::SubscriptionExpired => ApiError::new(
            StatusCode::PAYMENT_REQUIRED,
            tr.t("api-error-subscription-expired"),
        ),
        RequestError::InvalidPhone(invalid) => ApiError::invalid(tr, "tel", invalid.key),
        RequestError::InvalidSchedule => {
            ApiError::invalid(tr, "scheduled_at", "api-reason-schedule")
        }
        RequestError::NoManagerAvailable => {
            ApiError::new(StatusCode::CONFLICT, tr.t("api-error-no-manager"))
        }
        RequestError::AddressBlocked => {
            ApiError::new(StatusCode::FORBIDDEN, tr.t("api-error-address-blocked"))
        }
        RequestError::NumberBlocked => ApiError::invalid(tr, "tel", "error-number-blacklisted"),
        RequestError::CallsLimitReached => {
            ApiError::new(StatusCode::CONFLICT, tr.t("api-error-calls-limit"))
        }
        RequestError::SlotFull => ApiError::invalid(tr, "scheduled_at", "error-slot-full"),
        RequestError::Database(error) => ApiError::from(error),
    }
}

/// Leaves a message from a visitor (`tel`, `email`, `text`) on widget `id`.
pub async fn message_v2(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(id): Path<i64>,
    params: Params,
) -> ApiResult {
    caller.require(Permission::WidgetsCall)?;
    let tr = &caller.tr;
    let text = params.required_text(tr, "text")?;
    if text.chars().count() > 2000 {
        return Err(ApiError::invalid(tr, "text", "api-reason-too-long"));
    }
    let mut tx = state.db.begin().await?;
    let widget = caller.widget(&mut tx, id).await?;
    let phone = params
        .text("tel")
        .map(|t| dialback_domain::PhoneNumber::parse(&t, &widget.country))
        .transpose()
        .map_err(|e| ApiError::invalid(tr, "tel", e.key))?;
    let email = params
        .text("email")
        .map(|e| dialback_domain::EmailAddress::parse(&e))
        .transpose()
        .map_err(|e| ApiError::invalid(tr, "email", e.key))?;
    if phone.is_none() && email.is_none() {
        return Err(ApiError::missing(tr, "tel"));
    }
    let message_id = crate::messages::record(
        &mut tx,
        &crate::messages::NewMessage {
            account_id: caller.account_id(),
            widget_id: widget.id,
            widget_url: &widget.url,
            visitor_name: None,
            phone_e164: phone.as_ref().map(|p| p.e164()),
            email: email.as_ref().map(|e| e.as_str()),
            text: &text,
            client_ip: Some(&caller.client_ip),
            source: ActivitySource::Api,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(ok(serde_json::json!({ "id": message_id })))
}
