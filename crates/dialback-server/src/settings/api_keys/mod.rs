//! Settings > API keys: list, create (shown once) and revoke keys. Owners and admins only.

use askama::Template;
use askama_web::WebTemplate;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use dialback_domain::{ActivityKind, ActivitySource, Permission};
use fluent_templates::fluent_bundle::FluentValue;

use crate::AppState;
use crate::api_keys::storage::{self as keys, NewKey};
use crate::api_keys::{self, ApiKey};
use crate::platform::audit::{self, Activity};
use crate::platform::clock::now_micros;
use crate::platform::display::Display;
use crate::platform::errors::PageResult;
use crate::platform::forms::PathId;
use crate::platform::forms::{FieldErrors, Query, SelectOption};
use crate::platform::page::{PageContext, SignedInPage};
use crate::widgets::storage as widgets;

/// Longest key description, in characters.
const MAX_DESCRIPTION_CHARS: usize = 200;

/// The create form as submitted; checkboxes repeat their names.
#[derive(Debug, Default)]
pub struct KeyForm {
    pub description: String,
    pub all_widgets: bool,
    pub widget_ids: Vec<String>,
    pub permissions: Vec<String>,
    pub expires_on: String,
}

impl KeyForm {
    fn parse(body: &[u8]) -> Self {
        let mut form = KeyForm::default();
        for (name, value) in url::form_urlencoded::parse(body) {
            match name.as_ref() {
                "description" => form.description = value.trim().to_owned(),
                "widgets" if value == "all" => form.all_widgets = true,
                "widgets" => form.widget_ids.push(value.into_owned()),
                "permissions" => form.permissions.push(value.into_owned()),
                "expires_on" => form.expires_on = value.trim().to_owned(),
                _ => {}
            }
        }
        form
    }
}

/// One row of the key list, formatted.
struct KeyRow {
    id: i64,
    description: String,
    masked: String,
    permissions: String,
    widgets: String,
    created: String,
    last_used: String,
    state: String,
    live: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "settings/api_keys.html")]
struct ApiKeysPage {
    ctx: PageContext,
    saved: bool,
    can_manage: bool,
    keys: Vec<KeyRow>,
    new_secret: Option<String>,
    form: KeyForm,
    errors: FieldErrors,
    widget_choices: Vec<SelectOption>,
    permission_choices: Vec<SelectOption>,
}

impl ApiKeysPage {
    async fn build(
        state: &AppState,
        page: SignedInPage,
        form: KeyForm,
        errors: FieldErrors,
        new_secret: Option<String>,
        saved: bool,
    ) -> PageResult<Self> {
        let account_id = page.signed_in.account.id;
        let can_manage = page.signed_in.user.role.manages_account();
        let mut conn = state.db.pool.acquire().await?;
        let stored = if can_manage {
            keys::list(&mut conn, account_id).await?
        } else {
            Vec::new()
        };
        let (all_widgets, _) = widgets::list(&mut conn, account_id, None, i64::MAX, 0).await?;
        let widget_choices = all_widgets
            .iter()
            .map(|w| {
                SelectOption::new(
                    w.id.to_string(),
                    format!("#{} {}", w.id, w.url),
                    form.widget_ids.contains(&w.id.to_string()),
                )
            })
            .collect();
        let permission_choices = Permission::ALL
            .into_iter()
            .map(|p| {
                SelectOption::new(
                    p.id(),
                    page.ctx
                        .t(&format!("permission-{}", p.id().replace('.', "-"))),
                    form.permissions.iter().any(|f| f == p.id()),
                )
            })
            .collect();
        let keys = stored
            .iter()
            .map(|key| key_row(&page.ctx, &page.display, key))
            .collect();
        Ok(Self {
            ctx: page.ctx,
            saved,
            can_manage,
            keys,
            new_secret,
            form,
            errors,
            widget_choices,
            permission_choices,
        })
    }
}

