//! Notifications: preferences, the outbox and its workers, and every channel, over HTTP
//! on both databases with a real SMTP listener.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use common::api::{self, call, full_key, staffed_widget, wait_for_final};
use common::smtp::{Received, SmtpListener};
use common::{Backend, Options, TestApp, location};
use dialback_domain::NotificationEvent;
use dialback_server::notifications::events::{self, Event};
use dialback_server::telephony;
use dialback_telephony::simulator::{Answer as Respond, Script};
use reqwest::{Method, StatusCode};
use tokio::io::AsyncWriteExt;
use tokio::net::{TcpListener, TcpStream};

const PASSWORD: &str = "zielona-herbata-42";
const OWNER_EMAIL: &str = "zofia@kwiaciarnia.pl";
const OWNER_PHONE: &str = "+48600000009";
const MANAGER_PHONE: &str = "+48600000001";

/// Polls `sql` (a count) until it reaches `count` or ten seconds pass; returns the last value.
async fn wait_count(app: &TestApp, sql: &str, count: i64) -> i64 {
    let mut last = 0;
    for _ in 0..200 {
        last = app.scalar(sql).await;
        if last >= count {
            return last;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    last
}

/// Waits until no delivery is pending, so that what was sent is all there will be.
async fn wait_until_settled(app: &TestApp) {
    for _ in 0..200 {
        let open = app
            .scalar(
                "SELECT (SELECT COUNT(*) FROM notification_events WHERE fanned_out_at IS NULL) \
                 + (SELECT COUNT(*) FROM notification_deliveries WHERE status = 'pending')",
            )
            .await;
        if open == 0 {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("notifications did not settle");
}

/// Messages received so far that went to `address`.
fn mail_to(smtp: &SmtpListener, address: &str) -> Vec<Received> {
    smtp.messages()
        .into_iter()
        .filter(|m| m.to.iter().any(|to| to == address))
        .collect()
}

/// Whether the checkbox `name` on `page` is ticked.
fn is_checked(page: &str, name: &str) -> bool {
    let marker = format!("name=\"{name}\"");
    let start = page
        .find(&marker)
        .unwrap_or_else(|| panic!("no checkbox {name}"));
    let end = start + page[start..].find('>').unwrap();
    page[start..end].contains(" checked")
}

/// Presses the "send test" button of `channel` on the Notifications page.
async fn send_test(app: &TestApp, channel: &str) -> reqwest::Response {
    let page = app.page("/settings/notifications").await;
    let token = common::csrf_token(&page).unwrap();
    app.client
        .post(app.url("/settings/notifications/test"))
        .form(&[("channel", channel), ("csrf_token", &token)])
        .send()
        .await
        .unwrap()
}

/// The account as the tests use it: an owner signed in with the app's client, with
/// their languages, time zone and phone set, a full API key and a staffed widget.
struct Setup {
    app: TestApp,
    key: String,
    account_id: i64,
    owner_id: i64,
    widget_id: i64,
}

async fn setup(backend: Backend, options: Options) -> Setup {
    let app = TestApp::start_with(backend, options).await;
    app.sign_up(OWNER_EMAIL, PASSWORD).await;
    let saved = app
        .submit(
            "/settings/account",
            &[
                ("interface_language", "en"),
                ("sms_language", "de"),
                ("email_language", "pl"),
                ("currency", "PLN"),
                ("timezone", "Asia/Tokyo"),
                ("date_format", "yyyy-mm-dd"),
                ("time_format", "24h"),
            ],
        )
        .await;
    assert_eq!(location(&saved), "/settings/account?saved=1");
    let saved = app
        .submit(
            "/settings/profile",
            &[
                ("name", "Zofia Kowalska"),
                ("job_title", ""),
                ("phone_number", OWNER_PHONE),
                ("email", OWNER_EMAIL),
            ],
        )
        .await;
    assert_eq!(location(&saved), "/settings/profile?saved=1");
    let owner_id = app
        .scalar(&format!(
            "SELECT id FROM users WHERE email = '{OWNER_EMAIL}'"
        ))
        .await;
    let account_id = app
        .scalar(&format!(
            "SELECT account_id FROM users WHERE id = {owner_id}"
        ))
        .await;
    let key = full_key(&app, account_id).await;
    let (widget_id, _, _) = staffed_widget(&app, &key, MANAGER_PHONE).await;
    Setup {
        app,
        key,
        account_id,
        owner_id,
        widget_id,
    }
}

/// Places a call that no manager answers and waits until it is `manager-failed`.
async fn missed_call(setup: &Setup, visitor: &str) -> i64 {
    telephony::set_script(
        &setup.app.db.pool,
        MANAGER_PHONE,
        Script {
            answer: Respond::NoAnswer,
            ring_seconds: 1,
            talk_seconds: 0,
        },
    )
    .await
    .unwrap();
    let placed = call(
        &setup.app,
        &setup.key,
        Method::POST,
        "/api/v1/external/widgets/call",
        &[("id", &setup.widget_id.to_string()), ("tel", visitor)],
    )
    .await;
    assert_eq!(placed.status, StatusCode::OK, "{:?}", placed.body);
    let call_id = placed.data()["id"].as_i64().unwrap();
    let done = wait_for_final(&setup.app, &setup.key, call_id).await;
    assert_eq!(done["status"], "manager-failed");
    call_id
}

async fn preferences_start_from_defaults_and_save_with_an_activity_entry(backend: Backend) {
    let setup = setup(backend, Options::default()).await;
    let app = &setup.app;

    let page = app.page("/settings/notifications").await;
    assert!(page.contains("<h1>Notifications</h1>"));
    assert!(
        is_checked(&page, "email.call.missed"),
        "missed calls by e-mail start on"
    );
    assert!(
        is_checked(&page, "sms.call.missed"),
        "missed calls by SMS start on"
    );
    assert!(
        !is_checked(&page, "email.call.new"),
        "every new call by e-mail starts off"
    );
    assert!(is_checked(&page, "desktop.product.update"));
    assert!(
        !page.contains("name=\"sms.call.new\""),
        "SMS offers no new-call notification"
    );
    let profile = app.page("/settings/profile").await;
    assert!(profile.contains("href=\"/settings/notifications\""));

    let saved = app
        .submit(
            "/settings/notifications",
            &[("email.call.new", "on"), ("mobile.call.ringing", "on")],
        )
        .await;
    assert_eq!(location(&saved), "/settings/notifications?saved=1");
    let page = app.page("/settings/notifications?saved=1").await;
    assert!(page.contains("Your changes have been saved."));
    assert!(is_checked(&page, "email.call.new"));
    assert!(is_checked(&page, "mobile.call.ringing"));
    assert!(
        !is_checked(&page, "email.call.missed"),
        "an unticked box is saved as off"
    );
    assert!(!is_checked(&page, "desktop.product.update"));

    let details: String = sqlx::query_scalar(
        "SELECT details FROM activity WHERE kind = 'USER_CHANGED_NOTIFICATIONS'",
    )
    .fetch_one(&app.db.pool)
    .await
    .unwrap();
    let details: serde_json::Value = serde_json::from_str(&details).unwrap();
    assert_eq!(details["on"], serde_json::json!(["email.call.new"]));
    assert!(
        details["off"]
            .as_array()
            .unwrap()
            .contains(&serde_json::json!("email.call.missed"))
    );
    assert!(
        !details["off"]
            .as_array()
            .unwrap()
            .contains(&serde_json::json!("mobile.call.ringing")),
        "a choice that stayed on is not listed"
    );

    // A choice the channel does not offer re-renders the page and stores nothing.
    let rows_before = app
        .scalar("SELECT COUNT(*) FROM notification_preferences WHERE enabled = 1")
        .await;
    let refused = app
        .submit("/settings/notifications", &[("sms.call.new", "on")])
        .await;
    assert_eq!(refused.status(), StatusCode::OK);
    let body = refused.text().await.unwrap();
    assert!(
        common::field_error(&body, "matrix")
            .unwrap()
            .contains("nothing was saved")
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM notification_preferences WHERE enabled = 1")
            .await,
        rows_before
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM activity WHERE kind = 'USER_CHANGED_NOTIFICATIONS'")
            .await,
        1
    );
}

async fn missed_call_reaches_email_and_sms_in_the_recipients_languages(backend: Backend) {
    let setup = setup(
        backend,
        Options {
            smtp: true,
            ..Options::default()
        },
    )
    .await;
    let app = &setup.app;
    let smtp = app.smtp.clone().unwrap();

    missed_call(&setup, "+48600000102").await;
    wait_until_settled(app).await;

    let received = mail_to(&smtp, OWNER_EMAIL);
    assert_eq!(received.len(), 1, "exactly one e-mail for the missed call");
    let mail = &received[0];
    assert_eq!(mail.subject(), "Nieodebrane połączenie od +48 600 000 102");
    let text = mail.text();
    assert!(
        text.contains("Żaden menedżer nie odebrał połączenia z numerem +48 600 000 102, zamówionego przez https://sklep.example.pl."),
        "{text}"
    );
    assert!(text.contains("Otwórz w Dialback"), "{text}");
    // The time is the owner's, in Tokyo.
    let at: String =
        sqlx::query_scalar("SELECT payload FROM notification_events WHERE kind = 'call.missed'")
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
    let at: serde_json::Value = serde_json::from_str(&at).unwrap();
    let local = jiff::Timestamp::from_microsecond(at["at"].as_i64().unwrap())
        .unwrap()
        .to_zoned_datetime(jiff::tz::TimeZone::get("Asia/Tokyo").unwrap());
    let expected_time = local.strftime("%Y-%m-%d %H:%M").to_string();
    assert!(text.contains(&expected_time), "{expected_time} in {text}");
    let html = mail.data.contains("text/html");
    assert!(html, "the message has an HTML part");

    let sms: Vec<(String, String)> = sqlx::query_as(
        "SELECT phone_e164, text FROM sms_outbox WHERE purpose = 'notification:call.missed' ORDER BY phone_e164",
    )
    .fetch_all(&app.db.pool)
    .await
    .unwrap();
    let to_owner: Vec<_> = sms
        .iter()
        .filter(|(phone, _)| phone == OWNER_PHONE)
        .collect();
    assert_eq!(to_owner.len(), 1, "{sms:?}");
    assert!(
        to_owner[0]
            .1
            .starts_with("Verpasster Anruf von +48 600 000 102 um "),
        "the SMS is in the owner's SMS language: {}",
        to_owner[0].1
    );
    assert!(to_owner[0].1.contains(&expected_time));

    // The manager, with default settings in English, gets their own single e-mail.
    let manager_mail: Vec<_> = smtp
        .messages()
        .into_iter()
        .filter(|m| !m.to.iter().any(|to| to == OWNER_EMAIL))
        .collect();
    assert_eq!(manager_mail.len(), 1);
    assert_eq!(
        manager_mail[0].subject(),
        "Missed call from +48 600 000 102"
    );

    // Nothing is sent twice, however long the workers run.
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert_eq!(smtp.messages().len(), 2);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM sms_outbox WHERE purpose = 'notification:call.missed'")
            .await,
        2
    );
}

async fn a_channel_switched_off_sends_nothing(backend: Backend) {
    let setup = setup(
        backend,
        Options {
            smtp: true,
            ..Options::default()
        },
    )
    .await;
    let app = &setup.app;
    let smtp = app.smtp.clone().unwrap();
    let saved = app
        .submit("/settings/notifications", &[("desktop.call.new", "on")])
        .await;
    assert_eq!(location(&saved), "/settings/notifications?saved=1");

    missed_call(&setup, "+48600000103").await;
    wait_until_settled(app).await;

    assert_eq!(smtp.messages().len(), 1, "only the manager is e-mailed");
    assert!(mail_to(&smtp, OWNER_EMAIL).is_empty());
    assert_eq!(
        app.scalar(&format!(
            "SELECT COUNT(*) FROM sms_outbox WHERE phone_e164 = '{OWNER_PHONE}'"
        ))
        .await,
        0
    );
    let owner_deliveries = app
        .scalar(&format!(
            "SELECT COUNT(*) FROM notification_deliveries WHERE user_id = {} AND channel <> 'desktop'",
            setup.owner_id
        ))
        .await;
    assert_eq!(owner_deliveries, 0);
    assert_eq!(
        app.scalar(&format!(
            "SELECT COUNT(*) FROM desktop_notifications WHERE user_id = {}",
            setup.owner_id
        ))
        .await,
        1,
        "the desktop notification of the new call, which stayed on"
    );
}

/// A TCP front for an SMTP listener that answers `421` to its first `refusals`
/// connections and then passes connections through.
struct RefusingSmtp {
    port: u16,
    connections: Arc<AtomicUsize>,
}

impl RefusingSmtp {
    async fn start(target_port: u16, refusals: usize) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let connections = Arc::new(AtomicUsize::new(0));
        let seen = connections.clone();
        tokio::spawn(async move {
            while let Ok((mut inbound, _)) = listener.accept().await {
                let number = seen.fetch_add(1, Ordering::SeqCst);
                tokio::spawn(async move {
                    if number < refusals {
                        let _ = inbound
                            .write_all(b"421 4.3.2 Service not available, try later\r\n")
                            .await;
                        let _ = inbound.shutdown().await;
                        return;
                    }
                    let mut outbound = TcpStream::connect(("127.0.0.1", target_port))
                        .await
                        .unwrap();
                    let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
                });
            }
        });
        Self { port, connections }
    }
}

async fn refused_email_is_retried_with_backoff(backend: Backend) {
    let smtp = SmtpListener::start().await;
    let gate = RefusingSmtp::start(smtp.port, 2).await;
    let gate_port = gate.port;
    let setup = setup(
        backend,
        Options {
            configure: Some(Box::new(move |config| {
                config.smtp_url = Some(format!("smtp://127.0.0.1:{gate_port}"));
                config.notifications.retry_delay_seconds = 0.4;
            })),
            ..Options::default()
        },
    )
    .await;
    let app = &setup.app;

    let sent = send_test(app, "email").await;
    assert_eq!(location(&sent), "/settings/notifications?test=1");
    let received = smtp.wait_for(1).await;
    assert_eq!(received.len(), 1);
    wait_until_settled(app).await;
    assert_eq!(received[0].subject(), "Testowe powiadomienie Dialback");
    assert_eq!(gate.connections.load(Ordering::SeqCst), 3);

    let attempts: Vec<(i64, String, Option<String>)> = sqlx::query_as(
        "SELECT attempted_at, outcome, error FROM notification_attempts ORDER BY id",
    )
    .fetch_all(&app.db.pool)
    .await
    .unwrap();
    let outcomes: Vec<&str> = attempts.iter().map(|(_, o, _)| o.as_str()).collect();
    assert_eq!(outcomes, ["error", "error", "sent"]);
    assert!(
        attempts[0].2.as_deref().unwrap().contains("SMTP"),
        "{:?}",
        attempts[0].2
    );
    let first_wait = attempts[1].0 - attempts[0].0;
    let second_wait = attempts[2].0 - attempts[1].0;
    assert!(first_wait >= 400_000, "waited {first_wait} µs");
    assert!(second_wait >= 800_000, "the wait doubles: {second_wait} µs");

    let log = app.page("/settings/notifications/log").await;
    assert!(log.contains("<td>Test notification</td>"), "{log}");
    assert!(log.contains("<td>Sent</td>"));
    assert!(log.contains("<td>3</td>"), "three attempts");
}

async fn failing_deliveries_stop_after_the_maximum_attempts(backend: Backend) {
    // Nothing listens on this port: every attempt fails at once.
    let closed_port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let setup = setup(
        backend,
        Options {
            configure: Some(Box::new(move |config| {
                config.smtp_url = Some(format!("smtp://127.0.0.1:{closed_port}"));
                config.notifications.retry_delay_seconds = 0.05;
                config.notifications.max_attempts = 3;
            })),
            ..Options::default()
        },
    )
    .await;
    let app = &setup.app;
    send_test(app, "email").await;
    wait_until_settled(app).await;

    let (status, attempts): (String, i64) =
        sqlx::query_as("SELECT status, attempts FROM notification_deliveries")
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
    assert_eq!(status, "failed");
    assert_eq!(attempts, 3);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM notification_attempts")
            .await,
        3
    );
    let log = app.page("/settings/notifications/log").await;
    assert!(log.contains("<td>Failed</td>"));
    assert!(
        log.contains("The mail server could not be reached."),
        "the error's category is shown: {log}"
    );
    assert!(
        log.contains("SMTP delivery failed"),
        "the last error is shown"
    );
    // The server's reply is shown once, without its repeated cause.
    let detail_start = log.find("SMTP delivery failed").unwrap();
    let detail = &log[detail_start..detail_start + log[detail_start..].find('<').unwrap()];
    assert_eq!(detail.matches("os error").count(), 1, "{detail}");
}

async fn device_tokens_register_through_the_api_and_receive_pushes(backend: Backend) {
    let setup = setup(backend, Options::default()).await;
    let app = &setup.app;
    let owner = setup.owner_id.to_string();

    let bad = call(
        app,
        &setup.key,
        Method::POST,
        "/api/v1/external/devices/register",
        &[
            ("user_id", &owner),
            ("platform", "symbian"),
            ("token", "abc"),
        ],
    )
    .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad.data()["field"], "platform");
    let unknown_user = call(
        app,
        &setup.key,
        Method::POST,
        "/api/v1/external/devices/register",
        &[("user_id", "999999"), ("platform", "ios"), ("token", "abc")],
    )
    .await;
    assert_eq!(unknown_user.status, StatusCode::NOT_FOUND);

    let registered = call(
        app,
        &setup.key,
        Method::POST,
        "/api/v1/external/devices/register",
        &[
            ("user_id", &owner),
            ("platform", "ios"),
            ("token", "apns-token-0123456789abcdef"),
        ],
    )
    .await;
    assert_eq!(registered.status, StatusCode::OK, "{:?}", registered.body);
    assert_eq!(registered.data()["platform"], "ios");
    assert_eq!(registered.data()["user_id"], setup.owner_id);
    let listed = call(
        app,
        &setup.key,
        Method::GET,
        "/api/v1/external/devices/all",
        &[("user_id", &owner)],
    )
    .await;
    assert_eq!(listed.body["meta"]["count"], 1);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM activity WHERE kind = 'PUSH_DEVICE_REGISTERED'")
            .await,
        1
    );

    // A new call pushes to the owner's device (mobile new-call notifications start on).
    let placed = call(
        app,
        &setup.key,
        Method::POST,
        "/api/v1/external/widgets/call",
        &[
            ("id", &setup.widget_id.to_string()),
            ("tel", "+48600000104"),
        ],
    )
    .await;
    assert_eq!(placed.status, StatusCode::OK);
    assert_eq!(
        wait_count(
            app,
            "SELECT COUNT(*) FROM recorded_pushes WHERE title LIKE 'New call request%'",
            1
        )
        .await,
        1
    );
    let (token, platform, title, data): (String, String, String, String) = sqlx::query_as(
        "SELECT token, platform, title, data FROM recorded_pushes WHERE title LIKE 'New call request%'",
    )
    .fetch_one(&app.db.pool)
    .await
    .unwrap();
    assert_eq!(token, "apns-token-0123456789abcdef");
    assert_eq!(platform, "ios");
    assert_eq!(title, "New call request from +48 600 000 104");
    let data: serde_json::Value = serde_json::from_str(&data).unwrap();
    assert_eq!(data["event"], "call.new");
    assert_eq!(data["call_id"], placed.data()["id"]);
    wait_until_settled(app).await;
    let pushes_to_manager = app
        .scalar(&format!(
            "SELECT COUNT(*) FROM recorded_pushes WHERE user_id <> {}",
            setup.owner_id
        ))
        .await;
    assert_eq!(pushes_to_manager, 0, "the manager has no device");

    let removed = call(
        app,
        &setup.key,
        Method::POST,
        "/api/v1/external/devices/unregister",
        &[("token", "apns-token-0123456789abcdef")],
    )
    .await;
    assert_eq!(removed.status, StatusCode::OK);
    let again = call(
        app,
        &setup.key,
        Method::POST,
        "/api/v1/external/devices/unregister",
        &[("token", "apns-token-0123456789abcdef")],
    )
    .await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);

    // Another account's key cannot see or remove this user's devices.
    let other = api::account(app, "other@example.pl").await;
    let other_key = full_key(app, other.account_id).await;
    let foreign = call(
        app,
        &other_key,
        Method::GET,
        "/api/v1/external/devices/all",
        &[("user_id", &owner)],
    )
    .await;
    assert_eq!(foreign.status, StatusCode::NOT_FOUND);
}

