//! An expired subscription or trial: widgets refuse new call requests after the grace
//! period, every dashboard page shows a banner, a confirmed payment lifts it at once,
//! and the expiry is written to the activity log once. Every case runs on SQLite and
//! PostgreSQL. Time moves by rewriting `accounts.created_at` (the trial) or
//! `subscriptions.expires_at` (a paid period), never by sleeping.

mod common;
mod payment_helpers;

use common::api::{self, call, full_key};
use common::{Backend, TestApp};
use dialback_server::payments::config::PaymentSettings;
use dialback_server::payments::expiry;
use dialback_server::platform::clock::now_micros;
use jiff::{Timestamp, tz::TimeZone};
use payment_helpers::*;
use reqwest::{Method, StatusCode};
use serde_json::Value;

const DAY: i64 = 86_400_000_000;

/// The Polish refusal a visitor of an expired account's widget reads.
const REFUSED_PL: &str = "Prośby o oddzwonienie są teraz niedostępne na tej stronie. Skontaktuj się z firmą w inny sposób.";

/// An owner signed in on `app.client`, an API key, and a Polish widget with a manager
/// on duty all week.
struct Setup {
    account_id: i64,
    key: String,
    widget_id: i64,
}

async fn setup(app: &TestApp) -> Setup {
    sign_up_in_zloty(app).await;
    let account_id = app.scalar("SELECT id FROM accounts").await;
    let key = full_key(app, account_id).await;
    let (widget_id, _, _) = api::staffed_widget(app, &key, "+48600100200").await;
    Setup {
        account_id,
        key,
        widget_id,
    }
}

/// Moves the account's creation, and so its trial's end, to `created_at` (microseconds).
async fn set_created_at(app: &TestApp, account_id: i64, created_at: i64) {
    sqlx::query("UPDATE accounts SET created_at = $1 WHERE id = $2")
        .bind(created_at)
        .bind(account_id)
        .execute(&app.db.pool)
        .await
        .unwrap();
}

/// Returns 20:00 UTC on the day `days_ago` days before today (UTC), in microseconds.
/// At that hour the date in Auckland is already the next day.
fn evening_days_ago(days_ago: i64) -> i64 {
    let now = now_micros();
    let midnight = now - now.rem_euclid(DAY);
    midnight - days_ago * DAY + 20 * 3_600_000_000
}

fn date_in(micros: i64, zone: &str, format: &str) -> String {
    Timestamp::from_microsecond(micros)
        .unwrap()
        .to_zoned_datetime(TimeZone::get(zone).unwrap())
        .strftime(format)
        .to_string()
}

async fn public_call(app: &TestApp, widget_id: i64) -> (StatusCode, Value) {
    let response = app
        .client
        .post(app.url(&format!("/public/widgets/{widget_id}/calls")))
        .form(&[("tel", "+48601202303")])
        .send()
        .await
        .unwrap();
    let status = response.status();
    (status, response.json().await.unwrap())
}

async fn widget_available(app: &TestApp, widget_id: i64) -> bool {
    let config: Value = app
        .client
        .get(app.url(&format!("/public/widgets/{widget_id}/config")))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    config["data"]["available"].as_bool().unwrap()
}

/// Extracts the text of the expiry banner, or `None` when the page has none.
fn banner(page: &str) -> Option<String> {
    let start = page.find("id=\"subscription-banner\"")?;
    let text_start = start + page[start..].find('>')? + 1;
    let end = text_start + page[text_start..].find("</p>")?;
    Some(page[text_start..end].to_owned())
}

async fn expired_trial_refuses_visitor_calls(backend: Backend) {
    let app = TestApp::start(backend).await;
    let setup = setup(&app).await;
    assert!(widget_available(&app, setup.widget_id).await);

    // The 14-day trial ended 4 days ago; the grace period is 3 days.
    set_created_at(&app, setup.account_id, now_micros() - 18 * DAY).await;

    let (status, body) = public_call(&app, setup.widget_id).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(body["hasError"], true);
    assert_eq!(body["errorCode"], 409);
    assert_eq!(body["message"], REFUSED_PL);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM calls").await, 0);
    assert!(
        !widget_available(&app, setup.widget_id).await,
        "the widget script hides the call button"
    );
}

