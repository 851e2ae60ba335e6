//! Settings > Subscription: the trial, prices before paying, the upgrade credit,
//! downgrades, the checkout form, bank transfers and the signed sandbox callback, and
//! that only the owner may use any of it. Every case runs on SQLite and PostgreSQL.

mod common;
mod payment_helpers;

use common::{Backend, TestApp, field_error, location};
use dialback_server::payments::confirm::{self, Confirmation, ConfirmedBy};
use dialback_server::payments::storage;
use dialback_server::platform::clock::now_micros;
use jiff::{Timestamp, ToSpan, tz::TimeZone};
use payment_helpers::*;
use reqwest::StatusCode;

const NBSP: &str = "\u{a0}";

fn pln(amount: &str) -> String {
    format!("PLN{NBSP}{amount}")
}

async fn new_account_starts_on_the_trial_plan(backend: Backend) {
    let app = TestApp::start(backend).await;
    sign_up_in_zloty(&app).await;

    let page = app.page("/settings/subscription").await;
    let created = app.scalar("SELECT created_at FROM accounts").await;
    let expiry = Timestamp::from_microsecond(created)
        .unwrap()
        .checked_add((14 * 24).hours())
        .unwrap()
        .to_zoned_datetime(TimeZone::get("Europe/London").unwrap())
        .strftime("%d/%m/%Y")
        .to_string();
    assert!(
        page.contains("<dd id=\"current-plan\">Trial</dd>"),
        "{page}"
    );
    assert!(
        page.contains(&format!("<dd id=\"expires\">{expiry}</dd>")),
        "{page}"
    );
    assert!(page.contains("No plans are on offer yet."));
}

async fn sandbox_payment_changes_plan_and_limits(backend: Backend) {
    let app = TestApp::start(backend).await;
    sign_up_in_zloty(&app).await;
    let pro = create_plan(&app, "Pro", "100.00", "1000.00", limits(20, 7200, 6)).await;

    let offer = app.page("/settings/subscription").await;
    assert!(
        offer.contains(&pln("100.00")) && offer.contains(&pln("1,000.00")),
        "{offer}"
    );

    let quote = app
        .page(&format!(
            "/settings/subscription/checkout?plan={pro}&billing_period=monthly"
        ))
        .await;
    assert!(
        quote.contains(&format!("<td id=\"net\">{}</td>", pln("100.00"))),
        "{quote}"
    );
    assert!(quote.contains("VAT 23%"));
    assert!(quote.contains(&format!("<td id=\"vat\">{}</td>", pln("23.00"))));
    assert!(quote.contains(&pln("123.00")));
    assert!(
        !quote.contains("id=\"excess\""),
        "an upgrade lowers no limit"
    );
    assert!(
        quote.contains("value=\"Zofia Kowalska\""),
        "the owner's name is prefilled"
    );

    let reference = start_payment(&app, pro, "monthly", "paypal").await;
    let before = app.page("/settings/subscription").await;
    assert!(
        before.contains("<dd id=\"current-plan\">Trial</dd>"),
        "nothing changes before the payment is confirmed"
    );
    assert_eq!(stored_limits(&app).await, (10, 3600, 3));

    let callback = sandbox_callback(&app, &reference).await;
    assert_eq!(callback.amount, "123.00");
    assert_eq!(callback.currency, "PLN");
    let confirmed = post_callback(&app, &callback).await;
    assert_eq!(confirmed.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&confirmed), "/settings/subscription?paid=1");

    let after = app.page("/settings/subscription?paid=1").await;
    assert!(after.contains("Pro (Monthly)"), "{after}");
    assert!(after.contains("The payment is confirmed"));
    assert_eq!(stored_limits(&app).await, (20, 7200, 6));
    assert_eq!(app.scalar("SELECT COUNT(*) FROM invoices").await, 1);

    let kinds: Vec<String> = activity(&app)
        .await
        .into_iter()
        .map(|(kind, _)| kind)
        .collect();
    for kind in [
        "PAYMENT_STARTED",
        "PAYMENT_CONFIRMED",
        "SUBSCRIPTION_CHANGED",
        "INVOICE_ISSUED",
    ] {
        assert_eq!(
            kinds.iter().filter(|k| *k == kind).count(),
            1,
            "{kind} in {kinds:?}"
        );
    }

    // The same callback again is a replay: refused, logged, nothing changes. The payment
    // went through, so the payer lands on the subscription page with its notice.
    let replayed = post_callback(&app, &callback).await;
    assert_eq!(replayed.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&replayed), "/settings/subscription?paid=1");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM invoices").await, 1);
    let rejected = activity(&app).await;
    let last = rejected.last().unwrap();
    assert_eq!(last.0, "PAYMENT_CALLBACK_REJECTED");
    assert!(last.1.contains("\"replayed\""), "{}", last.1);
}

