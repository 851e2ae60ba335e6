//! Settings > Webhooks: register URLs for call and message events, show and rotate their
//! signing secrets, turn them on and off, delete them, and read each one's delivery log.
//! Owners and admins only.

use askama::Template;
use askama_web::WebTemplate;
use axum::body::Bytes;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use dialback_domain::{ActivityKind, ActivitySource, NotificationEvent};
use fluent_templates::fluent_bundle::FluentValue;

use crate::AppState;
use crate::platform::audit::{self, Activity};
use crate::platform::errors::{PageError, PageResult};
use crate::platform::forms::PathId;
use crate::platform::forms::{FieldErrors, Query, SelectOption};
use crate::platform::page::{PageContext, SignedInPage};
use crate::webhooks::address::AddressError;
use crate::webhooks::{self, EVENTS, Webhook, signature};

/// Deliveries per page of the log.
const LOG_PAGE_SIZE: i64 = 50;

/// The add form as submitted; event checkboxes repeat their name.
#[derive(Debug, Default)]
pub struct WebhookForm {
    pub url: String,
    pub events: Vec<String>,
}

impl WebhookForm {
    fn parse(body: &[u8]) -> Self {
        let mut form = WebhookForm::default();
        for (name, value) in url::form_urlencoded::parse(body) {
            match name.as_ref() {
                "url" => form.url = value.trim().to_owned(),
                "events" => form.events.push(value.into_owned()),
                _ => {}
            }
        }
        form
    }
}

/// One webhook as the page shows it.
struct WebhookRow {
    id: i64,
    url: String,
    events: String,
    secret: String,
    enabled: bool,
    created: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "settings/webhooks.html")]
struct WebhooksPage {
    ctx: PageContext,
    saved: bool,
    can_manage: bool,
    webhooks: Vec<WebhookRow>,
    form: WebhookForm,
    errors: FieldErrors,
    event_choices: Vec<SelectOption>,
}

/// The translated name of an event.
fn event_label(ctx: &PageContext, event: NotificationEvent) -> String {
    ctx.t(&format!("webhooks-event-{}", event.slug()))
}

impl WebhooksPage {
    async fn build(
        state: &AppState,
        page: SignedInPage,
        form: WebhookForm,
        errors: FieldErrors,
        saved: bool,
    ) -> PageResult<Self> {
        let can_manage = page.signed_in.user.role.manages_account();
        let stored = if can_manage {
            let mut conn = state.db.pool.acquire().await?;
            webhooks::list(&mut conn, page.signed_in.account.id).await?
        } else {
            Vec::new()
        };
        let ctx = page.ctx;
        let rows = stored
            .into_iter()
            .map(|hook| WebhookRow {
                id: hook.id,
                events: hook
                    .events
                    .iter()
                    .map(|event| event_label(&ctx, *event))
                    .collect::<Vec<_>>()
                    .join(", "),
                url: hook.url,
                secret: hook.secret,
                enabled: hook.enabled,
                created: page.display.datetime(hook.created_at),
            })
            .collect();
        let event_choices = EVENTS
            .iter()
            .map(|event| {
                SelectOption::new(
                    event.code(),
                    event_label(&ctx, *event),
                    form.events.iter().any(|chosen| chosen == event.code()),
                )
            })
            .collect();
        Ok(Self {
            ctx,
            saved,
            can_manage,
            webhooks: rows,
            form,
            errors,
            event_choices,
        })
    }
}

/// Shows the webhooks and the form for a new one.
pub async fn show(
    State(state): State<AppState>,
    page: SignedInPage,
    Query(query): Query<crate::settings::SavedQuery>,
) -> PageResult {
    Ok(WebhooksPage::build(
        &state,
        page,
        WebhookForm::default(),
        FieldErrors::default(),
        query.is_saved(),
    )
    .await?
    .into_response())
}

