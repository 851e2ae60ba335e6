//! Settings > Subscription: the current plan and its expiry, the price of a change of
//! plan, the checkout form, the bank transfer pro-forma, and the sandbox payment pages
//! with their signed callback. Only the account owner may use any of it.
//!
//! A new checkout cancels the account's older pending payment, and the owner can cancel
//! it on the subscription page. The checkout's buyer details are validated as Settings >
//! Billing information validates them and saved there, so the invoice shows them. A
//! total of zero (the credit covers the price) is confirmed at once without a payment
//! system or an invoice. A rejected callback shows a translated page in the payer's
//! language, or, when the payment went through already (a double click), the
//! subscription page with its notice.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use dialback_domain::{
    ActivityKind, ActivitySource, BillingPeriod, Currency, Invalid, LimitName, Money, PaymentMethod,
};

use crate::AppState;
use crate::billing;
use crate::limits;
use crate::payments::confirm::{self, Confirmation, ConfirmedBy};
use crate::payments::invoices::PartySnapshot;
use crate::payments::plans::{self, Plan};
use crate::payments::storage::{self as payments, Checkout, NewPayment, Payment, PaymentState};
use crate::payments::subscription::{self, Quote, Subscription};
use crate::payments::systems::{self, CALLBACK_LIFETIME_SECONDS, Callback, CallbackRejection};
use crate::platform::audit::{self, Activity};
use crate::platform::clock::{from_micros, now_micros};
use crate::platform::display::Display;
use crate::platform::errors::{PageError, PageResult};
use crate::platform::forms::{FieldErrors, Form, Query, SelectField, SelectOption};
use crate::platform::i18n::Tr;
use crate::platform::page::{OwnerPage, PageContext, SignedInPage};

/// Formats an instant as a date in the user's time zone and date format.
pub fn date_of(display: &Display, micros: i64) -> String {
    let date = from_micros(micros)
        .to_zoned_datetime(display.timezone.zone().clone())
        .date();
    display.date(date)
}

/// Formats an invoice date: the day in the seller's time zone, the one the invoice's
/// number counts the year in, written in the user's date format.
pub fn invoice_date_of(display: &Display, state: &AppState, micros: i64) -> String {
    let date = from_micros(micros)
        .to_zoned_datetime(state.config.payments.seller_zone())
        .date();
    display.date(date)
}

fn period_label(tr: &Tr, period: BillingPeriod) -> String {
    tr.t(&format!("billing-period-{}", period.id()))
}

fn method_label(tr: &Tr, method: PaymentMethod) -> String {
    tr.t(&format!("payment-system-{}", method.id()))
}

fn price_or_dash(plan: &Plan, currency: Currency, period: BillingPeriod, tr: &Tr) -> String {
    plan.price(currency, period)
        .map_or_else(|| "–".to_owned(), |price| price.format(tr.language))
}

struct PlanRow {
    name: String,
    monthly: String,
    annual: String,
    limits: Vec<String>,
}

struct PendingRow {
    reference: String,
    plan: String,
    amount: String,
    method: String,
    created: String,
    url: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "settings/subscription.html")]
struct SubscriptionPage {
    ctx: PageContext,
    saved: bool,
    paid: bool,
    cancelled: bool,
    plan_name: String,
    period: Option<String>,
    expires: String,
    expired: bool,
    limit_labels: Vec<String>,
    plans: Vec<PlanRow>,
    plan_field: SelectField,
    period_field: SelectField,
    errors: FieldErrors,
    pending: Vec<PendingRow>,
}

/// Query of the subscription page.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct SubscriptionQuery {
    pub paid: Option<String>,
    pub saved: Option<String>,
    pub cancelled: Option<String>,
}

fn limit_labels(tr: &Tr) -> Vec<String> {
    LimitName::ALL
        .into_iter()
        .map(|limit| tr.t(&format!("limit-{}", limit.id())))
        .collect()
}

