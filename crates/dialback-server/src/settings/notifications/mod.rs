//! Settings > Notifications: the signed-in user's matrix of events and channels, a
//! test per channel, and the log of what was delivered to them.

use std::collections::HashSet;

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect};
use dialback_domain::{ActivityKind, ActivitySource, NotificationChannel, NotificationEvent};
use sqlx::FromRow;

use crate::AppState;
use crate::notifications::events::{self, Event};
use crate::notifications::{preferences, push};
use crate::platform::audit::{self, Activity};
use crate::platform::errors::PageResult;
use crate::platform::forms::{FieldErrors, Form, Query};
use crate::platform::page::{PageContext, SignedInPage};

/// Deliveries per page of the log.
const LOG_PAGE_SIZE: i64 = 50;

/// One cell of the matrix.
struct Cell {
    /// The checkbox name, `channel.event`; `None` where the channel does not offer the event.
    name: Option<String>,
    checked: bool,
}

/// One row of the matrix: an event and its four channels.
struct Row {
    label: String,
    cells: Vec<Cell>,
}

/// A channel's column heading and test button.
struct ChannelView {
    code: &'static str,
    label: String,
    test_label: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "settings/notifications.html")]
struct NotificationsPage {
    ctx: PageContext,
    saved: bool,
    test_sent: bool,
    /// A test was refused because one went out on that channel a moment ago.
    test_throttled: bool,
    channels: Vec<ChannelView>,
    rows: Vec<Row>,
    errors: FieldErrors,
    phone: Option<String>,
    mobile_hint: String,
}

/// Query of the notifications page.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct PageQuery {
    saved: Option<String>,
    test: Option<String>,
}

/// Lists the events in the order of the page's rows.
fn listed_events() -> Vec<NotificationEvent> {
    let mut events = Vec::new();
    for channel in [
        NotificationChannel::Email,
        NotificationChannel::Desktop,
        NotificationChannel::Mobile,
        NotificationChannel::Sms,
    ] {
        for &event in channel.events() {
            if !events.contains(&event) {
                events.push(event);
            }
        }
    }
    events
}

fn cell_name(channel: NotificationChannel, event: NotificationEvent) -> String {
    format!("{}.{}", channel.code(), event.code())
}

async fn render(
    state: &AppState,
    page: SignedInPage,
    on: &HashSet<(NotificationChannel, NotificationEvent)>,
    saved: bool,
    test_sent: Option<bool>,
    errors: FieldErrors,
) -> PageResult {
    let tr = page.ctx.tr;
    let user = &page.signed_in.user;
    let mut conn = state.db.pool.acquire().await?;
    let devices = push::devices_of(&mut conn, user.id).await?.len();
    drop(conn);
    let channels = NotificationChannel::ALL
        .into_iter()
        .map(|channel| ChannelView {
            code: channel.code(),
            label: tr.t(&format!("notify-channel-{}", channel.code())),
            test_label: tr.t(&format!("notifications-test-{}", channel.code())),
        })
        .collect();
    let rows = listed_events()
        .into_iter()
        .map(|event| Row {
            label: tr.t(&format!("notify-event-{}", event.slug())),
            cells: NotificationChannel::ALL
                .into_iter()
                .map(|channel| Cell {
                    name: channel.offers(event).then(|| cell_name(channel, event)),
                    checked: on.contains(&(channel, event)),
                })
                .collect(),
        })
        .collect();
    Ok(NotificationsPage {
        phone: user.phone.as_ref().map(|p| p.international()),
        ctx: page.ctx,
        saved,
        test_sent: test_sent == Some(true),
        test_throttled: test_sent == Some(false),
        channels,
        rows,
        errors,
        mobile_hint: tr.t_count("notifications-mobile-devices", devices as i64),
    }
    .into_response())
}

/// Shows the user's matrix with their saved choices and the defaults.
pub async fn show(
    State(state): State<AppState>,
    page: SignedInPage,
    Query(query): Query<PageQuery>,
) -> PageResult {
    let mut conn = state.db.pool.acquire().await?;
    let on = preferences::matrix(&mut conn, page.signed_in.user.id).await?;
    drop(conn);
    render(
        &state,
        page,
        &on,
        query.saved.is_some(),
        query.test.as_deref().map(|test| test != "wait"),
        FieldErrors::default(),
    )
    .await
}

