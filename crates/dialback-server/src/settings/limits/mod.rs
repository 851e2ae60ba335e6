//! Settings > Limits: the account's three limits beside current use, and requests to
//! change them, which the operator approves or rejects.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use dialback_domain::{ActivityKind, ActivitySource, LimitName};

use crate::AppState;
use crate::limits::{self, requests};
use crate::platform::audit::{self, Activity};
use crate::platform::clock::now_micros;
use crate::platform::errors::PageResult;
use crate::platform::forms::{FieldErrors, Form, Query, SelectField, SelectOption};
use crate::platform::page::{PageContext, SignedInPage};
use crate::settings::SavedQuery;

/// Shortest and longest description of a request, in characters.
const DESCRIPTION_CHARS: std::ops::RangeInclusive<usize> = 10..=2000;

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct RequestForm {
    pub limit: String,
    pub new_value: String,
    pub description: String,
}

struct RequestRow {
    id: i64,
    limit: String,
    change: String,
    state: String,
    reason: Option<String>,
    time: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "settings/limits.html")]
struct LimitsPage {
    ctx: PageContext,
    saved: bool,
    rows: Vec<(String, String, String)>,
    limit_field: SelectField,
    form_value: String,
    form_description: String,
    errors: FieldErrors,
    requests: Vec<RequestRow>,
}

async fn page_with(
    state: &AppState,
    page: SignedInPage,
    form: RequestForm,
    errors: FieldErrors,
    saved: bool,
) -> PageResult<LimitsPage> {
    let account_id = page.signed_in.account.id;
    let mut conn = state.db.pool.acquire().await?;
    let current = limits::for_account(&mut conn, account_id, state.config.default_limits()).await?;
    let on_the_line = limits::calls_on_the_line(&mut conn, account_id, now_micros()).await?;
    let longest = limits::longest_conversation(&mut conn, account_id).await?;
    let busiest = limits::busiest_timestamp(&mut conn, account_id).await?;
    let stored_requests = requests::for_account(&mut conn, account_id).await?;
    drop(conn);

    let ctx = page.ctx;
    let tr = ctx.tr;
    let rows = vec![
        (
            tr.t("limit-max_calls_in_progress"),
            current.max_calls_in_progress.to_string(),
            tr.t_count("limits-use-calls", on_the_line),
        ),
        (
            tr.t("limit-max_conversation_duration"),
            tr.t_count("calls-duration", current.max_conversation_duration),
            tr.t_count("limits-use-longest", longest),
        ),
        (
            tr.t("limit-scheduled_calls_per_timestamp"),
            current.scheduled_calls_per_timestamp.to_string(),
            tr.t_count("limits-use-busiest", busiest),
        ),
    ];
    let chosen = if form.limit.is_empty() {
        LimitName::MaxCallsInProgress.id()
    } else {
        form.limit.as_str()
    };
    let options = LimitName::ALL
        .into_iter()
        .map(|l| SelectOption::new(l.id(), tr.t(&format!("limit-{}", l.id())), l.id() == chosen))
        .collect();
    let requests = stored_requests
        .iter()
        .map(|r| RequestRow {
            id: r.id,
            limit: tr.t(&format!("limit-{}", r.limit.id())),
            change: format!("{} → {}", r.current_value, r.new_value),
            state: tr.t(&format!("limits-state-{}", r.state.id())),
            reason: r.reason.clone(),
            time: page.display.datetime(r.decided_at.unwrap_or(r.created_at)),
        })
        .collect();
    Ok(LimitsPage {
        saved,
        rows,
        limit_field: SelectField {
            name: "limit",
            label: tr.t("field-limit"),
            options,
            disabled: false,
        },
        form_value: form.new_value,
        form_description: form.description,
        errors,
        requests,
        ctx,
    })
}

/// Shows the limits and the requests.
pub async fn show(
    State(state): State<AppState>,
    page: SignedInPage,
    Query(query): Query<SavedQuery>,
) -> PageResult {
    Ok(page_with(
        &state,
        page,
        RequestForm::default(),
        FieldErrors::default(),
        query.is_saved(),
    )
    .await?
    .into_response())
}

/// Sends a request to change a limit to the operator.
pub async fn request(
    State(state): State<AppState>,
    page: SignedInPage,
    Form(form): Form<RequestForm>,
) -> PageResult {
    let tr = page.ctx.tr;
    let account_id = page.signed_in.account.id;
    let mut errors = FieldErrors::default();
    let limit = errors.check(&tr, "limit", LimitName::parse(&form.limit));
    let value = limit.and_then(|l| errors.check(&tr, "new_value", l.parse_value(&form.new_value)));
    let description = form.description.trim().to_owned();
    if !DESCRIPTION_CHARS.contains(&description.chars().count()) {
        errors.add_message("description", tr.t("error-limit-description"));
    }
    let (Some(limit), Some(value)) = (limit, value) else {
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            page_with(&state, page, form, errors, false).await?,
        )
            .into_response());
    };
    if !errors.is_empty() {
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            page_with(&state, page, form, errors, false).await?,
        )
            .into_response());
    }

    let mut tx = state.db.begin().await?;
    let current = limits::for_account(&mut tx, account_id, state.config.default_limits())
        .await?
        .get(limit);
    let id = requests::create(
        &mut tx,
        account_id,
        page.signed_in.user.id,
        limit,
        current,
        value,
        &description,
    )
    .await?;
    let entry = Activity::new(account_id, Some(page.signed_in.user.id), ActivityKind::LimitChangeRequested, ActivitySource::Web)
        .ip(page.ctx.client_ip)
        .details(serde_json::json!({ "request_id": id, "limit": limit.id(), "current_value": current, "new_value": value }));
    audit::record(&mut tx, entry).await?;
    tx.commit().await?;
    Ok(Redirect::to("/settings/limits?saved=1").into_response())
}
