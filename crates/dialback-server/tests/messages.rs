//! Visitors' messages over HTTP on both databases: left through the public widget
//! endpoint, stored per widget, listed on the dashboard, refused for blacklisted
//! visitors, and recorded as `message.new` events.

mod common;

use common::api::{call, full_key};
use common::browser::Browser;
use common::{Backend, TestApp, location};
use fantoccini::Locator;
use reqwest::{Method, StatusCode};
use serde_json::Value;

const PASSWORD: &str = "zielona-herbata-42";

/// Signs up an owner and creates a Polish widget; returns (account id, widget id, key).
async fn account_with_widget(app: &TestApp) -> (i64, i64, String) {
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
    assert_eq!(widget.status, StatusCode::OK, "{:?}", widget.body);
    (account_id, widget.data()["id"].as_i64().unwrap(), key)
}

async fn post_message(
    app: &TestApp,
    widget_id: i64,
    fields: &[(&str, &str)],
) -> (StatusCode, Value) {
    let response = app
        .client
        .post(app.url(&format!("/public/widgets/{widget_id}/messages")))
        .form(fields)
        .send()
        .await
        .unwrap();
    let status = response.status();
    (status, response.json().await.expect("a JSON envelope"))
}

fn polish(id: &str) -> String {
    dialback_server::platform::i18n::Tr::new(dialback_domain::Language::Polish).t(id)
}

async fn message_is_stored_listed_and_recorded(backend: Backend) {
    let app = TestApp::start(backend).await;
    let (account_id, widget_id, _) = account_with_widget(&app).await;

    let (status, body) = post_message(
        &app,
        widget_id,
        &[
            ("name", "Ewa Nowak"),
            ("tel", "600 100 200"),
            ("email", "ewa@example.pl"),
            ("text", "Proszę o telefon po 17:00.\nBukiet na sobotę."),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["data"]["message"], polish("widget-message-received"));
    let message_id = body["data"]["message_id"].as_i64().unwrap();

    let stored: (i64, Option<String>, Option<String>, Option<String>, String) = sqlx::query_as(
        "SELECT widget_id, visitor_name, phone_e164, email, text FROM visitor_messages WHERE id = $1",
    )
    .bind(message_id)
    .fetch_one(&app.db.pool)
    .await
    .unwrap();
    assert_eq!(
        stored,
        (
            widget_id,
            Some("Ewa Nowak".to_owned()),
            Some("+48600100200".to_owned()),
            Some("ewa@example.pl".to_owned()),
            "Proszę o telefon po 17:00.\nBukiet na sobotę.".to_owned()
        )
    );

    let (kind, payload): (String, String) =
        sqlx::query_as("SELECT kind, payload FROM notification_events WHERE account_id = $1")
            .bind(account_id)
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
    assert_eq!(kind, "message.new");
    let payload: Value = serde_json::from_str(&payload).unwrap();
    assert_eq!(payload["message_id"], message_id);
    assert_eq!(
        payload["text"],
        "Proszę o telefon po 17:00.\nBukiet na sobotę."
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM activity WHERE kind = 'MESSAGE_RECEIVED'")
            .await,
        1
    );

    let page = app.page("/messages").await;
    assert!(page.contains("href=\"/messages\" aria-current=\"page\""));
    assert!(page.contains("Ewa Nowak"));
    assert!(page.contains("+48 600 100 200"));
    assert!(page.contains("ewa@example.pl"));
    assert!(page.contains("Proszę o telefon po 17:00.\nBukiet na sobotę."));
    assert!(page.contains("1 message."));
    let other_widget = app
        .page(&format!("/messages?widget_id={}", widget_id + 1000))
        .await;
    assert!(other_widget.contains("No messages yet."));
}

async fn message_from_a_blacklisted_address_is_refused(backend: Backend) {
    let app = TestApp::start(backend).await;
    let (_, widget_id, _) = account_with_widget(&app).await;
    let added = app
        .submit(
            "/settings/ip-addresses",
            &[
                ("address", "127.0.0.0/8"),
                ("list_type", "blacklist"),
                ("note", "spam"),
            ],
        )
        .await;
    assert_eq!(location(&added), "/settings/ip-addresses?saved=1");

    let (status, body) = post_message(
        &app,
        widget_id,
        &[("tel", "600 100 200"), ("text", "Kup tanie zegarki")],
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body["message"], polish("public-error-unavailable"));
    assert_eq!(app.scalar("SELECT COUNT(*) FROM visitor_messages").await, 0);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM notification_events").await,
        0
    );
    assert_eq!(app.scalar("SELECT hit_count FROM ip_rules").await, 1);
}

