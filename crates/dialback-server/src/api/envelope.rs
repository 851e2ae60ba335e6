//! The response envelope of CallPage's external API, and the API's error type.
//!
//! Every response is `{"hasError", "errorCode", "message", "data", "meta"}`. Dialback also
//! sets the HTTP status that fits, which CallPage does not; `errorCode` repeats it so
//! that clients reading only the body see the same number.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::platform::i18n::Tr;

/// The envelope as serialised.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Envelope {
    pub has_error: bool,
    pub error_code: u16,
    pub message: String,
    pub data: serde_json::Value,
    pub meta: serde_json::Value,
}

/// Builds a successful response carrying `data`.
pub fn ok(data: impl Serialize) -> Response {
    let data = serde_json::to_value(data).unwrap_or(serde_json::Value::Null);
    Json(Envelope {
        has_error: false,
        error_code: 0,
        message: String::new(),
        data,
        meta: serde_json::json!({}),
    })
    .into_response()
}

/// Builds a successful response with one page of a list.
pub fn ok_list(items: impl Serialize, count: i64, page: Page) -> Response {
    let data = serde_json::to_value(items).unwrap_or(serde_json::Value::Null);
    let meta = serde_json::json!({ "count": count, "limit": page.limit, "offset": page.offset });
    Json(Envelope {
        has_error: false,
        error_code: 0,
        message: String::new(),
        data,
        meta,
    })
    .into_response()
}

/// `limit` and `offset` of a list request.
#[derive(Debug, Clone, Copy)]
pub struct Page {
    pub limit: i64,
    pub offset: i64,
}

/// Default and largest page sizes.
pub const DEFAULT_LIMIT: i64 = 100;
pub const MAX_LIMIT: i64 = 1000;

/// An API failure, with its message already in the caller's language.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub message: String,
    /// The request field that caused it, if one did.
    pub field: Option<String>,
}

impl ApiError {
    pub fn new(status: StatusCode, message: String) -> Self {
        Self {
            status,
            message,
            field: None,
        }
    }

    /// Builds a 422 that names the invalid `field`.
    pub fn invalid(tr: &Tr, field: &str, message_id: &str) -> Self {
        let reason = tr.t(message_id);
        // `api-reason-*` fragments continue the sentence; other messages are whole sentences.
        let template = if message_id.starts_with("api-reason-") {
            "api-error-field"
        } else {
            "api-error-field-sentence"
        };
        Self {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            message: tr.t_args(template, &field_args(field, &reason)),
            field: Some(field.to_owned()),
        }
    }

    /// Builds a 422 for a missing required `field`.
    pub fn missing(tr: &Tr, field: &str) -> Self {
        Self {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            message: tr.t_with("api-error-missing", "field", field),
            field: Some(field.to_owned()),
        }
    }

    /// Builds a 404 for a row that does not exist or belongs to another account.
    pub fn not_found(tr: &Tr, what_id: &str) -> Self {
        Self::new(StatusCode::NOT_FOUND, tr.t(what_id))
    }

    /// Builds a 403 for a key without `permission`.
    pub fn forbidden(tr: &Tr, permission: &str) -> Self {
        Self::new(
            StatusCode::FORBIDDEN,
            tr.t_with("api-error-permission", "permission", permission),
        )
    }
}

fn field_args(
    field: &str,
    reason: &str,
) -> [(
    &'static str,
    fluent_templates::fluent_bundle::FluentValue<'static>,
); 2] {
    [
        ("field", field.to_owned().into()),
        ("reason", reason.to_owned().into()),
    ]
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let data = match &self.field {
            Some(field) => serde_json::json!({ "field": field }),
            None => serde_json::Value::Null,
        };
        let internal = self.status.is_server_error();
        let body = Envelope {
            has_error: true,
            error_code: self.status.as_u16(),
            message: self.message,
            data,
            meta: serde_json::json!({}),
        };
        let mut response = (self.status, Json(body)).into_response();
        if internal {
            response.extensions_mut().insert(InternalError);
        }
        response
    }
}

impl From<sqlx::Error> for ApiError {
    fn from(error: sqlx::Error) -> Self {
        let status = if matches!(error, sqlx::Error::PoolTimedOut) {
            StatusCode::SERVICE_UNAVAILABLE
        } else {
            StatusCode::INTERNAL_SERVER_ERROR
        };
        tracing::error!(%error, "API request failed in the database");
        // The API middleware replaces this text with a translated one.
        Self::new(status, "internal error".to_owned())
    }
}

/// Marks an answer whose message the API middleware translates, because the
/// conversion from a database error does not know the caller's language.
#[derive(Debug, Clone, Copy)]
pub struct InternalError;

/// Result of an API handler.
pub type ApiResult = Result<Response, ApiError>;