async fn expired_account_refused_by_api(backend: Backend) {
    let app = TestApp::start(backend).await;
    let setup = setup(&app).await;
    set_created_at(&app, setup.account_id, now_micros() - 18 * DAY).await;
    let id = setup.widget_id.to_string();

    for path in [
        "/api/v1/external/widgets/call",
        "/api/v1/external/widgets/call-or-schedule",
    ] {
        let answer = call(
            &app,
            &setup.key,
            Method::POST,
            path,
            &[("id", id.as_str()), ("tel", "+48601202303")],
        )
        .await;
        assert_eq!(answer.status, StatusCode::PAYMENT_REQUIRED, "{path}");
        assert!(answer.has_error(), "{path}");
        assert_eq!(answer.body["errorCode"], 402, "{path}");
        assert_eq!(
            answer.message(),
            "The account's subscription has expired, so its widgets accept no new call requests. The account owner can renew it in Settings > Subscription.",
            "{path}"
        );
    }
    assert_eq!(app.scalar("SELECT COUNT(*) FROM calls").await, 0);

    // Reading the account through the API still works.
    let widget = call(
        &app,
        &setup.key,
        Method::GET,
        "/api/v1/external/widgets/get",
        &[("id", id.as_str())],
    )
    .await;
    assert_eq!(widget.status, StatusCode::OK);
}

async fn banner_shows_for_owner_and_manager(backend: Backend) {
    let app = TestApp::start(backend).await;
    let setup = setup(&app).await;
    let manager = member(&app, "kierownik@kwiaciarnia.pl", "manager").await;
    sqlx::query("UPDATE users SET timezone = 'Pacific/Auckland', date_format = 'yyyy-mm-dd' WHERE email = 'kierownik@kwiaciarnia.pl'")
        .execute(&app.db.pool)
        .await
        .unwrap();
    assert_eq!(
        banner(&app.page("/calls").await),
        None,
        "no banner on a new trial"
    );

    let created_at = evening_days_ago(20);
    set_created_at(&app, setup.account_id, created_at).await;
    let expires_at = created_at + 14 * DAY;

    let owner_date = date_in(expires_at, "Europe/London", "%d/%m/%Y");
    for path in [
        "/calls",
        "/widgets",
        "/settings/profile",
        "/settings/subscription",
    ] {
        let text = banner(&app.page(path).await).unwrap_or_else(|| panic!("banner on {path}"));
        assert!(
            text.starts_with(&format!(
                "Your subscription expired on {owner_date}. Widgets refuse new call requests"
            )),
            "{path}: {text}"
        );
        assert!(
            text.contains(
                "<a href=\"/settings/subscription\">Renew it in Settings &#62; Subscription.</a>"
            ),
            "{path}: {text}"
        );
    }

    let manager_date = date_in(expires_at, "Pacific/Auckland", "%Y-%m-%d");
    assert_eq!(
        manager_date,
        date_in(expires_at + DAY, "Europe/London", "%Y-%m-%d"),
        "Auckland is already on the next day"
    );
    let page = common::page_with(&manager, &app.url("/calls")).await;
    let text = banner(&page).expect("the manager sees the banner");
    assert!(
        text.starts_with(&format!("Your subscription expired on {manager_date}.")),
        "{text}"
    );
    assert!(
        text.ends_with("Ask the account owner to renew it."),
        "{text}"
    );
    assert!(
        !text.contains("href"),
        "only the owner gets the link: {text}"
    );
}

async fn grace_period_accepts_calls_with_warning(backend: Backend) {
    let app = TestApp::start(backend).await;
    let setup = setup(&app).await;

    // Seven days before the expiry the dashboard warns, and calls are accepted.
    let created_at = evening_days_ago(10);
    set_created_at(&app, setup.account_id, created_at).await;
    let expiring = banner(&app.page("/calls").await).expect("a warning before expiry");
    let expiry_date = date_in(created_at + 14 * DAY, "Europe/London", "%d/%m/%Y");
    assert!(
        expiring.starts_with(&format!("Your subscription expires on {expiry_date}.")),
        "{expiring}"
    );

    // The trial ended a day ago: within the 3-day grace period.
    let created_at = evening_days_ago(15);
    set_created_at(&app, setup.account_id, created_at).await;
    let expires_at = created_at + 14 * DAY;
    let (status, body) = public_call(&app, setup.widget_id).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM calls").await, 1);
    assert!(widget_available(&app, setup.widget_id).await);

    let warning = banner(&app.page("/calls").await).expect("a warning in the grace period");
    let expired_on = date_in(expires_at, "Europe/London", "%d/%m/%Y");
    let refused_from = date_in(expires_at + 3 * DAY, "Europe/London", "%d/%m/%Y");
    assert!(
        warning.starts_with(&format!(
            "Your subscription expired on {expired_on}. Unless it is renewed, widgets will refuse new call requests from {refused_from}."
        )),
        "{warning}"
    );
    assert!(!app.page("/calls").await.contains("banner expired"));
}

