//! Settings > Invoices: invoices issued with each confirmed payment, gapless yearly
//! numbers under concurrent confirmations, snapshots that never change, and owner-only
//! access. Every case runs on SQLite and PostgreSQL.

mod common;
mod payment_helpers;

use std::collections::BTreeSet;

use common::{Backend, TestApp};
use dialback_domain::{ActivitySource, BillingPeriod, Currency, Money, PaymentMethod};
use dialback_server::billing::storage::{self as billing, BillingInfo};
use dialback_server::payments::config::PaymentSettings;
use dialback_server::payments::confirm::{self, Confirmation, ConfirmedBy};
use dialback_server::payments::plans;
use dialback_server::payments::storage::{self, Checkout, NewPayment};
use dialback_server::platform::clock::now_micros;
use jiff::{Timestamp, tz::TimeZone};
use payment_helpers::*;
use reqwest::StatusCode;

async fn invoice_list_shows_the_paid_invoice(backend: Backend) {
    let app = TestApp::start(backend).await;
    sign_up_in_zloty(&app).await;
    assert!(
        app.page("/settings/invoices")
            .await
            .contains("No invoices yet.")
    );
    let pro = create_plan(&app, "Pro", "100.00", "1000.00", limits(20, 7200, 6)).await;
    pay_with_sandbox(&app, pro, "monthly").await;

    let page = app.page("/settings/invoices").await;
    // Invoices are dated and numbered in the seller's time zone.
    let warsaw = TimeZone::get("Europe/Warsaw").unwrap();
    let year = Timestamp::now().to_zoned_datetime(warsaw.clone()).year();
    let today = Timestamp::now()
        .to_zoned_datetime(warsaw)
        .strftime("%d/%m/%Y")
        .to_string();
    let transaction: String = sqlx::query_scalar("SELECT transaction_id FROM invoices")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    assert!(transaction.starts_with("SBX-"));
    assert!(
        page.contains(&format!("<td>INV/{year}/00001</td>")),
        "{page}"
    );
    assert!(page.contains(&format!("<td>{transaction}</td>")));
    assert!(page.contains("<td>PLN\u{a0}123.00</td>"));
    assert!(page.contains(&format!("<td>{today}</td>")));
    assert!(page.contains("<td>Subscription</td>"));
    let id = app.scalar("SELECT id FROM invoices").await;
    assert!(page.contains(&format!("href=\"/settings/invoices/{id}/pdf\"")));
}

async fn invoice_prices_follow_the_owners_language(backend: Backend) {
    let app = TestApp::start(backend).await;
    sign_up_in_zloty(&app).await;
    let pro = create_plan(&app, "Pro", "10000.00", "100000.00", limits(20, 7200, 6)).await;
    pay_with_sandbox(&app, pro, "monthly").await;
    sqlx::query("UPDATE users SET interface_language = 'pl'")
        .execute(&app.db.pool)
        .await
        .unwrap();
    let page = app.page("/settings/invoices").await;
    assert!(page.contains("<td>12\u{a0}300,00\u{a0}zł</td>"), "{page}");
    assert!(page.contains("<td>Subskrypcja</td>"));
}

/// Creates `count` pending payments of `account_id` for `plan_id` directly in storage.
async fn pending_payments(
    app: &TestApp,
    account_id: i64,
    plan_id: i64,
    count: usize,
) -> Vec<String> {
    let price = Money::parse("100.00", Currency::Pln).unwrap();
    let vat = Money::parse("23.00", Currency::Pln).unwrap();
    let gross = Money::parse("123.00", Currency::Pln).unwrap();
    let mut references = Vec::new();
    for _ in 0..count {
        let mut tx = app.db.begin().await.unwrap();
        let user_id: i64 =
            sqlx::query_scalar("SELECT id FROM users WHERE account_id = $1 AND role = 'owner'")
                .bind(account_id)
                .fetch_one(&mut *tx)
                .await
                .unwrap();
        let payment = storage::create(
            &mut tx,
            &NewPayment {
                account_id,
                user_id,
                plan_id,
                billing_period: BillingPeriod::Monthly,
                method: PaymentMethod::BankTransfer,
                price,
                credit: Money::zero(Currency::Pln),
                net: price,
                vat_rate: decimal("23"),
                vat,
                gross,
                checkout: Checkout {
                    full_name: "Zofia Kowalska".into(),
                    country: "PL".into(),
                    city: "Łódź".into(),
                    address: "ul. Piotrkowska 104".into(),
                    zip_code: "90-926".into(),
                    ..Checkout::default()
                },
                seller: dialback_server::payments::invoices::PartySnapshot::default(),
            },
        )
        .await
        .unwrap();
        tx.commit().await.unwrap();
        references.push(payment.reference);
    }
    references
}