async fn forged_callbacks_change_nothing(backend: Backend) {
    let app = TestApp::start(backend).await;
    sign_up_in_zloty(&app).await;
    let pro = create_plan(&app, "Pro", "100.00", "1000.00", limits(20, 7200, 6)).await;
    let reference = start_payment(&app, pro, "annual", "dotpay").await;
    let genuine = sandbox_callback(&app, &reference).await;
    assert_eq!(genuine.amount, "1230.00");

    let mut bad_signature = genuine.clone();
    bad_signature.signature = "00".repeat(32);
    let mut other_amount = genuine.clone();
    other_amount.amount = "1.00".to_owned();
    other_amount.nonce = "other-amount".to_owned();
    sign(&mut other_amount);
    let mut other_currency = genuine.clone();
    other_currency.currency = "EUR".to_owned();
    other_currency.nonce = "other-currency".to_owned();
    sign(&mut other_currency);
    let mut stale = genuine.clone();
    stale.timestamp -= 3600;
    stale.nonce = "stale".to_owned();
    sign(&mut stale);
    let mut tampered = genuine.clone();
    tampered.amount = "1.00".to_owned();

    for (callback, reason) in [
        (&bad_signature, "bad_signature"),
        (&other_amount, "wrong_amount"),
        (&other_currency, "wrong_amount"),
        (&stale, "expired"),
        (&tampered, "bad_signature"),
    ] {
        let response = post_callback(&app, callback).await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{reason}");
        let (kind, details) = activity(&app).await.pop().unwrap();
        assert_eq!(kind, "PAYMENT_CALLBACK_REJECTED");
        assert!(details.contains(&format!("\"{reason}\"")), "{details}");
    }
    assert_eq!(app.scalar("SELECT COUNT(*) FROM invoices").await, 0);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM subscriptions").await, 0);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM payments WHERE state = 'pending'")
            .await,
        1
    );
    assert_eq!(stored_limits(&app).await, (10, 3600, 3));

    // The genuine callback still confirms the payment afterwards.
    assert_eq!(
        post_callback(&app, &genuine).await.status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(app.scalar("SELECT COUNT(*) FROM invoices").await, 1);
}

async fn bank_transfer_waits_for_the_operator(backend: Backend) {
    let app = TestApp::start(backend).await;
    sign_up_in_zloty(&app).await;
    let pro = create_plan(&app, "Pro", "100.00", "1000.00", limits(20, 7200, 6)).await;
    let reference = start_payment(&app, pro, "monthly", "bank_transfer").await;

    let proforma = app
        .page(&format!("/settings/subscription/payments/{reference}"))
        .await;
    assert!(
        proforma.contains("PL61 1090 1014 0000 0712 1981 2874"),
        "{proforma}"
    );
    assert!(proforma.contains(&format!("<dd id=\"reference\">{reference}</dd>")));
    assert!(proforma.contains(&pln("123.00")));
    let sandbox = app.get(&format!("/payments/sandbox/{reference}")).await;
    assert_eq!(
        sandbox.status(),
        StatusCode::NOT_FOUND,
        "a bank transfer has no sandbox page"
    );
    assert!(
        app.page("/settings/subscription")
            .await
            .contains("<dd id=\"current-plan\">Trial</dd>")
    );

    // What `dialback payments record REF --transaction-id ID` runs.
    let settings = dialback_server::payments::config::PaymentSettings::for_tests();
    let by = ConfirmedBy {
        source: dialback_domain::ActivitySource::Cli,
        user_id: None,
    };
    for attempt in 0..2 {
        let mut tx = app.db.begin().await.unwrap();
        let payment = storage::find_by_reference(&mut tx, &reference)
            .await
            .unwrap()
            .unwrap();
        let outcome = confirm::confirm(&mut tx, &settings, &payment, "BANK-77", by, now_micros())
            .await
            .unwrap();
        tx.commit().await.unwrap();
        match (attempt, outcome) {
            (0, Confirmation::Confirmed(invoice)) => assert_eq!(invoice.transaction_id, "BANK-77"),
            (1, Confirmation::AlreadyConfirmed) => {}
            (_, other) => panic!("attempt {attempt}: {other:?}"),
        }
    }
    assert!(
        app.page("/settings/subscription")
            .await
            .contains("Pro (Monthly)")
    );
    assert!(
        app.page(&format!("/settings/subscription/payments/{reference}"))
            .await
            .contains("This payment is confirmed.")
    );
    assert_eq!(app.scalar("SELECT COUNT(*) FROM invoices").await, 1);
}