fn limit_values(tr: &Tr, limits: limits::Limits) -> Vec<String> {
    vec![
        limits.max_calls_in_progress.to_string(),
        tr.t_count("calls-duration", limits.max_conversation_duration),
        limits.scheduled_calls_per_timestamp.to_string(),
    ]
}

fn period_field(tr: &Tr, chosen: &str) -> SelectField {
    SelectField {
        name: "billing_period",
        label: tr.t("checkout-field-billing-period"),
        options: BillingPeriod::ALL
            .into_iter()
            .map(|p| SelectOption::new(p.id(), period_label(tr, p), p.id() == chosen))
            .collect(),
        disabled: false,
    }
}

async fn subscription_page(
    state: &AppState,
    page: &SignedInPage,
    chosen_plan: &str,
    chosen_period: &str,
    errors: FieldErrors,
    paid: bool,
) -> PageResult<SubscriptionPage> {
    let account = &page.signed_in.account;
    let mut conn = state.db.pool.acquire().await?;
    let current =
        subscription::current(&mut conn, account.id, state.config.payments.trial_days).await?;
    let offered = plans::offered(&mut conn).await?;
    let pending = payments::pending_for_account(&mut conn, account.id).await?;

    let tr = page.ctx.tr;
    let systems_offered = systems::offered(&state.config.payments);
    let plans = offered
        .iter()
        .map(|plan| PlanRow {
            name: plan.name.clone(),
            monthly: price_or_dash(plan, account.currency, BillingPeriod::Monthly, &tr),
            annual: price_or_dash(plan, account.currency, BillingPeriod::Annual, &tr),
            limits: limit_values(&tr, plan.limits),
        })
        .collect();
    let plan_field = SelectField {
        name: "plan",
        label: tr.t("checkout-field-plan"),
        options: offered
            .iter()
            .map(|plan| {
                let id = plan.id.to_string();
                let selected = id == chosen_plan;
                SelectOption::new(id, plan.name.clone(), selected)
            })
            .collect(),
        disabled: offered.is_empty(),
    };
    let plan_names: std::collections::HashMap<i64, String> = plans::all(&mut conn)
        .await?
        .into_iter()
        .map(|plan| (plan.id, plan.name))
        .collect();
    drop(conn);
    let pending = pending
        .iter()
        .filter(|payment| systems_offered.contains(&payment.method))
        .map(|payment| PendingRow {
            reference: payment.reference.clone(),
            plan: format!(
                "{} ({})",
                plan_names.get(&payment.plan_id).map_or("", String::as_str),
                period_label(&tr, payment.billing_period)
            ),
            amount: payment.gross.format(tr.language),
            method: method_label(&tr, payment.method),
            created: date_of(&page.display, payment.created_at),
            url: systems::system(&state.config.payments, payment.method)
                .map(|system| system.start_url(payment))
                .unwrap_or_default(),
        })
        .collect();
    Ok(SubscriptionPage {
        ctx: page.ctx.clone(),
        saved: false,
        paid,
        cancelled: false,
        // The trial plan's stored name is the operator's; owners read it in their language.
        plan_name: if current.is_trial() {
            tr.t("subscription-trial-plan")
        } else {
            current.plan.name.clone()
        },
        period: current.billing_period.map(|p| period_label(&tr, p)),
        expires: date_of(&page.display, current.expires_at),
        expired: current.expires_at <= now_micros(),
        limit_labels: limit_labels(&tr),
        plans,
        plan_field,
        period_field: period_field(&tr, chosen_period),
        errors,
        pending,
    })
}

/// Shows the current plan, the plans on offer and the form to change plan.
pub async fn show(
    State(state): State<AppState>,
    OwnerPage(page): OwnerPage,
    Query(query): Query<SubscriptionQuery>,
) -> PageResult {
    let view = subscription_page(
        &state,
        &page,
        "",
        BillingPeriod::Monthly.id(),
        FieldErrors::default(),
        query.paid.is_some(),
    )
    .await?;
    Ok(SubscriptionPage {
        cancelled: query.cancelled.is_some(),
        ..view
    }
    .into_response())
}

