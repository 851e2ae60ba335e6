//! The visitor-facing widget endpoints, under `/public/widgets/{id}`, without a key.
//!
//! They respond in the widget's language with the API's envelope. A request whose
//! `Origin` is not one of the widget's trusted domains (when it has any) is refused,
//! and cross-origin answers name only a trusted origin.
//!
//! Calls are requested here (`/calls`) and messages left (`/messages`, in `message`).

use axum::Router;
use axum::extract::{Path, State};
use axum::http::header::{
    ACCESS_CONTROL_ALLOW_HEADERS, ACCESS_CONTROL_ALLOW_METHODS, ACCESS_CONTROL_ALLOW_ORIGIN,
    ORIGIN, VARY,
};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use dialback_domain::{ActivitySource, DomainName};
use jiff::Timestamp;

use crate::AppState;
use crate::api::envelope::{ApiError, ok};
use crate::api::params::Params;
use crate::calls::availability::{Roster, Target};
use crate::calls::request::{CallRequest, RequestError, WhenNobodyFree, request_call};
use crate::platform::i18n::Tr;
use crate::widgets::Widget;
use crate::widgets::storage as widgets;

mod message;

use message::create_message;

/// How many bookable time slots the config offers when busy mode is off.
const OFFERED_SLOTS: usize = 24;

/// Builds the public routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/public/widgets/{id}/config",
            get(config).options(preflight),
        )
        .route(
            "/public/widgets/{id}/calls",
            axum::routing::post(create_call).options(preflight),
        )
        .route(
            "/public/widgets/{id}/messages",
            axum::routing::post(create_message).options(preflight),
        )
}

/// The `{id}` of a public widget path. An id that is not a number gets the JSON answer
/// of an unknown widget, in the browser's language, instead of axum's plain text.
pub(crate) struct WidgetId(pub i64);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for WidgetId {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &S,
    ) -> Result<Self, Self::Rejection> {
        match Path::<i64>::from_request_parts(parts, state).await {
            Ok(Path(id)) => Ok(Self(id)),
            Err(_) => Err(ApiError::not_found(
                &browser_tr(&parts.headers),
                "public-error-unavailable",
            )
            .into_response()),
        }
    }
}

/// The visitor's browser language, for answers given before the widget is known.
fn browser_tr(headers: &HeaderMap) -> Tr {
    Tr::new(
        headers
            .get(axum::http::header::ACCEPT_LANGUAGE)
            .and_then(|value| value.to_str().ok())
            .and_then(dialback_domain::Language::negotiate)
            .unwrap_or_default(),
    )
}

/// A widget that a visitor's request may use, with the origin to allow in the response.
struct Visit {
    widget: Widget,
    tr: Tr,
    allowed_origin: Option<HeaderValue>,
    /// The page's host when it is one of the widget's trusted domains.
    trusted_host: Option<String>,
}

/// Loads the widget and checks the request's origin against its trusted domains.
async fn visit(state: &AppState, widget_id: i64, headers: &HeaderMap) -> Result<Visit, Response> {
    let mut conn = state
        .db
        .pool
        .acquire()
        .await
        .map_err(|e| ApiError::from(e).into_response())?;
    let fallback_tr = browser_tr(headers);
    let Some(widget) = widgets::find_public(&mut conn, widget_id)
        .await
        .map_err(|e| ApiError::from(e).into_response())?
    else {
        return Err(ApiError::not_found(&fallback_tr, "public-error-unavailable").into_response());
    };
    let tr = Tr::new(widget.language());
    let trusted: Vec<DomainName> = widgets::domains(&mut conn, widget.id)
        .await
        .map_err(|e| ApiError::from(e).into_response())?
        .into_iter()
        .filter_map(|(_, domain)| DomainName::parse(&domain).ok())
        .collect();
    let origin = headers.get(ORIGIN).cloned();
    // Browsers omit Origin on same-origin GET requests, so the Referer names the page then.
    let host_of = |value: &HeaderValue| {
        value
            .to_str()
            .ok()
            .and_then(|v| url::Url::parse(v).ok())
            .and_then(|u| u.host_str().map(str::to_owned))
    };
    let page_host = origin
        .as_ref()
        .and_then(host_of)
        .or_else(|| headers.get(axum::http::header::REFERER).and_then(host_of));
    // Dialback's own pages (the widget preview) may always use the widget.
    let own_host = headers
        .get(axum::http::header::HOST)
        .and_then(|h| h.to_str().ok())
        .map(|h| h.rsplit_once(':').map_or(h, |(name, _)| name).to_owned());
    let trusted_origin = trusted.is_empty()
        || page_host.as_ref().is_some_and(|host| {
            trusted.iter().any(|d| d.matches_host(host)) || own_host.as_ref() == Some(host)
        });
    if !trusted_origin {
        tracing::info!(widget.id = widget.id, origin = ?origin, "public widget request from an untrusted origin");
        return Err(
            ApiError::new(StatusCode::FORBIDDEN, tr.t("public-error-unavailable")).into_response(),
        );
    }
    let trusted_host = page_host.filter(|host| trusted.iter().any(|d| d.matches_host(host)));
    Ok(Visit {
        widget,
        tr,
        allowed_origin: origin,
        trusted_host,
    })
}