async fn upgrade_credits_the_unused_days(backend: Backend) {
    let app = TestApp::start(backend).await;
    sign_up_in_zloty(&app).await;
    let basic = create_plan(&app, "Basic", "30.00", "300.00", limits(12, 3600, 3)).await;
    let pro = create_plan(&app, "Pro", "100.00", "1000.00", limits(20, 7200, 6)).await;
    pay_with_sandbox(&app, basic, "monthly").await;

    // Ten of thirty days used: two thirds of 30.00 are credited.
    let day = 86_400_000_000_i64;
    let now = now_micros();
    sqlx::query("UPDATE subscriptions SET period_start = $1, expires_at = $2")
        .bind(now - 10 * day)
        .bind(now + 20 * day)
        .execute(&app.db.pool)
        .await
        .unwrap();
    let quote = app
        .page(&format!(
            "/settings/subscription/checkout?plan={pro}&billing_period=monthly"
        ))
        .await;
    assert!(
        quote.contains(&format!("<td id=\"credit\">−{}</td>", pln("20.00"))),
        "{quote}"
    );
    assert!(quote.contains(&format!("<td id=\"net\">{}</td>", pln("80.00"))));
    assert!(quote.contains(&format!("<td id=\"vat\">{}</td>", pln("18.40"))));
    assert!(quote.contains(&pln("98.40")));

    let reference = start_payment(&app, pro, "monthly", "paypal").await;
    let callback = sandbox_callback(&app, &reference).await;
    assert_eq!(callback.amount, "98.40");
    post_callback(&app, &callback).await;
    assert!(
        app.page("/settings/subscription")
            .await
            .contains("Pro (Monthly)")
    );

    // Renewing the same plan gets no credit.
    let renewal = app
        .page(&format!(
            "/settings/subscription/checkout?plan={pro}&billing_period=annual"
        ))
        .await;
    assert!(!renewal.contains("id=\"credit\""));
    assert!(renewal.contains(&format!("<td id=\"net\">{}</td>", pln("1,000.00"))));
}

async fn downgrade_lists_lower_limits_and_needs_consent(backend: Backend) {
    let app = TestApp::start(backend).await;
    sign_up_in_zloty(&app).await;
    let mini = create_plan(&app, "Mini", "10.00", "100.00", limits(2, 600, 3)).await;

    let quote = app
        .page(&format!(
            "/settings/subscription/checkout?plan={mini}&billing_period=monthly"
        ))
        .await;
    assert!(quote.contains("id=\"excess\""), "{quote}");
    assert!(quote.contains("<td>10</td><td>2</td>"), "{quote}");
    assert!(
        !quote.contains("<td>3</td><td>3</td>"),
        "unchanged limits are not listed"
    );

    let plan = mini.to_string();
    let path = format!("/settings/subscription/checkout?plan={plan}&billing_period=monthly");
    let refused = app
        .submit(&path, &company_checkout(&plan, "monthly", "paypal"))
        .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = refused.text().await.unwrap();
    assert_eq!(
        field_error(&body, "confirm_downgrade").as_deref(),
        Some("Confirm that you accept the lower limits.")
    );
    assert_eq!(app.scalar("SELECT COUNT(*) FROM payments").await, 0);

    let mut fields = company_checkout(&plan, "monthly", "paypal");
    fields.push(("confirm_downgrade", "1"));
    let accepted = app.submit(&path, &fields).await;
    assert_eq!(accepted.status(), StatusCode::SEE_OTHER);
    let reference = location(&accepted).rsplit('/').next().unwrap().to_owned();
    post_callback(&app, &sandbox_callback(&app, &reference).await).await;
    assert_eq!(stored_limits(&app).await, (2, 600, 3));
}

