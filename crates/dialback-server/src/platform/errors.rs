//! The HTML error type of dashboard pages.
//!
//! Expected outcomes (a bad form, a missing sign-in) are not errors: handlers render
//! the form again or redirect. [`PageError`] covers the rest; its cause is logged and
//! the user sees only a translated page with the request id.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// A failure while serving a page.
#[derive(Debug)]
pub enum PageError {
    /// The page or the row does not exist (or belongs to another account).
    NotFound,
    /// The signed-in user's role does not allow the page or the action.
    Forbidden,
    /// The request could not be read: a malformed form, query string or body.
    BadRequest,
    /// The database did not hand out a connection in time.
    Unavailable(anyhow::Error),
    /// Anything unexpected; logged with its cause chain.
    Internal(anyhow::Error),
}

impl<E: Into<anyhow::Error>> From<E> for PageError {
    fn from(error: E) -> Self {
        let error = error.into();
        match error.downcast_ref::<sqlx::Error>() {
            Some(sqlx::Error::RowNotFound) => PageError::NotFound,
            Some(sqlx::Error::PoolTimedOut) => PageError::Unavailable(error),
            _ => PageError::Internal(error),
        }
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let status = match &self {
            PageError::NotFound => StatusCode::NOT_FOUND,
            PageError::Forbidden => StatusCode::FORBIDDEN,
            PageError::BadRequest => StatusCode::BAD_REQUEST,
            PageError::Unavailable(error) => {
                tracing::warn!(error = format!("{error:#}"), "database unavailable");
                StatusCode::SERVICE_UNAVAILABLE
            }
            PageError::Internal(error) => {
                tracing::error!(error = format!("{error:#}"), "request failed");
                StatusCode::INTERNAL_SERVER_ERROR
            }
        };
        // The error page is rendered by the observe middleware, which knows the
        // request id and the language; this marker asks it to.
        let mut response = status.into_response();
        response.extensions_mut().insert(ErrorPageWanted);
        response
    }
}

/// Marks a bare error response that the error-page middleware should render.
#[derive(Debug, Clone, Copy)]
pub struct ErrorPageWanted;

/// Result of a page handler.
pub type PageResult<T = Response> = Result<T, PageError>;
