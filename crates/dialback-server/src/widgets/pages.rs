//! `/widgets`: the list of widgets and each widget's page with its settings, trusted
//! domains, departments, managers and days off. Changes need an owner or admin.

use askama::Template;
use askama_web::WebTemplate;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use dialback_domain::{
    ActivityKind, ActivitySource, BusinessTime, DomainName, Language, TimeZoneName, WidgetChange,
};
use sqlx::AnyConnection;

use super::storage::{self as widgets, Widget, WidgetFields};
use crate::AppState;
use crate::accounts::storage::users_of_account;
use crate::platform::audit::{self, Activity};
use crate::platform::errors::{PageError, PageResult};
use crate::platform::forms::PathId;
use crate::platform::forms::{FieldErrors, Form, Query, SelectField, SelectOption};
use crate::platform::page::{PageContext, SignedInPage};
use crate::settings::SavedQuery;

struct WidgetRow {
    id: i64,
    url: String,
    description: String,
    language: &'static str,
    state: String,
    managers: usize,
}

#[derive(Template, WebTemplate)]
#[template(path = "widgets/list.html")]
struct ListPage {
    ctx: PageContext,
    saved: bool,
    can_manage: bool,
    rows: Vec<WidgetRow>,
    form_url: String,
    form_description: String,
    language_field: SelectField,
    errors: FieldErrors,
}

struct ManagerRow {
    id: i64,
    name: String,
    hours: String,
    state: String,
    toggle_label: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "widgets/detail.html")]
struct DetailPage {
    ctx: PageContext,
    saved: bool,
    can_manage: bool,
    widget: Widget,
    state_text: String,
    toggle_label: String,
    general_url: String,
    general_description: String,
    language_field: SelectField,
    timezone_field: SelectField,
    domains: Vec<(i64, String)>,
    departments: Vec<(i64, String)>,
    managers: Vec<ManagerRow>,
    user_field: SelectField,
    department_field: SelectField,
    weekdays: Vec<SelectOption>,
    days_off: String,
    config_url: String,
    errors: FieldErrors,
}

fn language_field(ctx: &PageContext, chosen: &str) -> SelectField {
    let options = Language::ALL
        .into_iter()
        .map(|l| SelectOption {
            lang: Some(l.tag()),
            ..SelectOption::new(l.tag(), l.autonym(), l.tag() == chosen)
        })
        .collect();
    SelectField {
        name: "locale_code",
        label: ctx.t("field-widget-language"),
        options,
        disabled: false,
    }
}

fn forbidden_unless_manager(page: &SignedInPage) -> Option<Response> {
    (!page.signed_in.user.role.manages_account())
        .then(|| crate::platform::errors::PageError::Forbidden.into_response())
}

async fn list_page(
    state: &AppState,
    page: SignedInPage,
    url: String,
    description: String,
    language: &str,
    errors: FieldErrors,
    saved: bool,
) -> PageResult<ListPage> {
    let account_id = page.signed_in.account.id;
    let mut conn = state.db.pool.acquire().await?;
    let (all, _) = widgets::list(&mut conn, account_id, None, i64::MAX, 0).await?;
    let managers = widgets::managers(&mut conn, account_id, None).await?;
    let ctx = page.ctx;
    let rows = all
        .iter()
        .map(|w| WidgetRow {
            id: w.id,
            url: w.url.clone(),
            description: w.description.clone(),
            language: w.language().autonym(),
            state: ctx.t(if w.enabled {
                "widgets-state-enabled"
            } else {
                "widgets-state-disabled"
            }),
            managers: managers.iter().filter(|m| m.widget_id == w.id).count(),
        })
        .collect();
    let language_field = language_field(&ctx, language);
    Ok(ListPage {
        saved,
        can_manage: page.signed_in.user.role.manages_account(),
        rows,
        form_url: url,
        form_description: description,
        language_field,
        errors,
        ctx,
    })
}