async fn checkout_rejects_bad_details(backend: Backend) {
    let app = TestApp::start(backend).await;
    sign_up_in_zloty(&app).await;
    let pro = create_plan(&app, "Pro", "100.00", "1000.00", limits(20, 7200, 6)).await;
    let plan = pro.to_string();
    let path = format!("/settings/subscription/checkout?plan={plan}&billing_period=monthly");

    let cases: [(&str, &str, &str); 7] = [
        (
            "full_name",
            "",
            "Fill in this field (up to 200 characters).",
        ),
        ("country", "Polska", "Choose a country from the list."),
        ("country", "XX", "Choose a country from the list."),
        (
            "zip_code",
            "ABCDE",
            "Enter the postal code in the format of the chosen country, such as 00-950.",
        ),
        ("tax_id", "", "A company must give its tax number."),
        (
            "tax_id",
            "1234563219",
            "The check digit of this tax number does not match. Look for a typing mistake.",
        ),
        (
            "payment_system",
            "card",
            "Choose a payment system from the list.",
        ),
    ];
    for (field, value, message) in cases {
        let mut fields = company_checkout(&plan, "monthly", "paypal");
        for entry in &mut fields {
            if entry.0 == field {
                entry.1 = value;
            }
        }
        let response = app.submit(&path, &fields).await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{field}={value}"
        );
        let body = response.text().await.unwrap();
        assert_eq!(
            field_error(&body, field).as_deref(),
            Some(message),
            "{field}={value}"
        );
    }
    let unknown_plan = app
        .get("/settings/subscription/checkout?plan=999&billing_period=monthly")
        .await;
    assert_eq!(unknown_plan.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = unknown_plan.text().await.unwrap();
    assert_eq!(
        field_error(&body, "plan").as_deref(),
        Some("Choose a plan from the list.")
    );
    assert_eq!(app.scalar("SELECT COUNT(*) FROM payments").await, 0);

    // A private buyer needs no tax number; a tax number is stored as TaxId prints it.
    let mut private = company_checkout(&plan, "monthly", "bank_transfer");
    private.retain(|(name, _)| *name != "company_name" && *name != "tax_id");
    assert_eq!(
        app.submit(&path, &private).await.status(),
        StatusCode::SEE_OTHER
    );
}

async fn admins_and_managers_are_forbidden(backend: Backend) {
    let app = TestApp::start(backend).await;
    sign_up_in_zloty(&app).await;
    let pro = create_plan(&app, "Pro", "100.00", "1000.00", limits(20, 7200, 6)).await;
    let reference = start_payment(&app, pro, "monthly", "paypal").await;
    let bank = start_payment(&app, pro, "monthly", "bank_transfer").await;
    let admin = member(&app, "admin@kwiaciarnia.pl", "admin").await;
    let manager = member(&app, "manager@kwiaciarnia.pl", "manager").await;
    let payments_before = app.scalar("SELECT COUNT(*) FROM payments").await;
    let activity_before = app.scalar("SELECT COUNT(*) FROM activity").await;

    let plan = pro.to_string();
    for browser in [&admin, &manager] {
        let token =
            common::csrf_token(&common::page_with(browser, &app.url("/settings/profile")).await)
                .unwrap();
        for path in [
            "/settings/subscription".to_owned(),
            format!("/settings/subscription/checkout?plan={pro}&billing_period=monthly"),
            format!("/settings/subscription/payments/{bank}"),
            format!("/payments/sandbox/{reference}"),
            "/settings/invoices".to_owned(),
        ] {
            let response = browser.get(app.url(&path)).send().await.unwrap();
            assert_eq!(response.status(), StatusCode::FORBIDDEN, "GET {path}");
        }
        let mut fields = company_checkout(&plan, "monthly", "paypal");
        fields.push(("csrf_token", &token));
        let response = browser
            .post(app.url("/settings/subscription/checkout"))
            .form(&fields)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "POST checkout");
        let response = browser
            .post(app.url(&format!("/settings/subscription/payments/{bank}/cancel")))
            .form(&[("csrf_token", token.as_str())])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "POST cancel");
    }
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM payments").await,
        payments_before
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM activity").await,
        activity_before
    );
}

async fn other_accounts_payments_stay_hidden(backend: Backend) {
    let app = TestApp::start(backend).await;
    sign_up_in_zloty(&app).await;
    let pro = create_plan(&app, "Pro", "100.00", "1000.00", limits(20, 7200, 6)).await;
    let reference = start_payment(&app, pro, "monthly", "bank_transfer").await;

    let other = app.new_browser();
    let signed_up = common::submit_with(
        &other,
        &app.base,
        "/signup",
        &[
            ("company_name", "Piekarnia Bułka"),
            ("name", "Jan Nowak"),
            ("email", "jan@piekarnia.pl"),
            ("password", PASSWORD),
        ],
    )
    .await;
    assert_eq!(signed_up.status(), StatusCode::SEE_OTHER);
    let response = other
        .get(app.url(&format!("/settings/subscription/payments/{reference}")))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
}

async fn expiry_follows_the_users_zone_and_format(backend: Backend) {
    let app = TestApp::start(backend).await;
    sign_up_in_zloty(&app).await;
    sqlx::query("UPDATE users SET timezone = 'Pacific/Auckland', date_format = 'yyyy-mm-dd'")
        .execute(&app.db.pool)
        .await
        .unwrap();
    // The trial ends at 23:30 UTC on 2027-03-01, already 2 March in Auckland.
    let created = Timestamp::from_str_ok("2027-02-15T23:30:00Z");
    sqlx::query("UPDATE accounts SET created_at = $1")
        .bind(created)
        .execute(&app.db.pool)
        .await
        .unwrap();
    let page = app.page("/settings/subscription").await;
    assert!(
        page.contains("<dd id=\"expires\">2027-03-02</dd>"),
        "{page}"
    );
}