async fn payment_restores_calls_at_once(backend: Backend) {
    let app = TestApp::start(backend).await;
    let setup = setup(&app).await;
    let pro = create_plan(&app, "Pro", "100.00", "1000.00", limits(20, 7200, 6)).await;
    set_created_at(&app, setup.account_id, now_micros() - 18 * DAY).await;
    assert_eq!(
        public_call(&app, setup.widget_id).await.1["message"],
        REFUSED_PL
    );

    pay_with_sandbox(&app, pro, "monthly").await;
    assert!(widget_available(&app, setup.widget_id).await);
    let (status, body) = public_call(&app, setup.widget_id).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(banner(&app.page("/calls").await), None);
    // The only manager is busy until the simulated call ends.
    let call_id = body["data"]["call_id"].as_i64().unwrap();
    api::wait_for_final(&app, &setup.key, call_id).await;

    // The paid month runs out too: past its end and the grace period, calls stop again.
    sqlx::query("UPDATE subscriptions SET expires_at = $1 WHERE account_id = $2")
        .bind(now_micros() - 4 * DAY)
        .bind(setup.account_id)
        .execute(&app.db.pool)
        .await
        .unwrap();
    assert_eq!(
        public_call(&app, setup.widget_id).await.1["message"],
        REFUSED_PL
    );
    let text = banner(&app.page("/settings/invoices").await).expect("banner after the paid month");
    assert!(text.starts_with("Your subscription expired on"), "{text}");

    pay_with_sandbox(&app, pro, "monthly").await;
    let (status, body) = public_call(&app, setup.widget_id).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM calls").await, 2);
}

/// Lists the recipients of the expiry e-mails the folder mailer has written.
fn expiry_mail_recipients(app: &TestApp) -> Vec<String> {
    app.mail_files()
        .iter()
        .filter_map(|mail| mail_parser::MessageParser::default().parse(mail.as_bytes()))
        .filter(|mail| mail.subject() == Some("Your Dialback subscription has expired"))
        .filter_map(|mail| {
            let to = mail.to()?.first()?.address()?.to_owned();
            Some(to)
        })
        .collect()
}

/// Waits up to five seconds for `count` expiry e-mails, then half a second more for
/// any extra copy, and returns their recipients.
async fn wait_for_expiry_mails(app: &TestApp, count: usize) -> Vec<String> {
    for _ in 0..50 {
        if expiry_mail_recipients(app).len() >= count {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    expiry_mail_recipients(app)
}

async fn expiry_recorded_once(backend: Backend) {
    let app = TestApp::start(backend).await;
    let setup = setup(&app).await;
    member(&app, "kierownik@kwiaciarnia.pl", "manager").await;
    let settings = PaymentSettings::for_tests();
    let count = "SELECT COUNT(*) FROM activity WHERE kind = 'SUBSCRIPTION_EXPIRED'";

    // Within the grace period nothing is recorded yet.
    set_created_at(&app, setup.account_id, now_micros() - 15 * DAY).await;
    let recorded = expiry::record_expiries(&app.db, &settings, now_micros())
        .await
        .unwrap();
    assert_eq!(recorded, 0);
    assert_eq!(app.scalar(count).await, 0);

    set_created_at(&app, setup.account_id, now_micros() - 18 * DAY).await;
    let (first, second) = tokio::join!(
        expiry::record_expiries(&app.db, &settings, now_micros()),
        expiry::record_expiries(&app.db, &settings, now_micros()),
    );
    assert_eq!(first.unwrap() + second.unwrap(), 1, "two servers at once");
    let again = expiry::record_expiries(&app.db, &settings, now_micros())
        .await
        .unwrap();
    assert_eq!(again, 0, "a later run");
    assert_eq!(app.scalar(count).await, 1);
    let source: String =
        sqlx::query_scalar("SELECT source FROM activity WHERE kind = 'SUBSCRIPTION_EXPIRED'")
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
    assert_eq!(source, "system");
    let activity = app.page("/settings/activity").await;
    assert!(activity.contains("SUBSCRIPTION_EXPIRED"), "{activity}");
    assert_eq!(
        wait_for_expiry_mails(&app, 1).await,
        vec!["owner@kwiaciarnia.pl".to_owned()],
        "one e-mail, to the owner only"
    );

    // A renewed period that expires again is a new expiry, recorded once more.
    sqlx::query(
        "INSERT INTO subscriptions (account_id, plan_id, billing_period, currency, paid_net, period_start, expires_at, updated_at) \
         VALUES ($1, (SELECT id FROM plans WHERE is_default = 1), 'monthly', 'PLN', '100.00', $2, $3, $3)",
    )
    .bind(setup.account_id)
    .bind(now_micros() - 40 * DAY)
    .bind(now_micros() - 5 * DAY)
    .execute(&app.db.pool)
    .await
    .unwrap();
    let renewed = expiry::record_expiries(&app.db, &settings, now_micros())
        .await
        .unwrap();
    assert_eq!(renewed, 1);
    assert_eq!(app.scalar(count).await, 2);
    assert_eq!(wait_for_expiry_mails(&app, 2).await.len(), 2);
}

both_databases!(
    expired_trial_refuses_visitor_calls,
    expired_account_refused_by_api,
    banner_shows_for_owner_and_manager,
    grace_period_accepts_calls_with_warning,
    payment_restores_calls_at_once,
    expiry_recorded_once,
);