/// Shows the account's widgets.
pub async fn list(
    State(state): State<AppState>,
    page: SignedInPage,
    Query(query): Query<SavedQuery>,
) -> PageResult {
    let language = page.signed_in.user.interface_language.tag();
    Ok(list_page(
        &state,
        page,
        String::new(),
        String::new(),
        language,
        FieldErrors::default(),
        query.is_saved(),
    )
    .await?
    .into_response())
}

/// The general fields of the create and edit forms.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct GeneralForm {
    pub url: String,
    pub description: String,
    pub locale_code: String,
    pub timezone: String,
    pub busy_mode: Option<String>,
}

/// Validates the general fields over `current` (for an edit) or defaults (for a new widget).
fn general_fields(
    ctx: &PageContext,
    form: &GeneralForm,
    current: Option<&Widget>,
    errors: &mut FieldErrors,
) -> Option<WidgetFields> {
    let tr = ctx.tr;
    let url = form.url.trim();
    if url.is_empty()
        || url.chars().count() > 2000
        || (url::Url::parse(url).is_err() && DomainName::parse(url).is_err())
    {
        errors.add_message("url", tr.t("error-widget-url-invalid"));
    }
    if form.description.chars().count() > 500 {
        errors.add_message("description", tr.t("error-widget-description-too-long"));
    }
    let language = errors.check(&tr, "locale_code", Language::parse(&form.locale_code));
    let timezone = match current {
        Some(_) => errors
            .check(&tr, "timezone", TimeZoneName::parse(&form.timezone))
            .map(|z| z.name().to_owned()),
        None => language.map(|l| l.home_timezone().to_owned()),
    };
    let language = language?;
    Some(WidgetFields {
        url: url.to_owned(),
        description: form.description.trim().to_owned(),
        language,
        timezone: timezone?,
        enabled: current.is_none_or(|w| w.enabled),
        busy_mode: current.is_none() || form.busy_mode.is_some(),
        settings: current.map_or_else(|| serde_json::json!({}), |w| w.settings.clone()),
    })
    .filter(|_| errors.is_empty())
}

fn change_activity(
    page: &SignedInPage,
    kind: ActivityKind,
    widget_id: i64,
    change: Option<WidgetChange>,
) -> Activity {
    let details = match change {
        Some(change) => serde_json::json!({ "widget_id": widget_id, "change": change.id() }),
        None => serde_json::json!({ "widget_id": widget_id }),
    };
    Activity::new(
        page.signed_in.account.id,
        Some(page.signed_in.user.id),
        kind,
        ActivitySource::Web,
    )
    .ip(page.ctx.client_ip)
    .details(details)
}

/// Creates a widget.
pub async fn create(
    State(state): State<AppState>,
    page: SignedInPage,
    Form(form): Form<GeneralForm>,
) -> PageResult {
    if let Some(refused) = forbidden_unless_manager(&page) {
        return Ok(refused);
    }
    let mut errors = FieldErrors::default();
    let Some(fields) = general_fields(&page.ctx, &form, None, &mut errors) else {
        let page = list_page(
            &state,
            page,
            form.url,
            form.description,
            &form.locale_code,
            errors,
            false,
        )
        .await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    };
    let mut tx = state.db.begin().await?;
    let id = widgets::insert(&mut tx, page.signed_in.account.id, &fields).await?;
    audit::record(
        &mut tx,
        change_activity(&page, ActivityKind::WidgetAdded, id, None),
    )
    .await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/widgets/{id}?saved=1")).into_response())
}

async fn load(conn: &mut AnyConnection, page: &SignedInPage, id: i64) -> PageResult<Widget> {
    widgets::find(conn, page.signed_in.account.id, id)
        .await?
        .ok_or(PageError::NotFound)
}