/// The checkout form's fields.
#[derive(Debug, Default, Clone, serde::Deserialize)]
#[serde(default)]
pub struct CheckoutForm {
    pub plan: String,
    pub billing_period: String,
    pub payment_system: String,
    pub full_name: String,
    pub company_name: String,
    pub tax_id: String,
    pub country: String,
    pub city: String,
    pub address: String,
    pub zip_code: String,
    pub confirm_downgrade: String,
}

struct ExcessRow {
    limit: String,
    current: String,
    new: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "settings/checkout.html")]
struct CheckoutPage {
    ctx: PageContext,
    saved: bool,
    plan_name: String,
    period: String,
    price: String,
    credit: Option<String>,
    surplus: Option<String>,
    new_expiry: String,
    net: String,
    vat_label: String,
    vat: String,
    gross: String,
    excess: Vec<ExcessRow>,
    form: CheckoutForm,
    method_field: SelectField,
    country_field: SelectField,
    errors: FieldErrors,
}

/// Chooses the plan and billing period named by a form, or records why not.
async fn chosen(
    state: &AppState,
    page: &SignedInPage,
    form: &CheckoutForm,
    errors: &mut FieldErrors,
) -> PageResult<Option<(Quote, Subscription)>> {
    let tr = page.ctx.tr;
    let account = &page.signed_in.account;
    let period = errors.check(
        &tr,
        "billing_period",
        BillingPeriod::parse(&form.billing_period),
    );
    let mut conn = state.db.pool.acquire().await?;
    let plan = match form.plan.trim().parse::<i64>() {
        Ok(id) => plans::offered(&mut conn)
            .await?
            .into_iter()
            .find(|plan| plan.id == id),
        Err(_) => None,
    };
    let Some(plan) = plan else {
        errors.add(&tr, "plan", Invalid::new("error-plan-unknown"));
        return Ok(None);
    };
    let Some(period) = period else {
        return Ok(None);
    };
    let current =
        subscription::current(&mut conn, account.id, state.config.payments.trial_days).await?;
    let current_limits =
        limits::for_account(&mut conn, account.id, state.config.default_limits()).await?;
    let granted = subscription::with_coupons(&mut conn, account.id, plan.limits).await?;
    drop(conn);
    match subscription::quote(
        &current,
        current_limits,
        granted,
        &plan,
        period,
        account.currency,
        state.config.payments.vat_rate,
        now_micros(),
    ) {
        Ok(quote) => Ok(Some((quote, current))),
        Err(error) => {
            errors.add(&tr, "plan", error);
            Ok(None)
        }
    }
}

fn checkout_page(
    state: &AppState,
    page: &SignedInPage,
    quote: &Quote,
    form: CheckoutForm,
    errors: FieldErrors,
) -> CheckoutPage {
    let tr = page.ctx.tr;
    let language = tr.language;
    let offered = systems::offered(&state.config.payments);
    let chosen_method = if form.payment_system.is_empty() {
        offered.first().map_or("", |m| m.id())
    } else {
        form.payment_system.as_str()
    };
    let method_field = SelectField {
        name: "payment_system",
        label: tr.t("checkout-field-payment-system"),
        options: offered
            .iter()
            .map(|m| SelectOption::new(m.id(), method_label(&tr, *m), m.id() == chosen_method))
            .collect(),
        disabled: false,
    };
    let excess = quote
        .excess
        .iter()
        .map(|excess| {
            let show = |value: i64| match excess.limit {
                LimitName::MaxConversationDuration => tr.t_count("calls-duration", value),
                _ => value.to_string(),
            };
            ExcessRow {
                limit: tr.t(&format!("limit-{}", excess.limit.id())),
                current: show(excess.current),
                new: show(excess.new),
            }
        })
        .collect();
    let _ = state;
    CheckoutPage {
        ctx: page.ctx.clone(),
        saved: false,
        plan_name: quote.plan.name.clone(),
        period: period_label(&tr, quote.period),
        price: quote.price.format(language),
        credit: (!quote.credit.amount.is_zero()).then(|| quote.credit.format(language)),
        surplus: (!quote.surplus.amount.is_zero()).then(|| {
            tr.t_with(
                "checkout-credit-surplus",
                "amount",
                &quote.surplus.format(language),
            )
        }),
        new_expiry: date_of(&page.display, quote.expires_at),
        net: quote.net.format(language),
        vat_label: tr.t_with(
            "checkout-vat",
            "rate",
            &quote.vat_rate.normalize().to_string(),
        ),
        vat: quote.vat.format(language),
        gross: quote.gross.format(language),
        excess,
        country_field: crate::settings::billing::country_select(&tr, &form.country),
        form,
        method_field,
        errors,
    }
}

