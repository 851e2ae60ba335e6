//! Outbound webhooks over HTTP on both databases. A receiver started by the test on
//! 127.0.0.1 verifies each signature the way the README's example does. The suite also
//! checks retries of failing receivers, refusal of forbidden addresses when saved and
//! when a redirect points at them, and that only owners and admins manage webhooks.

mod common;

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode as AxumStatus, Uri};
use axum::response::IntoResponse;
use common::api::{self, call, full_key};
use common::{Backend, Options, TestApp, field_error, location, submit_with};
use dialback_server::{Config, telephony};
use dialback_telephony::simulator::{Answer, Script};
use hmac::{Hmac, KeyInit, Mac};
use reqwest::{Method, StatusCode};
use serde_json::Value;
use sha2::Sha256;
use subtle::ConstantTimeEq;

const PASSWORD: &str = "zielona-herbata-42";

const MANAGER_PHONE: &str = "+48600000001";

/// How old a signature's timestamp may be, in seconds, as in the README's example.
const TOLERANCE_SECONDS: i64 = 300;

/// One request the receiver accepted.
#[derive(Debug, Clone)]
struct Received {
    event: String,
    delivery: String,
    body: Value,
}

/// What the receiver shares with its handler.
#[derive(Default)]
struct ReceiverState {
    secret: Mutex<String>,
    /// Requests to `/hook` still to answer with 500 before answering 200.
    failures_left: AtomicUsize,
    /// Requests to `/hook` answered with 500.
    failed: AtomicUsize,
    /// Requests whose signature did not verify.
    rejected: AtomicUsize,
    received: Mutex<Vec<Received>>,
    /// Where `/evil` redirects to.
    evil_target: Mutex<String>,
    /// Every request seen, by path.
    paths: Mutex<Vec<String>>,
}

/// An HTTP server on 127.0.0.1 (or `::1`) that records webhook requests.
struct Receiver {
    address: SocketAddr,
    state: Arc<ReceiverState>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Receiver {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Receiver {
    async fn start(bind: &str) -> Self {
        let state = Arc::new(ReceiverState::default());
        let listener = tokio::net::TcpListener::bind(bind)
            .await
            .expect("a free loopback port");
        let address = listener.local_addr().unwrap();
        let app = axum::Router::new()
            .fallback(receive)
            .with_state(state.clone());
        let task = tokio::spawn(async move {
            axum::serve(listener, app).await.unwrap();
        });
        Self {
            address,
            state,
            task,
        }
    }

    fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.address)
    }

    fn set_secret(&self, secret: &str) {
        *self.state.secret.lock().unwrap() = secret.to_owned();
    }

    fn received(&self) -> Vec<Received> {
        self.state.received.lock().unwrap().clone()
    }