/// Builds the widget page, with `errors` from a rejected form.
async fn detail_page(
    state: &AppState,
    page: SignedInPage,
    id: i64,
    errors: FieldErrors,
    saved: bool,
) -> PageResult<DetailPage> {
    let account_id = page.signed_in.account.id;
    let mut conn = state.db.pool.acquire().await?;
    let widget = load(&mut conn, &page, id).await?;
    let domains = widgets::domains(&mut conn, id).await?;
    let departments = widgets::departments(&mut conn, id).await?;
    let managers = widgets::managers(&mut conn, account_id, Some(id)).await?;
    let users = users_of_account(&mut conn, account_id).await?;
    let days_off = widgets::days_off(&mut conn, id).await?.join("\n");
    drop(conn);

    let ctx = page.ctx;
    let manager_rows = managers
        .iter()
        .map(|m| ManagerRow {
            id: m.id,
            name: users
                .iter()
                .find(|u| u.id == m.user_id)
                .map_or_else(String::new, |u| u.name.clone()),
            hours: hours_summary(&ctx, &m.business_times),
            state: ctx.t(if m.enabled {
                "widgets-manager-enabled"
            } else {
                "widgets-manager-disabled"
            }),
            toggle_label: ctx.t(if m.enabled {
                "widgets-manager-pause"
            } else {
                "widgets-manager-resume"
            }),
        })
        .collect();
    let with_phone: Vec<SelectOption> = users
        .iter()
        .filter(|u| u.phone.is_some())
        .map(|u| SelectOption::new(u.id.to_string(), u.name.clone(), false))
        .collect();
    let mut user_field = SelectField {
        name: "user_id",
        label: ctx.t("field-widget-user"),
        options: with_phone,
        disabled: false,
    };
    if user_field.options.is_empty() {
        user_field
            .options
            .push(SelectOption::new("", ctx.t("widgets-no-users"), true));
        user_field.disabled = true;
    }
    let department_options =
        std::iter::once(SelectOption::new("", ctx.t("widgets-no-department"), true))
            .chain(
                departments
                    .iter()
                    .map(|(id, name)| SelectOption::new(id.to_string(), name.clone(), false)),
            )
            .collect();
    let timezone_options = TimeZoneName::available().into_iter().map(|z| {
        let selected = z == widget.timezone;
        SelectOption::new(z.clone(), z, selected)
    });
    let weekdays = [1, 2, 3, 4, 5, 6, 0]
        .into_iter()
        .map(|d| {
            SelectOption::new(
                d.to_string(),
                ctx.t(&format!("weekday-{d}")),
                (1..=5).contains(&d),
            )
        })
        .collect();

    Ok(DetailPage {
        saved,
        can_manage: page.signed_in.user.role.manages_account(),
        state_text: ctx.t(if widget.enabled {
            "widgets-state-enabled"
        } else {
            "widgets-state-disabled"
        }),
        toggle_label: ctx.t(if widget.enabled {
            "widgets-disable"
        } else {
            "widgets-enable"
        }),
        general_url: widget.url.clone(),
        general_description: widget.description.clone(),
        language_field: language_field(&ctx, &widget.locale_code),
        timezone_field: SelectField {
            name: "timezone",
            label: ctx.t("field-widget-timezone"),
            options: timezone_options.collect(),
            disabled: false,
        },
        domains,
        department_field: SelectField {
            name: "department_id",
            label: ctx.t("widgets-departments"),
            options: department_options,
            disabled: false,
        },
        departments,
        managers: manager_rows,
        user_field,
        weekdays,
        days_off,
        config_url: format!(
            "{}/public/widgets/{}/config",
            state.config.public_base(),
            widget.id
        ),
        widget,
        errors,
        ctx,
    })
}