async fn concurrent_confirmations_number_invoices_without_gaps(backend: Backend) {
    let app = TestApp::start(backend).await;
    sign_up_in_zloty(&app).await;
    // An account has one pending payment at a time, so many accounts pay at once.
    for index in 0..19 {
        let email = format!("jan{index}@piekarnia.pl");
        let email = email.as_str();
        let browser = app.new_browser();
        let company = format!("Firma {index}");
        let response = common::submit_with(
            &browser,
            &app.base,
            "/signup",
            &[
                ("company_name", &company),
                ("name", "Jan Nowak"),
                ("email", email),
                ("password", PASSWORD),
            ],
        )
        .await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
    }
    let pro = create_plan(&app, "Pro", "100.00", "1000.00", limits(20, 7200, 6)).await;
    let accounts: Vec<i64> = sqlx::query_scalar("SELECT id FROM accounts ORDER BY id")
        .fetch_all(&app.db.pool)
        .await
        .unwrap();
    let mut references = Vec::new();
    for account in &accounts {
        references.extend(pending_payments(&app, *account, pro, 1).await);
    }
    let count = references.len();

    // Every payment is confirmed twice at once: by the operator and by a retry.
    let mut tasks = Vec::new();
    for reference in references.iter().chain(references.iter()) {
        let db = app.db.clone();
        let reference = reference.clone();
        tasks.push(tokio::spawn(async move {
            let settings = PaymentSettings::for_tests();
            let by = ConfirmedBy {
                source: ActivitySource::Cli,
                user_id: None,
            };
            let mut tx = db.begin().await.unwrap();
            let payment = storage::find_by_reference(&mut tx, &reference)
                .await
                .unwrap()
                .unwrap();
            let outcome =
                confirm::confirm(&mut tx, &settings, &payment, "manual", by, now_micros())
                    .await
                    .unwrap();
            tx.commit().await.unwrap();
            matches!(outcome, Confirmation::Confirmed(_))
        }));
    }
    let mut confirmed = 0;
    for task in tasks {
        if task.await.unwrap() {
            confirmed += 1;
        }
    }
    assert_eq!(confirmed, count, "each payment is confirmed exactly once");

    let sequences: Vec<i64> = sqlx::query_scalar("SELECT sequence FROM invoices ORDER BY sequence")
        .fetch_all(&app.db.pool)
        .await
        .unwrap();
    assert_eq!(sequences, (1..=count as i64).collect::<Vec<_>>());
    let numbers: BTreeSet<String> = sqlx::query_scalar("SELECT number FROM invoices")
        .fetch_all(&app.db.pool)
        .await
        .unwrap()
        .into_iter()
        .collect();
    assert_eq!(numbers.len(), count);
    assert_eq!(
        app.scalar("SELECT COUNT(DISTINCT payment_id) FROM invoices")
            .await,
        count as i64
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM payments WHERE state = 'confirmed'")
            .await,
        count as i64
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM activity WHERE kind = 'INVOICE_ISSUED'")
            .await,
        count as i64
    );
    let last: i64 = app
        .scalar("SELECT MAX(last_number) FROM invoice_counters")
        .await;
    assert_eq!(last, count as i64);
}