/// Saves the whole matrix: a box left unticked switches that notification off.
pub async fn submit(
    State(state): State<AppState>,
    page: SignedInPage,
    Form(fields): Form<Vec<(String, String)>>,
) -> PageResult {
    let user = page.signed_in.user.clone();
    let mut on = HashSet::new();
    let mut unknown = false;
    for (name, _) in fields.iter().filter(|(name, _)| name != "csrf_token") {
        let parsed = name.split_once('.').and_then(|(channel, event)| {
            let channel = NotificationChannel::parse(channel)?;
            let event = NotificationEvent::parse(event)?;
            channel.offers(event).then_some((channel, event))
        });
        match parsed {
            Some(pair) => {
                on.insert(pair);
            }
            None => unknown = true,
        }
    }
    if unknown {
        let mut errors = FieldErrors::default();
        errors.add_message("matrix", page.ctx.tr.t("notifications-error-unknown"));
        return render(&state, page, &on, false, None, errors).await;
    }

    let mut tx = state.db.begin().await?;
    let before = preferences::matrix(&mut tx, user.id).await?;
    let mut switched_on: Vec<String> = on
        .difference(&before)
        .map(|&(c, e)| cell_name(c, e))
        .collect();
    let mut switched_off: Vec<String> = before
        .difference(&on)
        .map(|&(c, e)| cell_name(c, e))
        .collect();
    switched_on.sort();
    switched_off.sort();
    preferences::save(&mut tx, user.id, &on).await?;
    if !switched_on.is_empty() || !switched_off.is_empty() {
        let entry = Activity::new(
            user.account_id,
            Some(user.id),
            ActivityKind::UserChangedNotifications,
            ActivitySource::Web,
        )
        .ip(page.ctx.client_ip)
        .details(serde_json::json!({ "on": switched_on, "off": switched_off }));
        audit::record(&mut tx, entry).await?;
    }
    tx.commit().await?;
    Ok(Redirect::to("/settings/notifications?saved=1").into_response())
}

/// The test form.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct TestForm {
    channel: String,
}

/// The shortest time between two tests on one channel, in microseconds: each test SMS
/// costs money, so a user may send one per channel per minute.
const TEST_INTERVAL_MICROS: i64 = 60 * 1_000_000;

/// Queues a test notification to the signed-in user on one channel, through the outbox
/// like any other notification, so it shows in the delivery log. A second test on the
/// same channel within [`TEST_INTERVAL_MICROS`] is refused.
pub async fn send_test(
    State(state): State<AppState>,
    page: SignedInPage,
    Form(form): Form<TestForm>,
) -> PageResult {
    let user = &page.signed_in.user;
    let Some(channel) = NotificationChannel::parse(&form.channel) else {
        return Err(crate::platform::errors::PageError::BadRequest);
    };

    let payload = serde_json::json!({ "channel": channel.code() });
    let now = crate::platform::clock::now_micros();

    let mut tx = state.db.begin().await?;
    let recent: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM notification_events WHERE kind = $1 AND target_user = $2 \
         AND payload = $3 AND created_at > $4",
    )
    .bind(NotificationEvent::Test.code())
    .bind(user.id)
    .bind(payload.to_string())
    .bind(now - TEST_INTERVAL_MICROS)
    .fetch_one(&mut *tx)
    .await?;
    if recent > 0 {
        return Ok(Redirect::to("/settings/notifications?test=wait").into_response());
    }

    let event = Event {
        kind: NotificationEvent::Test,
        payload,
        target_user: Some(user.id),
        // Two clicks that race past the check above still meet here within a minute.
        dedupe_key: Some(format!(
            "test:{}:{}:{}",
            user.id,
            channel.code(),
            now / TEST_INTERVAL_MICROS
        )),
    };

    if events::insert(&mut tx, user.account_id, &event)
        .await?
        .is_none()
    {
        return Ok(Redirect::to("/settings/notifications?test=wait").into_response());
    }
    tx.commit().await?;
    Ok(Redirect::to("/settings/notifications?test=1").into_response())
}

#[derive(FromRow)]
struct LogRow {
    id: i64,
    kind: String,
    channel: String,
    status: String,
    attempts: i64,
    last_error: Option<String>,
    created_at: i64,
    sent_at: Option<i64>,
}

