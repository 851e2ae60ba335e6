//! Settings > Blacklisted numbers: phone numbers that never receive a call.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use dialback_domain::{ActivityKind, ActivitySource, PhoneNumber};

use super::list_page::{AddField, ListPage, ListRow, RowAction};
use crate::AppState;
use crate::platform::audit::{self, Activity};
use crate::platform::errors::{PageError, PageResult};
use crate::platform::forms::PathId;
use crate::platform::forms::{FieldErrors, Form, Query};
use crate::platform::page::SignedInPage;
use crate::protection::numbers;
use crate::settings::SavedQuery;

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct NumberForm {
    pub phone_number: String,
}

async fn page_with(
    state: &AppState,
    page: SignedInPage,
    value: String,
    errors: FieldErrors,
    saved: bool,
) -> PageResult<ListPage> {
    let mut conn = state.db.pool.acquire().await?;
    let entries = numbers::list(&mut conn, page.signed_in.account.id).await?;
    let ctx = page.ctx;
    let rows = entries
        .into_iter()
        .map(|(id, phone, created_at)| ListRow {
            id,
            cells: vec![
                id.to_string(),
                PhoneNumber::from_e164(&phone).map_or(phone, |p| p.international()),
                page.display.datetime(created_at),
            ],
            actions: vec![
                RowAction::new(
                    format!("/settings/blacklisted-numbers/{id}/delete"),
                    ctx.t("action-remove"),
                )
                .danger(),
            ],
        })
        .collect();
    Ok(ListPage {
        saved,
        title: ctx.t("numbers-title"),
        intro: ctx.t("numbers-intro"),
        empty: ctx.t("numbers-empty"),
        columns: vec![
            "ID".to_owned(),
            ctx.t("field-phone-number"),
            ctx.t("list-col-created"),
        ],
        rows,
        errors,
        fields: vec![AddField::input(
            "phone_number",
            "field-phone-number",
            "tel",
            value,
        )],
        add_heading: ctx.t("numbers-add"),
        add_action: "/settings/blacklisted-numbers",
        add_label: ctx.t("action-add"),
        ctx,
    })
}

/// Shows the blacklisted numbers.
pub async fn show(
    State(state): State<AppState>,
    page: SignedInPage,
    Query(query): Query<SavedQuery>,
) -> PageResult {
    Ok(page_with(
        &state,
        page,
        String::new(),
        FieldErrors::default(),
        query.is_saved(),
    )
    .await?
    .into_response())
}

/// Adds a number.
pub async fn add(
    State(state): State<AppState>,
    page: SignedInPage,
    Form(form): Form<NumberForm>,
) -> PageResult {
    let tr = page.ctx.tr;
    let account_id = page.signed_in.account.id;
    let mut errors = FieldErrors::default();
    let region = page.signed_in.user.interface_language.home_region();
    let Some(phone) = errors.check(
        &tr,
        "phone_number",
        PhoneNumber::parse(&form.phone_number, region),
    ) else {
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            page_with(&state, page, form.phone_number, errors, false).await?,
        )
            .into_response());
    };
    let mut tx = state.db.begin().await?;
    let Some(id) = numbers::insert(&mut tx, account_id, phone.e164()).await? else {
        errors.add_message("phone_number", tr.t("error-number-listed"));
        drop(tx);
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            page_with(&state, page, form.phone_number, errors, false).await?,
        )
            .into_response());
    };
    let entry = Activity::new(
        account_id,
        Some(page.signed_in.user.id),
        ActivityKind::BlacklistedNumberAdded,
        ActivitySource::Web,
    )
    .ip(page.ctx.client_ip)
    .details(serde_json::json!({ "id": id, "phone_number": phone.e164() }));
    audit::record(&mut tx, entry).await?;
    tx.commit().await?;
    Ok(Redirect::to("/settings/blacklisted-numbers?saved=1").into_response())
}

/// Removes a number.
pub async fn delete(
    State(state): State<AppState>,
    page: SignedInPage,
    PathId(id): PathId<i64>,
) -> PageResult {
    let account_id = page.signed_in.account.id;
    let mut tx = state.db.begin().await?;
    let phone = numbers::delete(&mut tx, account_id, id)
        .await?
        .ok_or(PageError::NotFound)?;
    let entry = Activity::new(
        account_id,
        Some(page.signed_in.user.id),
        ActivityKind::BlacklistedNumberRemoved,
        ActivitySource::Web,
    )
    .ip(page.ctx.client_ip)
    .details(serde_json::json!({ "id": id, "phone_number": phone }));
    audit::record(&mut tx, entry).await?;
    tx.commit().await?;
    Ok(Redirect::to("/settings/blacklisted-numbers?saved=1").into_response())
}