async fn demo_account_has_plans_to_choose(backend: Backend) {
    let app = TestApp::start(backend).await;
    let state =
        dialback_server::AppState::new(dialback_server::Config::for_database(&app.database.url))
            .await
            .unwrap();
    // A second start keeps the sample plans and gives a new password.
    dialback_server::demo::ensure_demo_account(&state)
        .await
        .unwrap();
    let password = dialback_server::demo::ensure_demo_account(&state)
        .await
        .unwrap();
    let login = app
        .submit(
            "/login",
            &[
                ("email", dialback_server::demo::DEMO_EMAIL),
                ("password", &password),
            ],
        )
        .await;
    assert_eq!(login.status(), StatusCode::SEE_OTHER);
    let page = app.page("/settings/subscription").await;
    assert!(
        page.contains("<dd id=\"current-plan\">Trial</dd>"),
        "{page}"
    );
    assert!(
        page.contains("<td>Starter</td>") && page.contains("<td>Business</td>"),
        "{page}"
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM plans WHERE is_default = 0")
            .await,
        2
    );
}

async fn plan_change_keeps_coupon_increases(backend: Backend) {
    let app = TestApp::start(backend).await;
    sign_up_in_zloty(&app).await;
    let account = app.scalar("SELECT id FROM accounts").await;
    sqlx::query(
        "INSERT INTO coupons (code, limit_name, increase, max_redemptions, redemptions, created_at) \
         VALUES ('WIOSNA', 'max_calls_in_progress', 5, 10, 1, 0)",
    )
    .execute(&app.db.pool)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO coupon_redemptions (coupon_id, account_id, limit_name, increase, created_at) \
         VALUES (1, $1, 'max_calls_in_progress', 5, 0)",
    )
    .bind(account)
    .execute(&app.db.pool)
    .await
    .unwrap();
    let pro = create_plan(&app, "Pro", "100.00", "1000.00", limits(20, 7200, 6)).await;
    pay_with_sandbox(&app, pro, "monthly").await;
    assert_eq!(stored_limits(&app).await, (25, 7200, 6));
}

async fn owner_pays_in_chromium(backend: Backend) {
    let app = TestApp::start(backend).await;
    let pro = create_plan(&app, "Pro", "100.00", "1000.00", limits(20, 7200, 6)).await;
    let browser = common::browser::Browser::start().await;
    browser.client.goto(&app.url("/signup")).await.unwrap();
    browser.fill("company_name", "Pracownia Łódź").await;
    browser.fill("name", "Żaneta Wójcik").await;
    browser.fill("email", "zaneta@pracownia.pl").await;
    browser.fill("password", "ceglana-kamienica-9").await;
    browser.submit().await;
    sqlx::query("UPDATE accounts SET currency = 'PLN'")
        .execute(&app.db.pool)
        .await
        .unwrap();

    browser
        .client
        .goto(&app.url("/settings/subscription"))
        .await
        .unwrap();
    browser.choose("plan", &pro.to_string()).await;
    browser.choose("billing_period", "annual").await;
    browser.submit().await;
    assert_eq!(
        browser.text_of("#gross").await,
        pln("1,230.00").replace(NBSP, " ")
    );
    browser.choose("country", "PL").await;
    browser.fill("city", "Łódź").await;
    browser.fill("address", "ul. Piotrkowska 104").await;
    browser.fill("zip_code", "90-926").await;
    browser.choose("payment_system", "dotpay").await;
    browser.submit().await;
    assert!(
        browser
            .client
            .current_url()
            .await
            .unwrap()
            .path()
            .starts_with("/payments/sandbox/PAY-")
    );

    browser.submit().await;
    let url = browser.client.current_url().await.unwrap();
    assert_eq!(url.path(), "/settings/subscription");
    assert_eq!(browser.text_of("#current-plan").await, "Pro (Annual)");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM invoices").await, 1);
}

/// Signs a callback for `reference` as the provider would, without its sandbox page.
async fn signed_callback(
    app: &TestApp,
    reference: &str,
) -> dialback_server::payments::systems::Callback {
    let (amount, currency): (String, String) =
        sqlx::query_as("SELECT gross, currency FROM payments WHERE reference = $1")
            .bind(reference)
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
    let mut callback = dialback_server::payments::systems::Callback {
        reference: reference.to_owned(),
        amount,
        currency,
        transaction_id: format!("SBX-{reference}"),
        nonce: format!("nonce-{reference}"),
        timestamp: now_micros() / 1_000_000,
        signature: String::new(),
    };
    sign(&mut callback);
    callback
}

/// Reads the account's subscription expiry in microseconds.
async fn expiry(app: &TestApp) -> i64 {
    app.scalar("SELECT expires_at FROM subscriptions").await
}

