//! `/calls`: the account's calls with filters, and one call's details and events.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect};
use dialback_domain::{ActivityKind, ActivitySource, CallStatus, PhoneNumber};

use super::storage::{self, HistoryFilter};
use crate::AppState;
use crate::accounts::storage::users_of_account;
use crate::platform::audit::{self, Activity};
use crate::platform::display::DayBound;
use crate::platform::errors::{PageError, PageResult};
use crate::platform::forms::PathId;
use crate::platform::forms::{FieldErrors, Query, SelectField, SelectOption};
use crate::platform::i18n::Tr;
use crate::platform::page::{PageContext, SignedInPage};
use crate::widgets::messages::{self, Channel};
use crate::widgets::storage as widgets;

/// Calls per page.
const PAGE_SIZE: i64 = 50;

#[derive(Debug, Default, Clone, serde::Deserialize)]
#[serde(default)]
pub struct RawFilter {
    pub status: String,
    pub widget_id: String,
    pub from: String,
    pub to: String,
    pub offset: String,
}

struct CallRow {
    id: i64,
    phone: String,
    status: &'static str,
    status_text: String,
    manager: String,
    duration: String,
    time: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "calls/list.html")]
struct ListPage {
    ctx: PageContext,
    raw: RawFilter,
    errors: FieldErrors,
    status_field: SelectField,
    widget_field: SelectField,
    count_text: String,
    rows: Vec<CallRow>,
    next_page: Option<String>,
}

fn formatted(phone: &str) -> String {
    PhoneNumber::from_e164(phone)
        .map(|p| p.international())
        .unwrap_or_else(|_| phone.to_owned())
}