async fn send_test_buttons_deliver_on_each_channel(backend: Backend) {
    let setup = setup(
        backend,
        Options {
            smtp: true,
            ..Options::default()
        },
    )
    .await;
    let app = &setup.app;
    let smtp = app.smtp.clone().unwrap();

    for channel in ["email", "sms", "desktop", "mobile"] {
        let sent = send_test(app, channel).await;
        assert_eq!(location(&sent), "/settings/notifications?test=1");
    }
    let page = app.page("/settings/notifications?test=1").await;
    assert!(page.contains("The test notification is on its way."));
    wait_until_settled(app).await;

    let mail = mail_to(&smtp, OWNER_EMAIL);
    assert_eq!(mail.len(), 1);
    assert_eq!(mail[0].subject(), "Testowe powiadomienie Dialback");
    assert!(
        mail[0].text().contains("w kanale E-mail"),
        "{}",
        mail[0].text()
    );
    let sms: String = sqlx::query_scalar(
        "SELECT text FROM sms_outbox WHERE purpose = 'notification:notification.test'",
    )
    .fetch_one(&app.db.pool)
    .await
    .unwrap();
    assert_eq!(
        sms,
        "Testbenachrichtigung von Dialback über den Kanal SMS: angekommen."
    );
    let (title, body): (String, String) =
        sqlx::query_as("SELECT title, body FROM desktop_notifications WHERE user_id = $1")
            .bind(setup.owner_id)
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
    assert_eq!(title, "Dialback test notification");
    assert!(body.contains("on the Desktop channel"), "{body}");

    // Without a registered device the mobile test fails, and the log says why.
    let log = app.page("/settings/notifications/log").await;
    assert_eq!(log.matches("<td>Test notification</td>").count(), 4);
    assert_eq!(log.matches("<td>Sent</td>").count(), 3);
    assert!(log.contains("No mobile device is registered for you."));
    assert!(log.contains("<td>Mobile</td>"));

    // The tests reached only the signed-in user.
    assert_eq!(
        app.scalar(&format!(
            "SELECT COUNT(*) FROM notification_deliveries WHERE user_id <> {}",
            setup.owner_id
        ))
        .await,
        0
    );
    let refused = send_test(app, "pigeon").await;
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
}

