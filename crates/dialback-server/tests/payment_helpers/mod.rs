//! Helpers shared by the subscription and invoice suites: plans, team members in each
//! role, the checkout form and the sandbox's signed callback.

#![allow(dead_code)]

use std::str::FromStr;

use dialback_domain::{BillingPeriod, Currency, Money, PaymentMethod};
use dialback_server::limits::Limits;
use dialback_server::payments::plans::{self, PlanDefinition};
use dialback_server::payments::systems::{Callback, Sandbox};
use reqwest::{Client, StatusCode};

use crate::common::{self, TestApp, location, submit_with};

pub const PASSWORD: &str = "zielona-herbata-42";

/// The sandbox secret of `PaymentSettings::for_tests`, which the test server uses.
pub const SANDBOX_SECRET: &str = "sandbox-secret-for-tests";

/// A valid Polish NIP (check digit 8).
pub const NIP: &str = "1234563218";

/// Signs up the owner of a new account and switches its currency to the złoty.
pub async fn sign_up_in_zloty(app: &TestApp) {
    app.sign_up("owner@kwiaciarnia.pl", PASSWORD).await;
    sqlx::query("UPDATE accounts SET currency = 'PLN'")
        .execute(&app.db.pool)
        .await
        .unwrap();
}

/// Creates an offered plan priced in złoty, and in the other currencies at the same
/// numbers, and returns its id.
pub async fn create_plan(
    app: &TestApp,
    name: &str,
    monthly: &str,
    annual: &str,
    limits: Limits,
) -> i64 {
    let mut prices = Vec::new();
    for currency in Currency::ALL {
        prices.push((
            BillingPeriod::Monthly,
            Money::parse(monthly, currency).unwrap(),
        ));
        prices.push((
            BillingPeriod::Annual,
            Money::parse(annual, currency).unwrap(),
        ));
    }
    let definition = PlanDefinition {
        name: name.to_owned(),
        limits,
        prices,
    };
    let mut tx = app.db.begin().await.unwrap();
    let id = plans::create(&mut tx, &definition).await.unwrap().unwrap();
    tx.commit().await.unwrap();
    id
}

pub fn limits(calls: i64, duration: i64, scheduled: i64) -> Limits {
    Limits {
        max_calls_in_progress: calls,
        max_conversation_duration: duration,
        scheduled_calls_per_timestamp: scheduled,
    }
}

/// Adds a member with `role` through the team page and signs them in a new browser.
pub async fn member(app: &TestApp, email: &str, role: &str) -> Client {
    let added = app
        .submit(
            "/team",
            &[
                ("name", "Marek Nowak"),
                ("email", email),
                ("phone_number", ""),
                ("role", role),
            ],
        )
        .await;
    assert_eq!(
        added.status(),
        StatusCode::SEE_OTHER,
        "member {email} added"
    );
    sqlx::query("UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE role = 'owner' LIMIT 1) WHERE email = $1")
        .bind(email)
        .execute(&app.db.pool)
        .await
        .unwrap();
    let browser = app.new_browser();
    let login = submit_with(
        &browser,
        &app.base,
        "/login",
        &[("email", email), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(login.status(), StatusCode::SEE_OTHER);
    browser
}

/// Builds the checkout form of a company buyer in Poland.
pub fn company_checkout<'a>(
    plan: &'a str,
    period: &'a str,
    system: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("plan", plan),
        ("billing_period", period),
        ("payment_system", system),
        ("full_name", "Zofia Kowalska"),
        ("company_name", "Kwiaciarnia Róża Sp. z o.o."),
        ("tax_id", NIP),
        ("country", "PL"),
        ("city", "Łódź"),
        ("address", "ul. Piotrkowska 104"),
        ("zip_code", "90-926"),
    ]
}

/// Submits the checkout for `plan` and returns the payment reference it redirects to.
pub async fn start_payment(app: &TestApp, plan: i64, period: &str, system: &str) -> String {
    let plan = plan.to_string();
    let path = format!("/settings/subscription/checkout?plan={plan}&billing_period={period}");
    let response = app
        .submit(&path, &company_checkout(&plan, period, system))
        .await;
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "checkout accepted"
    );
    let target = location(&response);
    target.rsplit('/').next().unwrap().to_owned()
}

/// Reads the value of the hidden input named `name`.
pub fn hidden(page: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = page
        .find(&marker)
        .unwrap_or_else(|| panic!("no hidden {name}"))
        + marker.len();
    page[start..start + page[start..].find('"').unwrap()].to_owned()
}

/// The callback the sandbox page would send for `reference`.
pub async fn sandbox_callback(app: &TestApp, reference: &str) -> Callback {
    let page = app.page(&format!("/payments/sandbox/{reference}")).await;
    Callback {
        reference: hidden(&page, "reference"),
        amount: hidden(&page, "amount"),
        currency: hidden(&page, "currency"),
        transaction_id: hidden(&page, "transaction_id"),
        nonce: hidden(&page, "nonce"),
        timestamp: hidden(&page, "timestamp").parse().unwrap(),
        signature: hidden(&page, "signature"),
    }
}

/// Signs a callback as the sandbox provider does.
pub fn sign(callback: &mut Callback) {
    callback.signature = Sandbox::new(PaymentMethod::PayPal, SANDBOX_SECRET).sign(callback);
}

/// Posts a callback the way a provider's redirect does: no session, no CSRF token.
pub async fn post_callback(app: &TestApp, callback: &Callback) -> reqwest::Response {
    let timestamp = callback.timestamp.to_string();
    common::new_client()
        .post(app.url("/payments/sandbox/callback"))
        .form(&[
            ("reference", callback.reference.as_str()),
            ("amount", &callback.amount),
            ("currency", &callback.currency),
            ("transaction_id", &callback.transaction_id),
            ("nonce", &callback.nonce),
            ("timestamp", &timestamp),
            ("signature", &callback.signature),
        ])
        .send()
        .await
        .unwrap()
}

/// Pays `plan` through the sandbox, from checkout to the confirmed callback.
pub async fn pay_with_sandbox(app: &TestApp, plan: i64, period: &str) -> String {
    let reference = start_payment(app, plan, period, "paypal").await;
    let callback = sandbox_callback(app, &reference).await;
    let confirmed = post_callback(app, &callback).await;
    assert_eq!(confirmed.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&confirmed), "/settings/subscription?paid=1");
    reference
}

/// Reads the activity kinds of the account, oldest first, with their details.
pub async fn activity(app: &TestApp) -> Vec<(String, String)> {
    sqlx::query_as::<_, (String, Option<String>)>("SELECT kind, details FROM activity ORDER BY id")
        .fetch_all(&app.db.pool)
        .await
        .unwrap()
        .into_iter()
        .map(|(kind, details)| (kind, details.unwrap_or_default()))
        .collect()
}

/// Reads the account's limits as stored.
pub async fn stored_limits(app: &TestApp) -> (i64, i64, i64) {
    sqlx::query_as("SELECT max_calls_in_progress, max_conversation_duration, scheduled_calls_per_timestamp FROM account_limits")
        .fetch_one(&app.db.pool)
        .await
        .unwrap()
}

pub fn decimal(text: &str) -> dialback_domain::Decimal {
    dialback_domain::Decimal::from_str(text).unwrap()
}
