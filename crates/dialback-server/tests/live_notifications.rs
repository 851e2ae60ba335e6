//! Desktop notifications, live: the server-sent event stream of a signed-in user, and
//! the dashboard script that shows each notification in headless Chromium.

mod common;

use std::time::Duration;

use common::api::{call, full_key, staffed_widget, wait_for_final};
use common::browser::Browser;
use common::{Backend, TestApp};
use dialback_domain::Language;
use dialback_server::platform::i18n::Tr;
use dialback_server::telephony;
use dialback_telephony::simulator::{Answer, Script};
use fantoccini::Locator;
use reqwest::{Method, StatusCode};

const PASSWORD: &str = "zielona-herbata-42";

/// Inserts a desktop notification the way the desktop channel does; returns its id.
async fn insert_notification(app: &TestApp, user_id: i64, title: &str, link: Option<&str>) -> i64 {
    let account_id: i64 = sqlx::query_scalar("SELECT account_id FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    sqlx::query_scalar(
        "INSERT INTO desktop_notifications (account_id, user_id, title, body, link, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(account_id)
    .bind(user_id)
    .bind(title)
    .bind(format!("{title}: details"))
    .bind(link)
    .bind(jiff::Timestamp::now().as_microsecond())
    .fetch_one(&app.db.pool)
    .await
    .unwrap()
}

async fn user_id(app: &TestApp, email: &str) -> i64 {
    sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
        .bind(email)
        .fetch_one(&app.db.pool)
        .await
        .unwrap()
}

/// Reads the event stream until `needle` appears or five seconds pass; returns all read.
async fn read_until(stream: &mut reqwest::Response, needle: &str) -> String {
    let mut seen = String::new();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    while !seen.contains(needle) {
        let left = deadline.saturating_duration_since(tokio::time::Instant::now());
        match tokio::time::timeout(left, stream.chunk()).await {
            Ok(Ok(Some(bytes))) => seen.push_str(&String::from_utf8_lossy(&bytes)),
            Ok(Ok(None)) => panic!("the stream ended before {needle:?}; read: {seen}"),
            Ok(Err(error)) => panic!("the stream failed ({error}); read: {seen}"),
            Err(_) => panic!("no {needle:?} within five seconds; read: {seen}"),
        }
    }
    seen
}

async fn open_stream(
    client: &reqwest::Client,
    app: &TestApp,
    last_event_id: Option<i64>,
) -> reqwest::Response {
    let mut request = client.get(app.url("/notifications/stream"));
    if let Some(id) = last_event_id {
        request = request.header("Last-Event-ID", id.to_string());
    }
    let response = request.send().await.expect("the stream opens");
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()["content-type"].to_str().unwrap(),
        "text/event-stream"
    );
    response
}