/// Prefills the checkout form from the account's billing information, else from its
/// latest checkout; the full name falls back to the owner's name.
async fn prefilled(
    state: &AppState,
    page: &SignedInPage,
    form: &mut CheckoutForm,
) -> PageResult<()> {
    let account_id = page.signed_in.account.id;
    let mut conn = state.db.pool.acquire().await?;
    let billing = billing::storage::current(&mut conn, account_id).await?;
    let last = payments::latest_for_account(&mut conn, account_id).await?;
    drop(conn);

    let mut details = last.map(|payment| payment.checkout).unwrap_or_default();
    if let Some(info) = billing {
        details.company_name = info.company_name;
        details.tax_id = info.tax_id;
        details.country = info.country;
        details.city = info.city;
        details.address = info.address;
        details.zip_code = info.zip_code;
    }
    form.full_name = if details.full_name.is_empty() {
        page.signed_in.user.name.clone()
    } else {
        details.full_name
    };
    form.company_name = details.company_name;
    form.tax_id = details.tax_id;
    form.country = details.country;
    form.city = details.city;
    form.address = details.address;
    form.zip_code = details.zip_code;
    Ok(())
}

/// Shows the price of the chosen plan and period, what a downgrade takes away, and the
/// checkout form.
pub async fn checkout(
    State(state): State<AppState>,
    OwnerPage(page): OwnerPage,
    Query(mut form): Query<CheckoutForm>,
) -> PageResult {
    let mut errors = FieldErrors::default();
    let Some((quote, _)) = chosen(&state, &page, &form, &mut errors).await? else {
        let view = subscription_page(
            &state,
            &page,
            &form.plan,
            &form.billing_period,
            errors,
            false,
        )
        .await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, view).into_response());
    };
    prefilled(&state, &page, &mut form).await?;
    Ok(checkout_page(&state, &page, &quote, form, FieldErrors::default()).into_response())
}

/// Checks the buyer's details as Settings > Billing information checks them (a private
/// buyer's name stands in for the company name there), plus the checkout's own rules.
/// Returns the details, the billing information to save, and the field errors.
fn parse_checkout(
    tr: &Tr,
    form: &CheckoutForm,
) -> (Checkout, Option<billing::storage::BillingInfo>, FieldErrors) {
    let text = |value: &str| value.trim().to_owned();
    let full_name = text(&form.full_name);
    let company_name = text(&form.company_name);
    let billing_form = crate::settings::billing::BillingForm {
        company_name: if company_name.is_empty() {
            full_name.clone()
        } else {
            company_name.clone()
        },
        country: text(&form.country),
        address: form.address.clone(),
        tax_id: form.tax_id.clone(),
        city: form.city.clone(),
        zip_code: form.zip_code.clone(),
    };
    let (info, mut errors) = match crate::settings::billing::validate(tr, &billing_form) {
        Ok(info) => (Some(info), FieldErrors::default()),
        Err(errors) => (None, errors),
    };
    let count = full_name.chars().count();
    if count == 0 || count > 200 {
        errors.add(tr, "full_name", Invalid::new("error-checkout-required"));
    }
    if !company_name.is_empty() && form.tax_id.trim().is_empty() {
        errors.add(tr, "tax_id", Invalid::new("error-checkout-tax-id-required"));
    }
    let checkout = match &info {
        Some(info) => Checkout {
            full_name,
            company_name,
            tax_id: info.tax_id.clone(),
            country: info.country.clone(),
            city: info.city.clone(),
            address: info.address.clone(),
            zip_code: info.zip_code.clone(),
        },
        None => Checkout::default(),
    };
    (checkout, info, errors)
}