async fn invalid_or_blocked_messages_are_rejected(backend: Backend) {
    let app = TestApp::start(backend).await;
    let (_, widget_id, _) = account_with_widget(&app).await;

    let (status, body) = post_message(&app, widget_id, &[("text", "Bez kontaktu")]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        body["message"]
            .as_str()
            .unwrap()
            .contains(&polish("error-message-contact-missing")),
        "{body}"
    );
    let long = "a".repeat(2001);
    let (status, _) = post_message(&app, widget_id, &[("tel", "600100200"), ("text", &long)]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, _) =
        post_message(&app, widget_id, &[("email", "nie-e-mail"), ("text", "x")]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, _) = post_message(&app, widget_id, &[("email", "a@example.pl")]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);

    let blocked = app
        .submit(
            "/settings/blacklisted-numbers",
            &[("phone_number", "+48600100200")],
        )
        .await;
    assert_eq!(location(&blocked), "/settings/blacklisted-numbers?saved=1");
    let (status, body) = post_message(
        &app,
        widget_id,
        &[("tel", "600 100 200"), ("text", "Oddzwonicie?")],
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["message"], polish("public-error-message-refused"));

    let foreign = app
        .client
        .post(app.url(&format!("/public/widgets/{widget_id}/messages")))
        .header("origin", "https://evil.example.com")
        .form(&[("email", "a@example.pl"), ("text", "x")])
        .send()
        .await
        .unwrap();
    // Without trusted domains any page may use the widget; with one, others are refused.
    assert_eq!(foreign.status(), StatusCode::OK);
    sqlx::query("INSERT INTO widget_domains (widget_id, domain) VALUES ($1, 'kwiaciarnia.pl')")
        .bind(widget_id)
        .execute(&app.db.pool)
        .await
        .unwrap();
    let foreign = app
        .client
        .post(app.url(&format!("/public/widgets/{widget_id}/messages")))
        .header("origin", "https://evil.example.com")
        .form(&[("email", "a@example.pl"), ("text", "x")])
        .send()
        .await
        .unwrap();
    assert_eq!(foreign.status(), StatusCode::FORBIDDEN);
    let trusted = app
        .client
        .post(app.url(&format!("/public/widgets/{widget_id}/messages")))
        .header("origin", "https://kwiaciarnia.pl")
        .form(&[("email", "a@example.pl"), ("text", "Dzień dobry")])
        .send()
        .await
        .unwrap();
    assert_eq!(trusted.status(), StatusCode::OK);
    assert_eq!(
        trusted.headers()["access-control-allow-origin"],
        "https://kwiaciarnia.pl"
    );
    assert_eq!(app.scalar("SELECT COUNT(*) FROM visitor_messages").await, 2);
}

async fn api_message_records_the_same_event(backend: Backend) {
    let app = TestApp::start(backend).await;
    let (_, widget_id, key) = account_with_widget(&app).await;
    let left = call(
        &app,
        &key,
        Method::POST,
        &format!("/api/v2/external/widgets/{widget_id}/message"),
        &[("email", "jan@example.pl"), ("text", "Z integracji")],
    )
    .await;
    assert_eq!(left.status, StatusCode::OK, "{:?}", left.body);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM notification_events WHERE kind = 'message.new'")
            .await,
        1
    );
    let source: String =
        sqlx::query_scalar("SELECT source FROM activity WHERE kind = 'MESSAGE_RECEIVED'")
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
    assert_eq!(source, "api");
    assert!(app.page("/messages").await.contains("Z integracji"));
}

