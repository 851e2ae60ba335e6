//! Settings > Caller IDs: every number ever added to the account, with its verification.
//! A code goes out by SMS or voice call through the telephony driver; typing it in
//! verifies the number, and deleting the number cancels the verification.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use dialback_domain::{ActivityKind, ActivitySource, PhoneNumber};

use super::list_page::{ListPage, ListRow, RowAction};
use crate::AppState;
use crate::caller_ids::{self, CodeCheck};
use crate::platform::audit::{self, Activity};
use crate::platform::errors::{PageError, PageResult};
use crate::platform::forms::PathId;
use crate::platform::forms::{FieldErrors, Form, Query};
use crate::platform::i18n::Tr;
use crate::platform::page::SignedInPage;
use crate::settings::SavedQuery;

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct SendForm {
    /// `sms` or `voice`.
    pub channel: String,
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct CodeForm {
    pub code: String,
}

async fn page_with(
    state: &AppState,
    page: SignedInPage,
    errors: FieldErrors,
    saved: bool,
) -> PageResult<ListPage> {
    let mut conn = state.db.pool.acquire().await?;
    let entries = caller_ids::list(&mut conn, page.signed_in.account.id).await?;
    let ctx = page.ctx;
    let now = crate::platform::clock::now_micros();
    let rows = entries
        .into_iter()
        .map(|entry| {
            let verified = entry.verified_at.map_or_else(
                || ctx.t("caller-ids-not-verified"),
                |at| page.display.datetime(at),
            );
            let mut actions = Vec::new();
            if entry.verified_at.is_none() {
                for channel in ["sms", "voice"] {
                    let mut send = RowAction::new(
                        format!("/settings/caller-ids/{}/send", entry.id),
                        ctx.t(&format!("caller-ids-send-{channel}")),
                    );
                    send.hidden = vec![("channel".to_owned(), channel.to_owned())];
                    actions.push(send);
                }
                if entry.code_expires_at.is_some_and(|expiry| expiry > now) {
                    let mut confirm = RowAction::new(
                        format!("/settings/caller-ids/{}/verify", entry.id),
                        ctx.t("caller-ids-verify"),
                    );
                    confirm.input = Some(("code".to_owned(), ctx.t("field-caller-id-code")));
                    actions.push(confirm);
                }
            }
            actions.push(
                RowAction::new(
                    format!("/settings/caller-ids/{}/delete", entry.id),
                    ctx.t("action-remove"),
                )
                .danger(),
            );
            let number = PhoneNumber::from_e164(&entry.phone_e164)
                .map_or(entry.phone_e164.clone(), |p| p.international());
            ListRow {
                id: entry.id,
                cells: vec![entry.id.to_string(), number, verified],
                actions,
            }
        })
        .collect();
    Ok(ListPage {
        saved,
        title: ctx.t("caller-ids-title"),
        intro: ctx.t("caller-ids-intro"),
        empty: ctx.t("caller-ids-empty"),
        columns: vec![
            "ID".to_owned(),
            ctx.t("field-phone-number"),
            ctx.t("caller-ids-col-verified"),
        ],
        rows,
        errors,
        fields: Vec::new(),
        add_heading: String::new(),
        add_action: "/settings/caller-ids",
        add_label: String::new(),
        ctx,
    })
}

/// Shows the caller IDs.
pub async fn show(
    State(state): State<AppState>,
    page: SignedInPage,
    Query(query): Query<SavedQuery>,
) -> PageResult {
    Ok(
        page_with(&state, page, FieldErrors::default(), query.is_saved())
            .await?
            .into_response(),
    )
}

fn activity(
    page: &SignedInPage,
    kind: ActivityKind,
    id: i64,
    number: &str,
    channel: Option<&str>,
) -> Activity {
    Activity::new(
        page.signed_in.account.id,
        Some(page.signed_in.user.id),
        kind,
        ActivitySource::Web,
    )
    .ip(page.ctx.client_ip)
    .details(serde_json::json!({ "caller_id": id, "phone_number": number, "channel": channel }))
}

/// Sends a new verification code by SMS or voice call.
pub async fn send(
    State(state): State<AppState>,
    page: SignedInPage,
    PathId(id): PathId<i64>,
    Form(form): Form<SendForm>,
) -> PageResult {
    let account_id = page.signed_in.account.id;
    let channel = match form.channel.as_str() {
        "sms" | "voice" => form.channel.clone(),
        _ => return Err(PageError::BadRequest),
    };
    let mut tx = state.db.begin().await?;
    let entry = caller_ids::find(&mut tx, account_id, id)
        .await?
        .ok_or(PageError::NotFound)?;
    let code = caller_ids::new_code(&mut tx, account_id, id).await?;
    audit::record(
        &mut tx,
        activity(
            &page,
            ActivityKind::CallerIdVerificationSent,
            id,
            &entry.phone_e164,
            Some(&channel),
        ),
    )
    .await?;
    tx.commit().await?;

    // The code is read or spoken in the SMS language of the user who asked for it.
    let text =
        Tr::new(page.signed_in.user.sms_language).t_with("caller-ids-code-message", "code", &code);
    let purpose = if channel == "sms" {
        "caller-id.code-sms"
    } else {
        "caller-id.code-voice"
    };
    if channel == "voice" {
        // The simulator cannot speak; it rings the number, and the outbox keeps the spoken text.
        let leg = dialback_telephony::Leg {
            to: entry.phone_e164.clone(),
            caller_id: None,
        };
        let outcome = state.telephony.dial(&leg).await;
        tracing::info!(caller_id = id, ?outcome, "verification call placed");
    }
    crate::telephony::send_sms(
        &state.db.pool,
        state.telephony.as_ref(),
        Some(account_id),
        &entry.phone_e164,
        &text,
        purpose,
    )
    .await;
    Ok(Redirect::to("/settings/caller-ids?saved=1").into_response())
}

/// Checks a typed code.
pub async fn verify(
    State(state): State<AppState>,
    page: SignedInPage,
    PathId(id): PathId<i64>,
    Form(form): Form<CodeForm>,
) -> PageResult {
    let account_id = page.signed_in.account.id;
    let mut tx = state.db.begin().await?;
    let entry = caller_ids::find(&mut tx, account_id, id)
        .await?
        .ok_or(PageError::NotFound)?;
    let outcome = caller_ids::check_code(&mut tx, account_id, id, &form.code).await?;
    if outcome == CodeCheck::Verified {
        audit::record(
            &mut tx,
            activity(
                &page,
                ActivityKind::CallerIdVerified,
                id,
                &entry.phone_e164,
                None,
            ),
        )
        .await?;
    }
    tx.commit().await?;
    let message = match outcome {
        CodeCheck::Verified => {
            return Ok(Redirect::to("/settings/caller-ids?saved=1").into_response());
        }
        CodeCheck::Wrong => "error-code-wrong",
        CodeCheck::Expired | CodeCheck::NoCode => "error-code-expired",
        CodeCheck::TooManyAttempts => "error-code-attempts",
    };
    let mut errors = FieldErrors::default();
    errors.add_message("row", page.ctx.t(message));
    Ok((
        StatusCode::UNPROCESSABLE_ENTITY,
        page_with(&state, page, errors, false).await?,
    )
        .into_response())
}

/// Deletes a caller ID, cancelling its verification.
pub async fn delete(
    State(state): State<AppState>,
    page: SignedInPage,
    PathId(id): PathId<i64>,
) -> PageResult {
    let account_id = page.signed_in.account.id;
    let mut tx = state.db.begin().await?;
    let number = caller_ids::delete(&mut tx, account_id, id)
        .await?
        .ok_or(PageError::NotFound)?;
    audit::record(
        &mut tx,
        activity(&page, ActivityKind::CallerIdDeleted, id, &number, None),
    )
    .await?;
    tx.commit().await?;
    Ok(Redirect::to("/settings/caller-ids?saved=1").into_response())
}