/// Stores a pending payment for the chosen plan and sends the owner to pay it.
pub async fn start_payment(
    State(state): State<AppState>,
    OwnerPage(page): OwnerPage,
    Form(form): Form<CheckoutForm>,
) -> PageResult {
    let tr = page.ctx.tr;
    let account_id = page.signed_in.account.id;
    let mut errors = FieldErrors::default();
    let Some((quote, _)) = chosen(&state, &page, &form, &mut errors).await? else {
        let view = subscription_page(
            &state,
            &page,
            &form.plan,
            &form.billing_period,
            errors,
            false,
        )
        .await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, view).into_response());
    };
    let (checkout, billing_info, mut errors) = parse_checkout(&tr, &form);
    let free = quote.gross.amount.is_zero();
    let method = errors.check(
        &tr,
        "payment_system",
        PaymentMethod::parse(&form.payment_system),
    );
    let system = method.and_then(|m| systems::system(&state.config.payments, m));
    if method.is_some() && system.is_none() {
        errors.add(
            &tr,
            "payment_system",
            Invalid::new("error-payment-system-unknown"),
        );
    }
    if !quote.excess.is_empty() && form.confirm_downgrade != "1" {
        errors.add(
            &tr,
            "confirm_downgrade",
            Invalid::new("error-checkout-confirm-downgrade"),
        );
    }
    let (Some(system), Some(billing_info), true) = (system, billing_info, errors.is_empty()) else {
        let view = checkout_page(&state, &page, &quote, form, errors);
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, view).into_response());
    };

    let user_id = page.signed_in.user.id;
    let mut tx = state.db.begin().await?;
    limits::lock_account(&mut tx, account_id).await?;
    let previous = billing::storage::current(&mut tx, account_id).await?;
    let changed = crate::settings::billing::changed_fields(previous.as_ref(), &billing_info);
    if !changed.is_empty() {
        billing::storage::save(&mut tx, account_id, &billing_info).await?;
        let entry = Activity::new(
            account_id,
            Some(user_id),
            ActivityKind::BillingInfoChanged,
            ActivitySource::Web,
        )
        .ip(page.ctx.client_ip)
        .details(serde_json::json!({ "changed": changed }));
        audit::record(&mut tx, entry).await?;
    }
    let replaced = payments::cancel_pending(&mut tx, account_id).await?;
    for reference in replaced {
        let entry = Activity::new(
            account_id,
            Some(user_id),
            ActivityKind::PaymentCancelled,
            ActivitySource::Web,
        )
        .ip(page.ctx.client_ip)
        .details(serde_json::json!({ "reference": reference, "reason": "replaced" }));
        audit::record(&mut tx, entry).await?;
    }
    let payment = payments::create(
        &mut tx,
        &NewPayment {
            account_id,
            user_id: page.signed_in.user.id,
            plan_id: quote.plan.id,
            billing_period: quote.period,
            method: system.method(),
            price: quote.price,
            credit: quote.credit,
            net: quote.net,
            vat_rate: quote.vat_rate,
            vat: quote.vat,
            gross: quote.gross,
            checkout,
            seller: PartySnapshot::seller(&state.config.payments),
        },
    )
    .await?;
    let entry = Activity::new(
        account_id,
        Some(page.signed_in.user.id),
        ActivityKind::PaymentStarted,
        ActivitySource::Web,
    )
    .ip(page.ctx.client_ip)
    .details(serde_json::json!({
        "reference": payment.reference,
        "plan": quote.plan.name,
        "billing_period": quote.period.id(),
        "payment_system": system.method().id(),
        "amount": payment.gross.to_storage(),
        "currency": payment.gross.currency.code(),
    }));
    audit::record(&mut tx, entry).await?;
    if free {
        let by = ConfirmedBy {
            source: ActivitySource::Web,
            user_id: Some(user_id),
        };
        confirm::confirm(
            &mut tx,
            &state.config.payments,
            &payment,
            "credit",
            by,
            now_micros(),
        )
        .await?;
        tx.commit().await?;
        return Ok(Redirect::to("/settings/subscription?paid=1").into_response());
    }
    tx.commit().await?;
    Ok(Redirect::to(&system.start_url(&payment)).into_response())
}

