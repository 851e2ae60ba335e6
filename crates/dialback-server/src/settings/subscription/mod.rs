//! Settings > Subscription: the current plan and its expiry, the price of a change of
//! plan, the checkout form, the bank transfer pro-forma, and the sandbox payment pages
//! with their signed callback. Only the account owner may use any of it.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use dialback_domain::{
    ActivityKind, ActivitySource, BillingPeriod, Currency, Invalid, LimitName, Money,
    PaymentMethod, TaxId,
};

use crate::AppState;
use crate::billing;
use crate::limits;
use crate::payments::confirm::{self, Confirmation, ConfirmedBy};
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
    amount: String,
    method: String,
    url: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "settings/subscription.html")]
struct SubscriptionPage {
    ctx: PageContext,
    saved: bool,
    paid: bool,
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
    drop(conn);

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
    let pending = pending
        .iter()
        .filter(|payment| systems_offered.contains(&payment.method))
        .map(|payment| PendingRow {
            reference: payment.reference.clone(),
            amount: payment.gross.format(tr.language),
            method: method_label(&tr, payment.method),
            url: systems::system(&state.config.payments, payment.method)
                .map(|system| system.start_url(payment))
                .unwrap_or_default(),
        })
        .collect();
    Ok(SubscriptionPage {
        ctx: page.ctx.clone(),
        saved: false,
        paid,
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
    Ok(view.into_response())
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
    net: String,
    vat_label: String,
    vat: String,
    gross: String,
    excess: Vec<ExcessRow>,
    form: CheckoutForm,
    method_field: SelectField,
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
        net: quote.net.format(language),
        vat_label: tr.t_with(
            "checkout-vat",
            "rate",
            &quote.vat_rate.normalize().to_string(),
        ),
        vat: quote.vat.format(language),
        gross: quote.gross.format(language),
        excess,
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

/// Checks the buyer's details, recording an error per invalid field.
fn parse_checkout(tr: &Tr, form: &CheckoutForm, errors: &mut FieldErrors) -> Checkout {
    let text = |value: &str| value.trim().to_owned();
    let mut required = |field: &'static str, value: &str, max: usize| {
        let count = value.trim().chars().count();
        if count == 0 || count > max {
            errors.add(tr, field, Invalid::new("error-checkout-required"));
        }
    };
    required("full_name", &form.full_name, 200);
    required("city", &form.city, 100);
    required("address", &form.address, 200);
    required("zip_code", &form.zip_code, 20);
    let country = form.country.trim().to_ascii_uppercase();
    if country.len() != 2 || !country.chars().all(|c| c.is_ascii_alphabetic()) {
        errors.add(tr, "country", Invalid::new("error-checkout-country"));
    }
    let company_name = text(&form.company_name);
    if company_name.chars().count() > 200 {
        errors.add(tr, "company_name", Invalid::new("error-checkout-required"));
    }
    let mut tax_id = text(&form.tax_id);
    if !company_name.is_empty() && tax_id.is_empty() {
        errors.add(tr, "tax_id", Invalid::new("error-checkout-tax-id-required"));
    } else if !tax_id.is_empty() {
        match TaxId::parse(&country, &tax_id) {
            Ok(parsed) => tax_id = parsed.display(),
            Err(error) => errors.add(tr, "tax_id", error),
        }
    }
    Checkout {
        full_name: text(&form.full_name),
        company_name,
        tax_id,
        country,
        city: text(&form.city),
        address: text(&form.address),
        zip_code: text(&form.zip_code),
    }
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
    let checkout = parse_checkout(&tr, &form, &mut errors);
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
    let (Some(system), true) = (system, errors.is_empty()) else {
        let view = checkout_page(&state, &page, &quote, form, errors);
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, view).into_response());
    };

    let mut tx = state.db.begin().await?;
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
    tx.commit().await?;
    Ok(Redirect::to(&system.start_url(&payment)).into_response())
}

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
    Ok(ProformaPage {
        ctx: page.ctx.clone(),
        saved: false,
        reference: payment.reference.clone(),
        plan_name,
        period: period_label(&tr, payment.billing_period),
        net: payment.net.format(tr.language),
        vat: payment.vat.format(tr.language),
        gross: payment.gross.format(tr.language),
        seller_name: settings.seller_name.clone(),
        seller_address: settings.seller_address_lines(),
        bank_name: settings.bank_name.clone(),
        bank_account: settings.bank_account.clone(),
        created: date_of(&page.display, payment.created_at),
        confirmed: payment.state == PaymentState::Confirmed,
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
        callback,
        ctx: page.ctx,
    }
    .into_response())
}

/// Receives a sandbox callback: checks signature, amount, age and nonce, then confirms
/// the payment. A rejected callback changes nothing, and is logged and recorded.
pub async fn sandbox_callback(
    State(state): State<AppState>,
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
        return Err(PageError::BadRequest);
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
    if let Err(reason) = checked {
        return reject(&state, &payment, &callback, reason).await;
    }

    let mut tx = state.db.begin().await?;
    if !payments::remember_nonce(&mut tx, payment.id, &callback.nonce, now).await? {
        drop(tx);
        return reject(&state, &payment, &callback, CallbackRejection::Replayed).await;
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
    if let Confirmation::AlreadyConfirmed = outcome {
        tracing::info!(payment.reference = %payment.reference, "payment callback for a confirmed payment");
    }
    Ok(Redirect::to("/settings/subscription?paid=1").into_response())
}

/// Logs and records a rejected callback, then returns 400.
async fn reject(
    state: &AppState,
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
    Err(PageError::BadRequest)
}