/// Adds a webhook after checking its URL and the addresses its host resolves to.
pub async fn add(State(state): State<AppState>, page: SignedInPage, body: Bytes) -> PageResult {
    if !page.signed_in.user.role.manages_account() {
        return Ok(crate::platform::errors::PageError::Forbidden.into_response());
    }
    let tr = page.ctx.tr;
    let account_id = page.signed_in.account.id;
    let form = WebhookForm::parse(&body);
    let mut errors = FieldErrors::default();

    let url = errors.check(&tr, "url", webhooks::parse_url(&form.url));
    if let Some(url) = &url {
        match webhooks::check_destination(&state.config.webhook_policy(), url).await {
            Ok(()) => {}
            Err(AddressError::Forbidden(address)) => errors.add_message(
                "url",
                tr.t_with(
                    "error-webhook-url-forbidden",
                    "address",
                    &address.to_string(),
                ),
            ),
            Err(AddressError::Metadata(address)) => errors.add_message(
                "url",
                tr.t_with(
                    "error-webhook-url-metadata",
                    "address",
                    &address.to_string(),
                ),
            ),
            Err(AddressError::Unresolved) => {
                errors.add_message("url", tr.t("error-webhook-url-unresolved"));
            }
        }
    }
    let events: Vec<NotificationEvent> = EVENTS
        .into_iter()
        .filter(|event| form.events.iter().any(|chosen| chosen == event.code()))
        .collect();
    if events.is_empty() || events.len() != form.events.len() {
        errors.add_message("events", tr.t("error-webhook-events-missing"));
    }
    let mut conn = state.db.pool.acquire().await?;
    if webhooks::count(&mut conn, account_id).await? >= webhooks::MAX_WEBHOOKS_PER_ACCOUNT {
        errors.add_message(
            "url",
            tr.t_count("error-webhook-too-many", webhooks::MAX_WEBHOOKS_PER_ACCOUNT),
        );
    }
    drop(conn);
    let Some(url) = url.filter(|_| errors.is_empty()) else {
        // 200 with the messages, as every other settings form answers bad input.
        return Ok(WebhooksPage::build(&state, page, form, errors, false)
            .await?
            .into_response());
    };

    let mut tx = state.db.begin().await?;
    let id = webhooks::insert(&mut tx, account_id, &url, &events, &signature::new_secret()).await?;
    let host = url.host_str().unwrap_or_default().to_owned();
    audit::record(
        &mut tx,
        activity(&page, ActivityKind::WebhookAdded, id, &host).details(serde_json::json!({
            "webhook_id": id,
            "host": host,
            "events": events.iter().map(|e| e.code()).collect::<Vec<_>>(),
        })),
    )
    .await?;
    tx.commit().await?;
    Ok(saved())
}

/// Turns a webhook on or off.
pub async fn toggle(
    State(state): State<AppState>,
    page: SignedInPage,
    PathId(id): PathId<i64>,
) -> PageResult {
    let hook = match managed(&state, &page, id).await? {
        Ok(hook) => hook,
        Err(forbidden) => return Ok(forbidden),
    };
    let (enabled, kind) = if hook.enabled {
        (false, ActivityKind::WebhookDisabled)
    } else {
        (true, ActivityKind::WebhookEnabled)
    };
    let mut tx = state.db.begin().await?;
    if !webhooks::set_enabled(&mut tx, hook.account_id, id, enabled).await? {
        return Err(PageError::NotFound);
    }
    audit::record(&mut tx, activity(&page, kind, id, &host_of(&hook))).await?;
    tx.commit().await?;
    Ok(saved())
}

