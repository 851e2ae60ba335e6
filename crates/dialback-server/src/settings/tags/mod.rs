//! Settings > Tags: labels for calls, with a colour; create, rename, recolour, delete.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use dialback_domain::{ActivityKind, ActivitySource};

use super::list_page::{AddField, ListPage, ListRow, RowAction};
use crate::AppState;
use crate::platform::audit::{self, Activity};
use crate::platform::errors::{PageError, PageResult};
use crate::platform::forms::PathId;
use crate::platform::forms::{FieldErrors, Form, Query};
use crate::platform::page::SignedInPage;
use crate::settings::SavedQuery;
use crate::tags::{self, TagError};

/// Longest label, in characters.
const MAX_LABEL_CHARS: usize = 50;

/// Colour of a new tag unless one is chosen.
const DEFAULT_COLOR: &str = "#0b6bcb";

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct TagForm {
    pub label: String,
    pub color: String,
}

async fn page_with(
    state: &AppState,
    page: SignedInPage,
    form: TagForm,
    errors: FieldErrors,
    saved: bool,
) -> PageResult<ListPage> {
    let mut conn = state.db.pool.acquire().await?;
    let entries = tags::list(&mut conn, page.signed_in.account.id).await?;
    let ctx = page.ctx;
    let rows = entries
        .into_iter()
        .map(|tag| {
            let mut rename =
                RowAction::new(format!("/settings/tags/{}", tag.id), ctx.t("action-save"));
            rename.input = Some(("label".to_owned(), ctx.t("field-tag-label")));
            rename.hidden = vec![("color".to_owned(), tag.color.clone())];
            ListRow {
                id: tag.id,
                cells: vec![
                    tag.id.to_string(),
                    tag.label,
                    tag.color,
                    page.display.datetime(tag.updated_at),
                ],
                actions: vec![
                    rename,
                    RowAction::new(
                        format!("/settings/tags/{}/delete", tag.id),
                        ctx.t("action-remove"),
                    )
                    .danger(),
                ],
            }
        })
        .collect();
    let color = if form.color.is_empty() {
        DEFAULT_COLOR.to_owned()
    } else {
        form.color
    };
    Ok(ListPage {
        saved,
        title: ctx.t("tags-title"),
        intro: ctx.t("tags-intro"),
        empty: ctx.t("tags-empty"),
        columns: vec![
            "ID".to_owned(),
            ctx.t("field-tag-label"),
            ctx.t("field-tag-color"),
            ctx.t("tags-col-updated"),
        ],
        rows,
        errors,
        fields: vec![
            AddField::input("label", "field-tag-label", "text", form.label),
            AddField::input("color", "field-tag-color", "color", color),
        ],
        add_heading: ctx.t("tags-add"),
        add_action: "/settings/tags",
        add_label: ctx.t("action-add"),
        ctx,
    })
}

/// Shows the tags.
pub async fn show(
    State(state): State<AppState>,
    page: SignedInPage,
    Query(query): Query<SavedQuery>,
) -> PageResult {
    Ok(page_with(
        &state,
        page,
        TagForm::default(),
        FieldErrors::default(),
        query.is_saved(),
    )
    .await?
    .into_response())
}

/// Validates a label and colour, recording errors under the add form's field names.
fn parse(
    page: &SignedInPage,
    form: &TagForm,
    errors: &mut FieldErrors,
) -> Option<(String, String)> {
    let tr = page.ctx.tr;
    let label = form.label.trim();
    if label.is_empty()
        || label.chars().count() > MAX_LABEL_CHARS
        || label
            .chars()
            .any(dialback_domain::text::is_hidden_character)
    {
        errors.add_message("label", tr.t("error-tag-label"));
    }
    let color = errors.check(&tr, "color", tags::parse_color(&form.color));
    color
        .filter(|_| errors.is_empty())
        .map(|c| (label.to_owned(), c))
}

async fn rejected(
    state: &AppState,
    page: SignedInPage,
    form: TagForm,
    errors: FieldErrors,
) -> PageResult {
    Ok((
        StatusCode::UNPROCESSABLE_ENTITY,
        page_with(state, page, form, errors, false).await?,
    )
        .into_response())
}

fn activity(page: &SignedInPage, kind: ActivityKind, id: i64, label: &str) -> Activity {
    Activity::new(
        page.signed_in.account.id,
        Some(page.signed_in.user.id),
        kind,
        ActivitySource::Web,
    )
    .ip(page.ctx.client_ip)
    .details(serde_json::json!({ "tag_id": id, "label": label }))
}

/// Creates a tag.
pub async fn add(
    State(state): State<AppState>,
    page: SignedInPage,
    Form(form): Form<TagForm>,
) -> PageResult {
    let mut errors = FieldErrors::default();
    let Some((label, color)) = parse(&page, &form, &mut errors) else {
        return rejected(&state, page, form, errors).await;
    };
    let mut tx = state.db.begin().await?;
    let id = match tags::insert(&mut tx, page.signed_in.account.id, &label, &color).await {
        Ok(id) => id,
        Err(TagError::DuplicateLabel) => {
            errors.add_message("label", page.ctx.t("error-tag-duplicate"));
            drop(tx);
            return rejected(&state, page, form, errors).await;
        }
        Err(TagError::Database(error)) => return Err(error.into()),
    };
    audit::record(&mut tx, activity(&page, ActivityKind::TagAdded, id, &label)).await?;
    tx.commit().await?;
    Ok(saved())
}

/// Renames or recolours a tag.
pub async fn update(
    State(state): State<AppState>,
    page: SignedInPage,
    PathId(id): PathId<i64>,
    Form(form): Form<TagForm>,
) -> PageResult {
    let mut errors = FieldErrors::default();
    let Some((label, color)) = parse(&page, &form, &mut errors) else {
        return rejected(&state, page, TagForm::default(), errors).await;
    };
    let mut tx = state.db.begin().await?;
    match tags::update(&mut tx, page.signed_in.account.id, id, &label, &color).await {
        Ok(true) => {}
        Ok(false) => return Err(PageError::NotFound),
        Err(TagError::DuplicateLabel) => {
            errors.add_message("label", page.ctx.t("error-tag-duplicate"));
            drop(tx);
            return rejected(&state, page, TagForm::default(), errors).await;
        }
        Err(TagError::Database(error)) => return Err(error.into()),
    }
    audit::record(
        &mut tx,
        activity(&page, ActivityKind::TagEdited, id, &label),
    )
    .await?;
    tx.commit().await?;
    Ok(saved())
}

/// Deletes a tag and removes it from its calls.
pub async fn delete(
    State(state): State<AppState>,
    page: SignedInPage,
    PathId(id): PathId<i64>,
) -> PageResult {
    let mut tx = state.db.begin().await?;
    let label = tags::delete(&mut tx, page.signed_in.account.id, id)
        .await?
        .ok_or(PageError::NotFound)?;
    audit::record(
        &mut tx,
        activity(&page, ActivityKind::TagDeleted, id, &label),
    )
    .await?;
    tx.commit().await?;
    Ok(saved())
}

fn saved() -> Response {
    Redirect::to("/settings/tags?saved=1").into_response()
}
