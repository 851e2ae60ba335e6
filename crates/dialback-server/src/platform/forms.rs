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
