//! `/messages`: the messages visitors left on the account's widgets, newest first.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::response::IntoResponse;
use dialback_domain::PhoneNumber;

use crate::AppState;
use crate::platform::errors::PageResult;
use crate::platform::forms::{FieldErrors, Query, SelectField, SelectOption};
use crate::platform::page::{PageContext, SignedInPage};
use crate::widgets::storage as widgets;

/// Messages per page.
const PAGE_SIZE: i64 = 50;

#[derive(Debug, Default, Clone, serde::Deserialize)]
#[serde(default)]
pub struct RawFilter {
    pub widget_id: String,
    pub offset: String,
}

struct MessageRow {
    id: i64,
    time: String,
    widget: String,
    name: String,
    phone: String,
    email: String,
    text: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "messages/list.html")]
struct ListPage {
    ctx: PageContext,
    errors: FieldErrors,
    widget_field: SelectField,
    count_text: String,
    rows: Vec<MessageRow>,
    next_page: Option<String>,
}

/// Shows a page of messages, optionally of one widget.
pub async fn list(
    State(state): State<AppState>,
    page: SignedInPage,
    Query(raw): Query<RawFilter>,
) -> PageResult {
    let tr = page.ctx.tr;
    let account_id = page.signed_in.account.id;
    let widget_id = raw.widget_id.parse::<i64>().ok();
    let offset = raw.offset.parse::<i64>().unwrap_or(0).max(0);

    let mut conn = state.db.pool.acquire().await?;
    let widget_ids = widget_id.map(|id| vec![id]);
    let (messages, count) = crate::messages::list(
        &mut conn,
        account_id,
        widget_ids.as_deref(),
        PAGE_SIZE,
        offset,
    )
    .await?;
    let (all_widgets, _) = widgets::list(&mut conn, account_id, None, i64::MAX, 0).await?;
    drop(conn);

    let rows = messages
        .into_iter()
        .map(|message| MessageRow {
            id: message.id,
            time: page.display.datetime(message.created_at),
            widget: all_widgets
                .iter()
                .find(|w| w.id == message.widget_id)
                .map_or_else(
                    || format!("#{}", message.widget_id),
                    |w| format!("#{} {}", w.id, w.url),
                ),
            name: message.visitor_name.unwrap_or_default(),
            phone: message
                .phone_e164
                .map(|p| PhoneNumber::from_e164(&p).map_or(p, |p| p.international()))
                .unwrap_or_default(),
            email: message.email.unwrap_or_default(),
            text: message.text,
        })
        .collect();
    let widget_options = std::iter::once(SelectOption::new(
        "",
        tr.t("activity-filter-any"),
        raw.widget_id.is_empty(),
    ))
    .chain(all_widgets.iter().map(|w| {
        SelectOption::new(
            w.id.to_string(),
            format!("#{} {}", w.id, w.url),
            w.id.to_string() == raw.widget_id,
        )
    }))
    .collect();
    let next_page = (offset + PAGE_SIZE < count).then(|| {
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        if !raw.widget_id.is_empty() {
            query.append_pair("widget_id", &raw.widget_id);
        }
        query.append_pair("offset", &(offset + PAGE_SIZE).to_string());
        format!("/messages?{}", query.finish())
    });

    Ok(ListPage {
        widget_field: SelectField {
            name: "widget_id",
            label: tr.t("calls-filter-widget"),
            options: widget_options,
            disabled: false,
        },
        count_text: tr.t_count("messages-count", count),
        ctx: page.ctx,
        errors: FieldErrors::default(),
        rows,
        next_page,
    }
    .into_response())
}
