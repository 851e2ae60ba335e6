//! Field errors of a submitted form, translated and keyed by field name.

use std::collections::BTreeMap;

use dialback_domain::Invalid;

use super::i18n::Tr;

/// The translated messages to show beside each invalid field of a form.
#[derive(Debug, Default, Clone)]
pub struct FieldErrors(BTreeMap<&'static str, String>);

impl FieldErrors {
    /// Records `error` for `field`, keeping the first error of each field.
    pub fn add(&mut self, tr: &Tr, field: &'static str, error: Invalid) {
        self.0.entry(field).or_insert_with(|| tr.t(error.key));
    }

    /// Records an already translated message for `field`.
    pub fn add_message(&mut self, field: &'static str, message: String) {
        self.0.entry(field).or_insert(message);
    }

    /// Parses one field, recording its error and returning `None` when it is invalid.
    pub fn check<T>(
        &mut self,
        tr: &Tr,
        field: &'static str,
        result: Result<T, Invalid>,
    ) -> Option<T> {
        result.map_err(|error| self.add(tr, field, error)).ok()
    }

    pub fn get(&self, field: &str) -> Option<&String> {
        self.0.get(field)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// One `<option>` of a select, prepared by the handler.
#[derive(Debug, Clone)]
pub struct SelectOption {
    pub value: String,
    pub label: String,
    pub selected: bool,
    /// The `lang` attribute, for options written in another language.
    pub lang: Option<&'static str>,
}

impl SelectOption {
    pub fn new(value: impl Into<String>, label: impl Into<String>, selected: bool) -> Self {
        Self {
            value: value.into(),
            label: label.into(),
            selected,
            lang: None,
        }
    }
}

/// A select field with its options, for forms that show several alike.
#[derive(Debug, Clone)]
pub struct SelectField {
    pub name: &'static str,
    pub label: String,
    pub options: Vec<SelectOption>,
    pub disabled: bool,
}

/// A form body, like axum's `Form`, whose rejection (a repeated or malformed field) is a
/// translated error page instead of axum's plain English text.
pub struct Form<T>(pub T);

impl<T, S> axum::extract::FromRequest<S> for Form<T>
where
    T: serde::de::DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = super::errors::PageError;

    async fn from_request(
        request: axum::extract::Request,
        state: &S,
    ) -> Result<Self, Self::Rejection> {
        match axum::Form::<T>::from_request(request, state).await {
            Ok(axum::Form(value)) => Ok(Self(value)),
            Err(rejection) => {
                tracing::info!(error = %rejection, "form rejected");
                Err(super::errors::PageError::BadRequest)
            }
        }
    }
}

/// A query string, like axum's `Query`, whose rejection is a translated error page.
pub struct Query<T>(pub T);

impl<T, S> axum::extract::FromRequestParts<S> for Query<T>
where
    T: serde::de::DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = super::errors::PageError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &S,
    ) -> Result<Self, Self::Rejection> {
        match axum::extract::Query::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Query(value)) => Ok(Self(value)),
            Err(rejection) => {
                tracing::info!(error = %rejection, "query string rejected");
                Err(super::errors::PageError::BadRequest)
            }
        }
    }
}

/// The ids in a dashboard path, such as `/calls/{id}` or `/widgets/{id}/domains/{domain}`.
/// A segment that is not a valid id names no row, so instead of axum's plain-text
/// "Cannot parse" rejection the user gets the translated 404 page.
#[derive(Debug, Clone, Copy)]
pub struct PathId<T = i64>(pub T);

impl<T, S> axum::extract::FromRequestParts<S> for PathId<T>
where
    T: serde::de::DeserializeOwned + Send,
    S: Send + Sync,
{
    type Rejection = super::errors::PageError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &S,
    ) -> Result<Self, Self::Rejection> {
        match axum::extract::Path::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Path(value)) => Ok(Self(value)),
            Err(rejection) => {
                tracing::info!(error = %rejection, "path id rejected");
                Err(super::errors::PageError::NotFound)
            }
        }
    }
}