async fn delivery_log_pages_through_older_deliveries(backend: Backend) {
    let setup = setup(backend, Options::default()).await;
    let app = &setup.app;
    let mut tx = app.db.begin().await.unwrap();
    for _ in 0..55 {
        let event = Event {
            kind: NotificationEvent::Test,
            payload: serde_json::json!({ "channel": "desktop" }),
            target_user: Some(setup.owner_id),
            dedupe_key: None,
        };
        events::record(&mut tx, setup.account_id, &event)
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
    assert_eq!(
        wait_count(app, "SELECT COUNT(*) FROM desktop_notifications", 55).await,
        55
    );
    wait_until_settled(app).await;

    let first = app.page("/settings/notifications/log").await;
    assert_eq!(first.matches("<tr class=\"delivery-sent\">").count(), 50);
    let start = first
        .find("rel=\"next\" href=\"")
        .expect("a link to older deliveries")
        + "rel=\"next\" href=\"".len();
    let next = &first[start..start + first[start..].find('"').unwrap()];
    let second = app.page(next).await;
    assert_eq!(second.matches("<tr class=\"delivery-sent\">").count(), 5);
    assert!(!second.contains("rel=\"next\""));

    // Another user of another account sees none of them.
    let other = app.new_browser();
    common::submit_with(
        &other,
        &app.base,
        "/signup",
        &[
            ("company_name", "Piekarnia"),
            ("name", "Jan Piekarz"),
            ("email", "jan@piekarnia.pl"),
            ("password", PASSWORD),
        ],
    )
    .await;
    let theirs = common::page_with(&other, &app.url("/settings/notifications/log")).await;
    assert!(theirs.contains("Nothing has been sent to you yet."));
}

async fn fields_and_installation_notify_once(backend: Backend) {
    let setup = setup(
        backend,
        Options {
            smtp: true,
            ..Options::default()
        },
    )
    .await;
    let app = &setup.app;
    let smtp = app.smtp.clone().unwrap();

    // The first configuration fetch from a trusted domain records the installation, once.
    sqlx::query("INSERT INTO widget_domains (widget_id, domain) VALUES ($1, 'sklep.example.pl')")
        .bind(setup.widget_id)
        .execute(&app.db.pool)
        .await
        .unwrap();
    // Dialback's own preview page may load the widget, but that is no installation.
    let own_page = app
        .client
        .get(app.url(&format!("/public/widgets/{}/config", setup.widget_id)))
        .header(
            "referer",
            app.url(&format!("/widgets/{}/preview", setup.widget_id)),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(own_page.status(), StatusCode::OK);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM notification_events WHERE kind = 'widget.installed'")
            .await,
        0,
        "a fetch from Dialback's own page is not an installation"
    );
    for _ in 0..2 {
        let fetched = app
            .client
            .get(app.url(&format!("/public/widgets/{}/config", setup.widget_id)))
            .header("origin", "https://sklep.example.pl")
            .send()
            .await
            .unwrap();
        assert_eq!(fetched.status(), StatusCode::OK);
    }
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM notification_events WHERE kind = 'widget.installed'")
            .await,
        1
    );

    // A custom field set through the API e-mails the owner and shows on their desktop.
    let placed = call(
        app,
        &setup.key,
        Method::POST,
        "/api/v1/external/widgets/call",
        &[
            ("id", &setup.widget_id.to_string()),
            ("tel", "+48600000105"),
        ],
    )
    .await;
    let call_id = placed.data()["id"].as_i64().unwrap();
    let patched = call(
        app,
        &setup.key,
        Method::PATCH,
        &format!("/api/v1/external/calls/{call_id}/fields/company"),
        &[("value", "Kwiaty i Spółka")],
    )
    .await;
    assert_eq!(patched.status, StatusCode::OK, "{:?}", patched.body);
    wait_for_final(app, &setup.key, call_id).await;
    wait_until_settled(app).await;

    let desktop: Vec<String> = sqlx::query_scalar(
        "SELECT title FROM desktop_notifications WHERE user_id = $1 ORDER BY id",
    )
    .bind(setup.owner_id)
    .fetch_all(&app.db.pool)
    .await
    .unwrap();
    assert!(
        desktop.contains(&"Your widget is live on sklep.example.pl".to_owned()),
        "{desktop:?}"
    );
    let installed_body: String = sqlx::query_scalar(
        "SELECT body FROM desktop_notifications WHERE user_id = $1 AND title = $2",
    )
    .bind(setup.owner_id)
    .bind("Your widget is live on sklep.example.pl")
    .fetch_one(&app.db.pool)
    .await
    .unwrap();
    assert_eq!(
        installed_body,
        "Visitors on sklep.example.pl can now ask for a callback."
    );
    assert!(
        desktop.contains(&"+48 600 000 105 left additional data".to_owned()),
        "{desktop:?}"
    );
    let mail = mail_to(&smtp, OWNER_EMAIL);
    let fields_mail = mail
        .iter()
        .find(|m| m.subject() == "Uzupełniono pola własne: +48 600 000 105")
        .expect("an e-mail about the custom fields");
    assert!(fields_mail.text().contains("company: Kwiaty i Spółka"));
}