async fn issued_invoices_never_change(backend: Backend) {
    let app = TestApp::start(backend).await;
    sign_up_in_zloty(&app).await;
    let account_id = app.scalar("SELECT id FROM accounts").await;
    let info = BillingInfo {
        company_name: "Zakład Usługowy Łukasz Żółć".into(),
        country: "PL".into(),
        address: "ul. Źródlana 5".into(),
        tax_id: "PL1234563218".into(),
        city: "Gdańsk".into(),
        zip_code: "80-001".into(),
    };
    let pro = create_plan(&app, "Pro", "100.00", "1000.00", limits(20, 7200, 6)).await;
    // The checkout saves its details as billing information; the owner changes them
    // before the payment is confirmed, and the invoice takes them as they are then.
    let reference = start_payment(&app, pro, "annual", "paypal").await;
    let mut tx = app.db.begin().await.unwrap();
    billing::save(&mut tx, account_id, &info).await.unwrap();
    tx.commit().await.unwrap();
    post_callback(&app, &sandbox_callback(&app, &reference).await).await;

    let snapshot = || async {
        sqlx::query_as::<_, (String, String, String, String, String, String)>(
            "SELECT number, buyer, seller, lines, gross, transaction_id FROM invoices",
        )
        .fetch_one(&app.db.pool)
        .await
        .unwrap()
    };
    let issued = snapshot().await;
    assert!(
        issued.1.contains("Zakład Usługowy Łukasz Żółć"),
        "buyer from billing: {}",
        issued.1
    );
    assert!(issued.1.contains("PL1234563218"));
    assert!(
        issued.2.contains("Dialback Sp. z o.o."),
        "seller from settings: {}",
        issued.2
    );
    assert!(
        issued.3.contains("\"Pro\"") && issued.3.contains("\"annual\""),
        "{}",
        issued.3
    );
    assert_eq!(issued.4, "1230.00");

    // Later changes to billing information and to the plan leave the invoice as issued.
    let mut tx = app.db.begin().await.unwrap();
    billing::save(
        &mut tx,
        account_id,
        &BillingInfo {
            company_name: "Inna Firma".into(),
            ..info.clone()
        },
    )
    .await
    .unwrap();
    let mut plan = plans::find(&mut tx, pro).await.unwrap().unwrap();
    plan.name = "Pro 2".into();
    plans::update(
        &mut tx,
        pro,
        &plans::PlanDefinition {
            name: plan.name.clone(),
            limits: plan.limits,
            prices: Vec::new(),
        },
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(snapshot().await, issued);
}

async fn buyer_falls_back_to_checkout_details(backend: Backend) {
    let app = TestApp::start(backend).await;
    sign_up_in_zloty(&app).await;
    let pro = create_plan(&app, "Pro", "100.00", "1000.00", limits(20, 7200, 6)).await;
    pay_with_sandbox(&app, pro, "monthly").await;
    let buyer: String = sqlx::query_scalar("SELECT buyer FROM invoices")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    assert!(buyer.contains("Kwiaciarnia Róża Sp. z o.o."), "{buyer}");
    assert!(buyer.contains("90-926 Łódź"), "{buyer}");
    assert!(buyer.contains("1234563218"), "{buyer}");
}

async fn members_cannot_see_invoices(backend: Backend) {
    let app = TestApp::start(backend).await;
    sign_up_in_zloty(&app).await;
    let pro = create_plan(&app, "Pro", "100.00", "1000.00", limits(20, 7200, 6)).await;
    pay_with_sandbox(&app, pro, "monthly").await;
    let id = app.scalar("SELECT id FROM invoices").await;
    let admin = member(&app, "admin@kwiaciarnia.pl", "admin").await;
    let manager = member(&app, "manager@kwiaciarnia.pl", "manager").await;
    for browser in [&admin, &manager] {
        for path in [
            "/settings/invoices".to_owned(),
            format!("/settings/invoices/{id}/pdf"),
        ] {
            let response = browser.get(app.url(&path)).send().await.unwrap();
            assert_eq!(response.status(), StatusCode::FORBIDDEN, "GET {path}");
        }
    }
}

/// Extracts the text of a PDF with poppler's pdftotext, with every run of whitespace
/// (line breaks of wrapped cells, no-break spaces) made one plain space.
fn pdf_text(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("invoice.pdf");
    std::fs::write(&path, bytes).unwrap();
    let output = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext runs; scripts/test installs poppler-utils");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout)
        .unwrap()
        .replace(['\u{a0}', '\u{202f}'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

async fn invoice_pdf_keeps_polish_and_czech_text(backend: Backend) {
    let app = TestApp::start(backend).await;
    sign_up_in_zloty(&app).await;
    let account_id = app.scalar("SELECT id FROM accounts").await;
    let info = BillingInfo {
        company_name: "Zakład Usługowy Łukasz Żółć".into(),
        country: "PL".into(),
        address: "ul. Źródlana 5".into(),
        tax_id: "PL1234563218".into(),
        city: "Gdańsk".into(),
        zip_code: "80-001".into(),
    };
    let plan = create_plan(
        &app,
        "Předplatné Žluťoučký kůň",
        "100.00",
        "1000.00",
        limits(20, 7200, 6),
    )
    .await;
    // The checkout saves its details as billing information; the owner changes them
    // before the payment is confirmed, and the invoice takes them as they are then.
    let reference = start_payment(&app, plan, "annual", "paypal").await;
    let mut tx = app.db.begin().await.unwrap();
    billing::save(&mut tx, account_id, &info).await.unwrap();
    tx.commit().await.unwrap();
    post_callback(&app, &sandbox_callback(&app, &reference).await).await;
    sqlx::query("UPDATE users SET interface_language = 'pl'")
        .execute(&app.db.pool)
        .await
        .unwrap();

    let id = app.scalar("SELECT id FROM invoices").await;
    let number: String = sqlx::query_scalar("SELECT number FROM invoices")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    let response = app.get(&format!("/settings/invoices/{id}/pdf")).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-type"], "application/pdf");
    let bytes = response.bytes().await.unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    let text = pdf_text(&bytes);
    assert!(text.contains("Zakład Usługowy Łukasz Żółć"), "{text}");
    assert!(text.contains("ul. Źródlana 5"), "{text}");
    assert!(text.contains("Předplatné Žluťoučký kůň"), "{text}");
    assert!(text.contains("Dialback Sp. z o.o."), "{text}");
    assert!(text.contains("ul. Świętokrzyska 12"), "{text}");
    assert!(text.contains(&number), "{text}");
    assert!(text.contains("1000,00 zł"), "net in Polish: {text}");
    assert!(text.contains("230,00 zł"), "VAT in Polish: {text}");
    assert!(text.contains("1230,00 zł"), "gross in Polish: {text}");

    let other = app.get(&format!("/settings/invoices/{}/pdf", id + 1)).await;
    assert_eq!(other.status(), StatusCode::NOT_FOUND);
}

both_databases!(
    invoice_pdf_keeps_polish_and_czech_text,
    invoice_list_shows_the_paid_invoice,
    invoice_prices_follow_the_owners_language,
    concurrent_confirmations_number_invoices_without_gaps,
    issued_invoices_never_change,
    buyer_falls_back_to_checkout_details,
    members_cannot_see_invoices,
);