fn with_cors(mut response: Response, origin: Option<HeaderValue>) -> Response {
    if let Some(origin) = origin {
        let headers = response.headers_mut();
        headers.insert(ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        headers.insert(VARY, HeaderValue::from_static("Origin"));
    }
    response
}

/// Responds to a CORS preflight from a trusted origin.
async fn preflight(
    State(state): State<AppState>,
    WidgetId(id): WidgetId,
    headers: HeaderMap,
) -> Response {
    match visit(&state, id, &headers).await {
        Ok(visit) => {
            let mut response = StatusCode::NO_CONTENT.into_response();
            response.headers_mut().insert(
                ACCESS_CONTROL_ALLOW_METHODS,
                HeaderValue::from_static("GET, POST"),
            );
            response.headers_mut().insert(
                ACCESS_CONTROL_ALLOW_HEADERS,
                HeaderValue::from_static("Content-Type"),
            );
            with_cors(response, visit.allowed_origin)
        }
        Err(response) => response,
    }
}

/// What the widget script needs to render: texts in the widget's language, whether a
/// manager can call back now, and the bookable slots when busy mode is off.
async fn config(
    State(state): State<AppState>,
    WidgetId(id): WidgetId,
    headers: HeaderMap,
    axum::Extension(client): axum::Extension<crate::platform::client_ip::ClientIp>,
) -> Response {
    let visit = match visit(&state, id, &headers).await {
        Ok(visit) => visit,
        Err(response) => return response,
    };
    let (widget, tr) = (&visit.widget, visit.tr);
    if let Some(domain) = &visit.trusted_host {
        // A failure here must not break the visitor's widget; the next fetch tries again.
        if let Err(error) =
            crate::notifications::sources::widget_seen(&state.db, widget.id, domain).await
        {
            tracing::warn!(%error, widget.id = widget.id, "failed to record the widget's installation");
        }
    }
    // A blacklisted visitor gets the same response as for a disabled widget, without the reason.
    let blocked = match state.db.pool.acquire().await {
        Ok(mut conn) => crate::protection::ip_verdict(&mut conn, widget.account_id, client.0).await,
        Err(error) => Err(error),
    };
    let blocked = match blocked {
        Ok(verdict) => verdict == crate::protection::IpVerdict::Blacklisted,
        Err(error) => return ApiError::from(error).into_response(),
    };
    // An expired account's widget hides like a disabled one, so visitors see no call button.
    let expired = match state.db.pool.acquire().await {
        Ok(mut conn) => {
            crate::payments::expiry::current(
                &mut conn,
                widget.account_id,
                &state.config.payments,
                crate::platform::clock::now_micros(),
            )
            .await
        }
        Err(error) => Err(error),
    };
    let expired = match expired {
        Ok(state) => state.is_expired(),
        Err(error) => return ApiError::from(error).into_response(),
    };
    if !widget.enabled || blocked || expired {
        return with_cors(
            ok(serde_json::json!({ "id": widget.id, "available": false })),
            visit.allowed_origin,
        );
    }
    let roster = match state.db.pool.acquire().await {
        Ok(mut conn) => Roster::load(&mut conn, widget, Target::default()).await,
        Err(error) => Err(error),
    };
    let roster = match roster {
        Ok(roster) => roster,
        Err(error) => return ApiError::from(error).into_response(),
    };
    let now = Timestamp::now();
    let can_call_now = !roster.free_at(now).is_empty();
    let slots: Vec<i64> = if widget.busy_mode {
        Vec::new()
    } else {
        let mut slots = Vec::new();
        let mut after = now;
        while slots.len() < OFFERED_SLOTS {
            let Some(next) = roster.next_opening(after) else {
                break;
            };
            slots.push(next.as_second());
            after = next;
        }
        slots
    };
    let body = serde_json::json!({
        "id": widget.id,
        "available": true,
        "language": widget.locale_code,
        "can_call_now": can_call_now,
        "busy_mode": widget.busy_mode,
        "booking_slots": slots,
        "texts": {
            "title": tr.t("widget-title"),
            "phone_label": tr.t("widget-phone-label"),
            "call_button": tr.t("widget-call-button"),
            "schedule_button": tr.t("widget-schedule-button"),
            "unavailable": tr.t("widget-unavailable-now"),
            "message_title": tr.t("widget-message-title"),
            "name_label": tr.t("widget-name-label"),
            "email_label": tr.t("widget-email-label"),
            "message_label": tr.t("widget-message-label"),
            "send_message": tr.t("widget-send-message"),
        },
    });
    with_cors(ok(body), visit.allowed_origin)
}

/// Requests a call for the visitor (`tel`, optional `scheduled_at` in Unix seconds, custom `fields`).
async fn create_call(
    State(state): State<AppState>,
    WidgetId(id): WidgetId,
    headers: HeaderMap,
    axum::Extension(client): axum::Extension<crate::platform::client_ip::ClientIp>,
    params: Params,
) -> Response {
    let visit = match visit(&state, id, &headers).await {
        Ok(visit) => visit,
        Err(response) => return response,
    };
    let origin = visit.allowed_origin.clone();
    let response =
        match create_call_inner(&state, &visit, &params, client.0.to_string(), &headers).await {
            Ok(response) => response,
            Err(error) => error.into_response(),
        };
    with_cors(response, origin)
}

async fn create_call_inner(
    state: &AppState,
    visit: &Visit,
    params: &Params,
    client_ip: String,
    headers: &HeaderMap,
) -> Result<Response, ApiError> {
    let tr = &visit.tr;
    let tel = params.required_text(tr, "tel")?;
    let scheduled_at = params.i64(tr, "scheduled_at")?;
    let fields = params.nested_text(tr, "fields")?;
    if fields.len() > 20
        || fields.iter().any(|(k, v)| {
            k.chars().count() > 100 || v.as_str().is_some_and(|v| v.chars().count() > 1000)
        })
    {
        return Err(ApiError::invalid(tr, "fields", "api-reason-too-long"));
    }
    let url = headers
        .get(axum::http::header::REFERER)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
        .or_else(|| params.text("url"));
    let request = CallRequest {
        widget: &visit.widget,
        tel: &tel,
        scheduled_at,
        target: Target {
            department_id: params.i64(tr, "department_id")?,
            manager_id: None,
        },
        fields,
        visitor_ip: client_ip.parse().ok(),
        client_ip: Some(client_ip),
        url,
        source: ActivitySource::Web,
        when_nobody_free: if visit.widget.busy_mode {
            WhenNobodyFree::Refuse
        } else {
            WhenNobodyFree::Schedule
        },
    };
    let requested = request_call(state, request)
        .await
        .map_err(|error| visitor_error(tr, error))?;
    let message = if requested.scheduled_at.is_some() {
        tr.t("widget-call-scheduled")
    } else {
        tr.t("widget-call-coming")
    };
    Ok(ok(
        serde_json::json!({ "call_id": requested.call_id, "status": requested.status.id(), "scheduled_at": requested.scheduled_at, "message": message }),
    ))
}

/// A 422 for a visitor: the field stays in `data.field` for the widget script, but the
/// message is the plain sentence, without the request parameter's name.
pub(crate) fn visitor_invalid(tr: &Tr, field: &str, message_id: &str) -> ApiError {
    ApiError {
        status: StatusCode::UNPROCESSABLE_ENTITY,
        message: tr.t(message_id),
        field: Some(field.to_owned()),
    }
}

/// Maps a refused request to a message for the visitor, in the widget's language.
fn visitor_error(tr: &Tr, error: RequestError) -> ApiError {
    match error {
        RequestError::WidgetDisabled => {
            ApiError::new(StatusCode::CONFLICT, tr.t("public-error-unavailable"))
        }
        RequestError::SubscriptionExpired => ApiError::new(
            StatusCode::CONFLICT,
            tr.t("public-error-subscription-expired"),
        ),
        RequestError::NoManagerAvailable => {
            ApiError::new(StatusCode::CONFLICT, tr.t("widget-unavailable-now"))
        }
        RequestError::CallsLimitReached => {
            ApiError::new(StatusCode::CONFLICT, tr.t("widget-unavailable-now"))
        }
        RequestError::AddressBlocked => {
            ApiError::new(StatusCode::FORBIDDEN, tr.t("public-error-unavailable"))
        }
        // A neutral answer: the visitor learns neither that the number is listed nor why.
        RequestError::NumberBlocked => ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            tr.t("public-error-call-refused"),
        ),
        RequestError::InvalidPhone(invalid) => visitor_invalid(tr, "tel", invalid.key),
        other => crate::api::widgets::request_error(tr, other),
    }
}
