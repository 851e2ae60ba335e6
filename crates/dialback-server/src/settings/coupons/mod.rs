//! Settings > Coupons: the owner applies a code. The page lists the codes the account
//! redeemed, with the limit increase each gave and the date it was applied.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use dialback_domain::LimitName;

use crate::AppState;
use crate::coupons::{self, RedeemError, Redeemer};
use crate::platform::errors::PageResult;
use crate::platform::forms::{FieldErrors, Form, Query};
use crate::platform::i18n::Tr;
use crate::platform::page::{OwnerPage, PageContext};
use crate::settings::SavedQuery;

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct CouponForm {
    pub code: String,
}

struct RedemptionRow {
    code: String,
    increase: String,
    applied: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "settings/coupons.html")]
struct CouponsPage {
    ctx: PageContext,
    saved: bool,
    errors: FieldErrors,
    code: String,
    rows: Vec<RedemptionRow>,
}

/// Describes a limit increase for the page, such as "Calls in progress at once: +5".
pub fn describe_increase(tr: &Tr, limit: LimitName, increase: i64) -> String {
    let amount = match limit {
        LimitName::MaxConversationDuration => tr.t_count("calls-duration", increase),
        _ => increase.to_string(),
    };
    tr.t_args(
        "coupons-increase",
        &[
            ("limit", tr.t(&format!("limit-{}", limit.id())).into()),
            ("amount", amount.into()),
        ],
    )
}

async fn render(
    state: &AppState,
    page: OwnerPage,
    code: String,
    errors: FieldErrors,
    saved: bool,
) -> PageResult<CouponsPage> {
    let page = page.0;
    let mut conn = state.db.pool.acquire().await?;
    let redeemed = coupons::redemptions_for(&mut conn, page.signed_in.account.id).await?;
    drop(conn);

    let tr = page.ctx.tr;
    let rows = redeemed
        .into_iter()
        .map(|r| RedemptionRow {
            increase: describe_increase(&tr, r.limit, r.increase),
            applied: page.display.datetime(r.created_at),
            code: r.code,
        })
        .collect();
    Ok(CouponsPage {
        ctx: page.ctx,
        saved,
        errors,
        code,
        rows,
    })
}

/// Shows the form and the codes the account redeemed.
pub async fn show(
    State(state): State<AppState>,
    page: OwnerPage,
    Query(query): Query<SavedQuery>,
) -> PageResult {
    Ok(render(
        &state,
        page,
        String::new(),
        FieldErrors::default(),
        query.is_saved(),
    )
    .await?
    .into_response())
}

/// Applies a code; a failure re-renders the form with the reason beside the field.
pub async fn apply(
    State(state): State<AppState>,
    page: OwnerPage,
    Form(form): Form<CouponForm>,
) -> PageResult {
    let tr = page.0.ctx.tr;
    let redeemer = Redeemer {
        account_id: page.0.signed_in.account.id,
        user_id: page.0.signed_in.user.id,
        ip: page.0.ctx.client_ip.to_string(),
    };
    let defaults = state.config.default_limits();

    let error = match coupons::redeem(&state.db, &redeemer, &form.code, defaults).await? {
        Ok(_) => return Ok(Redirect::to("/settings/coupons?saved=1").into_response()),
        Err(error) => error,
    };

    let mut errors = FieldErrors::default();
    let (message, status) = match error {
        RedeemError::Throttled(minutes) => (
            tr.t_count(error.message_id(), minutes),
            StatusCode::TOO_MANY_REQUESTS,
        ),
        _ => (tr.t(error.message_id()), StatusCode::UNPROCESSABLE_ENTITY),
    };
    errors.add_message("code", message);
    let page = render(&state, page, form.code, errors, false).await?;
    Ok((status, page).into_response())
}