async fn stream_requires_sign_in(backend: Backend) {
    let app = TestApp::start(backend).await;

    let response = app.get("/notifications/stream").await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let login = app.page("/login").await;
    assert!(
        !login.contains("notifications.js"),
        "signed-out pages load no notification script"
    );

    app.sign_up("zofia@kwiaciarnia.pl", PASSWORD).await;
    let calls = app.page("/calls").await;
    assert!(calls.contains(r#"<script src="/static/notifications.js" defer></script>"#));
    assert!(calls.contains(r#"role="status""#));
    let script = app.get("/static/notifications.js").await;
    assert_eq!(script.status(), StatusCode::OK);
    assert!(script.text().await.unwrap().contains("EventSource"));
}

async fn stream_sends_only_new_rows_of_the_user(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("zofia@kwiaciarnia.pl", PASSWORD).await;
    let zofia = user_id(&app, "zofia@kwiaciarnia.pl").await;
    let other_browser = app.new_browser();
    common::submit_with(
        &other_browser,
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
    let jan = user_id(&app, "jan@piekarnia.pl").await;
    let before_connect = insert_notification(&app, zofia, "Older notification", None).await;

    let mut stream = open_stream(&app.client, &app, None).await;
    insert_notification(&app, jan, "Another account's call", None).await;
    let fresh = insert_notification(&app, zofia, "New call", Some("/calls/7")).await;
    let seen = read_until(&mut stream, &format!("id: {fresh}")).await;

    assert!(seen.contains("event: notification"), "{seen}");
    assert!(seen.contains(r#""title":"New call""#), "{seen}");
    assert!(seen.contains(r#""link":"/calls/7""#), "{seen}");
    assert!(!seen.contains("Older notification"), "{seen}");
    assert!(!seen.contains("Another account"), "{seen}");

    // A row whose transaction commits after a higher id was streamed still arrives.
    // Explicit ids stand in for the two transactions: the higher id commits first.
    let insert_with_id = |id: i64, title: &'static str| {
        sqlx::query(
            "INSERT INTO desktop_notifications (id, account_id, user_id, title, body, created_at) \
             SELECT $1, account_id, user_id, $2, 'details', created_at FROM desktop_notifications WHERE id = $3",
        )
        .bind(id)
        .bind(title)
        .bind(fresh)
        .execute(&app.db.pool)
    };
    insert_with_id(fresh + 10, "Committed first").await.unwrap();
    read_until(&mut stream, &format!("id: {}", fresh + 10)).await;
    insert_with_id(fresh + 5, "Committed second").await.unwrap();
    let seen = read_until(&mut stream, &format!("id: {}", fresh + 5)).await;
    assert!(seen.contains("Committed second"), "{seen}");
    assert!(!seen.contains("Committed first"), "sent once: {seen}");

    // A reconnecting EventSource names the last event it saw and gets what followed it.
    let mut resumed = open_stream(&app.client, &app, Some(before_connect)).await;
    let seen = read_until(&mut resumed, &format!("id: {fresh}")).await;
    assert!(!seen.contains("Older notification"), "{seen}");
    assert!(seen.contains("New call"), "{seen}");
}

async fn stream_ends_when_the_server_stops(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("zofia@kwiaciarnia.pl", PASSWORD).await;
    let client = app.client.clone();
    let mut stream = open_stream(&client, &app, None).await;

    drop(app);
    let ended = tokio::time::timeout(Duration::from_secs(5), async {
        loop {
            match stream.chunk().await {
                Ok(Some(_)) => continue,
                Ok(None) | Err(_) => return,
            }
        }
    })
    .await;
    assert!(
        ended.is_ok(),
        "the stream still runs five seconds after shutdown"
    );
}

async fn missed_call_shows_in_the_page_in_chromium(backend: Backend) {
    let app = TestApp::start(backend).await;
    let browser = Browser::start().await;

    browser.client.goto(&app.url("/signup")).await.unwrap();
    browser.fill("company_name", "Pracownia Łódź").await;
    browser.fill("name", "Żaneta Wójcik").await;
    browser.fill("email", "zaneta@pracownia.pl").await;
    browser.fill("password", PASSWORD).await;
    browser.submit().await;
    let account_id = app.scalar("SELECT id FROM accounts").await;
    let secret = full_key(&app, account_id).await;
    let (widget, _, _) = staffed_widget(&app, &secret, "+48600000001").await;
    // The manager does not pick up, so the visitor's call is missed.
    telephony::set_script(
        &app.db.pool,
        "+48600000001",
        Script {
            answer: Answer::NoAnswer,
            ring_seconds: 1,
            talk_seconds: 0,
        },
    )
    .await
    .unwrap();

    browser.client.goto(&app.url("/calls")).await.unwrap();
    browser
        .client
        .wait()
        .for_element(Locator::Css(
            "#live-notifications[data-live-state='connected']",
        ))
        .await
        .unwrap();
    assert!(
        browser
            .client
            .find_all(Locator::Css(".live-item"))
            .await
            .unwrap()
            .is_empty()
    );

    let placed = call(
        &app,
        &secret,
        Method::POST,
        "/api/v1/external/widgets/call",
        &[("id", &widget.to_string()), ("tel", "+48600100200")],
    )
    .await;
    assert_eq!(placed.status, StatusCode::OK, "{:?}", placed.body);
    let call_id = placed.data()["id"].as_i64().unwrap();
    let done = wait_for_final(&app, &secret, call_id).await;
    assert_eq!(done["status"], "manager-failed");

    let item = browser
        .client
        .wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Css("[role='status'] .live-item"))
        .await
        .unwrap();
    let text = item.text().await.unwrap();
    // What the desktop channel delivered for this call is what the page shows.
    let (title, body): (String, String) =
        sqlx::query_as("SELECT title, body FROM desktop_notifications WHERE link = $1")
            .bind(format!("/calls/{call_id}"))
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
    assert!(text.contains(&title), "{text}");
    assert!(text.contains(&body), "{text}");
    assert!(!title.starts_with("notify-"), "a translated title: {title}");
    let english = Tr::new(Language::English);
    let link = item.find(Locator::Css("a")).await.unwrap();
    assert_eq!(link.text().await.unwrap(), english.t("live-open"));
    assert_eq!(
        link.attr("href").await.unwrap().unwrap(),
        format!("/calls/{call_id}")
    );

    let dismiss = item.find(Locator::Css("button")).await.unwrap();
    assert_eq!(dismiss.text().await.unwrap(), english.t("live-dismiss"));
    dismiss.click().await.unwrap();
    assert!(
        browser
            .client
            .find_all(Locator::Css(".live-item"))
            .await
            .unwrap()
            .is_empty(),
        "a dismissed notification leaves the page"
    );

    browser.client.clone().close().await.unwrap();
}

both_databases!(
    stream_requires_sign_in,
    stream_sends_only_new_rows_of_the_user,
    stream_ends_when_the_server_stops,
    missed_call_shows_in_the_page_in_chromium,
);