/// Cancels a pending payment of the account; it can no longer be confirmed.
pub async fn cancel_payment(
    State(state): State<AppState>,
    OwnerPage(page): OwnerPage,
    Path(reference): Path<String>,
    Form(_): Form<CancelForm>,
) -> PageResult {
    let payment = own_payment(&state, &page, &reference).await?;
    let mut tx = state.db.begin().await?;
    limits::lock_account(&mut tx, payment.account_id).await?;
    if payments::cancel(&mut tx, payment.account_id, payment.id).await? {
        let entry = Activity::new(
            payment.account_id,
            Some(page.signed_in.user.id),
            ActivityKind::PaymentCancelled,
            ActivitySource::Web,
        )
        .ip(page.ctx.client_ip)
        .details(serde_json::json!({ "reference": payment.reference, "reason": "owner" }));
        audit::record(&mut tx, entry).await?;
        tx.commit().await?;
    }
    Ok(Redirect::to("/settings/subscription?cancelled=1").into_response())
}

/// The cancel button's form: only its CSRF token, which the extractor checks.
#[derive(Debug, Default, serde::Deserialize)]
pub struct CancelForm {}

/// Finds a payment of the signed-in account by reference, or returns 404.
async fn own_payment(
    state: &AppState,
    page: &SignedInPage,
    reference: &str,
) -> PageResult<Payment> {
    let mut conn = state.db.pool.acquire().await?;
    payments::find_by_reference(&mut conn, reference)
        .await?
        .filter(|payment| payment.account_id == page.signed_in.account.id)
        .ok_or(PageError::NotFound)
}

#[derive(Template, WebTemplate)]
#[template(path = "settings/proforma.html")]
struct ProformaPage {
    ctx: PageContext,
    saved: bool,
    reference: String,
    plan_name: String,
    period: String,
    net: String,
    vat: String,
    gross: String,
    seller_name: String,
    seller_address: Vec<String>,
    bank_name: String,
    bank_account: String,
    created: String,
    confirmed: bool,
    cancelled: bool,
}

/// Shows the pro-forma of a bank transfer: what to pay, to whom, with which reference.
pub async fn proforma(
    State(state): State<AppState>,
    OwnerPage(page): OwnerPage,
    Path(reference): Path<String>,
) -> PageResult {
    let payment = own_payment(&state, &page, &reference).await?;
    let mut conn = state.db.pool.acquire().await?;
    let plan_name = plans::find(&mut conn, payment.plan_id)
        .await?
        .map(|plan| plan.name)
        .unwrap_or_default();
    drop(conn);
    let tr = page.ctx.tr;
    let settings = &state.config.payments;
    let seller = payment
        .seller
        .clone()
        .filter(|seller| !seller.name.is_empty())
        .unwrap_or_else(|| PartySnapshot::seller(settings));
    Ok(ProformaPage {
        ctx: page.ctx.clone(),
        saved: false,
        reference: payment.reference.clone(),
        plan_name,
        period: period_label(&tr, payment.billing_period),
        net: payment.net.format(tr.language),
        vat: payment.vat.format(tr.language),
        gross: payment.gross.format(tr.language),
        seller_name: seller.name,
        seller_address: seller.address_lines,
        bank_name: settings.bank_name.clone(),
        bank_account: settings.bank_account.clone(),
        created: date_of(&page.display, payment.created_at),
        confirmed: payment.state == PaymentState::Confirmed,
        cancelled: payment.state == PaymentState::Cancelled,
    }
    .into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "payments/sandbox.html")]