/// One row of the log, formatted for the user.
struct LogView {
    what: String,
    when: String,
    sent: Option<String>,
    channel: String,
    status_code: String,
    status: String,
    /// What went wrong, in the user's language.
    error: String,
    /// The raw reply of the mail server or carrier, shown small under `error`.
    detail: String,
    attempts: i64,
}

/// Translates the last error of a delivery into a category in the user's language, with
/// the raw text (a mail server's reply, say) as the detail. Reasons that Dialback itself
/// records are stored as message ids and have no detail.
fn describe_error(
    tr: crate::platform::i18n::Tr,
    channel: &str,
    error: Option<String>,
) -> (String, String) {
    let Some(error) = error.filter(|error| !error.is_empty()) else {
        return (String::new(), String::new());
    };
    if error.starts_with("notifications-error-") {
        return (tr.t(&error), String::new());
    }
    // Error chains often repeat their cause: "...: refused (os error 111): refused (os error 111)".
    let mut parts: Vec<&str> = Vec::new();
    for part in error.split(": ") {
        if parts.last() != Some(&part) {
            parts.push(part);
        }
    }
    let detail = parts.join(": ");
    let lower = detail.to_lowercase();
    let category = match channel {
        "email"
            if ["connection", "timed out", "timeout", "dns", "resolve"]
                .iter()
                .any(|word| lower.contains(word)) =>
        {
            "notifications-error-mail-unreachable"
        }
        "email" => "notifications-error-mail-refused",
        _ => "notifications-error-other",
    };
    (tr.t(category), detail)
}

#[derive(Template, WebTemplate)]
#[template(path = "settings/notification_log.html")]
struct LogPage {
    ctx: PageContext,
    saved: bool,
    rows: Vec<LogView>,
    next_page: Option<String>,
}

/// Query of the log: `before` is the id the next page starts below.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct LogQuery {
    before: Option<String>,
}

/// Shows the deliveries to the signed-in user, newest first.
pub async fn log(
    State(state): State<AppState>,
    page: SignedInPage,
    Query(query): Query<LogQuery>,
) -> PageResult {
    let tr = page.ctx.tr;
    let before = query.before.as_deref().and_then(|b| b.parse::<i64>().ok());
    let mut conn = state.db.pool.acquire().await?;
    let mut rows: Vec<LogRow> = sqlx::query_as(
        "SELECT d.id, e.kind, d.channel, d.status, d.attempts, d.last_error, d.created_at, d.sent_at \
         FROM notification_deliveries d JOIN notification_events e ON e.id = d.event_id \
         WHERE d.user_id = $1 AND d.account_id = $2 AND (CAST($3 AS BIGINT) IS NULL OR d.id < $3) \
         ORDER BY d.id DESC LIMIT $4",
    )
    .bind(page.signed_in.user.id)
    .bind(page.signed_in.account.id)
    .bind(before)
    .bind(LOG_PAGE_SIZE + 1)
    .fetch_all(&mut *conn)
    .await?;
    drop(conn);
    let has_more = rows.len() as i64 > LOG_PAGE_SIZE;
    rows.truncate(LOG_PAGE_SIZE as usize);
    let next_page = has_more
        .then(|| {
            rows.last()
                .map(|last| format!("/settings/notifications/log?before={}", last.id))
        })
        .flatten();
    let rows = rows
        .into_iter()
        .map(|row| {
            let (error, detail) = describe_error(tr, &row.channel, row.last_error.clone());
            LogView {
                what: NotificationEvent::parse(&row.kind).map_or_else(
                    || row.kind.clone(),
                    |e| tr.t(&format!("notify-event-{}", e.slug())),
                ),
                when: page.display.datetime(row.created_at),
                sent: row.sent_at.map(|at| page.display.datetime(at)),
                channel: tr.t(&format!("notify-channel-{}", row.channel)),
                status: tr.t(&format!("notifications-status-{}", row.status)),
                status_code: row.status,
                error,
                detail,
                attempts: row.attempts,
            }
        })
        .collect();
    Ok(LogPage {
        ctx: page.ctx,
        saved: false,
        rows,
        next_page,
    }
    .into_response())
}
