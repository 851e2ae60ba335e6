//! Request parameters of the API, whatever their encoding.
//!
//! Official CallPage clients send form-urlencoded bodies; others send JSON; GET requests
//! use the query string. [`Params`] reads all three into one map, so handlers ask for
//! typed values by name and get a field error naming the parameter when one is invalid.
//! `name[]` and repeated names form lists.

use std::collections::BTreeMap;

use axum::body::{Bytes, to_bytes};
use axum::extract::{FromRequest, Request};
use axum::http::header::CONTENT_TYPE;
use serde::de::DeserializeOwned;

use super::envelope::ApiError;
use crate::platform::i18n::Tr;

/// Largest request body read, in bytes.
const MAX_BODY_BYTES: usize = 1024 * 1024;

/// One submitted value: text from a form or query, or a JSON value.
#[derive(Debug, Clone)]
enum Value {
    Text(String),
    Json(serde_json::Value),
}

impl Value {
    fn as_text(&self) -> Option<String> {
        match self {
            Value::Text(text) => Some(text.clone()),
            Value::Json(serde_json::Value::String(text)) => Some(text.clone()),
            Value::Json(serde_json::Value::Number(number)) => Some(number.to_string()),
            Value::Json(serde_json::Value::Bool(flag)) => Some(flag.to_string()),
            Value::Json(serde_json::Value::Null) => None,
            Value::Json(other) => Some(other.to_string()),
        }
    }
}

/// The parameters of one request.
#[derive(Debug, Default, Clone)]
pub struct Params {
    values: BTreeMap<String, Vec<Value>>,
}

impl<S: Send + Sync> FromRequest<S> for Params {
    type Rejection = ApiError;

    async fn from_request(request: Request, _state: &S) -> Result<Self, Self::Rejection> {
        let mut params = Params::default();
        if let Some(query) = request.uri().query() {
            params.add_form(query.as_bytes());
        }
        let is_json = request
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/json"));
        let body: Bytes = to_bytes(request.into_body(), MAX_BODY_BYTES)
            .await
            .map_err(|_| {
                ApiError::new(
                    axum::http::StatusCode::PAYLOAD_TOO_LARGE,
                    "request body too large".to_owned(),
                )
            })?;
        if body.is_empty() {
            return Ok(params);
        }
        if is_json {
            let Ok(serde_json::Value::Object(object)) =
                serde_json::from_slice::<serde_json::Value>(&body)
            else {
                return Err(ApiError::new(
                    axum::http::StatusCode::BAD_REQUEST,
                    "invalid JSON body: expected an object".to_owned(),
                ));
            };
            for (name, value) in object {
                params.add_json(&name, value);
            }
        } else {
            params.add_form(&body);
        }
        Ok(params)
    }
}

impl Params {
    /// Parameters from pairs, for tests and internal callers.
    pub fn from_pairs(pairs: &[(&str, &str)]) -> Self {
        let mut params = Params::default();
        for (name, value) in pairs {
            params.push(name, Value::Text((*value).to_owned()));
        }
        params
    }

    fn push(&mut self, name: &str, value: Value) {
        let name = name.strip_suffix("[]").unwrap_or(name).to_owned();
        self.values.entry(name).or_default().push(value);
    }

    fn add_form(&mut self, bytes: &[u8]) {
        for (name, value) in url::form_urlencoded::parse(bytes) {
            self.push(&name, Value::Text(value.into_owned()));
        }
    }

    fn add_json(&mut self, name: &str, value: serde_json::Value) {
        match value {
            serde_json::Value::Array(items) if !items.iter().any(|i| i.is_object()) => {
                for item in items {
                    self.push(name, Value::Json(item));
                }
            }
            other => self.push(name, Value::Json(other)),
        }
    }

    /// Form fields named `prefix[key]` as a map of `key` to text, merged over a JSON object `prefix`.
    pub fn nested_text(
        &self,
        tr: &Tr,
        prefix: &str,
    ) -> Result<serde_json::Map<String, serde_json::Value>, ApiError> {
        let mut map = self
            .json::<serde_json::Map<String, serde_json::Value>>(tr, prefix)?
            .unwrap_or_default();
        let start = format!("{prefix}[");
        for (name, values) in &self.values {
            if let Some(key) = name
                .strip_prefix(&start)
                .and_then(|rest| rest.strip_suffix(']'))
                && let Some(text) = values.first().and_then(Value::as_text)
            {
                map.insert(key.to_owned(), serde_json::Value::String(text));
            }
        }
        Ok(map)
    }

    /// How many distinct parameter names the request sent.
    pub fn values_len(&self) -> usize {
        self.values.len()
    }