fn key_row(ctx: &PageContext, display: &Display, key: &ApiKey) -> KeyRow {
    let tr = ctx.tr;
    let last_used = match (key.last_used_at, &key.last_used_ip) {
        (Some(at), Some(ip)) => tr.t_args(
            "api-keys-last-used-from",
            &[
                ("time", FluentValue::from(display.datetime(at))),
                ("ip", FluentValue::from(ip.clone())),
            ],
        ),
        (Some(at), None) => display.datetime(at),
        _ => tr.t("api-keys-never-used"),
    };
    let state = if key.revoked_at.is_some() {
        tr.t("api-keys-state-revoked")
    } else if !key.is_live(now_micros()) {
        tr.t("api-keys-state-expired")
    } else {
        match key.expires_at {
            Some(expiry) => format!(
                "{} · {}",
                tr.t("api-keys-state-active"),
                tr.t_with(
                    "api-keys-expires-on",
                    "date",
                    &last_valid_day(display, expiry)
                )
            ),
            None => tr.t("api-keys-state-active"),
        }
    };
    let widgets = match &key.widget_ids {
        None => tr.t("api-keys-widgets-all"),
        Some(ids) => format!(
            "{} ({})",
            tr.t_count("api-keys-widgets-some", ids.len() as i64),
            ids.iter()
                .map(|id| format!("#{id}"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    KeyRow {
        id: key.id,
        description: key.description.clone(),
        masked: key.masked(),
        permissions: key
            .permissions
            .iter()
            .map(|p| p.id())
            .collect::<Vec<_>>()
            .join(", "),
        widgets,
        created: display.datetime(key.created_at),
        last_used,
        state,
        live: key.is_live(now_micros()),
    }
}

/// The last day on which a key expiring at `expiry` works, in the user's date format.
fn last_valid_day(display: &Display, expiry: i64) -> String {
    let last_moment = crate::platform::clock::from_micros(expiry - 1)
        .to_zoned_datetime(display.timezone.zone().clone());
    display.date(last_moment.date())
}

/// Shows the keys and the form for a new one.
pub async fn show(
    State(state): State<AppState>,
    page: SignedInPage,
    Query(query): Query<crate::settings::SavedQuery>,
) -> PageResult {
    Ok(ApiKeysPage::build(
        &state,
        page,
        KeyForm::default(),
        FieldErrors::default(),
        None,
        query.is_saved(),
    )
    .await?
    .into_response())
}

/// Creates a key and shows its secret once.
pub async fn create(State(state): State<AppState>, page: SignedInPage, body: Bytes) -> PageResult {
    if !page.signed_in.user.role.manages_account() {
        return Ok(crate::platform::errors::PageError::Forbidden.into_response());
    }
    let tr = page.ctx.tr;
    let form = KeyForm::parse(&body);
    let account_id = page.signed_in.account.id;
    let mut errors = FieldErrors::default();

    if form.description.chars().count() > MAX_DESCRIPTION_CHARS {
        errors.add_message("description", tr.t("error-api-key-description-too-long"));
    }
    let permissions = Permission::parse_list(&form.permissions.join(","))
        .map_err(|e| errors.add(&tr, "permissions", e))
        .unwrap_or_default();
    if permissions.is_empty() && errors.get("permissions").is_none() {
        errors.add_message("permissions", tr.t("error-api-key-permissions-missing"));
    }
    let mut conn = state.db.pool.acquire().await?;
    let (owned, _) = widgets::list(&mut conn, account_id, None, i64::MAX, 0).await?;
    drop(conn);
    let chosen: Vec<i64> = form
        .widget_ids
        .iter()
        .filter_map(|id| id.parse::<i64>().ok())
        .filter(|id| owned.iter().any(|w| w.id == *id))
        .collect();
    if !form.all_widgets && (chosen.is_empty() || chosen.len() != form.widget_ids.len()) {
        errors.add_message("widgets", tr.t("error-api-key-widgets-missing"));
    }
    let expires_at = expiry(&form.expires_on, &page.display)
        .map_err(|key| errors.add_message("expires_on", tr.t(key)))
        .ok()
        .flatten();
    if !errors.is_empty() {
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            ApiKeysPage::build(&state, page, form, errors, None, false).await?,
        )
            .into_response());
    }

    let generated = api_keys::generate();
    let new = NewKey {
        account_id,
        created_by: Some(page.signed_in.user.id),
        description: &form.description,
        permissions: &permissions,
        widget_ids: if form.all_widgets {
            None
        } else {
            Some(&chosen)
        },
        expires_at,
    };
    let mut tx = state.db.begin().await?;
    let key_id = keys::insert(&mut tx, &new, &generated).await?;
    let entry = Activity::new(account_id, Some(page.signed_in.user.id), ActivityKind::ApiKeyCreated, ActivitySource::Web)
        .ip(page.ctx.client_ip)
        .details(serde_json::json!({ "api_key_id": key_id, "key": format!("{}…{}", generated.lookup, generated.last_four) }));
    audit::record(&mut tx, entry).await?;
    tx.commit().await?;

    Ok(ApiKeysPage::build(
        &state,
        page,
        KeyForm::default(),
        FieldErrors::default(),
        Some(generated.secret),
        false,
    )
    .await?
    .into_response())
}

/// The end of the chosen day in the user's zone, in microseconds; `None` for no expiry.
fn expiry(date: &str, display: &Display) -> Result<Option<i64>, &'static str> {
    if date.is_empty() {
        return Ok(None);
    }
    let day: jiff::civil::Date = date.parse().map_err(|_| "error-date-invalid")?;
    let end = day
        .tomorrow()
        .map_err(|_| "error-date-invalid")?
        .to_zoned_datetime(display.timezone.zone().clone())
        .map_err(|_| "error-date-invalid")?;
    let micros = end.timestamp().as_microsecond();
    if micros <= now_micros() {
        return Err("error-api-key-expiry-past");
    }
    Ok(Some(micros))
}

/// Revokes a key of the account.
pub async fn revoke(
    State(state): State<AppState>,
    page: SignedInPage,
    PathId(key_id): PathId<i64>,
) -> PageResult {
    if !page.signed_in.user.role.manages_account() {
        return Ok(crate::platform::errors::PageError::Forbidden.into_response());
    }
    let account_id = page.signed_in.account.id;
    let mut tx = state.db.begin().await?;
    if !keys::revoke(&mut tx, account_id, key_id).await? {
        return Err(crate::platform::errors::PageError::NotFound);
    }
    let entry = Activity::new(
        account_id,
        Some(page.signed_in.user.id),
        ActivityKind::ApiKeyRevoked,
        ActivitySource::Web,
    )
    .ip(page.ctx.client_ip)
    .details(serde_json::json!({ "api_key_id": key_id }));
    audit::record(&mut tx, entry).await?;
    tx.commit().await?;
    Ok(Redirect::to("/settings/api-keys?saved=1").into_response())
}