/// Shows a page of calls, newest first.
pub async fn list(
    State(state): State<AppState>,
    page: SignedInPage,
    Query(raw): Query<RawFilter>,
) -> PageResult {
    let tr = page.ctx.tr;
    let account_id = page.signed_in.account.id;
    let mut errors = FieldErrors::default();
    let status = if raw.status.is_empty() {
        None
    } else {
        errors.check(&tr, "status", CallStatus::parse(&raw.status))
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
    let offset = raw.offset.parse::<i64>().unwrap_or(0).max(0);
    let filter = HistoryFilter {
        statuses: status.map(|s| vec![s.id().to_owned()]).unwrap_or_default(),
        widget_ids: raw.widget_id.parse::<i64>().ok().into_iter().collect(),
        from,
        until,
        ..HistoryFilter::default()
    };

    let mut conn = state.db.pool.acquire().await?;
    let (calls, count) =
        storage::history(&mut conn, account_id, &filter, PAGE_SIZE, offset).await?;
    let users = users_of_account(&mut conn, account_id).await?;
    let (all_widgets, _) = widgets::list(&mut conn, account_id, None, i64::MAX, 0).await?;
    drop(conn);

    let rows = calls
        .iter()
        .map(|call| CallRow {
            id: call.id,
            phone: formatted(&call.phone_e164),
            status: call.status.id(),
            status_text: tr.t(&format!("call-status-{}", call.status.id())),
            manager: call
                .manager_user_id
                .and_then(|id| users.iter().find(|u| u.id == id))
                .map_or_else(|| tr.t("calls-nobody"), |u| u.name.clone()),
            duration: tr.t_count("calls-duration", call.duration_seconds),
            time: page.display.datetime(call.created_at),
        })
        .collect();
    let any = || SelectOption::new("", tr.t("activity-filter-any"), false);
    let statuses = std::iter::once(SelectOption {
        selected: raw.status.is_empty(),
        ..any()
    })
    .chain(CallStatus::ALL.into_iter().map(|s| {
        SelectOption::new(
            s.id(),
            tr.t(&format!("call-status-{}", s.id())),
            s.id() == raw.status,
        )
    }));
    let widget_options = std::iter::once(SelectOption {
        selected: raw.widget_id.is_empty(),
        ..any()
    })
    .chain(all_widgets.iter().map(|w| {
        SelectOption::new(
            w.id.to_string(),
            format!("#{} {}", w.id, w.url),
            w.id.to_string() == raw.widget_id,
        )
    }));
    let next_page = (offset + PAGE_SIZE < count).then(|| {
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        for (name, value) in [
            ("status", &raw.status),
            ("widget_id", &raw.widget_id),
            ("from", &raw.from),
            ("to", &raw.to),
        ] {
            if !value.is_empty() {
                query.append_pair(name, value);
            }
        }
        query.append_pair("offset", &(offset + PAGE_SIZE).to_string());
        format!("/calls?{}", query.finish())
    });

    Ok(ListPage {
        status_field: SelectField {
            name: "status",
            label: tr.t("calls-filter-status"),
            options: statuses.collect(),
            disabled: false,
        },
        widget_field: SelectField {
            name: "widget_id",
            label: tr.t("calls-filter-widget"),
            options: widget_options.collect(),
            disabled: false,
        },
        count_text: tr.t_count("calls-count", count),
        ctx: page.ctx,
        raw,
        errors,
        rows,
        next_page,
    }
    .into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "calls/detail.html")]
struct DetailPage {
    ctx: PageContext,
    id: i64,
    phone: String,
    status: &'static str,
    status_text: String,
    manager: String,
    duration: String,
    widget_id: i64,
    requested: String,
    scheduled: Option<String>,
    url: Option<String>,
    fields: Vec<(String, String)>,
    events: Vec<(String, String, String)>,
    can_cancel: bool,
    tags: Vec<(i64, String, String)>,
    tag_choices: SelectField,
    errors: FieldErrors,
}

/// Shows one call of the account.
pub async fn detail(
    State(state): State<AppState>,
    page: SignedInPage,
    PathId(id): PathId<i64>,
) -> PageResult {
    let tr = page.ctx.tr;
    let account_id = page.signed_in.account.id;
    let mut conn = state.db.pool.acquire().await?;
    let call = storage::find(&mut conn, account_id, id)
        .await?
        .ok_or(PageError::NotFound)?;
    let events = storage::events(&mut conn, id).await?;
    let users = users_of_account(&mut conn, account_id).await?;
    let call_tags = crate::tags::of_call(&mut conn, id).await?;
    let all_tags = crate::tags::list(&mut conn, account_id).await?;
    drop(conn);

    let display = &page.display;
    let tag_options = all_tags
        .iter()
        .filter(|t| !call_tags.iter().any(|c| c.id == t.id))
        .map(|t| SelectOption::new(t.id.to_string(), t.label.clone(), false))
        .collect();
    let tag_choices = SelectField {
        name: "tag_id",
        label: tr.t("calls-tag"),
        options: tag_options,
        disabled: false,
    };
    Ok(DetailPage {
        id,
        phone: formatted(&call.phone_e164),
        status: call.status.id(),
        status_text: tr.t(&format!("call-status-{}", call.status.id())),
        manager: call
            .manager_user_id
            .and_then(|uid| users.iter().find(|u| u.id == uid))
            .map_or_else(|| tr.t("calls-nobody"), |u| u.name.clone()),
        duration: tr.t_count("calls-duration", call.duration_seconds),
        widget_id: call.widget_id,
        requested: display.datetime(call.created_at),
        scheduled: call.scheduled_at.map(|at| display.datetime(at)),
        url: call.url.clone(),
        fields: call
            .fields
            .iter()
            .map(|(k, v)| {
                (
                    k.clone(),
                    v.as_str().map_or_else(|| v.to_string(), str::to_owned),
                )
            })
            .collect(),
        events: events
            .into_iter()
            .map(|(event, detail, at)| (display.datetime(at), event, detail.unwrap_or_default()))
            .collect(),
        can_cancel: matches!(call.status, CallStatus::Scheduled | CallStatus::New),
        tags: call_tags
            .into_iter()
            .map(|t| (t.id, t.label, t.color))
            .collect(),
        tag_choices,
        errors: FieldErrors::default(),
        ctx: page.ctx,
    }
    .into_response())
}

/// Cancels a scheduled or waiting call; a scheduled call's visitor is told by SMS.
pub async fn cancel(
    State(state): State<AppState>,
    page: SignedInPage,
    PathId(id): PathId<i64>,
) -> PageResult {
    let account_id = page.signed_in.account.id;
    let mut tx = state.db.begin().await?;
    let call = storage::find(&mut tx, account_id, id)
        .await?
        .ok_or(PageError::NotFound)?;
    let from = [CallStatus::Scheduled, CallStatus::New];
    if !storage::transition(
        &mut tx,
        id,
        &from,
        CallStatus::Cancelled,
        Some("cancelled-by-user"),
    )
    .await?
    {
        return Ok(Redirect::to(&format!("/calls/{id}")).into_response());
    }
    let entry = Activity::new(
        account_id,
        Some(page.signed_in.user.id),
        ActivityKind::CallCancelled,
        ActivitySource::Web,
    )
    .ip(page.ctx.client_ip)
    .details(serde_json::json!({ "call_id": id }));
    audit::record(&mut tx, entry).await?;
    let sms = match (
        call.status,
        widgets::find(&mut tx, account_id, call.widget_id).await?,
    ) {
        (CallStatus::Scheduled, Some(widget)) => {
            let tr = Tr::new(widget.language());
            messages::text_for(
                &mut tx,
                widget.id,
                Channel::Sms,
                "visitor.cancel-scheduled",
                tr,
            )
            .await?
        }
        _ => None,
    };
    tx.commit().await?;

    if let Some(text) = sms {
        let driver = state.telephony.as_ref();
        crate::telephony::send_sms(
            &state.db.pool,
            driver,
            Some(account_id),
            &call.phone_e164,
            &text,
            "visitor.cancel-scheduled",
        )
        .await;
    }
    Ok(Redirect::to(&format!("/calls/{id}")).into_response())
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct TagForm {
    pub tag_id: String,
}

/// Tags a call with one tag.
pub async fn add_tag(
    State(state): State<AppState>,
    page: SignedInPage,
    PathId(id): PathId<i64>,
    crate::platform::forms::Form(form): crate::platform::forms::Form<TagForm>,
) -> PageResult {
    let account_id = page.signed_in.account.id;
    let tag_id: i64 = form.tag_id.parse().map_err(|_| PageError::BadRequest)?;
    let mut tx = state.db.begin().await?;
    storage::find(&mut tx, account_id, id)
        .await?
        .ok_or(PageError::NotFound)?;
    crate::tags::find(&mut tx, account_id, tag_id)
        .await?
        .ok_or(PageError::NotFound)?;
    if crate::tags::tag_call(&mut tx, id, tag_id).await? {
        audit::record(
            &mut tx,
            tag_activity(&page, ActivityKind::CallTagged, id, tag_id),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(Redirect::to(&format!("/calls/{id}")).into_response())
}

/// Removes one tag from a call.
pub async fn remove_tag(
    State(state): State<AppState>,
    page: SignedInPage,
    PathId((id, tag_id)): PathId<(i64, i64)>,
) -> PageResult {
    let account_id = page.signed_in.account.id;
    let mut tx = state.db.begin().await?;
    storage::find(&mut tx, account_id, id)
        .await?
        .ok_or(PageError::NotFound)?;
    crate::tags::find(&mut tx, account_id, tag_id)
        .await?
        .ok_or(PageError::NotFound)?;
    if crate::tags::untag_call(&mut tx, id, tag_id).await? {
        audit::record(
            &mut tx,
            tag_activity(&page, ActivityKind::CallUntagged, id, tag_id),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(Redirect::to(&format!("/calls/{id}")).into_response())
}

fn tag_activity(page: &SignedInPage, kind: ActivityKind, call_id: i64, tag_id: i64) -> Activity {
    Activity::new(
        page.signed_in.account.id,
        Some(page.signed_in.user.id),
        kind,
        ActivitySource::Web,
    )
    .ip(page.ctx.client_ip)
    .details(serde_json::json!({ "call_id": call_id, "tag_id": tag_id }))
}