/// Summarises business times as "Monday, Tuesday 09:00–17:00".
fn hours_summary(ctx: &PageContext, times: &[BusinessTime]) -> String {
    let enabled: Vec<&BusinessTime> = times.iter().filter(|t| t.enabled).collect();
    if enabled.is_empty() {
        return ctx.t("widgets-hours-none");
    }
    enabled
        .iter()
        .map(|t| {
            format!(
                "{} {}–{}",
                ctx.t(&format!("weekday-{}", t.day_of_week)),
                t.start_time,
                t.end_time
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Shows one widget.
pub async fn detail(
    State(state): State<AppState>,
    page: SignedInPage,
    PathId(id): PathId<i64>,
    Query(query): Query<SavedQuery>,
) -> PageResult {
    Ok(
        detail_page(&state, page, id, FieldErrors::default(), query.is_saved())
            .await?
            .into_response(),
    )
}

async fn rejected(
    state: &AppState,
    page: SignedInPage,
    id: i64,
    errors: FieldErrors,
) -> PageResult {
    Ok((
        StatusCode::UNPROCESSABLE_ENTITY,
        detail_page(state, page, id, errors, false).await?,
    )
        .into_response())
}

fn saved(id: i64) -> Response {
    Redirect::to(&format!("/widgets/{id}?saved=1")).into_response()
}

/// Applies one change to a widget of the account, in one transaction with its activity
/// entry, then shows the widget. `change` returns false when the row it names is missing.
async fn change_widget<F>(
    state: &AppState,
    page: &SignedInPage,
    id: i64,
    kind: WidgetChange,
    change: F,
) -> PageResult
where
    F: AsyncFnOnce(&mut AnyConnection, &Widget) -> sqlx::Result<bool>,
{
    if let Some(refused) = forbidden_unless_manager(page) {
        return Ok(refused);
    }
    let mut tx = state.db.begin().await?;
    let widget = load(&mut tx, page, id).await?;
    if !change(&mut *tx, &widget).await? {
        return Err(PageError::NotFound);
    }
    audit::record(
        &mut tx,
        change_activity(page, ActivityKind::WidgetEdited, id, Some(kind)),
    )
    .await?;
    tx.commit().await?;
    Ok(saved(id))
}

/// Saves the general settings.
pub async fn update(
    State(state): State<AppState>,
    page: SignedInPage,
    PathId(id): PathId<i64>,
    Form(form): Form<GeneralForm>,
) -> PageResult {
    if let Some(refused) = forbidden_unless_manager(&page) {
        return Ok(refused);
    }
    let mut tx = state.db.begin().await?;
    let current = load(&mut tx, &page, id).await?;
    let mut errors = FieldErrors::default();
    let Some(fields) = general_fields(&page.ctx, &form, Some(&current), &mut errors) else {
        drop(tx);
        return rejected(&state, page, id, errors).await;
    };
    widgets::update(&mut tx, page.signed_in.account.id, id, &fields).await?;
    audit::record(
        &mut tx,
        change_activity(
            &page,
            ActivityKind::WidgetEdited,
            id,
            Some(WidgetChange::General),
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(saved(id))
}

/// Enables or disables the widget.
pub async fn toggle(
    State(state): State<AppState>,
    page: SignedInPage,
    PathId(id): PathId<i64>,
) -> PageResult {
    let account_id = page.signed_in.account.id;
    change_widget(
        &state,
        &page,
        id,
        WidgetChange::ToggleEnabled,
        async |tx, widget| {
            sqlx::query("UPDATE widgets SET enabled = $1 WHERE account_id = $2 AND id = $3")
                .bind(i64::from(!widget.enabled))
                .bind(account_id)
                .bind(id)
                .execute(tx)
                .await?;
            Ok(true)
        },
    )
    .await
}

/// Copies the widget with everything attached and opens the copy.
pub async fn duplicate(
    State(state): State<AppState>,
    page: SignedInPage,
    PathId(id): PathId<i64>,
) -> PageResult {
    if let Some(refused) = forbidden_unless_manager(&page) {
        return Ok(refused);
    }
    let mut tx = state.db.begin().await?;
    let widget = load(&mut tx, &page, id).await?;
    let copy = widgets::duplicate(&mut tx, page.signed_in.account.id, &widget).await?;
    audit::record(
        &mut tx,
        change_activity(&page, ActivityKind::WidgetAdded, copy, None),
    )
    .await?;
    audit::record(
        &mut tx,
        change_activity(
            &page,
            ActivityKind::WidgetEdited,
            id,
            Some(WidgetChange::DuplicateWidget),
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(saved(copy))
}

/// Deletes the widget.
pub async fn delete(
    State(state): State<AppState>,
    page: SignedInPage,
    PathId(id): PathId<i64>,
) -> PageResult {
    if let Some(refused) = forbidden_unless_manager(&page) {
        return Ok(refused);
    }
    let mut tx = state.db.begin().await?;
    load(&mut tx, &page, id).await?;
    widgets::delete(&mut tx, page.signed_in.account.id, id).await?;
    audit::record(
        &mut tx,
        change_activity(&page, ActivityKind::WidgetDeleted, id, None),
    )
    .await?;
    tx.commit().await?;
    Ok(Redirect::to("/widgets?saved=1").into_response())
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct DomainForm {
    pub domain: String,
}

/// Adds a trusted domain.
pub async fn add_domain(
    State(state): State<AppState>,
    page: SignedInPage,
    PathId(id): PathId<i64>,
    Form(form): Form<DomainForm>,
) -> PageResult {
    if let Some(refused) = forbidden_unless_manager(&page) {
        return Ok(refused);
    }
    let mut errors = FieldErrors::default();
    let Some(domain) = errors.check(&page.ctx.tr, "domain", DomainName::parse(&form.domain)) else {
        return rejected(&state, page, id, errors).await;
    };
    change_widget(
        &state,
        &page,
        id,
        WidgetChange::TrustedDomainAdd,
        async |tx, _| {
            widgets::add_domain(tx, id, domain.as_str()).await?;
            Ok(true)
        },
    )
    .await
}

/// Removes a trusted domain.
pub async fn delete_domain(
    State(state): State<AppState>,
    page: SignedInPage,
    PathId((id, domain_id)): PathId<(i64, i64)>,
) -> PageResult {
    change_widget(
        &state,
        &page,
        id,
        WidgetChange::TrustedDomainDelete,
        async |tx, _| widgets::delete_domain(tx, id, domain_id).await,
    )
    .await
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct DepartmentForm {
    pub department_name: String,
}

/// Adds a department.
pub async fn add_department(
    State(state): State<AppState>,
    page: SignedInPage,
    PathId(id): PathId<i64>,
    Form(form): Form<DepartmentForm>,
) -> PageResult {
    if let Some(refused) = forbidden_unless_manager(&page) {
        return Ok(refused);
    }
    let name = form.department_name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        let mut errors = FieldErrors::default();
        errors.add_message("department_name", page.ctx.t("error-department-name"));
        return rejected(&state, page, id, errors).await;
    }
    change_widget(
        &state,
        &page,
        id,
        WidgetChange::DepartmentAdd,
        async |tx, _| {
            widgets::add_department(tx, id, name).await?;
            Ok(true)
        },
    )
    .await
}

/// Removes a department.
pub async fn delete_department(
    State(state): State<AppState>,
    page: SignedInPage,
    PathId((id, department_id)): PathId<(i64, i64)>,
) -> PageResult {
    change_widget(
        &state,
        &page,
        id,
        WidgetChange::DepartmentDelete,
        async |tx, _| widgets::delete_department(tx, id, department_id).await,
    )
    .await
}

/// Assigns a team member to the widget for the chosen days and hours; checkboxes repeat `days`.
pub async fn add_manager(
    State(state): State<AppState>,
    page: SignedInPage,
    PathId(id): PathId<i64>,
    body: Bytes,
) -> PageResult {
    if let Some(refused) = forbidden_unless_manager(&page) {
        return Ok(refused);
    }
    let (mut user_id, mut department_id, mut days, mut start, mut end) =
        (None, None, Vec::new(), String::new(), String::new());
    for (name, value) in url::form_urlencoded::parse(&body) {
        match name.as_ref() {
            "user_id" => user_id = value.parse::<i64>().ok(),
            "department_id" => department_id = value.parse::<i64>().ok(),
            "days" => days.extend(value.parse::<u8>().ok()),
            "start_time" => start = value.into_owned(),
            "end_time" => end = value.into_owned(),
            _ => {}
        }
    }

    let account_id = page.signed_in.account.id;
    let mut tx = state.db.begin().await?;
    let widget = load(&mut tx, &page, id).await?;
    let mut errors = FieldErrors::default();
    let users = users_of_account(&mut tx, account_id).await?;
    let user = user_id.and_then(|uid| users.iter().find(|u| u.id == uid));
    if user.is_none() {
        errors.add_message("user_id", page.ctx.t("error-manager-user"));
    }
    let departments = widgets::departments(&mut tx, id).await?;
    let department_id = department_id.filter(|d| departments.iter().any(|(did, _)| did == d));
    let week: Vec<BusinessTime> = (0..7)
        .map(|day| BusinessTime {
            day_of_week: day,
            enabled: days.contains(&day),
            start_time: start.clone(),
            end_time: end.clone(),
            timezone: widget.timezone.clone(),
        })
        .collect();
    if days.is_empty() || week.iter().any(|t| t.validate().is_err()) {
        errors.add_message("start_time", page.ctx.t("error-manager-days"));
    }
    let Some(user) = user.filter(|_| errors.is_empty()) else {
        drop(tx);
        return rejected(&state, page, id, errors).await;
    };
    widgets::upsert_manager(&mut tx, id, user.id, true, &week, department_id).await?;
    audit::record(
        &mut tx,
        change_activity(
            &page,
            ActivityKind::WidgetEdited,
            id,
            Some(WidgetChange::AddManager),
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(saved(id))
}

/// Pauses or resumes a manager.
pub async fn toggle_manager(
    State(state): State<AppState>,
    page: SignedInPage,
    PathId((id, manager_id)): PathId<(i64, i64)>,
) -> PageResult {
    let account_id = page.signed_in.account.id;
    change_widget(
        &state,
        &page,
        id,
        WidgetChange::CallOperatorToggleEnabled,
        async |tx, _| {
            let Some(manager) = widgets::managers(tx, account_id, Some(id))
                .await?
                .into_iter()
                .find(|m| m.id == manager_id)
            else {
                return Ok(false);
            };
            widgets::upsert_manager(
                tx,
                id,
                manager.user_id,
                !manager.enabled,
                &manager.business_times,
                manager.department_id,
            )
            .await?;
            Ok(true)
        },
    )
    .await
}

/// Removes a manager from the widget.
pub async fn delete_manager(
    State(state): State<AppState>,
    page: SignedInPage,
    PathId((id, manager_id)): PathId<(i64, i64)>,
) -> PageResult {
    let account_id = page.signed_in.account.id;
    change_widget(
        &state,
        &page,
        id,
        WidgetChange::CallOperatorDelete,
        async |tx, _| {
            if !widgets::managers(tx, account_id, Some(id))
                .await?
                .iter()
                .any(|m| m.id == manager_id)
            {
                return Ok(false);
            }
            widgets::delete_manager(tx, account_id, manager_id).await
        },
    )
    .await
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct DaysOffForm {
    pub days_off: String,
}

/// Replaces the days off.
pub async fn set_days_off(
    State(state): State<AppState>,
    page: SignedInPage,
    PathId(id): PathId<i64>,
    Form(form): Form<DaysOffForm>,
) -> PageResult {
    if let Some(refused) = forbidden_unless_manager(&page) {
        return Ok(refused);
    }
    let mut days = Vec::new();
    for line in form
        .days_off
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
    {
        match line.parse::<jiff::civil::Date>() {
            Ok(day) => days.push(day.to_string()),
            Err(_) => {
                let mut errors = FieldErrors::default();
                errors.add_message("days_off", page.ctx.t("error-days-off-invalid"));
                return rejected(&state, page, id, errors).await;
            }
        }
    }
    days.sort();
    days.dedup();
    change_widget(
        &state,
        &page,
        id,
        WidgetChange::DaysOffEdit,
        async |tx, _| {
            widgets::set_days_off(tx, id, &days).await?;
            Ok(true)
        },
    )
    .await
}

#[derive(Template, WebTemplate)]
#[template(path = "widgets/preview.html")]
struct PreviewPage {
    ctx: PageContext,
    id: i64,
    base: String,
}

/// Shows the widget as a visitor of this browser's address would see it.
pub async fn preview(
    State(state): State<AppState>,
    page: SignedInPage,
    PathId(id): PathId<i64>,
) -> PageResult {
    let mut conn = state.db.pool.acquire().await?;
    load(&mut conn, &page, id).await?;
    Ok(PreviewPage {
        ctx: page.ctx,
        id,
        base: state.config.public_base(),
    }
    .into_response())
}