fn month_from(start: i64) -> i64 {
    dialback_server::payments::subscription::period_end(
        start,
        dialback_domain::BillingPeriod::Monthly,
    )
}

async fn a_new_checkout_replaces_the_pending_payment(backend: Backend) {
    let app = TestApp::start(backend).await;
    sign_up_in_zloty(&app).await;
    let pro = create_plan(&app, "Pro", "100.00", "1000.00", limits(20, 7200, 6)).await;
    let first = start_payment(&app, pro, "monthly", "bank_transfer").await;
    // A double click on "Proceed to payment" submits the checkout twice.
    let second = start_payment(&app, pro, "annual", "paypal").await;
    let third = start_payment(&app, pro, "annual", "paypal").await;
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM payments WHERE state = 'pending'")
            .await,
        1
    );
    let page = app.page("/settings/subscription").await;
    assert!(
        page.contains(&third) && !page.contains(&first) && !page.contains(&second),
        "{page}"
    );
    assert!(page.contains("<td>Pro (Annual)</td>"), "{page}");
    assert!(
        app.page(&format!("/settings/subscription/payments/{first}"))
            .await
            .contains("This payment was cancelled and can no longer be paid.")
    );

    // The replaced payment's callback confirms nothing and says why.
    let refused = post_callback(&app, &signed_callback(&app, &second).await).await;
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
    let body = refused.text().await.unwrap();
    assert!(
        body.contains("This payment was cancelled, for example by a newer checkout"),
        "{body}"
    );
    assert_eq!(app.scalar("SELECT COUNT(*) FROM invoices").await, 0);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM subscriptions").await, 0);

    // The owner cancels the last one from the page.
    let token = common::csrf_token(&page).unwrap();
    let cancelled = app
        .client
        .post(app.url(&format!("/settings/subscription/payments/{third}/cancel")))
        .form(&[("csrf_token", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(cancelled.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&cancelled), "/settings/subscription?cancelled=1");
    assert!(
        app.page("/settings/subscription?cancelled=1")
            .await
            .contains("The pending payment was cancelled.")
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM payments WHERE state = 'pending'")
            .await,
        0
    );
    let kinds: Vec<String> = activity(&app).await.into_iter().map(|(k, _)| k).collect();
    assert_eq!(
        kinds.iter().filter(|k| *k == "PAYMENT_CANCELLED").count(),
        3,
        "{kinds:?}"
    );
}

async fn confirmation_recomputes_the_credit(backend: Backend) {
    let app = TestApp::start(backend).await;
    sign_up_in_zloty(&app).await;
    let basic = create_plan(&app, "Basic", "30.00", "300.00", limits(12, 3600, 3)).await;
    let pro = create_plan(&app, "Pro", "100.00", "1000.00", limits(20, 7200, 6)).await;
    pay_with_sandbox(&app, basic, "monthly").await;
    let day = 86_400_000_000_i64;
    let now = now_micros();
    sqlx::query("UPDATE subscriptions SET period_start = $1, expires_at = $2")
        .bind(now - 10 * day)
        .bind(now + 20 * day)
        .execute(&app.db.pool)
        .await
        .unwrap();
    // Quoted with 20.00 of credit: 80.00 net, 98.40 gross.
    let reference = start_payment(&app, pro, "monthly", "paypal").await;
    let callback = sandbox_callback(&app, &reference).await;
    assert_eq!(callback.amount, "98.40");

    // Before the payment is confirmed, 15 more days of Basic are used: 5.00 is left.
    sqlx::query("UPDATE subscriptions SET period_start = $1, expires_at = $2")
        .bind(now - 25 * day)
        .bind(now + 5 * day)
        .execute(&app.db.pool)
        .await
        .unwrap();
    let before = now_micros();
    post_callback(&app, &callback).await;
    let after = now_micros();
    // 5.00 left plus 80.00 paid buy 85% of a month of Pro, not a whole month.
    let expires = expiry(&app).await;
    let low = before + (month_from(before) - before) * 85 / 100;
    let high = after + (month_from(after) - after) * 85 / 100;
    assert!(
        (low - 1_000_000..=high + 1_000_000).contains(&expires),
        "{low} {expires} {high}"
    );
    assert!(
        app.page("/settings/subscription")
            .await
            .contains("Pro (Monthly)")
    );
    let changed = activity(&app)
        .await
        .into_iter()
        .rfind(|(kind, _)| kind == "SUBSCRIPTION_CHANGED")
        .unwrap();
    assert!(
        changed.1.contains("\"quoted_credit\":\"20.00\""),
        "{}",
        changed.1
    );
}

async fn renewal_and_plan_change_keep_paid_time(backend: Backend) {
    let app = TestApp::start(backend).await;
    sign_up_in_zloty(&app).await;
    let business = create_plan(&app, "Business", "149.00", "1490.00", limits(20, 7200, 6)).await;
    let other = create_plan(&app, "Other", "150.00", "1490.00", limits(20, 7200, 6)).await;
    pay_with_sandbox(&app, business, "annual").await;
    let year_end = expiry(&app).await;

    // Renewing the same plan extends from the current expiry.
    pay_with_sandbox(&app, business, "monthly").await;
    let renewed = expiry(&app).await;
    assert_eq!(renewed, month_from(year_end));

    // A plan at the same annual price costs nothing now, and all 13 paid months carry
    // over: the surplus above one year's price extends the new plan.
    let quote = app
        .page(&format!(
            "/settings/subscription/checkout?plan={other}&billing_period=annual"
        ))
        .await;
    assert!(
        quote.contains(&format!("<td id=\"credit\">−{}</td>", pln("1,490.00"))),
        "{quote}"
    );
    assert!(
        quote.contains(&format!(
            "<td id=\"gross\"><strong>{}</strong></td>",
            pln("0.00")
        )),
        "{quote}"
    );
    assert!(quote.contains("id=\"surplus\""), "{quote}");
    let plan = other.to_string();
    let path = format!("/settings/subscription/checkout?plan={plan}&billing_period=annual");
    let free = app
        .submit(&path, &company_checkout(&plan, "annual", "paypal"))
        .await;
    assert_eq!(free.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        location(&free),
        "/settings/subscription?paid=1",
        "no payment system for 0.00"
    );
    let changed = expiry(&app).await;
    // The value left (a year and a month of Business) buys at least as long on Other.
    assert!(changed >= renewed, "{renewed} {changed}");
    let page = app.page("/settings/subscription").await;
    assert!(page.contains("Other (Annual)"), "{page}");
    let shown = quote
        .split("<td id=\"new-expiry\">")
        .nth(1)
        .unwrap()
        .split('<')
        .next()
        .unwrap()
        .to_owned();
    assert!(
        page.contains(&format!("<dd id=\"expires\">{shown}</dd>")),
        "{shown} {page}"
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM invoices").await,
        2,
        "a zero total issues no invoice"
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM payments WHERE state = 'confirmed'")
            .await,
        3
    );
}

async fn rejected_callbacks_speak_the_payers_language(backend: Backend) {
    let app = TestApp::start(backend).await;
    sign_up_in_zloty(&app).await;
    sqlx::query("UPDATE users SET interface_language = 'pl'")
        .execute(&app.db.pool)
        .await
        .unwrap();
    let pro = create_plan(&app, "Pro", "100.00", "1000.00", limits(20, 7200, 6)).await;
    let reference = start_payment(&app, pro, "monthly", "paypal").await;
    let genuine = sandbox_callback(&app, &reference).await;
    let mut stale = genuine.clone();
    stale.timestamp -= 3600;
    stale.nonce = "stale".to_owned();
    sign(&mut stale);
    let refused = post_callback(&app, &stale).await;
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
    let body = refused.text().await.unwrap();
    assert!(body.contains("Płatność nie została potwierdzona"), "{body}");
    assert!(
        body.contains("strona płatności jest ważna 15 minut"),
        "{body}"
    );

    // A double click: the second request finds the payment confirmed.
    let (one, two) = tokio::join!(post_callback(&app, &genuine), post_callback(&app, &genuine));
    for response in [one, two] {
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        assert_eq!(location(&response), "/settings/subscription?paid=1");
    }
    assert_eq!(app.scalar("SELECT COUNT(*) FROM invoices").await, 1);

    // The unused part is deducted from the next plan, not refunded: the Polish says so.
    let max = create_plan(&app, "Max", "200.00", "2000.00", limits(30, 7200, 6)).await;
    let quote = app
        .page(&format!(
            "/settings/subscription/checkout?plan={max}&billing_period=monthly"
        ))
        .await;
    assert!(
        quote.contains("Odliczenie za niewykorzystaną część obecnego planu"),
        "{quote}"
    );
    assert!(!quote.contains("Zwrot"), "{quote}");
}

async fn checkout_details_become_the_billing_information(backend: Backend) {
    let app = TestApp::start(backend).await;
    sign_up_in_zloty(&app).await;
    let pro = create_plan(&app, "Pro", "100.00", "1000.00", limits(20, 7200, 6)).await;
    start_payment(&app, pro, "monthly", "bank_transfer").await;
    let billing = app.page("/settings/billing").await;
    assert!(billing.contains("Kwiaciarnia Róża Sp. z o.o."), "{billing}");
    assert!(billing.contains("value=\"90-926\""), "{billing}");

    // Another company typed at checkout replaces it and is the invoice's buyer.
    let plan = pro.to_string();
    let path = format!("/settings/subscription/checkout?plan={plan}&billing_period=monthly");
    let mut fields = company_checkout(&plan, "monthly", "paypal");
    for entry in &mut fields {
        match entry.0 {
            "company_name" => entry.1 = "Ogrody Zielone S.A.",
            "zip_code" => entry.1 = "00950",
            _ => {}
        }
    }
    let started = app.submit(&path, &fields).await;
    assert_eq!(started.status(), StatusCode::SEE_OTHER);
    let reference = location(&started).rsplit('/').next().unwrap().to_owned();
    post_callback(&app, &sandbox_callback(&app, &reference).await).await;
    let buyer: String = sqlx::query_scalar("SELECT buyer FROM invoices")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    assert!(
        buyer.contains("Ogrody Zielone S.A.") && buyer.contains("00-950 Łódź"),
        "{buyer}"
    );
    let changes: Vec<String> = activity(&app)
        .await
        .into_iter()
        .filter(|(kind, _)| kind == "BILLING_INFO_CHANGED")
        .map(|(_, details)| details)
        .collect();
    assert_eq!(changes.len(), 2, "{changes:?}");
    assert!(changes[1].contains("company_name"), "{changes:?}");
    assert!(changes[1].contains("zip_code"), "{changes:?}");
}

async fn currency_stays_while_a_paid_period_runs(backend: Backend) {
    let app = TestApp::start(backend).await;
    sign_up_in_zloty(&app).await;
    let pro = create_plan(&app, "Pro", "100.00", "1000.00", limits(20, 7200, 6)).await;
    pay_with_sandbox(&app, pro, "monthly").await;
    let fields = [
        ("interface_language", "en"),
        ("sms_language", "en"),
        ("email_language", "en"),
        ("currency", "GBP"),
        ("timezone", "Europe/Warsaw"),
        ("date_format", "yyyy-mm-dd"),
        ("time_format", "24h"),
    ];
    let refused = app.submit("/settings/account", &fields).await;
    let body = refused.text().await.unwrap();
    assert!(
        field_error(&body, "currency").is_some_and(
            |m| m.starts_with("The currency cannot change while a paid period runs (until ")
        ),
        "{body}"
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM accounts WHERE currency = 'PLN'")
            .await,
        1
    );
}

async fn invoices_are_numbered_by_the_sellers_year(backend: Backend) {
    let app = TestApp::start(backend).await;
    sign_up_in_zloty(&app).await;
    let pro = create_plan(&app, "Pro", "100.00", "1000.00", limits(20, 7200, 6)).await;
    let reference = start_payment(&app, pro, "monthly", "bank_transfer").await;
    // 23:30 UTC on 31 December is already 1 January in Warsaw.
    let new_year = Timestamp::from_str_ok("2026-12-31T23:30:00Z");
    let settings = dialback_server::payments::config::PaymentSettings::for_tests();
    let by = ConfirmedBy {
        source: dialback_domain::ActivitySource::Cli,
        user_id: None,
    };
    let mut tx = app.db.begin().await.unwrap();
    let payment = storage::find_by_reference(&mut tx, &reference)
        .await
        .unwrap()
        .unwrap();
    let outcome = confirm::confirm(&mut tx, &settings, &payment, "BANK-1", by, new_year)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let Confirmation::Confirmed(invoice) = outcome else {
        panic!("{outcome:?}");
    };
    assert_eq!(invoice.number, "INV/2027/00001");
}

trait FromStrOk {
    fn from_str_ok(text: &str) -> i64;
}

impl FromStrOk for Timestamp {
    fn from_str_ok(text: &str) -> i64 {
        text.parse::<Timestamp>().unwrap().as_microsecond()
    }
}

both_databases!(
    new_account_starts_on_the_trial_plan,
    sandbox_payment_changes_plan_and_limits,
    forged_callbacks_change_nothing,
    bank_transfer_waits_for_the_operator,
    upgrade_credits_the_unused_days,
    downgrade_lists_lower_limits_and_needs_consent,
    checkout_rejects_bad_details,
    admins_and_managers_are_forbidden,
    other_accounts_payments_stay_hidden,
    expiry_follows_the_users_zone_and_format,
    demo_account_has_plans_to_choose,
    plan_change_keeps_coupon_increases,
    owner_pays_in_chromium,
    a_new_checkout_replaces_the_pending_payment,
    confirmation_recomputes_the_credit,
    renewal_and_plan_change_keep_paid_time,
    rejected_callbacks_speak_the_payers_language,
    checkout_details_become_the_billing_information,
    currency_stays_while_a_paid_period_runs,
    invoices_are_numbered_by_the_sellers_year,
);