async fn api_lists_messages_of_covered_widgets(backend: Backend) {
    let app = TestApp::start(backend).await;
    let (account_id, widget_id, key) = account_with_widget(&app).await;
    let other = call(
        &app,
        &key,
        Method::POST,
        "/api/v1/external/widgets/create",
        &[("url", "https://sklep.example.pl"), ("locale_code", "en")],
    )
    .await;
    let other_id = other.data()["id"].as_i64().unwrap();
    for (widget, text) in [(widget_id, "Pierwsza"), (other_id, "Second")] {
        let (status, body) =
            post_message(&app, widget, &[("email", "ewa@example.pl"), ("text", text)]).await;
        assert_eq!(status, StatusCode::OK, "{body}");
    }

    let all = call(&app, &key, Method::GET, "/api/v3/external/messages", &[]).await;
    assert_eq!(all.status, StatusCode::OK, "{:?}", all.body);
    assert_eq!(all.body["meta"]["count"], 2);
    assert_eq!(all.data()[0]["text"], "Second", "newest first");
    assert_eq!(all.data()[0]["widget_id"], other_id);
    assert_eq!(all.data()[1]["email"], "ewa@example.pl");

    let one = call(
        &app,
        &key,
        Method::GET,
        "/api/v3/external/messages",
        &[("widget_id", &widget_id.to_string())],
    )
    .await;
    assert_eq!(one.body["meta"]["count"], 1);
    assert_eq!(one.data()[0]["text"], "Pierwsza");

    let scoped = common::api::key(
        &app,
        account_id,
        &[dialback_domain::Permission::CallsView],
        Some(&[widget_id]),
    )
    .await;
    let visible = call(&app, &scoped, Method::GET, "/api/v3/external/messages", &[]).await;
    assert_eq!(visible.body["meta"]["count"], 1);
    assert_eq!(visible.data()[0]["widget_id"], widget_id);
    let hidden = call(
        &app,
        &scoped,
        Method::GET,
        "/api/v3/external/messages",
        &[("widget_id", &other_id.to_string())],
    )
    .await;
    assert_eq!(hidden.status, StatusCode::NOT_FOUND);
    let no_permission = common::api::key(
        &app,
        account_id,
        &[dialback_domain::Permission::WidgetsView],
        None,
    )
    .await;
    let refused = call(
        &app,
        &no_permission,
        Method::GET,
        "/api/v3/external/messages",
        &[],
    )
    .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
}

/// Finds the element matching `css` in the widget preview's message form.
async fn in_message_form(browser: &Browser, css: &str) -> fantoccini::elements::Element {
    browser
        .client
        .find(Locator::Css(&format!(
            "#widget-preview .dialback-message {css}"
        )))
        .await
        .unwrap_or_else(|e| panic!("{css} in the message form: {e}"))
}