/// Replaces a webhook's signing secret with a new random one.
pub async fn rotate_secret(
    State(state): State<AppState>,
    page: SignedInPage,
    PathId(id): PathId<i64>,
) -> PageResult {
    let hook = match managed(&state, &page, id).await? {
        Ok(hook) => hook,
        Err(forbidden) => return Ok(forbidden),
    };
    let mut tx = state.db.begin().await?;
    if !webhooks::replace_secret(&mut tx, hook.account_id, id, &signature::new_secret()).await? {
        return Err(PageError::NotFound);
    }
    audit::record(
        &mut tx,
        activity(
            &page,
            ActivityKind::WebhookSecretRotated,
            id,
            &host_of(&hook),
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(saved())
}

/// Deletes a webhook with its delivery log.
pub async fn delete(
    State(state): State<AppState>,
    page: SignedInPage,
    PathId(id): PathId<i64>,
) -> PageResult {
    let hook = match managed(&state, &page, id).await? {
        Ok(hook) => hook,
        Err(forbidden) => return Ok(forbidden),
    };
    let mut tx = state.db.begin().await?;
    if webhooks::delete(&mut tx, hook.account_id, id)
        .await?
        .is_none()
    {
        return Err(PageError::NotFound);
    }
    audit::record(
        &mut tx,
        activity(&page, ActivityKind::WebhookDeleted, id, &host_of(&hook)),
    )
    .await?;
    tx.commit().await?;
    Ok(saved())
}

/// Loads a webhook of the account for an owner or admin; anyone else gets a 403 response.
async fn managed(
    state: &AppState,
    page: &SignedInPage,
    id: i64,
) -> PageResult<Result<Webhook, Response>> {
    if !page.signed_in.user.role.manages_account() {
        return Ok(Err(
            crate::platform::errors::PageError::Forbidden.into_response()
        ));
    }
    let mut conn = state.db.pool.acquire().await?;
    webhooks::find(&mut conn, page.signed_in.account.id, id)
        .await?
        .map(Ok)
        .ok_or(PageError::NotFound)
}

fn host_of(hook: &Webhook) -> String {
    url::Url::parse(&hook.url)
        .ok()
        .and_then(|url| url.host_str().map(str::to_owned))
        .unwrap_or_default()
}

/// An activity entry naming the webhook by id and host; the full URL may hold a token.
fn activity(page: &SignedInPage, kind: ActivityKind, id: i64, host: &str) -> Activity {
    Activity::new(
        page.signed_in.account.id,
        Some(page.signed_in.user.id),
        kind,
        ActivitySource::Web,
    )
    .ip(page.ctx.client_ip)
    .details(serde_json::json!({ "webhook_id": id, "host": host }))
}

fn saved() -> Response {
    Redirect::to("/settings/webhooks?saved=1").into_response()
}

/// One attempt as the log shows it.
struct AttemptView {
    time: String,
    outcome: String,
    success: bool,
    duration: String,
}

/// One delivery as the log shows it.
struct DeliveryView {
    id: i64,
    event: String,
    event_code: String,
    created: String,
    status: &'static str,
    state: String,
    attempts: Vec<AttemptView>,
}

#[derive(Template, WebTemplate)]
#[template(path = "settings/webhook_log.html")]
struct LogPage {
    ctx: PageContext,
    saved: bool,
    url: String,
    count_text: String,
    deliveries: Vec<DeliveryView>,
    next_page: Option<String>,
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct LogQuery {
    pub offset: String,
}

/// Shows a webhook's deliveries, newest first, each with its attempts.
pub async fn log(
    State(state): State<AppState>,
    page: SignedInPage,
    PathId(id): PathId<i64>,
    Query(query): Query<LogQuery>,
) -> PageResult {
    let hook = match managed(&state, &page, id).await? {
        Ok(hook) => hook,
        Err(forbidden) => return Ok(forbidden),
    };
    let offset = query.offset.parse::<i64>().unwrap_or(0).max(0);
    let mut conn = state.db.pool.acquire().await?;
    let (rows, attempts, total) =
        webhooks::deliveries(&mut conn, hook.id, LOG_PAGE_SIZE, offset).await?;
    drop(conn);

    let ctx = page.ctx;
    let tr = ctx.tr;
    let deliveries = rows
        .into_iter()
        .map(|row| {
            let attempts = attempts
                .iter()
                .filter(|a| a.delivery_id == row.id)
                .map(|a| {
                    let outcome = match (&a.error, a.status_code) {
                        (Some(code), _) => tr.t(&format!("webhooks-error-{code}")),
                        (None, Some(status)) => {
                            tr.t_with("webhooks-http-status", "status", &status.to_string())
                        }
                        (None, None) => tr.t("webhooks-error-request"),
                    };
                    AttemptView {
                        time: page.display.datetime(a.attempted_at),
                        outcome,
                        success: a.error.is_none()
                            && a.status_code.is_some_and(|s| (200..300).contains(&s)),
                        duration: tr.t_count("webhooks-duration-ms", a.duration_ms),
                    }
                })
                .collect();
            let (status, state) = match row.status.as_str() {
                "delivered" => ("delivered", tr.t("webhooks-status-delivered")),
                "failed" => ("failed", tr.t("webhooks-status-failed")),
                _ if row.attempts == 0 => ("pending", tr.t("webhooks-status-pending")),
                _ => (
                    "retrying",
                    tr.t_args(
                        "webhooks-status-retrying",
                        &[(
                            "time",
                            FluentValue::from(page.display.datetime(row.next_attempt_at)),
                        )],
                    ),
                ),
            };
            DeliveryView {
                id: row.id,
                event: NotificationEvent::parse(&row.event)
                    .map_or_else(String::new, |event| event_label(&ctx, event)),
                event_code: row.event,
                created: page.display.datetime(row.created_at),
                status,
                state,
                attempts,
            }
        })
        .collect();
    let next_page = (offset + LOG_PAGE_SIZE < total).then(|| {
        format!(
            "/settings/webhooks/{}?offset={}",
            hook.id,
            offset + LOG_PAGE_SIZE
        )
    });
    Ok(LogPage {
        saved: false,
        url: hook.url,
        count_text: tr.t_count("webhooks-deliveries-count", total),
        ctx,
        deliveries,
        next_page,
    }
    .into_response())
}