async fn two_servers_share_the_outbox_without_duplicates(backend: Backend) {
    let setup = setup(
        backend,
        Options {
            smtp: true,
            ..Options::default()
        },
    )
    .await;
    let app = &setup.app;
    let smtp = app.smtp.clone().unwrap();

    // A second server on the same database and SMTP listener.
    let mut config = dialback_server::Config::for_database(&app.database.url);
    config.smtp_url = Some(format!("smtp://127.0.0.1:{}", smtp.port));
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    config.listen = listener.local_addr().unwrap();
    let state = dialback_server::AppState::new(config).await.unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(dialback_server::launch(state, listener, async {
        let _ = stopped.await;
    }));

    let mut tx = app.db.begin().await.unwrap();
    for _ in 0..40 {
        let event = Event {
            kind: NotificationEvent::Test,
            payload: serde_json::json!({ "channel": "email" }),
            target_user: Some(setup.owner_id),
            dedupe_key: None,
        };
        events::record(&mut tx, setup.account_id, &event)
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
    smtp.wait_for(40).await;
    wait_until_settled(app).await;
    tokio::time::sleep(Duration::from_millis(800)).await;
    let _ = stop.send(());

    let received = smtp.messages();
    assert_eq!(
        received.len(),
        40,
        "each e-mail once, whichever server sent it"
    );
    let ids: std::collections::BTreeSet<String> = received
        .iter()
        .map(|m| {
            m.data
                .lines()
                .find_map(|line| line.strip_prefix("Message-ID: "))
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(ids.len(), 40);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM notification_attempts")
            .await,
        40,
        "no delivery was attempted twice"
    );
}

async fn failed_scheduled_call_notifies_by_email(backend: Backend) {
    let setup = setup(
        backend,
        Options {
            smtp: true,
            ..Options::default()
        },
    )
    .await;
    let app = &setup.app;
    let smtp = app.smtp.clone().unwrap();

    let at = jiff::Timestamp::now().as_second() + 2;
    let booked = call(
        app,
        &setup.key,
        Method::POST,
        "/api/v1/external/widgets/call",
        &[
            ("id", &setup.widget_id.to_string()),
            ("tel", "+48600000106"),
            ("scheduled_at", &at.to_string()),
        ],
    )
    .await;
    assert_eq!(booked.status, StatusCode::OK, "{:?}", booked.body);
    assert_eq!(booked.data()["status"], "scheduled");
    // The number is blacklisted after booking, so the call fails when it falls due.
    let added = app
        .submit(
            "/settings/blacklisted-numbers",
            &[("phone_number", "+48600000106")],
        )
        .await;
    assert_eq!(location(&added), "/settings/blacklisted-numbers?saved=1");
    let done = wait_for_final(app, &setup.key, booked.data()["id"].as_i64().unwrap()).await;
    assert_eq!(done["status"], "failed");
    wait_until_settled(app).await;

    let mail = mail_to(&smtp, OWNER_EMAIL);
    let subjects: Vec<String> = mail.iter().map(Received::subject).collect();
    assert_eq!(
        subjects
            .iter()
            .filter(
                |s| s.starts_with("Zaplanowane połączenie z +48 600 000 106 nie doszło do skutku")
            )
            .count(),
        1,
        "{subjects:?}"
    );
    let booked_mail = subjects
        .iter()
        .filter(|s| {
            s.starts_with("Zarezerwowano połączenie na ") && s.ends_with(": +48 600 000 106")
        })
        .count();
    assert_eq!(
        booked_mail, 1,
        "the booking itself notified too: {subjects:?}"
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM notification_events WHERE kind = 'call.missed'")
            .await,
        0,
        "a failed call is not a missed one"
    );
}

async fn long_message_sms_is_cut_to_three_segments(backend: Backend) {
    let setup = setup(backend, Options::default()).await;
    let app = &setup.app;
    let saved = app
        .submit("/settings/notifications", &[("sms.message.new", "on")])
        .await;
    assert_eq!(location(&saved), "/settings/notifications?saved=1");

    let text = "Proszę o kontakt w sprawie zamówienia kwiatów na wesele. ".repeat(20);
    let mut tx = app.db.begin().await.unwrap();
    let event = Event::new(
        NotificationEvent::MessageNew,
        serde_json::json!({ "widget_id": setup.widget_id, "widget_url": "https://sklep.example.pl", "text": text }),
    );
    events::record(&mut tx, setup.account_id, &event)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    wait_until_settled(app).await;

    let sms: String = sqlx::query_scalar(
        "SELECT text FROM sms_outbox WHERE purpose = 'notification:message.new'",
    )
    .fetch_one(&app.db.pool)
    .await
    .unwrap();
    assert!(
        sms.starts_with("Neue Nachricht auf https://sklep.example.pl: Proszę o kontakt"),
        "{sms}"
    );
    assert!(
        sms.ends_with('…'),
        "a cut text ends with an ellipsis: {sms}"
    );
    let units = sms.encode_utf16().count();
    assert!(
        units <= 3 * 67,
        "{units} UTF-16 units exceed three UCS-2 segments"
    );
    assert!(units > 2 * 67, "the cut keeps as much as fits: {units}");
    assert!(!sms.contains("  "));
}

async fn completed_call_sms_carries_its_details(backend: Backend) {
    let setup = setup(backend, Options::default()).await;
    let app = &setup.app;
    let saved = app
        .submit("/settings/notifications", &[("sms.call.completed", "on")])
        .await;
    assert_eq!(location(&saved), "/settings/notifications?saved=1");

    let placed = call(
        app,
        &setup.key,
        Method::POST,
        "/api/v1/external/widgets/call",
        &[
            ("id", &setup.widget_id.to_string()),
            ("tel", "+48600000107"),
        ],
    )
    .await;
    let done = wait_for_final(app, &setup.key, placed.data()["id"].as_i64().unwrap()).await;
    assert_eq!(done["status"], "completed");
    wait_until_settled(app).await;

    let sms: String = sqlx::query_scalar(
        "SELECT text FROM sms_outbox WHERE purpose = 'notification:call.completed' AND phone_e164 = $1",
    )
    .bind(OWNER_PHONE)
    .fetch_one(&app.db.pool)
    .await
    .unwrap();
    let duration = done["duration"]
        .as_i64()
        .or(done["duration_seconds"].as_i64())
        .expect("the call's duration");
    let expected = format!(
        "Anruf beendet: +48 600 000 107, {}:{:02} mit Marek Konsultant, Ende ",
        duration / 60,
        duration % 60
    );
    assert!(
        sms.starts_with(&expected),
        "{sms} should start with {expected}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn inline_images_are_sent_as_related_parts() {
    use dialback_server::platform::mail::{Email, Extras, InlineImage, Mailer};
    use mail_parser::MimeHeaders;

    let smtp = SmtpListener::start().await;
    let mut config = dialback_server::Config::for_database("sqlite://unused.db");
    config.smtp_url = Some(format!("smtp://127.0.0.1:{}", smtp.port));
    let mailer = Mailer::from_config(&config).await.unwrap();
    let png = vec![0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3];
    mailer
        .send_with(
            Email {
                to: "ewa@salon.pl".to_owned(),
                subject: "Raport".to_owned(),
                text: "Wykres w wersji HTML.".to_owned(),
                html: Some("<p><img src=\"cid:chart\" alt=\"Wykres\"></p>".to_owned()),
            },
            Extras {
                message_id: Some("notification-1-2-email.abc@dialback".to_owned()),
                inline_images: vec![InlineImage {
                    content_id: "chart".to_owned(),
                    content_type: "image/png".to_owned(),
                    bytes: png.clone(),
                }],
                ..Extras::default()
            },
        )
        .await
        .unwrap();

    let received = smtp.wait_for(1).await;
    let message = mail_parser::MessageParser::default()
        .parse(received[0].data.as_bytes())
        .unwrap();
    assert_eq!(
        message.message_id(),
        Some("notification-1-2-email.abc@dialback")
    );
    assert_eq!(
        message.body_text(0).unwrap().trim(),
        "Wykres w wersji HTML."
    );
    assert!(message.body_html(0).unwrap().contains("cid:chart"));
    let image = message
        .attachments()
        .find(|part| part.content_id() == Some("chart"))
        .expect("an inline part with Content-ID chart");
    assert_eq!(image.contents(), png.as_slice());
    assert!(
        received[0].data.contains("multipart/related"),
        "the image is related to the HTML, not a separate attachment"
    );
}

async fn device_token_of_another_account_is_refused(backend: Backend) {
    let setup = setup(backend, Options::default()).await;
    let app = &setup.app;
    let owner = setup.owner_id.to_string();
    let token = "apns-token-shared-0123456789";
    let first = call(
        app,
        &setup.key,
        Method::POST,
        "/api/v1/external/devices/register",
        &[("user_id", &owner), ("platform", "ios"), ("token", token)],
    )
    .await;
    assert_eq!(first.status, StatusCode::OK);
    let device_id = first.data()["id"].as_i64().unwrap();

    let other = common::api::account(app, "inny@example.com").await;
    let other_key = full_key(app, other.account_id).await;
    let taken = call(
        app,
        &other_key,
        Method::POST,
        "/api/v1/external/devices/register",
        &[
            ("user_id", &other.owner_id.to_string()),
            ("platform", "android"),
            ("token", token),
        ],
    )
    .await;
    assert_eq!(taken.status, StatusCode::CONFLICT, "{:?}", taken.body);
    assert_eq!(
        taken.message(),
        "This device token is registered to another account."
    );
    let reply = taken.body.to_string();
    assert!(!reply.contains("created_at"), "{reply}");
    assert!(!reply.contains(&format!("\"id\":{device_id}")), "{reply}");
    let (account_id, user_id, platform): (i64, i64, String) =
        sqlx::query_as("SELECT account_id, user_id, platform FROM push_devices WHERE token = $1")
            .bind(token)
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
    assert_eq!((account_id, user_id), (setup.account_id, setup.owner_id));
    assert_eq!(platform, "ios");

    // Within one account, the token still moves to the user who registers it.
    let listed = call(
        app,
        &setup.key,
        Method::POST,
        "/api/v1/external/devices/register",
        &[
            ("user_id", &owner),
            ("platform", "android"),
            ("token", token),
        ],
    )
    .await;
    assert_eq!(listed.status, StatusCode::OK);
    assert_eq!(listed.data()["id"], device_id);
    assert_eq!(listed.data()["platform"], "android");
}

async fn send_test_is_limited_to_one_per_channel_per_minute(backend: Backend) {
    let setup = setup(backend, Options::default()).await;
    let app = &setup.app;
    let first = send_test(app, "sms").await;
    assert_eq!(location(&first), "/settings/notifications?test=1");
    for _ in 0..5 {
        let again = send_test(app, "sms").await;
        assert_eq!(location(&again), "/settings/notifications?test=wait");
    }
    let page = app.page("/settings/notifications?test=wait").await;
    assert!(
        page.contains("A test went out on this channel less than a minute ago."),
        "{page}"
    );
    // Another channel has its own limit.
    let email = send_test(app, "email").await;
    assert_eq!(location(&email), "/settings/notifications?test=1");
    wait_until_settled(app).await;
    assert_eq!(
        app.scalar(
            "SELECT COUNT(*) FROM sms_outbox WHERE purpose = 'notification:notification.test'"
        )
        .await,
        1,
        "one test SMS"
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM notification_events WHERE kind = 'notification.test'")
            .await,
        2
    );
}

async fn message_email_names_the_visitor_and_replies_to_them(backend: Backend) {
    let setup = setup(
        backend,
        Options {
            smtp: true,
            ..Options::default()
        },
    )
    .await;
    let app = &setup.app;
    let smtp = app.smtp.clone().unwrap();
    let left = app
        .client
        .post(app.url(&format!("/public/widgets/{}/messages", setup.widget_id)))
        .form(&[
            ("name", "Ewa Zając"),
            ("email", "ewa@example.pl"),
            ("text", "Proszę o wycenę bukietu."),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(left.status(), StatusCode::OK);
    wait_until_settled(app).await;
    let mail = mail_to(&smtp, OWNER_EMAIL);
    assert_eq!(mail.len(), 1);
    let text = mail[0].text();
    assert!(
        text.contains("Imię i nazwisko odwiedzającego: Ewa Zając"),
        "{text}"
    );
    assert!(text.contains("E-mail: ewa@example.pl"), "{text}");
    assert!(text.contains("/messages\n"), "{text}");
    let reply_to = mail[0]
        .data
        .lines()
        .find(|line| line.to_ascii_lowercase().starts_with("reply-to:"))
        .unwrap_or_default()
        .to_owned();
    assert!(reply_to.contains("ewa@example.pl"), "{}", mail[0].data);
}

both_databases!(
    message_email_names_the_visitor_and_replies_to_them,
    send_test_is_limited_to_one_per_channel_per_minute,
    device_token_of_another_account_is_refused,
    completed_call_sms_carries_its_details,
    failed_scheduled_call_notifies_by_email,
    long_message_sms_is_cut_to_three_segments,
    two_servers_share_the_outbox_without_duplicates,
    preferences_start_from_defaults_and_save_with_an_activity_entry,
    missed_call_reaches_email_and_sms_in_the_recipients_languages,
    a_channel_switched_off_sends_nothing,
    refused_email_is_retried_with_backoff,
    failing_deliveries_stop_after_the_maximum_attempts,
    device_tokens_register_through_the_api_and_receive_pushes,
    send_test_buttons_deliver_on_each_channel,
    delivery_log_pages_through_older_deliveries,
    fields_and_installation_notify_once,
);