struct SandboxPage {
    ctx: PageContext,
    system: String,
    amount: String,
    reference: String,
    confirmed: bool,
    cancelled: bool,
    callback: Callback,
}

/// Shows the sandbox's confirmation page in place of PayPal's or DotPay's site. Its
/// button sends the payer back with a callback signed as the provider would sign it.
pub async fn sandbox_page(
    State(state): State<AppState>,
    OwnerPage(page): OwnerPage,
    Path(reference): Path<String>,
) -> PageResult {
    let payment = own_payment(&state, &page, &reference).await?;
    let Some(sandbox) = systems::sandbox(&state.config.payments, payment.method) else {
        return Err(PageError::NotFound);
    };
    let mut callback = Callback {
        reference: payment.reference.clone(),
        amount: payment.gross.to_storage(),
        currency: payment.gross.currency.code().to_owned(),
        transaction_id: format!("SBX-{}", hex::encode_upper(rand::random::<[u8; 8]>())),
        nonce: hex::encode(rand::random::<[u8; 16]>()),
        timestamp: now_micros() / 1_000_000,
        signature: String::new(),
    };
    callback.signature = sandbox.sign(&callback);
    let tr = page.ctx.tr;
    Ok(SandboxPage {
        system: method_label(&tr, payment.method),
        amount: payment.gross.format(tr.language),
        reference: payment.reference.clone(),
        confirmed: payment.state == PaymentState::Confirmed,
        cancelled: payment.state == PaymentState::Cancelled,
        callback,
        ctx: page.ctx,
    }
    .into_response())
}

/// Receives a sandbox callback: checks signature, amount, age and nonce, then confirms
/// the payment. A rejected callback changes nothing, and is logged and recorded.
pub async fn sandbox_callback(
    State(state): State<AppState>,
    ctx: PageContext,
    Form(callback): Form<Callback>,
) -> PageResult {
    let now = now_micros();
    let mut conn = state.db.pool.acquire().await?;
    let payment = payments::find_by_reference(&mut conn, callback.reference.trim()).await?;
    drop(conn);
    let Some(payment) = payment else {
        tracing::warn!(
            payment.reference = %callback.reference,
            reason = CallbackRejection::UnknownPayment.id(),
            "payment callback rejected"
        );
        return Ok(rejected_page(ctx, CallbackRejection::UnknownPayment));
    };
    let settings = &state.config.payments;
    let checked = match systems::system(settings, payment.method) {
        Some(system) => system.verify(&callback),
        None => Err(CallbackRejection::WrongSystem),
    }
    .and_then(|()| {
        let currency_matches = callback.currency == payment.gross.currency.code();
        let amount = Money::from_storage(&callback.amount, payment.gross.currency);
        if !currency_matches || amount.map(|a| a.amount) != Ok(payment.gross.amount) {
            return Err(CallbackRejection::WrongAmount);
        }
        let age = now / 1_000_000 - callback.timestamp;
        if !(-60..=CALLBACK_LIFETIME_SECONDS).contains(&age) {
            return Err(CallbackRejection::Expired);
        }
        Ok(())
    });
    let checked = if payment.state == PaymentState::Cancelled {
        checked.and(Err(CallbackRejection::Cancelled))
    } else {
        checked
    };
    if let Err(reason) = checked {
        return reject(&state, ctx, &payment, &callback, reason).await;
    }

    let mut tx = state.db.begin().await?;
    if !payments::remember_nonce(&mut tx, payment.id, &callback.nonce, now).await? {
        drop(tx);
        return reject(
            &state,
            ctx,
            &payment,
            &callback,
            CallbackRejection::Replayed,
        )
        .await;
    }
    let by = ConfirmedBy {
        source: ActivitySource::System,
        user_id: None,
    };
    let outcome = confirm::confirm(
        &mut tx,
        settings,
        &payment,
        callback.transaction_id.trim(),
        by,
        now,
    )
    .await?;
    tx.commit().await?;
    match outcome {
        Confirmation::Confirmed(_) | Confirmation::ConfirmedWithoutInvoice => {}
        Confirmation::AlreadyConfirmed => {
            tracing::info!(payment.reference = %payment.reference, "payment callback for a confirmed payment");
        }
        Confirmation::Cancelled | Confirmation::TransactionIdUsed(_) => {
            let reason = CallbackRejection::Cancelled;
            return reject(&state, ctx, &payment, &callback, reason).await;
        }
    }
    Ok(Redirect::to("/settings/subscription?paid=1").into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "payments/rejected.html")]
