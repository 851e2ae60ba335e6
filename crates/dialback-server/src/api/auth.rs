//! API key authentication, per-key rate limits, and the caller every handler receives.

use std::sync::Arc;

use axum::extract::{FromRequestParts, Request, State};
use axum::http::header::{ACCEPT_LANGUAGE, AUTHORIZATION, RETRY_AFTER};
use axum::http::request::Parts;
use axum::http::{HeaderName, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use dialback_domain::permission::allows;
use dialback_domain::{Language, Permission};
use sqlx::AnyConnection;

use super::envelope::{ApiError, Envelope, InternalError};
use crate::AppState;
use crate::api_keys::{self, ApiKey, storage as keys};
use crate::platform::clock::now_micros;
use crate::platform::i18n::Tr;
use crate::platform::secrets::{equal, token_hash};
use crate::widgets::{Widget, storage as widgets};

/// The authenticated caller of an API request.
#[derive(Debug, Clone)]
pub struct ApiCaller {
    pub key: Arc<ApiKey>,
    pub tr: Tr,
    pub client_ip: String,
}

impl ApiCaller {
    pub fn account_id(&self) -> i64 {
        self.key.account_id
    }

    /// Fails with 403 unless the key holds `permission` or its parent.
    pub fn require(&self, permission: Permission) -> Result<(), ApiError> {
        if allows(&self.key.permissions, permission) {
            Ok(())
        } else {
            Err(ApiError::forbidden(&self.tr, permission.id()))
        }
    }

    /// Loads a widget the key may act on; another account's widget, or one outside the
    /// key's widgets, is not found.
    pub async fn widget(
        &self,
        conn: &mut AnyConnection,
        widget_id: i64,
    ) -> Result<Widget, ApiError> {
        if !self.key.covers_widget(widget_id) {
            return Err(ApiError::not_found(&self.tr, "api-error-widget-not-found"));
        }
        widgets::find(conn, self.account_id(), widget_id)
            .await?
            .ok_or_else(|| ApiError::not_found(&self.tr, "api-error-widget-not-found"))
    }
}

impl<S: Send + Sync> FromRequestParts<S> for ApiCaller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<ApiCaller>()
            .cloned()
            .ok_or_else(|| ApiError::new(StatusCode::UNAUTHORIZED, "API key missing".to_owned()))
    }
}

/// The language of API messages: the request's Accept-Language, then English.
fn language_of(parts: &Request) -> Tr {
    let language = parts
        .headers()
        .get(ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(Language::negotiate)
        .unwrap_or_default();
    Tr::new(language)
}

/// Reads the key from `Authorization: <key>` or `Authorization: Bearer <key>`.
fn presented_key(request: &Request) -> Option<String> {
    let value = request.headers().get(AUTHORIZATION)?.to_str().ok()?.trim();
    let key = value
        .strip_prefix("Bearer ")
        .or_else(|| value.strip_prefix("bearer "))
        .unwrap_or(value)
        .trim();
    (!key.is_empty()).then(|| key.to_owned())
}

/// Middleware: authenticates the key, applies its rate limit and translates internal errors.
pub async fn authenticate(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let tr = language_of(&request);
    let client_ip = request
        .extensions()
        .get::<crate::platform::client_ip::ClientIp>()
        .map_or_else(|| "127.0.0.1".to_owned(), |c| c.0.to_string());

    let key = match verify_key(&state, &tr, presented_key(&request)).await {
        Ok(key) => key,
        Err(error) => return error.into_response(),
    };
    let window = match count_request(&state, key.id).await {
        Ok(window) => window,
        Err(error) => return ApiError::from(error).into_response(),
    };
    if window.count > i64::from(state.config.api_rate_limit) {
        tracing::warn!(api_key.id = key.id, "API rate limit reached");
        let mut response = ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            tr.t_count("api-error-rate-limited", window.reset_seconds),
        )
        .into_response();
        set_rate_headers(&mut response, state.config.api_rate_limit, window);
        response
            .headers_mut()
            .insert(RETRY_AFTER, HeaderValue::from(window.reset_seconds));
        return response;
    }
    if let Ok(mut conn) = state.db.pool.acquire().await
        && let Err(error) = keys::touch(&mut conn, key.id, &client_ip).await
    {
        tracing::warn!(%error, api_key.id = key.id, "failed to record the key's last use");
    }

    request.extensions_mut().insert(ApiCaller {
        key: Arc::new(key),
        tr,
        client_ip,
    });
    let mut response = next.run(request).await;
    set_rate_headers(&mut response, state.config.api_rate_limit, window);
    if response.extensions().get::<InternalError>().is_some() {
        return translated_internal_error(response.status(), &tr);
    }
    if response.status().is_client_error() && !is_json(&response) {
        // axum's own rejections (a path segment that is not a number, for example) are
        // plain text; integrations expect the envelope.
        let mut rewritten =
            ApiError::new(response.status(), tr.t("api-error-bad-request")).into_response();
        set_rate_headers(&mut rewritten, state.config.api_rate_limit, window);
        return rewritten;
    }
    response
}

