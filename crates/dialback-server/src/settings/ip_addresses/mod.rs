//! Settings > IP addresses: the whitelist and blacklist of visitors' addresses and ranges.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use dialback_domain::{ActivityKind, ActivitySource, IpRange, ListType};

use super::list_page::{AddField, ListPage, ListRow, RowAction};
use crate::AppState;
use crate::platform::audit::{self, Activity};
use crate::platform::errors::{PageError, PageResult};
use crate::platform::forms::PathId;
use crate::platform::forms::{FieldErrors, Form, Query, SelectField, SelectOption};
use crate::platform::page::SignedInPage;
use crate::protection::rules;
use crate::settings::SavedQuery;

/// Longest note, in characters.
const MAX_NOTE_CHARS: usize = 200;

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct RuleForm {
    pub address: String,
    pub list_type: String,
    pub note: String,
}

async fn page_with(
    state: &AppState,
    page: SignedInPage,
    form: RuleForm,
    errors: FieldErrors,
    saved: bool,
) -> PageResult<ListPage> {
    let mut conn = state.db.pool.acquire().await?;
    let entries = rules::list(&mut conn, page.signed_in.account.id).await?;
    let ctx = page.ctx;
    let rows = entries
        .into_iter()
        .map(|rule| ListRow {
            id: rule.id,
            cells: vec![
                rule.id.to_string(),
                rule.network,
                ctx.t(&format!("ip-list-{}", rule.list_type)),
                rule.note,
                ctx.t(&format!(
                    "activity-source-{}",
                    if rule.source == "system" {
                        "system"
                    } else {
                        "web"
                    }
                )),
                rule.hit_count.to_string(),
                page.display.datetime(rule.created_at),
            ],
            actions: vec![
                RowAction::new(
                    format!("/settings/ip-addresses/{}/delete", rule.id),
                    ctx.t("action-remove"),
                )
                .danger(),
            ],
        })
        .collect();
    let chosen = if form.list_type.is_empty() {
        "blacklist"
    } else {
        form.list_type.as_str()
    };
    let list_options = [ListType::Blacklist, ListType::Whitelist]
        .into_iter()
        .map(|l| {
            SelectOption::new(
                l.id(),
                ctx.t(&format!("ip-list-{}", l.id())),
                l.id() == chosen,
            )
        })
        .collect();
    Ok(ListPage {
        saved,
        title: ctx.t("ip-title"),
        intro: ctx.t("ip-intro"),
        empty: ctx.t("ip-empty"),
        columns: vec![
            "ID".to_owned(),
            ctx.t("field-ip-address"),
            ctx.t("field-ip-list-type"),
            ctx.t("field-ip-note"),
            ctx.t("activity-col-source"),
            ctx.t("ip-col-hits"),
            ctx.t("list-col-created"),
        ],
        rows,
        errors,
        fields: vec![
            AddField::input("address", "field-ip-address", "text", form.address),
            AddField::select(SelectField {
                name: "list_type",
                label: ctx.t("field-ip-list-type"),
                options: list_options,
                disabled: false,
            }),
            AddField::input("note", "field-ip-note", "text", form.note),
        ],
        add_heading: ctx.t("ip-add"),
        add_action: "/settings/ip-addresses",
        add_label: ctx.t("action-add"),
        ctx,
    })
}

/// Shows both lists.
pub async fn show(
    State(state): State<AppState>,
    page: SignedInPage,
    Query(query): Query<SavedQuery>,
) -> PageResult {
    Ok(page_with(
        &state,
        page,
        RuleForm::default(),
        FieldErrors::default(),
        query.is_saved(),
    )
    .await?
    .into_response())
}

/// Adds an address or range; an overlap with an existing entry is explained, not stored.
pub async fn add(
    State(state): State<AppState>,
    page: SignedInPage,
    Form(form): Form<RuleForm>,
) -> PageResult {
    let tr = page.ctx.tr;
    let account_id = page.signed_in.account.id;
    let mut errors = FieldErrors::default();
    let range = errors.check(&tr, "address", IpRange::parse(&form.address));
    let list = errors.check(&tr, "list_type", ListType::parse(&form.list_type));
    let note = form.note.trim().to_owned();
    if note.chars().count() > MAX_NOTE_CHARS
        || note.chars().any(dialback_domain::text::is_hidden_character)
    {
        errors.add_message("note", tr.t("error-ip-note"));
    }
    let (Some(range), Some(list)) = (range, list) else {
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
    crate::limits::lock_account(&mut tx, account_id).await?;
    let id = match rules::insert(&mut tx, account_id, range, list, &note, "web").await? {
        Ok(id) => id,
        Err(overlap) => {
            let list_name = tr.t(&format!("ip-list-{}", overlap.list_type));
            let args = [
                ("network", overlap.network.into()),
                ("list", list_name.into()),
            ];
            errors.add_message("address", tr.t_args("error-ip-overlap", &args));
            drop(tx);
            return Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                page_with(&state, page, form, errors, false).await?,
            )
                .into_response());
        }
    };
    let entry = Activity::new(
        account_id,
        Some(page.signed_in.user.id),
        ActivityKind::IpAddressAdded,
        ActivitySource::Web,
    )
    .ip(page.ctx.client_ip)
    .details(serde_json::json!({ "id": id, "address": range.display(), "list_type": list.id() }));
    audit::record(&mut tx, entry).await?;
    tx.commit().await?;
    Ok(Redirect::to("/settings/ip-addresses?saved=1").into_response())
}

/// Removes an entry.
pub async fn delete(
    State(state): State<AppState>,
    page: SignedInPage,
    PathId(id): PathId<i64>,
) -> PageResult {
    let account_id = page.signed_in.account.id;
    let mut tx = state.db.begin().await?;
    let network = rules::delete(&mut tx, account_id, id)
        .await?
        .ok_or(PageError::NotFound)?;
    let entry = Activity::new(
        account_id,
        Some(page.signed_in.user.id),
        ActivityKind::IpAddressRemoved,
        ActivitySource::Web,
    )
    .ip(page.ctx.client_ip)
    .details(serde_json::json!({ "id": id, "address": network }));
    audit::record(&mut tx, entry).await?;
    tx.commit().await?;
    Ok(Redirect::to("/settings/ip-addresses?saved=1").into_response())
}
