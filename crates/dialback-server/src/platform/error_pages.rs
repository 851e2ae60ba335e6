//! Translated HTML pages for error responses.
//!
//! Handlers and middleware return bare error statuses marked with [`ErrorPageWanted`]
//! or [`CsrfRejected`]; this middleware, which knows the language and the request id,
//! turns them into pages.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{FromRequestParts, Request};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::csrf::CsrfRejected;
use super::errors::{ErrorPageWanted, PageError};
use super::observe::RequestId;
use super::page::PageContext;

#[derive(Template, WebTemplate)]
#[template(path = "error.html")]
struct ErrorPage {
    ctx: PageContext,
    heading: String,
    message: String,
    request_id: Option<String>,
}

/// The fallback route: a page that does not exist.
pub async fn not_found() -> PageError {
    PageError::NotFound
}

/// Middleware: renders marked error responses as pages in the user's language.
pub async fn render(request: Request, next: Next) -> Response {
    let (mut parts, body) = request.into_parts();
    let Ok(ctx) = PageContext::from_request_parts(&mut parts, &()).await;
    let request_id = parts.extensions.get::<RequestId>().map(|id| id.0.clone());
    let response = next.run(Request::from_parts(parts, body)).await;

    let csrf_rejected = response.extensions().get::<CsrfRejected>().is_some();
    if response.extensions().get::<ErrorPageWanted>().is_none() && !csrf_rejected {
        return response;
    }
    let status = response.status();
    let (heading, message) = match status {
        _ if csrf_rejected => ("error-csrf-title", "error-csrf-message"),
        StatusCode::NOT_FOUND => ("error-not-found-title", "error-not-found-message"),
        StatusCode::FORBIDDEN => ("error-forbidden-title", "error-forbidden-message"),
        StatusCode::BAD_REQUEST | StatusCode::PAYLOAD_TOO_LARGE => {
            ("error-bad-request-title", "error-bad-request-message")
        }
        StatusCode::SERVICE_UNAVAILABLE => ("error-unavailable-title", "error-unavailable-message"),
        _ => ("error-internal-title", "error-internal-message"),
    };
    let show_id = status.is_server_error();
    let page = ErrorPage {
        heading: ctx.t(heading),
        message: ctx.t(message),
        ctx,
        request_id: request_id.filter(|_| show_id),
    };
    (status, page).into_response()
}