async fn visitor_leaves_a_message_in_chromium(backend: Backend) {
    let app = TestApp::start(backend).await;
    let (_, widget_id, _) = account_with_widget(&app).await;
    let browser = Browser::start().await;
    browser.client.goto(&app.url("/login")).await.unwrap();
    browser.fill("email", "owner@kwiaciarnia.pl").await;
    browser.fill("password", PASSWORD).await;
    browser.submit().await;

    browser
        .client
        .goto(&app.url(&format!("/widgets/{widget_id}/preview")))
        .await
        .unwrap();
    browser
        .client
        .wait()
        .for_element(Locator::Css("[data-dialback-ready='true']"))
        .await
        .unwrap();
    let summary = in_message_form(&browser, "summary").await;
    assert_eq!(
        summary.text().await.unwrap(),
        polish("widget-message-title")
    );
    summary.click().await.unwrap();
    for (name, value) in [
        ("name", "Ewa Nowak"),
        ("email", "ewa@example.pl"),
        ("text", "Proszę o kontakt w sprawie wesela."),
    ] {
        in_message_form(&browser, &format!("[name='{name}']"))
            .await
            .send_keys(value)
            .await
            .unwrap();
    }
    in_message_form(&browser, "button[type='submit']")
        .await
        .click()
        .await
        .unwrap();
    let mut status = String::new();
    for _ in 0..100 {
        status = in_message_form(&browser, ".dialback-status")
            .await
            .text()
            .await
            .unwrap();
        if !status.is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(status, polish("widget-message-received"));

    browser.client.goto(&app.url("/messages")).await.unwrap();
    let listed = browser.text_of("table.list tbody").await;
    assert!(listed.contains("Ewa Nowak"), "{listed}");
    assert!(
        listed.contains("Proszę o kontakt w sprawie wesela."),
        "{listed}"
    );
    browser.client.clone().close().await.unwrap();
}

async fn malformed_widget_paths_answer_in_the_json_envelope(backend: Backend) {
    let app = TestApp::start(backend).await;
    account_with_widget(&app).await;
    for (method, path) in [
        (Method::POST, "/public/widgets/abc/messages"),
        (Method::POST, "/public/widgets/abc/calls"),
        (Method::GET, "/public/widgets/abc/config"),
        (
            Method::POST,
            "/public/widgets/99999999999999999999/messages",
        ),
        (Method::POST, "/public/widgets/999/messages"),
    ] {
        let response = app
            .client
            .request(method.clone(), app.url(path))
            .header("accept-language", "pl-PL,pl;q=0.9")
            .form(&[("email", "a@example.pl"), ("text", "x")])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{path}");
        let body: Value = response.json().await.expect("a JSON envelope");
        assert_eq!(body["hasError"], true, "{path}");
        assert_eq!(
            body["message"],
            polish("public-error-unavailable"),
            "{path}"
        );
    }
}

async fn visitor_errors_are_plain_and_allow_tabs_and_line_breaks(backend: Backend) {
    let app = TestApp::start(backend).await;
    let (_, widget_id, _) = account_with_widget(&app).await;
    let (status, _) = post_message(
        &app,
        widget_id,
        &[
            ("tel", "600100200"),
            ("text", "Dzień dobry,\n\tproszę o telefon.\r\nEwa"),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::OK, "tabs and line breaks are accepted");
    let (status, body) = post_message(
        &app,
        widget_id,
        &[("tel", "600100200"), ("text", "Dzień\u{1}dobry")],
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        body["message"],
        "Usuń z wiadomości znaki sterujące, np. wklejone z innego programu. Podziały wiersza i tabulatory mogą zostać."
    );
    assert_eq!(body["data"]["field"], "text");
    let (_, body) = post_message(&app, widget_id, &[("text", "Bez kontaktu")]).await;
    assert_eq!(body["message"], polish("error-message-contact-missing"));
    let (_, body) = post_message(&app, widget_id, &[("tel", "12"), ("text", "x")]).await;
    let message = body["message"].as_str().unwrap();
    assert!(!message.contains("parametr"), "{message}");
    assert!(message.starts_with("Wpisz prawidłowy numer"), "{message}");
}

both_databases!(
    visitor_errors_are_plain_and_allow_tabs_and_line_breaks,
    malformed_widget_paths_answer_in_the_json_envelope,
    message_is_stored_listed_and_recorded,
    message_from_a_blacklisted_address_is_refused,
    invalid_or_blocked_messages_are_rejected,
    api_message_records_the_same_event,
    api_lists_messages_of_covered_widgets,
    visitor_leaves_a_message_in_chromium,
);