struct RejectedPage {
    ctx: PageContext,
    message: String,
}

/// The translated page of a rejected callback, in the payer's language.
fn rejected_page(ctx: PageContext, reason: CallbackRejection) -> axum::response::Response {
    let message = ctx.t(&format!(
        "payment-rejected-{}",
        reason.id().replace('_', "-")
    ));
    (StatusCode::BAD_REQUEST, RejectedPage { ctx, message }).into_response()
}

/// Speaks the language of the user who started the payment, since the callback arrives
/// without a session.
async fn payer_context(
    state: &AppState,
    mut ctx: PageContext,
    payment: &Payment,
) -> PageResult<PageContext> {
    let Some(user_id) = payment.user_id else {
        return Ok(ctx);
    };
    let mut conn = state.db.pool.acquire().await?;
    let language: Option<String> =
        sqlx::query_scalar("SELECT interface_language FROM users WHERE id = $1")
            .bind(user_id)
            .fetch_optional(&mut *conn)
            .await?;
    if let Some(language) = language.and_then(|tag| dialback_domain::Language::parse(&tag).ok()) {
        ctx.tr = Tr::new(language);
    }
    Ok(ctx)
}

/// Logs and records a rejected callback. When the payment is confirmed anyway (the
/// second request of a double click), sends the payer to the subscription page with its
/// notice; otherwise answers 400 with a translated explanation.
async fn reject(
    state: &AppState,
    ctx: PageContext,
    payment: &Payment,
    callback: &Callback,
    reason: CallbackRejection,
) -> PageResult {
    tracing::warn!(
        account.id = payment.account_id,
        payment.reference = %payment.reference,
        reason = reason.id(),
        "payment callback rejected"
    );
    let mut tx = state.db.begin().await?;
    let entry = Activity::new(
        payment.account_id,
        None,
        ActivityKind::PaymentCallbackRejected,
        ActivitySource::System,
    )
    .details(serde_json::json!({
        "reference": payment.reference,
        "reason": reason.id(),
        "amount": callback.amount,
        "currency": callback.currency,
        "transaction_id": callback.transaction_id,
    }));
    audit::record(&mut tx, entry).await?;
    tx.commit().await?;
    let mut conn = state.db.pool.acquire().await?;
    let now_state = payments::find(&mut conn, payment.id)
        .await?
        .map(|payment| payment.state);
    drop(conn);
    if now_state == Some(PaymentState::Confirmed) {
        return Ok(Redirect::to("/settings/subscription?paid=1").into_response());
    }
    let ctx = payer_context(state, ctx, payment).await?;
    Ok(rejected_page(ctx, reason))
}
