//! The activity page.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::response::IntoResponse;
use dialback_domain::ActivityKind;

use super::storage::{self, ActivityFilter, PAGE_SIZE};
use crate::AppState;
use crate::accounts::storage::users_of_account;
use crate::platform::clock::from_micros;
use crate::platform::display::DayBound;
use crate::platform::errors::PageResult;
use crate::platform::forms::{FieldErrors, Query, SelectField, SelectOption};
use crate::platform::page::{PageContext, SignedInPage};

/// The filters as they arrive in the query string.
#[derive(Debug, Default, Clone, serde::Deserialize)]
#[serde(default)]
pub struct RawFilter {
    pub user_id: String,
    pub kind: String,
    pub from: String,
    pub to: String,
    pub before: String,
}

/// One row of the table, formatted for the user.
struct EntryView {
    id: i64,
    user_name: String,
    kind: String,
    description: String,
    source: String,
    time: String,
    iso_time: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "settings/activity.html")]
struct ActivityPage {
    ctx: PageContext,
    saved: bool,
    raw: RawFilter,
    errors: FieldErrors,
    user_field: SelectField,
    kind_field: SelectField,
    entries: Vec<EntryView>,
    count_text: String,
    next_page: Option<String>,
}

/// Shows one page of the account's activity, newest first.
pub async fn show(
    State(state): State<AppState>,
    page: SignedInPage,
    Query(raw): Query<RawFilter>,
) -> PageResult {
    let tr = page.ctx.tr;
    let account_id = page.signed_in.account.id;
    let mut errors = FieldErrors::default();

    let mut conn = state.db.pool.acquire().await?;
    let users = users_of_account(&mut conn, account_id).await?;
    // A user id that is not one of the account's (or not a number) is an error, not an empty list.
    let user_id = match raw.user_id.parse::<i64>() {
        Ok(id) if users.iter().any(|u| u.id == id) => Some(id),
        _ if raw.user_id.is_empty() => None,
        _ => {
            errors.add_message("user_id", tr.t("error-activity-user-unknown"));
            None
        }
    };
    let kind = if raw.kind.is_empty() {
        None
    } else {
        errors.check(&tr, "kind", ActivityKind::parse(&raw.kind))
    };
    let from = page
        .display
        .day_bound(&raw.from, DayBound::Start)
        .map_err(|e| errors.add(&tr, "from", e))
        .ok()
        .flatten();
    let until = page
        .display
        .day_bound(&raw.to, DayBound::End)
        .map_err(|e| errors.add(&tr, "to", e))
        .ok()
        .flatten();
    if let (Some(from), Some(until)) = (from, until)
        && from >= until
    {
        errors.add_message("to", tr.t("error-date-range"));
    }
    let filter = ActivityFilter {
        user_id,
        kind: kind.map(|k| k.id().to_owned()),
        from,
        until,
        before_id: raw.before.parse::<i64>().ok(),
    };

    let mut rows = storage::list(&mut conn, account_id, &filter).await?;
    let total = storage::count(&mut conn, account_id, &filter).await?;
    drop(conn);

    let has_more = rows.len() as i64 > PAGE_SIZE;
    rows.truncate(PAGE_SIZE as usize);
    let next_page = has_more
        .then(|| rows.last().map(|last| next_page_link(&raw, last.id)))
        .flatten();
    let entries = rows
        .into_iter()
        .map(|row| EntryView {
            id: row.id,
            user_name: row.user_name.unwrap_or_else(|| tr.t("activity-user-none")),
            description: tr.t(&format!("activity-kind-{}", row.kind)),
            kind: row.kind,
            source: tr.t(&format!("activity-source-{}", row.source)),
            time: page.display.datetime(row.created_at),
            iso_time: from_micros(row.created_at).to_string(),
        })
        .collect();

    let user_field = filter_select(
        &page.ctx,
        "user_id",
        "activity-filter-user",
        users.iter().map(|u| (u.id.to_string(), u.name.clone())),
        &raw.user_id,
    );
    let kind_field = filter_select(
        &page.ctx,
        "kind",
        "activity-filter-kind",
        ActivityKind::ALL
            .iter()
            .map(|k| (k.id().to_owned(), k.id().to_owned())),
        &raw.kind,
    );
    Ok(ActivityPage {
        ctx: page.ctx,
        saved: false,
        raw,
        errors,
        user_field,
        kind_field,
        entries,
        count_text: tr.t_count("activity-count", total),
        next_page,
    }
    .into_response())
}

/// A filter select whose first option, "Any", means no restriction.
fn filter_select(
    ctx: &PageContext,
    name: &'static str,
    label: &str,
    choices: impl Iterator<Item = (String, String)>,
    chosen: &str,
) -> SelectField {
    let any = SelectOption::new("", ctx.t("activity-filter-any"), chosen.is_empty());
    let options = std::iter::once(any).chain(choices.map(|(value, text)| {
        let selected = value == chosen;
        SelectOption::new(value, text, selected)
    }));
    SelectField {
        name,
        label: ctx.t(label),
        options: options.collect(),
        disabled: false,
    }
}

/// The link to the next page: the same filters, and entries older than `last_id`.
fn next_page_link(raw: &RawFilter, last_id: i64) -> String {
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    for (name, value) in [
        ("user_id", &raw.user_id),
        ("kind", &raw.kind),
        ("from", &raw.from),
        ("to", &raw.to),
    ] {
        if !value.is_empty() {
            query.append_pair(name, value);
        }
    }
    query.append_pair("before", &last_id.to_string());
    format!("/settings/activity?{}", query.finish())
}
