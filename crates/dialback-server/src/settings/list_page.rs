//! One page layout shared by the list-shaped settings sections (IP addresses,
//! blacklisted numbers, caller IDs, tags): a table with per-row actions and an add form.

use askama::Template;
use askama_web::WebTemplate;

use crate::platform::forms::{FieldErrors, SelectField};
use crate::platform::page::PageContext;

/// One row of the table.
pub struct ListRow {
    pub id: i64,
    pub cells: Vec<String>,
    pub actions: Vec<RowAction>,
}

/// A button that posts a small form for its row.
pub struct RowAction {
    pub url: String,
    pub label: String,
    pub danger: bool,
    pub hidden: Vec<(String, String)>,
    /// A text input shown before the button: its name and label.
    pub input: Option<(String, String)>,
}

impl RowAction {
    pub fn new(url: String, label: String) -> Self {
        Self {
            url,
            label,
            danger: false,
            hidden: Vec::new(),
            input: None,
        }
    }

    pub fn danger(mut self) -> Self {
        self.danger = true;
        self
    }
}

/// One field of the add form: a text input, or a select when `select` is set.
pub struct AddField {
    pub name: &'static str,
    pub label_id: &'static str,
    pub kind: &'static str,
    pub value: String,
    pub select: Option<SelectField>,
}

impl AddField {
    pub fn input(
        name: &'static str,
        label_id: &'static str,
        kind: &'static str,
        value: String,
    ) -> Self {
        Self {
            name,
            label_id,
            kind,
            value,
            select: None,
        }
    }

    pub fn select(field: SelectField) -> Self {
        Self {
            name: field.name,
            label_id: "",
            kind: "",
            value: String::new(),
            select: Some(field),
        }
    }
}

/// The page.
#[derive(Template, WebTemplate)]
#[template(path = "settings/simple_list.html")]
pub struct ListPage {
    pub ctx: PageContext,
    pub saved: bool,
    pub title: String,
    pub intro: String,
    pub empty: String,
    pub columns: Vec<String>,
    pub rows: Vec<ListRow>,
    pub errors: FieldErrors,
    pub fields: Vec<AddField>,
    pub add_heading: String,
    pub add_action: &'static str,
    pub add_label: String,
}