    /// Whether the request sent `name` at all.
    pub fn has(&self, name: &str) -> bool {
        self.values.contains_key(name)
    }

    /// The first value of `name` as text, trimmed; `None` if absent or empty.
    pub fn text(&self, name: &str) -> Option<String> {
        self.values
            .get(name)?
            .first()?
            .as_text()
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty())
    }

    /// The text of `name`, or a 422 naming it.
    pub fn required_text(&self, tr: &Tr, name: &str) -> Result<String, ApiError> {
        self.text(name).ok_or_else(|| ApiError::missing(tr, name))
    }

    /// An optional whole number.
    pub fn i64(&self, tr: &Tr, name: &str) -> Result<Option<i64>, ApiError> {
        self.text(name)
            .map(|t| {
                t.parse::<i64>()
                    .map_err(|_| ApiError::invalid(tr, name, "api-reason-not-integer"))
            })
            .transpose()
    }

    /// A required whole number.
    pub fn required_i64(&self, tr: &Tr, name: &str) -> Result<i64, ApiError> {
        self.i64(tr, name)?
            .ok_or_else(|| ApiError::missing(tr, name))
    }

    /// The first of several names that is present, as a whole number (`id` or `widget_id`).
    pub fn required_i64_of(&self, tr: &Tr, names: &[&str]) -> Result<i64, ApiError> {
        for name in names {
            if let Some(value) = self.i64(tr, name)? {
                return Ok(value);
            }
        }
        Err(ApiError::missing(tr, names[0]))
    }

    /// An optional flag: `1`, `true`, `0` or `false`.
    pub fn bool(&self, tr: &Tr, name: &str) -> Result<Option<bool>, ApiError> {
        self.text(name)
            .map(|t| match t.to_ascii_lowercase().as_str() {
                "1" | "true" | "yes" | "on" => Ok(true),
                "0" | "false" | "no" | "off" => Ok(false),
                _ => Err(ApiError::invalid(tr, name, "api-reason-not-boolean")),
            })
            .transpose()
    }

    /// Every value of `name` (or `name[]`) as whole numbers; also accepts one comma-separated value.
    pub fn i64_list(&self, tr: &Tr, name: &str) -> Result<Vec<i64>, ApiError> {
        self.text_list(name)
            .iter()
            .map(|t| {
                t.parse::<i64>()
                    .map_err(|_| ApiError::invalid(tr, name, "api-reason-not-integer"))
            })
            .collect()
    }

    /// Every value of `name` as text; also splits one comma-separated value.
    pub fn text_list(&self, name: &str) -> Vec<String> {
        self.values
            .get(name)
            .map(|values| {
                values
                    .iter()
                    .filter_map(Value::as_text)
                    .flat_map(|t| {
                        t.split(',')
                            .map(|part| part.trim().to_owned())
                            .collect::<Vec<_>>()
                    })
                    .filter(|t| !t.is_empty())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// A structured value: JSON in a JSON body, or a JSON text in a form field.
    pub fn json<T: DeserializeOwned>(&self, tr: &Tr, name: &str) -> Result<Option<T>, ApiError> {
        let Some(values) = self.values.get(name) else {
            return Ok(None);
        };
        let json = match values.as_slice() {
            [Value::Json(value)] => value.clone(),
            [Value::Text(text)] => serde_json::from_str(text)
                .map_err(|_| ApiError::invalid(tr, name, "api-reason-not-json"))?,
            many => serde_json::Value::Array(
                many.iter()
                    .map(|v| match v {
                        Value::Json(value) => value.clone(),
                        Value::Text(text) => serde_json::from_str(text)
                            .unwrap_or(serde_json::Value::String(text.clone())),
                    })
                    .collect(),
            ),
        };
        serde_json::from_value(json)
            .map(Some)
            .map_err(|_| ApiError::invalid(tr, name, "api-reason-wrong-shape"))
    }

    /// `limit` (default 100, at most 1000) and `offset` (from 0).
    pub fn page(&self, tr: &Tr) -> Result<super::envelope::Page, ApiError> {
        let limit = self
            .i64(tr, "limit")?
            .unwrap_or(super::envelope::DEFAULT_LIMIT);
        let offset = self.i64(tr, "offset")?.unwrap_or(0);
        if !(1..=super::envelope::MAX_LIMIT).contains(&limit) {
            return Err(ApiError::invalid(tr, "limit", "api-reason-limit-range"));
        }
        if offset < 0 {
            return Err(ApiError::invalid(
                tr,
                "offset",
                "api-reason-offset-negative",
            ));
        }
        Ok(super::envelope::Page { limit, offset })
    }
}