fn is_json(response: &Response) -> bool {
    response
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"))
}

async fn verify_key(
    state: &AppState,
    tr: &Tr,
    presented: Option<String>,
) -> Result<ApiKey, ApiError> {
    let unauthorized = |id: &str| ApiError::new(StatusCode::UNAUTHORIZED, tr.t(id));
    let Some(presented) = presented else {
        return Err(unauthorized("api-error-key-missing"));
    };
    let Some(lookup) = api_keys::lookup_of(&presented) else {
        return Err(unauthorized("api-error-key-invalid"));
    };
    let mut conn = state.db.pool.acquire().await?;
    let Some((key, stored_hash)) = keys::find_by_lookup(&mut conn, lookup).await? else {
        return Err(unauthorized("api-error-key-invalid"));
    };
    if !equal(&token_hash(&presented), &stored_hash) {
        return Err(unauthorized("api-error-key-invalid"));
    }
    if key.revoked_at.is_some() {
        return Err(unauthorized("api-error-key-revoked"));
    }
    if !key.is_live(now_micros()) {
        return Err(unauthorized("api-error-key-expired"));
    }
    Ok(key)
}

/// The state of a key's current one-minute window.
#[derive(Debug, Clone, Copy)]
struct RateWindow {
    count: i64,
    reset_seconds: i64,
}

/// Counts this request in the key's current one-minute window, in the database, so the
/// limit holds across servers.
async fn count_request(state: &AppState, key_id: i64) -> sqlx::Result<RateWindow> {
    let now_seconds = now_micros() / 1_000_000;
    let window_start = now_seconds / 60 * 60;
    let mut conn = state.db.pool.acquire().await?;
    let count: i64 = sqlx::query_scalar(
        "INSERT INTO api_rate_windows (api_key_id, window_start, request_count) VALUES ($1, $2, 1) \
         ON CONFLICT (api_key_id, window_start) DO UPDATE SET request_count = api_rate_windows.request_count + 1 \
         RETURNING request_count",
    )
    .bind(key_id)
    .bind(window_start)
    .fetch_one(&mut *conn)
    .await?;
    if count == 1 {
        // A new window: the key's older windows are never read again.
        sqlx::query("DELETE FROM api_rate_windows WHERE api_key_id = $1 AND window_start < $2")
            .bind(key_id)
            .bind(window_start)
            .execute(&mut *conn)
            .await?;
    }
    Ok(RateWindow {
        count,
        reset_seconds: window_start + 60 - now_seconds,
    })
}

/// Adds the IETF draft `RateLimit-*` headers.
fn set_rate_headers(response: &mut Response, limit: u32, window: RateWindow) {
    let remaining = (i64::from(limit) - window.count).max(0);
    let headers = response.headers_mut();
    headers.insert(
        HeaderName::from_static("ratelimit-limit"),
        HeaderValue::from(limit),
    );
    headers.insert(
        HeaderName::from_static("ratelimit-remaining"),
        HeaderValue::from(remaining),
    );
    headers.insert(
        HeaderName::from_static("ratelimit-reset"),
        HeaderValue::from(window.reset_seconds),
    );
}

fn translated_internal_error(status: StatusCode, tr: &Tr) -> Response {
    let body = Envelope {
        has_error: true,
        error_code: status.as_u16(),
        message: tr.t("api-error-internal"),
        data: serde_json::Value::Null,
        meta: serde_json::json!({}),
    };
    (status, axum::Json(body)).into_response()
}