    /// Waits up to ten seconds for `count` accepted requests.
    async fn wait_for(&self, count: usize) -> Vec<Received> {
        for _ in 0..200 {
            if self.received().len() >= count {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        self.received()
    }
}

/// Verifies a `Dialback-Signature` header exactly as the README's Python example does:
/// split `t=...,v1=...`, reject a timestamp more than five minutes from now, and
/// compare HMAC-SHA256 of `"<t>.<body>"` under the secret in constant time.
fn verify(secret: &str, header: &str, body: &[u8], now: i64) -> bool {
    let fields: std::collections::HashMap<&str, &str> = header
        .split(',')
        .filter_map(|part| part.split_once('='))
        .collect();
    let (Some(timestamp), Some(signature)) = (fields.get("t"), fields.get("v1")) else {
        return false;
    };
    let Ok(timestamp) = timestamp.parse::<i64>() else {
        return false;
    };
    if (now - timestamp).abs() > TOLERANCE_SECONDS {
        return false;
    }
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(format!("{timestamp}.").as_bytes());
    mac.update(body);
    let expected = hex::encode(mac.finalize().into_bytes());
    expected.as_bytes().ct_eq(signature.as_bytes()).into()
}

async fn receive(
    State(state): State<Arc<ReceiverState>>,
    uri: Uri,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> axum::response::Response {
    state.paths.lock().unwrap().push(uri.path().to_owned());
    match uri.path() {
        "/hang" => {
            // Longer than Dialback's ten-second timeout.
            tokio::time::sleep(Duration::from_secs(30)).await;
            return AxumStatus::OK.into_response();
        }
        "/hop" => {
            return (AxumStatus::TEMPORARY_REDIRECT, [("location", "/hook")]).into_response();
        }
        "/evil" => {
            let target = state.evil_target.lock().unwrap().clone();
            return (AxumStatus::TEMPORARY_REDIRECT, [("location", target)]).into_response();
        }
        _ => {}
    }
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    let secret = state.secret.lock().unwrap().clone();
    let now = jiff::Timestamp::now().as_second();
    if !verify(&secret, &header("dialback-signature"), &body, now) {
        state.rejected.fetch_add(1, Ordering::SeqCst);
        return AxumStatus::UNAUTHORIZED.into_response();
    }
    let failing = state
        .failures_left
        .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
        .is_ok();
    if failing {
        state.failed.fetch_add(1, Ordering::SeqCst);
        return AxumStatus::INTERNAL_SERVER_ERROR.into_response();
    }
    state.received.lock().unwrap().push(Received {
        event: header("dialback-event"),
        delivery: header("dialback-delivery"),
        body: serde_json::from_slice(&body).expect("a JSON body"),
    });
    AxumStatus::OK.into_response()
}

/// Allows webhooks to reach 127.0.0.1 and retries after 0.2 s, 0.4 s, ...
fn allow_loopback(config: &mut Config) {
    config.webhooks.allow_networks = vec!["127.0.0.1/32".parse().unwrap()];
    config.webhooks.retry_delay_seconds = 0.2;
}

/// Like [`allow_loopback`], with two attempts per delivery.
fn allow_loopback_two_attempts(config: &mut Config) {
    allow_loopback(config);
    config.webhooks.max_attempts = 2;
}

async fn start(backend: Backend, configure: fn(&mut Config)) -> TestApp {
    TestApp::start_with(
        backend,
        Options {
            configure: Some(Box::new(configure)),
            ..Options::default()
        },
    )
    .await
}

/// Signs up an owner and creates a Polish widget; returns (account id, widget id).
async fn account_with_widget(app: &TestApp) -> (i64, i64) {
    app.sign_up("owner@kwiaciarnia.pl", PASSWORD).await;
    let account_id = app.scalar("SELECT id FROM accounts").await;
    let key = full_key(app, account_id).await;
    let widget = call(
        app,
        &key,
        Method::POST,
        "/api/v1/external/widgets/create",
        &[("url", "https://kwiaciarnia.pl"), ("locale_code", "pl")],
    )
    .await;
    (account_id, widget.data()["id"].as_i64().unwrap())
}

/// Adds a webhook through the settings page; returns its id and signing secret.
async fn add_webhook(app: &TestApp, url: &str, events: &[&str]) -> (i64, String) {
    let mut fields = vec![("url", url)];
    fields.extend(events.iter().map(|event| ("events", *event)));
    let added = app.submit("/settings/webhooks", &fields).await;
    assert_eq!(
        location(&added),
        "/settings/webhooks?saved=1",
        "adding {url}"
    );
    let id = app.scalar("SELECT MAX(id) FROM webhooks").await;
    let page = app.page("/settings/webhooks").await;
    let marker = format!("id=\"secret-{id}\">");
    let start = page.find(&marker).expect("the secret is shown") + marker.len();
    let secret = page[start..start + page[start..].find('<').unwrap()].to_owned();
    assert!(secret.starts_with("whsec_"), "{secret}");
    (id, secret)
}

/// POSTs a row action of the webhooks page (toggle, rotate-secret, delete) with `client`.
async fn row_action(
    app: &TestApp,
    client: &reqwest::Client,
    id: i64,
    action: &str,
) -> reqwest::Response {
    let page = common::page_with(client, &app.url("/settings/webhooks")).await;
    let token = common::csrf_token(&page).expect("a form");
    client
        .post(app.url(&format!("/settings/webhooks/{id}/{action}")))
        .form(&[("csrf_token", token)])
        .send()
        .await
        .unwrap()
}

/// Leaves a visitor's message on the widget through the public endpoint.
async fn leave_message(app: &TestApp, widget_id: i64, text: &str) -> reqwest::Response {
    app.client
        .post(app.url(&format!("/public/widgets/{widget_id}/messages")))
        .form(&[
            ("name", "Ewa Nowak"),
            ("tel", "600 100 200"),
            ("email", "ewa@example.pl"),
            ("text", text),
        ])
        .send()
        .await
        .unwrap()
}

async fn message_event_reaches_the_receiver_signed(backend: Backend) {
    let app = start(backend, allow_loopback).await;
    let receiver = Receiver::start("127.0.0.1:0").await;
    let (account_id, widget_id) = account_with_widget(&app).await;
    let (_, secret) = add_webhook(&app, &receiver.url("/hook"), &["message.new"]).await;
    receiver.set_secret(&secret);

    let left = leave_message(&app, widget_id, "Proszę o wycenę bukietu.").await;
    assert_eq!(left.status(), StatusCode::OK);

    let received = receiver.wait_for(1).await;
    assert_eq!(received.len(), 1, "one delivery arrives");
    assert_eq!(receiver.state.rejected.load(Ordering::SeqCst), 0);
    let delivery = &received[0];
    assert_eq!(delivery.event, "message.new");
    assert_eq!(delivery.body["event"], "message.new");
    assert_eq!(delivery.body["account_id"], account_id);
    assert_eq!(delivery.body["data"]["widget_id"], widget_id);
    assert_eq!(
        delivery.body["data"]["widget_url"],
        "https://kwiaciarnia.pl"
    );
    assert_eq!(delivery.body["data"]["text"], "Proszę o wycenę bukietu.");
    assert_eq!(delivery.body["data"]["name"], "Ewa Nowak");
    assert_eq!(delivery.body["data"]["phone"], "+48600100200");
    assert_eq!(delivery.body["data"]["email"], "ewa@example.pl");
    let delivery_id: i64 = delivery.delivery.parse().unwrap();
    assert_eq!(
        app.scalar(&format!(
            "SELECT COUNT(*) FROM webhook_deliveries WHERE id = {delivery_id} AND status = 'delivered' AND attempts = 1"
        ))
        .await,
        1
    );
}

async fn call_event_reaches_the_receiver_signed(backend: Backend) {
    let app = start(backend, allow_loopback).await;
    let receiver = Receiver::start("127.0.0.1:0").await;
    app.sign_up("owner@kwiaciarnia.pl", PASSWORD).await;
    let account_id = app.scalar("SELECT id FROM accounts").await;
    let key = full_key(&app, account_id).await;
    let (widget_id, _, _) = api::staffed_widget(&app, &key, MANAGER_PHONE).await;
    let (_, secret) = add_webhook(
        &app,
        &receiver.url("/hook"),
        &["call.missed", "call.completed"],
    )
    .await;
    receiver.set_secret(&secret);

    // The manager lets the phone ring out, so the visitor's call is missed.
    telephony::set_script(
        &app.db.pool,
        MANAGER_PHONE,
        Script {
            answer: Answer::NoAnswer,
            ring_seconds: 1,
            talk_seconds: 0,
        },
    )
    .await
    .unwrap();
    let requested = app
        .client
        .post(app.url(&format!("/public/widgets/{widget_id}/calls")))
        .form(&[("tel", "+48600100200")])
        .send()
        .await
        .unwrap();
    let requested = api::into_answer(requested).await;
    assert_eq!(requested.status, StatusCode::OK, "{:?}", requested.body);
    let call_id = requested.data()["call_id"].as_i64().unwrap();
    let done = api::wait_for_final(&app, &key, call_id).await;
    assert_eq!(done["status"], "manager-failed");

    let received = receiver.wait_for(1).await;
    assert_eq!(received.len(), 1);
    assert_eq!(receiver.state.rejected.load(Ordering::SeqCst), 0);
    assert_eq!(received[0].event, "call.missed");
    assert_eq!(received[0].body["event"], "call.missed");
    assert_eq!(received[0].body["account_id"], account_id);
    assert_eq!(received[0].body["data"]["call_id"], call_id);
    assert_eq!(received[0].body["data"]["widget_id"], widget_id);
    assert_eq!(received[0].body["data"]["phone"], "+48600100200");
    assert_eq!(received[0].body["data"]["status"], "manager-failed");
    // call.new and call.ringing were recorded too, but this webhook did not choose them.
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert_eq!(receiver.received().len(), 1);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM webhook_deliveries").await,
        1
    );
    assert!(
        app.scalar(
            "SELECT COUNT(*) FROM notification_events WHERE kind IN ('call.new', 'call.ringing')"
        )
        .await
            >= 2
    );
}

async fn failing_receiver_is_retried_and_logged(backend: Backend) {
    let app = start(backend, allow_loopback).await;
    let receiver = Receiver::start("127.0.0.1:0").await;
    receiver.state.failures_left.store(2, Ordering::SeqCst);
    let (_, widget_id) = account_with_widget(&app).await;
    let (webhook_id, secret) = add_webhook(&app, &receiver.url("/hook"), &["message.new"]).await;
    receiver.set_secret(&secret);

    leave_message(&app, widget_id, "Czy dowozicie w niedzielę?").await;

    let received = receiver.wait_for(1).await;
    assert_eq!(received.len(), 1, "the third attempt is accepted");
    assert_eq!(receiver.state.failed.load(Ordering::SeqCst), 2);
    assert_eq!(receiver.state.rejected.load(Ordering::SeqCst), 0);
    // Give the worker a moment to commit the last attempt.
    for _ in 0..50 {
        if app
            .scalar("SELECT COUNT(*) FROM webhook_deliveries WHERE status = 'delivered'")
            .await
            == 1
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(
        app.scalar("SELECT attempts FROM webhook_deliveries").await,
        3
    );
    let codes: Vec<Option<i64>> =
        sqlx::query_scalar("SELECT status_code FROM webhook_attempts ORDER BY id")
            .fetch_all(&app.db.pool)
            .await
            .unwrap();
    assert_eq!(codes, vec![Some(500), Some(500), Some(200)]);

    let log = app.page(&format!("/settings/webhooks/{webhook_id}")).await;
    assert!(log.contains("data-status=\"delivered\""), "{log}");
    assert_eq!(log.matches("HTTP 500").count(), 2);
    assert_eq!(log.matches("HTTP 200").count(), 1);
    assert!(log.contains("<code>message.new</code>"));
    assert!(log.contains("Delivered"));
}

async fn private_addresses_are_refused_when_saved(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("owner@kwiaciarnia.pl", PASSWORD).await;
    for (url, address) in [
        ("http://127.0.0.1:8080/hook", "127.0.0.1"),
        ("http://localhost/hook", "127.0.0.1"),
        ("http://[::1]:9000/", "::1"),
        ("https://10.1.2.3/hook", "10.1.2.3"),
        ("https://192.168.0.10/hook", "192.168.0.10"),
        ("http://100.64.0.1/", "100.64.0.1"),
        ("http://[fe80::1]/", "fe80::1"),
        ("http://0.0.0.0/", "0.0.0.0"),
        ("http://[::ffff:127.0.0.1]/", "::ffff:127.0.0.1"),
    ] {
        let refused = app
            .submit(
                "/settings/webhooks",
                &[("url", url), ("events", "message.new")],
            )
            .await;
        assert_eq!(refused.status(), StatusCode::OK, "{url}");
        let page = refused.text().await.unwrap();
        let error = field_error(&page, "url").unwrap_or_default();
        assert_eq!(
            error,
            format!(
                "This address leads to {address}, which is not on the public internet. Webhooks may only reach public addresses."
            ),
            "{url}"
        );
    }
    for (url, message) in [
        (
            "ftp://example.com/hook",
            "Enter a full address starting with https:// or http://, such as https://example.com/dialback.",
        ),
        (
            "https://user:secret@example.com/hook",
            "Enter the address without a user name or password.",
        ),
        ("", "Enter the address that should receive the events."),
        (
            "http://1.1.1.1:0/",
            "Enter a port from 1 to 65535, or leave the port out.",
        ),
        (
            "http://1.1.1.1:99999/",
            "Enter a port from 1 to 65535, or leave the port out.",
        ),
    ] {
        let refused = app
            .submit(
                "/settings/webhooks",
                &[("url", url), ("events", "message.new")],
            )
            .await;
        assert_eq!(refused.status(), StatusCode::OK, "{url}");
        let page = refused.text().await.unwrap();
        assert_eq!(field_error(&page, "url").as_deref(), Some(message), "{url}");
    }
    let no_events = app
        .submit("/settings/webhooks", &[("url", "https://example.com/hook")])
        .await;
    assert_eq!(no_events.status(), StatusCode::OK);
    assert_eq!(
        field_error(&no_events.text().await.unwrap(), "events").as_deref(),
        Some("Choose at least one event from the list.")
    );
    assert_eq!(app.scalar("SELECT COUNT(*) FROM webhooks").await, 0);
}

/// Allows every network, as an operator might on a closed network.
fn allow_everything(config: &mut Config) {
    config.webhooks.allow_networks = vec!["0.0.0.0/0".parse().unwrap(), "::/0".parse().unwrap()];
}

async fn metadata_addresses_are_refused_with_their_own_message(backend: Backend) {
    for configure in [allow_loopback as fn(&mut Config), allow_everything] {
        let app = start(backend, configure).await;
        app.sign_up("owner@kwiaciarnia.pl", PASSWORD).await;
        for (url, address) in [
            (
                "http://169.254.169.254/latest/meta-data/",
                "169.254.169.254",
            ),
            ("http://169.254.170.2/v2/credentials", "169.254.170.2"),
            ("http://100.100.100.200/latest/", "100.100.100.200"),
            ("http://[fd00:ec2::254]/latest", "fd00:ec2::254"),
            ("http://[::ffff:169.254.170.2]/", "::ffff:169.254.170.2"),
        ] {
            let refused = app
                .submit(
                    "/settings/webhooks",
                    &[("url", url), ("events", "message.new")],
                )
                .await;
            assert_eq!(refused.status(), StatusCode::OK, "{url}");
            let page = refused.text().await.unwrap();
            assert_eq!(
                field_error(&page, "url").unwrap_or_default(),
                format!(
                    "This address leads to {address}, a cloud metadata service that can hand out the server’s credentials. Webhooks may never reach it, whatever the server allows."
                ),
                "{url}"
            );
        }
        assert_eq!(app.scalar("SELECT COUNT(*) FROM webhooks").await, 0);
    }
}

async fn redirect_to_a_forbidden_address_is_not_followed(backend: Backend) {
    let app = start(backend, allow_loopback_two_attempts).await;
    let receiver = Receiver::start("127.0.0.1:0").await;
    // A server on `::1`, which the allow option does not cover: it must never be reached.
    let forbidden = Receiver::start("[::1]:0").await;
    *receiver.state.evil_target.lock().unwrap() = forbidden.url("/stolen");
    let (_, widget_id) = account_with_widget(&app).await;
    let (followed_id, secret) = add_webhook(&app, &receiver.url("/hop"), &["message.new"]).await;
    let (refused_id, _) = add_webhook(&app, &receiver.url("/evil"), &["message.new"]).await;
    // Both webhooks sign with their own secret; the receiver checks the first one's.
    receiver.set_secret(&secret);

    leave_message(&app, widget_id, "Test przekierowania").await;

    let received = receiver.wait_for(1).await;
    assert_eq!(
        received.len(),
        1,
        "a redirect within allowed addresses is followed"
    );
    for _ in 0..100 {
        let failed = app
            .scalar(&format!(
                "SELECT COUNT(*) FROM webhook_deliveries WHERE webhook_id = {refused_id} AND status = 'failed'"
            ))
            .await;
        if failed == 1 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let errors: Vec<Option<String>> = sqlx::query_scalar(&format!(
        "SELECT a.error FROM webhook_attempts a JOIN webhook_deliveries d ON d.id = a.delivery_id WHERE d.webhook_id = {refused_id} ORDER BY a.id"
    ))
    .fetch_all(&app.db.pool)
    .await
    .unwrap();
    assert_eq!(
        errors,
        vec![
            Some("forbidden-address".to_owned()),
            Some("forbidden-address".to_owned())
        ]
    );
    assert!(
        forbidden.state.paths.lock().unwrap().is_empty(),
        "the forbidden address was reached"
    );
    let log = app.page(&format!("/settings/webhooks/{refused_id}")).await;
    assert!(log.contains("data-status=\"failed\""));
    assert!(log.contains("Refused: the address is not on the public internet"));
    let followed = app.page(&format!("/settings/webhooks/{followed_id}")).await;
    assert!(followed.contains("data-status=\"delivered\""));
}

async fn only_owners_and_admins_manage_webhooks(backend: Backend) {
    let app = start(backend, allow_loopback).await;
    app.sign_up("owner@kwiaciarnia.pl", PASSWORD).await;
    let (webhook_id, secret) = add_webhook(&app, "http://127.0.0.1:9/hook", &["message.new"]).await;
    for (name, email, role) in [
        ("Marek Nowak", "marek@kwiaciarnia.pl", "manager"),
        ("Anna Wiśniewska", "anna@kwiaciarnia.pl", "admin"),
    ] {
        app.submit(
            "/team",
            &[
                ("name", name),
                ("email", email),
                ("phone_number", ""),
                ("role", role),
            ],
        )
        .await;
    }
    sqlx::query("UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE role = 'owner') WHERE role <> 'owner'").execute(&app.db.pool).await.unwrap();

    let manager = app.new_browser();
    let login = submit_with(
        &manager,
        &app.base,
        "/login",
        &[("email", "marek@kwiaciarnia.pl"), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(login.status(), StatusCode::SEE_OTHER);
    let page = common::page_with(&manager, &app.url("/settings/webhooks")).await;
    assert!(
        page.contains("Only the account&#39;s owners and admins can manage webhooks.")
            || page.contains("Only the account's owners and admins can manage webhooks."),
        "{page}"
    );
    assert!(!page.contains(&secret), "a manager never sees the secret");
    let token = common::csrf_token(&page).unwrap();
    let post = |path: String, fields: Vec<(&'static str, String)>| {
        let manager = manager.clone();
        let token = token.clone();
        async move {
            let mut form = fields;
            form.push(("csrf_token", token));
            manager
                .post(path)
                .form(&form)
                .send()
                .await
                .unwrap()
                .status()
        }
    };
    assert_eq!(
        post(
            app.url("/settings/webhooks"),
            vec![
                ("url", "https://example.com/hook".to_owned()),
                ("events", "message.new".to_owned())
            ]
        )
        .await,
        StatusCode::FORBIDDEN
    );
    for action in ["toggle", "rotate-secret", "delete"] {
        assert_eq!(
            post(
                app.url(&format!("/settings/webhooks/{webhook_id}/{action}")),
                vec![]
            )
            .await,
            StatusCode::FORBIDDEN,
            "{action}"
        );
    }
    let log = manager
        .get(app.url(&format!("/settings/webhooks/{webhook_id}")))
        .send()
        .await
        .unwrap();
    assert_eq!(log.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM webhooks WHERE enabled = 1")
            .await,
        1
    );

    let admin = app.new_browser();
    submit_with(
        &admin,
        &app.base,
        "/login",
        &[("email", "anna@kwiaciarnia.pl"), ("password", PASSWORD)],
    )
    .await;
    let toggled = row_action(&app, &admin, webhook_id, "toggle").await;
    assert_eq!(location(&toggled), "/settings/webhooks?saved=1");
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM webhooks WHERE enabled = 0")
            .await,
        1
    );
}

async fn settings_changes_are_audited(backend: Backend) {
    let app = start(backend, allow_loopback).await;
    app.sign_up("owner@kwiaciarnia.pl", PASSWORD).await;
    let (id, secret) = add_webhook(
        &app,
        "http://127.0.0.1:9/hook?token=abc",
        &["message.new", "call.missed"],
    )
    .await;
    let page = app.page("/settings/webhooks").await;
    assert!(page.contains("Missed call, New message"), "{page}");

    for action in ["toggle", "toggle", "rotate-secret"] {
        let done = row_action(&app, &app.client, id, action).await;
        assert_eq!(location(&done), "/settings/webhooks?saved=1");
    }
    let rotated: String = sqlx::query_scalar("SELECT secret FROM webhooks")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    assert_ne!(rotated, secret);
    assert!(app.page("/settings/webhooks").await.contains(&rotated));
    let deleted = row_action(&app, &app.client, id, "delete").await;
    assert_eq!(location(&deleted), "/settings/webhooks?saved=1");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM webhooks").await, 0);

    let kinds: Vec<String> =
        sqlx::query_scalar("SELECT kind FROM activity WHERE kind LIKE 'WEBHOOK_%' ORDER BY id")
            .fetch_all(&app.db.pool)
            .await
            .unwrap();
    assert_eq!(
        kinds,
        vec![
            "WEBHOOK_ADDED",
            "WEBHOOK_DISABLED",
            "WEBHOOK_ENABLED",
            "WEBHOOK_SECRET_ROTATED",
            "WEBHOOK_DELETED"
        ]
    );
    let details: Vec<String> =
        sqlx::query_scalar("SELECT details FROM activity WHERE kind LIKE 'WEBHOOK_%'")
            .fetch_all(&app.db.pool)
            .await
            .unwrap();
    assert!(
        details
            .iter()
            .all(|d| !d.contains("token=abc") && !d.contains("whsec_")),
        "activity entries hold neither the URL's query nor the secret: {details:?}"
    );
    let activity = app.page("/settings/activity").await;
    assert!(
        activity.contains("A webhook&#39;s signing secret was replaced.")
            || activity.contains("A webhook's signing secret was replaced.")
    );
}

/// Runs the README's Python verification example against a real delivery.
async fn readme_example_verifies_a_delivery(backend: Backend) {
    let app = start(backend, allow_loopback).await;
    let raw = Arc::new(Mutex::new(None::<(String, Vec<u8>)>));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let captured = raw.clone();
    let server = tokio::spawn(async move {
        let app =
            axum::Router::new().fallback(move |headers: HeaderMap, body: axum::body::Bytes| {
                let captured = captured.clone();
                async move {
                    let header = headers
                        .get("dialback-signature")
                        .and_then(|v| v.to_str().ok())
                        .unwrap_or_default()
                        .to_owned();
                    *captured.lock().unwrap() = Some((header, body.to_vec()));
                    AxumStatus::NO_CONTENT
                }
            });
        axum::serve(listener, app).await.unwrap();
    });
    let (_, widget_id) = account_with_widget(&app).await;
    let (_, secret) = add_webhook(&app, &format!("http://{address}/"), &["message.new"]).await;
    leave_message(&app, widget_id, "Zażółć gęślą jaźń").await;
    let mut delivery = None;
    for _ in 0..200 {
        delivery = raw.lock().unwrap().clone();
        if delivery.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    server.abort();
    let (header, body) = delivery.expect("a delivery arrives");

    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md")).unwrap();
    let section = &readme[readme.find("## Webhooks").expect("a Webhooks section")..];
    let start = section.find("```python\n").expect("a Python example") + "```python\n".len();
    let example = &section[start..start + section[start..].find("```").unwrap()];
    let dir = tempfile::tempdir().unwrap();
    let body_path = dir.path().join("body");
    std::fs::write(&body_path, &body).unwrap();
    let script = format!(
        "{example}\nimport sys\nbody = open(sys.argv[3], 'rb').read()\nprint('valid' if verify(sys.argv[1], sys.argv[2], body) else 'invalid')\nprint('valid' if verify(sys.argv[1], sys.argv[2], body + b' ') else 'invalid')\n"
    );
    let output = std::process::Command::new("python3")
        .arg("-c")
        .arg(&script)
        .arg(&secret)
        .arg(&header)
        .arg(&body_path)
        .output()
        .expect("python3 runs");
    assert!(output.status.success(), "{output:?}");
    assert_eq!(String::from_utf8_lossy(&output.stdout), "valid\ninvalid\n");
}

#[test]
fn verify_rejects_old_or_altered_requests() {
    let body = br#"{"event":"call.missed"}"#;
    let now = 1_700_000_000;
    let header = format!(
        "t={now},v1={}",
        dialback_server::webhooks::signature::digest("whsec_k", now, body)
    );
    assert!(verify("whsec_k", &header, body, now));
    assert!(verify("whsec_k", &header, body, now + TOLERANCE_SECONDS));
    assert!(!verify(
        "whsec_k",
        &header,
        body,
        now + TOLERANCE_SECONDS + 1
    ));
    assert!(!verify("whsec_other", &header, body, now));
    assert!(!verify("whsec_k", &header, b"{}", now));
    assert!(!verify("whsec_k", "v1=00", body, now));
}

/// Waits until the database holds `count` webhook deliveries.
async fn wait_for_deliveries(app: &TestApp, count: i64) {
    for _ in 0..200 {
        if app.scalar("SELECT COUNT(*) FROM webhook_deliveries").await >= count {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("{count} deliveries were not queued");
}

async fn hanging_receiver_does_not_delay_other_webhooks(backend: Backend) {
    let app = start(backend, allow_loopback).await;
    let receiver = Receiver::start("127.0.0.1:0").await;
    let (_, widget_id) = account_with_widget(&app).await;
    add_webhook(&app, &receiver.url("/hang"), &["message.new"]).await;
    for n in 0..20 {
        let left = leave_message(&app, widget_id, &format!("Wiadomość numer {n}.")).await;
        assert_eq!(left.status(), StatusCode::OK);
    }
    wait_for_deliveries(&app, 20).await;

    let (_, secret) = add_webhook(&app, &receiver.url("/hook"), &["message.new"]).await;
    receiver.set_secret(&secret);
    let started = std::time::Instant::now();
    leave_message(&app, widget_id, "Czy ktoś odbierze?").await;
    let mut received = Vec::new();
    while started.elapsed() < Duration::from_secs(4) && received.is_empty() {
        tokio::time::sleep(Duration::from_millis(50)).await;
        received = receiver.received();
    }
    assert_eq!(
        received.len(),
        1,
        "the healthy webhook is delivered within 4 s while the other one hangs"
    );
    assert_eq!(received[0].body["data"]["text"], "Czy ktoś odbierze?");
    // The hanging receiver holds one request at a time, not one per queued delivery.
    let hanging = receiver
        .state
        .paths
        .lock()
        .unwrap()
        .iter()
        .filter(|path| *path == "/hang")
        .count();
    assert_eq!(hanging, 1, "one delivery in flight per webhook");
}

async fn call_events_arrive_in_order_with_times_in_seconds(backend: Backend) {
    let app = start(backend, allow_loopback).await;
    let receiver = Receiver::start("127.0.0.1:0").await;
    app.sign_up("owner@kwiaciarnia.pl", PASSWORD).await;
    let account_id = app.scalar("SELECT id FROM accounts").await;
    let key = full_key(&app, account_id).await;
    let (widget_id, _, _) = api::staffed_widget(&app, &key, MANAGER_PHONE).await;
    let (_, secret) = add_webhook(
        &app,
        &receiver.url("/hook"),
        &["call.new", "call.ringing", "call.missed"],
    )
    .await;
    receiver.set_secret(&secret);
    telephony::set_script(
        &app.db.pool,
        MANAGER_PHONE,
        Script {
            answer: Answer::NoAnswer,
            ring_seconds: 1,
            talk_seconds: 0,
        },
    )
    .await
    .unwrap();
    let before = jiff::Timestamp::now().as_second();
    let requested = app
        .client
        .post(app.url(&format!("/public/widgets/{widget_id}/calls")))
        .form(&[("tel", "+48600100200")])
        .send()
        .await
        .unwrap();
    let call_id = api::into_answer(requested).await.data()["call_id"]
        .as_i64()
        .unwrap();
    api::wait_for_final(&app, &key, call_id).await;

    let received = receiver.wait_for(3).await;
    let events: Vec<&str> = received.iter().map(|r| r.event.as_str()).collect();
    assert_eq!(events, ["call.new", "call.ringing", "call.missed"]);
    let after = jiff::Timestamp::now().as_second();
    let mut last_id = 0;
    for delivery in &received {
        let body = &delivery.body;
        let event_id = body["event_id"].as_i64().expect("event_id");
        assert_eq!(body["id"], event_id);
        assert!(event_id > last_id, "event ids grow");
        last_id = event_id;
        for time in [
            &body["occurred_at"],
            &body["created_at"],
            &body["data"]["at"],
        ] {
            let seconds = time.as_i64().expect("a time");
            assert!(
                (before - 1..=after + 1).contains(&seconds),
                "{time} is in Unix seconds"
            );
        }
    }
}

both_databases!(
    hanging_receiver_does_not_delay_other_webhooks,
    call_events_arrive_in_order_with_times_in_seconds,
    message_event_reaches_the_receiver_signed,
    call_event_reaches_the_receiver_signed,
    failing_receiver_is_retried_and_logged,
    private_addresses_are_refused_when_saved,
    metadata_addresses_are_refused_with_their_own_message,
    redirect_to_a_forbidden_address_is_not_followed,
    only_owners_and_admins_manage_webhooks,
    settings_changes_are_audited,
    readme_example_verifies_a_delivery,
);
