//! Limits, IP lists, blacklisted numbers, caller IDs and tags, enforced on every call
//! request, on both databases.

mod common;

use common::api::{self, call, full_key, wait_for_final};
use common::{Backend, TestApp, field_error, location};
use dialback_domain::LimitName;
use dialback_server::telephony;
use dialback_telephony::simulator::{Answer, Script};
use reqwest::{Method, StatusCode};
use serde_json::json;

const PASSWORD: &str = "zielona-herbata-42";

/// A widget open all week with `managers` managers; returns (key, account id, widget id).
async fn widget_with_managers(
    app: &TestApp,
    managers: usize,
    busy_mode: bool,
) -> (String, i64, i64) {
    let account = api::account(app, "owner@kwiaciarnia.pl").await;
    let key = full_key(app, account.account_id).await;
    let busy = if busy_mode { "1" } else { "0" };
    let widget = call(
        app,
        &key,
        Method::POST,
        "/api/v1/external/widgets/create",
        &[
            ("url", "https://kwiaciarnia.pl"),
            ("locale_code", "pl"),
            ("busy_mode", busy),
        ],
    )
    .await;
    let widget_id = widget.data()["id"].as_i64().unwrap();
    let week: Vec<_> = (0..7).map(|day| json!({ "day_of_week": day, "enabled": true, "start_time": "00:00", "end_time": "24:00", "timezone": "UTC" })).collect();
    for i in 0..managers {
        let user = call(
            app,
            &key,
            Method::POST,
            "/api/v1/external/users/create",
            &[
                ("name", &format!("Konsultant {i}")),
                ("email", &format!("k{i}@kwiaciarnia.pl")),
                ("tel", &format!("+48600000{:03}", 100 + i)),
            ],
        )
        .await;
        let user_id = user.data()["id"].as_i64().unwrap();
        let manager = api::call_json(
            app,
            &key,
            Method::POST,
            "/api/v1/external/managers/create",
            json!({ "user_id": user_id, "widget_id": widget_id, "business_times": week }),
        )
        .await;
        assert_eq!(manager.status, StatusCode::OK, "{:?}", manager.body);
    }
    (key, account.account_id, widget_id)
}

async fn set_limit(app: &TestApp, account_id: i64, name: LimitName, value: i64) {
    let mut conn = app.db.pool.acquire().await.unwrap();
    let defaults = dialback_server::Config::for_database("sqlite://unused.db").default_limits();
    dialback_server::limits::set(&mut conn, account_id, defaults, name, value)
        .await
        .unwrap();
}

/// Sends `count` call requests at once and returns how many were accepted.
async fn simultaneous_requests(
    app: &TestApp,
    key: &str,
    params: Vec<(&'static str, String)>,
    count: usize,
) -> usize {
    let mut tasks = Vec::new();
    for _ in 0..count {
        let client = app.client.clone();
        let url = app.url("/api/v1/external/widgets/call");
        let key = key.to_owned();
        let params = params.clone();
        tasks.push(tokio::spawn(async move {
            client
                .post(url)
                .header("authorization", key)
                .form(&params)
                .send()
                .await
                .unwrap()
                .status()
        }));
    }
    let mut accepted = 0;
    for task in tasks {
        let status = task.await.unwrap();
        assert!(
            status == StatusCode::OK
                || status == StatusCode::CONFLICT
                || status == StatusCode::UNPROCESSABLE_ENTITY,
            "unexpected {status}"
        );
        if status == StatusCode::OK {
            accepted += 1;
        }
    }
    accepted
}

async fn calls_in_progress_limit_holds_under_concurrency(backend: Backend) {
    let app = TestApp::start(backend).await;
    let (key, account_id, widget) = widget_with_managers(&app, 10, true).await;
    set_limit(&app, account_id, LimitName::MaxCallsInProgress, 5).await;
    // The visitor talks for a simulated day, so accepted calls stay in progress.
    telephony::set_script(
        &app.db.pool,
        "+48600999999",
        Script {
            answer: Answer::Answer,
            ring_seconds: 1,
            talk_seconds: 86_000,
        },
    )
    .await
    .unwrap();

    let params = vec![
        ("id", widget.to_string()),
        ("tel", "+48600999999".to_owned()),
    ];
    let accepted = simultaneous_requests(&app, &key, params, 200).await;
    assert_eq!(accepted, 5);
    let active = app
        .scalar("SELECT COUNT(*) FROM calls WHERE status IN ('new', 'ringing', 'in-progress')")
        .await;
    assert!(active <= 5, "{active} calls in progress");

    let refused = call(
        &app,
        &key,
        Method::POST,
        "/api/v1/external/widgets/call",
        &[("id", &widget.to_string()), ("tel", "+48600999999")],
    )
    .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(
        refused.message().contains("limit of calls in progress"),
        "{}",
        refused.message()
    );
}

async fn scheduled_per_timestamp_limit_holds_under_concurrency(backend: Backend) {
    let app = TestApp::start(backend).await;
    let (key, account_id, widget) = widget_with_managers(&app, 1, false).await;
    set_limit(&app, account_id, LimitName::ScheduledCallsPerTimestamp, 3).await;
    let tomorrow_noon = (jiff::Timestamp::now().as_second() / 86_400 + 1) * 86_400 + 12 * 3600;

    let params = vec![
        ("id", widget.to_string()),
        ("tel", "+48600100200".to_owned()),
        ("scheduled_at", tomorrow_noon.to_string()),
    ];
    let accepted = simultaneous_requests(&app, &key, params, 200).await;
    assert_eq!(accepted, 3);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM calls WHERE status = 'scheduled'")
            .await,
        3
    );

    let other_time = (tomorrow_noon + 900).to_string();
    let later = call(
        &app,
        &key,
        Method::POST,
        "/api/v1/external/widgets/call",
        &[
            ("id", &widget.to_string()),
            ("tel", "+48600100200"),
            ("scheduled_at", &other_time),
        ],
    )
    .await;
    assert_eq!(
        later.status,
        StatusCode::OK,
        "another moment still has room: {:?}",
        later.body
    );
}

async fn long_conversation_is_hung_up_at_the_limit(backend: Backend) {
    let app = TestApp::start(backend).await;
    let (key, account_id, widget) = widget_with_managers(&app, 1, true).await;
    set_limit(&app, account_id, LimitName::MaxConversationDuration, 30).await;
    telephony::set_script(
        &app.db.pool,
        "+48600100201",
        Script {
            answer: Answer::Answer,
            ring_seconds: 1,
            talk_seconds: 500,
        },
    )
    .await
    .unwrap();

    let placed = call(
        &app,
        &key,
        Method::POST,
        "/api/v1/external/widgets/call",
        &[("id", &widget.to_string()), ("tel", "+48600100201")],
    )
    .await;
    let done = wait_for_final(&app, &key, placed.data()["id"].as_i64().unwrap()).await;
    assert_eq!(done["status"], "completed");
    assert_eq!(done["duration"], 30);
    assert_eq!(done["status_reason"], "max-duration-reached");
}

async fn blacklisted_address_loses_the_widget(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("owner@kwiaciarnia.pl", PASSWORD).await;
    let account_id = app.scalar("SELECT id FROM accounts").await;
    let key = full_key(&app, account_id).await;
    let (widget, _, _) = api::staffed_widget(&app, &key, "+48600000001").await;
    let config_url = app.url(&format!("/public/widgets/{widget}/config"));
    let available = |body: serde_json::Value| body["data"]["available"].as_bool().unwrap();

    assert!(available(
        app.client
            .get(&config_url)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    ));
    let added = app
        .submit(
            "/settings/ip-addresses",
            &[
                ("address", "127.0.0.0/8"),
                ("list_type", "blacklist"),
                ("note", "testy"),
            ],
        )
        .await;
    assert_eq!(location(&added), "/settings/ip-addresses?saved=1");
    assert!(
        !available(
            app.client
                .get(&config_url)
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap()
        ),
        "the widget disappears"
    );
    let refused = app
        .client
        .post(app.url(&format!("/public/widgets/{widget}/calls")))
        .form(&[("tel", "+48600100200")])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    let hits = app.scalar("SELECT hit_count FROM ip_rules").await;
    assert_eq!(hits, 2);

    let overlap = app
        .submit(
            "/settings/ip-addresses",
            &[
                ("address", "127.0.0.1"),
                ("list_type", "whitelist"),
                ("note", ""),
            ],
        )
        .await;
    assert_eq!(overlap.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = overlap.text().await.unwrap();
    assert_eq!(
        field_error(&page, "address").as_deref(),
        Some(
            "This overlaps 127.0.0.0/8 in the list “Blacklist”. Remove that entry first or enter a range that does not overlap it."
        )
    );
    let invalid = app
        .submit(
            "/settings/ip-addresses",
            &[
                ("address", "127.0.0.300"),
                ("list_type", "blacklist"),
                ("note", ""),
            ],
        )
        .await;
    assert!(
        field_error(&invalid.text().await.unwrap(), "address")
            .unwrap()
            .starts_with("Enter a valid IPv4 or IPv6 address")
    );
    assert_eq!(app.scalar("SELECT COUNT(*) FROM ip_rules").await, 1);

    let rule = app.scalar("SELECT id FROM ip_rules").await;
    let token = common::csrf_token(&app.page("/settings/ip-addresses").await).unwrap();
    app.client
        .post(app.url(&format!("/settings/ip-addresses/{rule}/delete")))
        .form(&[("csrf_token", &token)])
        .send()
        .await
        .unwrap();
    assert!(available(
        app.client
            .get(&config_url)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    ));
    assert_eq!(
        app.scalar(
            "SELECT COUNT(*) FROM activity WHERE kind IN ('IP_ADDRESS_ADDED', 'IP_ADDRESS_REMOVED')"
        )
        .await,
        2
    );
}

async fn unanswering_address_is_blacklisted_unless_whitelisted(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("owner@kwiaciarnia.pl", PASSWORD).await;
    let account_id = app.scalar("SELECT id FROM accounts").await;
    let key = full_key(&app, account_id).await;
    let (widget, _, _) = api::staffed_widget(&app, &key, "+48600000001").await;
    telephony::set_script(
        &app.db.pool,
        "+48600100202",
        Script {
            answer: Answer::NoAnswer,
            ring_seconds: 1,
            talk_seconds: 0,
        },
    )
    .await
    .unwrap();
    let request = || {
        app.client
            .post(app.url(&format!("/public/widgets/{widget}/calls")))
            .form(&[("tel", "+48600100202")])
            .send()
    };

    for _ in 0..5 {
        let answer = api::into_answer(request().await.unwrap()).await;
        assert_eq!(answer.status, StatusCode::OK);
        wait_for_final(&app, &key, answer.data()["call_id"].as_i64().unwrap()).await;
    }
    let sixth = request().await.unwrap();
    assert_eq!(sixth.status(), StatusCode::FORBIDDEN);
    let (network, source): (String, String) =
        sqlx::query_as("SELECT network, source FROM ip_rules")
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
    assert_eq!(network, "127.0.0.1");
    assert_eq!(source, "system");
    let (kind, activity_source): (String, String) = sqlx::query_as(
        "SELECT kind, source FROM activity WHERE kind = 'IP_ADDRESS_BLACKLISTED_AUTOMATICALLY'",
    )
    .fetch_one(&app.db.pool)
    .await
    .unwrap();
    assert_eq!(
        (kind.as_str(), activity_source.as_str()),
        ("IP_ADDRESS_BLACKLISTED_AUTOMATICALLY", "system")
    );

    // With the address whitelisted, the same pattern never blacklists it.
    sqlx::query("DELETE FROM ip_rules")
        .execute(&app.db.pool)
        .await
        .unwrap();
    app.submit(
        "/settings/ip-addresses",
        &[
            ("address", "127.0.0.1"),
            ("list_type", "whitelist"),
            ("note", "biuro"),
        ],
    )
    .await;
    for _ in 0..3 {
        let answer = api::into_answer(request().await.unwrap()).await;
        assert_eq!(answer.status, StatusCode::OK, "{:?}", answer.body);
        wait_for_final(&app, &key, answer.data()["call_id"].as_i64().unwrap()).await;
    }
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM ip_rules WHERE list_type = 'blacklist'")
            .await,
        0
    );
}

async fn blacklisted_number_never_gets_a_call(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("owner@kwiaciarnia.pl", PASSWORD).await;
    let account_id = app.scalar("SELECT id FROM accounts").await;
    let key = full_key(&app, account_id).await;
    let (widget, _, _) = api::staffed_widget(&app, &key, "+48600000001").await;
    let tomorrow_noon = (jiff::Timestamp::now().as_second() / 86_400 + 1) * 86_400 + 12 * 3600;
    let booked = call(
        &app,
        &key,
        Method::POST,
        "/api/v1/external/widgets/call",
        &[
            ("id", &widget.to_string()),
            ("tel", "+48600100203"),
            ("scheduled_at", &tomorrow_noon.to_string()),
        ],
    )
    .await;
    assert_eq!(booked.status, StatusCode::OK);

    let added = app
        .submit(
            "/settings/blacklisted-numbers",
            &[("phone_number", "+48 600 100 203")],
        )
        .await;
    assert_eq!(location(&added), "/settings/blacklisted-numbers?saved=1");
    let again = app
        .submit(
            "/settings/blacklisted-numbers",
            &[("phone_number", "+48600100203")],
        )
        .await;
    assert_eq!(
        field_error(&again.text().await.unwrap(), "phone_number").as_deref(),
        Some("This number is already blacklisted.")
    );
    assert!(
        app.page("/settings/blacklisted-numbers")
            .await
            .contains("+48 600 100 203")
    );

    let api_refusal = call(
        &app,
        &key,
        Method::POST,
        "/api/v1/external/widgets/call",
        &[("id", &widget.to_string()), ("tel", "600 100 203")],
    )
    .await;
    assert_eq!(api_refusal.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(api_refusal.data()["field"], "tel");
    assert!(
        api_refusal.message().contains("blacklisted"),
        "{}",
        api_refusal.message()
    );
    let visitor = app
        .client
        .post(app.url(&format!("/public/widgets/{widget}/calls")))
        .form(&[("tel", "+48600100203")])
        .send()
        .await
        .unwrap();
    let visitor = api::into_answer(visitor).await;
    let polish = dialback_server::platform::i18n::Tr::new(dialback_domain::Language::Polish);
    assert_eq!(
        visitor.message(),
        polish.t("public-error-call-refused"),
        "a neutral message in the widget's language"
    );

    // The call booked before the number was listed fails instead of ringing it.
    sqlx::query("UPDATE calls SET scheduled_at = 1")
        .execute(&app.db.pool)
        .await
        .unwrap();
    let done = wait_for_final(&app, &key, booked.data()["id"].as_i64().unwrap()).await;
    assert_eq!(done["status"], "failed");
    assert_eq!(done["status_reason"], "number-blacklisted");
}

async fn verified_caller_id_is_presented(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("owner@kwiaciarnia.pl", PASSWORD).await;
    let account_id = app.scalar("SELECT id FROM accounts").await;
    let key = full_key(&app, account_id).await;
    let (widget, _, _) = api::staffed_widget(&app, &key, "+48600000001").await;

    let placed = call(
        &app,
        &key,
        Method::POST,
        "/api/v1/external/widgets/call",
        &[("id", &widget.to_string()), ("tel", "+48600100204")],
    )
    .await;
    let done = wait_for_final(&app, &key, placed.data()["id"].as_i64().unwrap()).await;
    let dialling = done["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["event"] == "visitor.dialling")
        .unwrap()
        .clone();
    assert_eq!(
        dialling["detail"], "caller-id: platform",
        "an unverified number is not presented"
    );

    let page = app.page("/settings/caller-ids").await;
    assert!(page.contains("+48 600 000 001") && page.contains("Not verified"));
    let caller_id = app.scalar("SELECT id FROM caller_ids").await;
    let token = common::csrf_token(&page).unwrap();
    app.client
        .post(app.url(&format!("/settings/caller-ids/{caller_id}/send")))
        .form(&[("channel", "sms"), ("csrf_token", &token)])
        .send()
        .await
        .unwrap();
    let text: String =
        sqlx::query_scalar("SELECT text FROM sms_outbox WHERE purpose = 'caller-id.code-sms'")
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
    let code: String = text.chars().filter(char::is_ascii_digit).take(6).collect();
    assert_eq!(code.len(), 6, "{text}");

    let wrong = if code == "000000" { "111111" } else { "000000" };
    let refused = app
        .client
        .post(app.url(&format!("/settings/caller-ids/{caller_id}/verify")))
        .form(&[("code", wrong), ("csrf_token", &token)])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("The code is not correct.")
    );
    let verified = app
        .client
        .post(app.url(&format!("/settings/caller-ids/{caller_id}/verify")))
        .form(&[("code", code.as_str()), ("csrf_token", &token)])
        .send()
        .await
        .unwrap();
    assert_eq!(location(&verified), "/settings/caller-ids?saved=1");

    let placed = call(
        &app,
        &key,
        Method::POST,
        "/api/v1/external/widgets/call",
        &[("id", &widget.to_string()), ("tel", "+48600100204")],
    )
    .await;
    let done = wait_for_final(&app, &key, placed.data()["id"].as_i64().unwrap()).await;
    let dialling = done["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["event"] == "visitor.dialling")
        .unwrap()
        .clone();
    assert_eq!(dialling["detail"], "caller-id: +48600000001");

    app.client
        .post(app.url(&format!("/settings/caller-ids/{caller_id}/delete")))
        .form(&[("csrf_token", &token)])
        .send()
        .await
        .unwrap();
    assert_eq!(app.scalar("SELECT COUNT(*) FROM caller_ids").await, 0);
    let kinds: Vec<String> =
        sqlx::query_scalar("SELECT kind FROM activity WHERE kind LIKE 'CALLER_ID%' ORDER BY id")
            .fetch_all(&app.db.pool)
            .await
            .unwrap();
    assert_eq!(
        kinds,
        vec![
            "CALLER_ID_VERIFICATION_SENT",
            "CALLER_ID_VERIFIED",
            "CALLER_ID_DELETED"
        ]
    );
}

async fn wrong_codes_are_limited(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("owner@kwiaciarnia.pl", PASSWORD).await;
    app.submit(
        "/settings/profile",
        &[
            ("name", "Zofia Kowalska"),
            ("job_title", ""),
            ("phone_number", "+48600000001"),
            ("email", "owner@kwiaciarnia.pl"),
        ],
    )
    .await;
    let caller_id = app.scalar("SELECT id FROM caller_ids").await;
    let token = common::csrf_token(&app.page("/settings/caller-ids").await).unwrap();
    app.client
        .post(app.url(&format!("/settings/caller-ids/{caller_id}/send")))
        .form(&[("channel", "voice"), ("csrf_token", &token)])
        .send()
        .await
        .unwrap();
    let text: String =
        sqlx::query_scalar("SELECT text FROM sms_outbox WHERE purpose = 'caller-id.code-voice'")
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
    let code: String = text.chars().filter(char::is_ascii_digit).take(6).collect();
    let wrong = if code == "000000" { "111111" } else { "000000" };
    for _ in 0..5 {
        app.client
            .post(app.url(&format!("/settings/caller-ids/{caller_id}/verify")))
            .form(&[("code", wrong), ("csrf_token", &token)])
            .send()
            .await
            .unwrap();
    }
    let blocked = app
        .client
        .post(app.url(&format!("/settings/caller-ids/{caller_id}/verify")))
        .form(&[("code", code.as_str()), ("csrf_token", &token)])
        .send()
        .await
        .unwrap();
    assert!(
        blocked
            .text()
            .await
            .unwrap()
            .contains("Too many wrong codes."),
        "the right code no longer works after five wrong ones"
    );
    sqlx::query("UPDATE caller_ids SET code_attempts = 0, code_expires_at = 1")
        .execute(&app.db.pool)
        .await
        .unwrap();
    let expired = app
        .client
        .post(app.url(&format!("/settings/caller-ids/{caller_id}/verify")))
        .form(&[("code", code.as_str()), ("csrf_token", &token)])
        .send()
        .await
        .unwrap();
    assert!(
        expired
            .text()
            .await
            .unwrap()
            .contains("The code has expired")
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM caller_ids WHERE verified_at IS NOT NULL")
            .await,
        0
    );
}

async fn tags_label_calls_and_filter_history(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("owner@kwiaciarnia.pl", PASSWORD).await;
    let account_id = app.scalar("SELECT id FROM accounts").await;
    let key = full_key(&app, account_id).await;
    let (widget, _, _) = api::staffed_widget(&app, &key, "+48600000001").await;

    assert_eq!(
        location(
            &app.submit(
                "/settings/tags",
                &[("label", "Sprzedaż"), ("color", "#FF0000")]
            )
            .await
        ),
        "/settings/tags?saved=1"
    );
    let duplicate = app
        .submit(
            "/settings/tags",
            &[("label", "SPRZEDAŻ"), ("color", "#00ff00")],
        )
        .await;
    assert_eq!(
        field_error(&duplicate.text().await.unwrap(), "label").as_deref(),
        Some("Another tag already has this label.")
    );
    let bad_color = app
        .submit("/settings/tags", &[("label", "Serwis"), ("color", "red")])
        .await;
    assert!(field_error(&bad_color.text().await.unwrap(), "color").is_some());
    let tag = app.scalar("SELECT id FROM tags").await;
    let color: String = sqlx::query_scalar("SELECT color FROM tags")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    assert_eq!(color, "#ff0000");

    let placed = call(
        &app,
        &key,
        Method::POST,
        "/api/v1/external/widgets/call",
        &[("id", &widget.to_string()), ("tel", "+48600100205")],
    )
    .await;
    let call_id = placed.data()["id"].as_i64().unwrap();
    wait_for_final(&app, &key, call_id).await;
    call(
        &app,
        &key,
        Method::POST,
        "/api/v1/external/widgets/call",
        &[("id", &widget.to_string()), ("tel", "+48600100206")],
    )
    .await;

    let tagged = call(
        &app,
        &key,
        Method::POST,
        &format!("/api/v3/external/calls/{call_id}/tags"),
        &[("tag_id", &tag.to_string())],
    )
    .await;
    assert_eq!(tagged.status, StatusCode::OK, "{:?}", tagged.body);
    assert_eq!(tagged.data()["tags"][0]["label"], "Sprzedaż");
    let filtered = call(
        &app,
        &key,
        Method::GET,
        "/api/v3/external/calls/history",
        &[("tag_ids[]", &tag.to_string())],
    )
    .await;
    assert_eq!(filtered.body["meta"]["count"], 1);
    assert_eq!(filtered.data()[0]["id"], call_id);
    let page = app.page(&format!("/calls/{call_id}")).await;
    assert!(page.contains("Sprzedaż"));

    let untagged = call(
        &app,
        &key,
        Method::DELETE,
        &format!("/api/v3/external/calls/{call_id}/tags/{tag}"),
        &[],
    )
    .await;
    assert_eq!(untagged.data()["tags"], json!([]));
    let none = call(
        &app,
        &key,
        Method::GET,
        "/api/v3/external/calls/history",
        &[("tag_ids[]", &tag.to_string())],
    )
    .await;
    assert_eq!(none.body["meta"]["count"], 0);
    let kinds: Vec<String> =
        sqlx::query_scalar("SELECT kind FROM activity WHERE kind LIKE '%TAG%' ORDER BY id")
            .fetch_all(&app.db.pool)
            .await
            .unwrap();
    assert_eq!(kinds, vec!["TAG_ADDED", "CALL_TAGGED", "CALL_UNTAGGED"]);
}

async fn limit_change_request_shows_the_decision(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("owner@kwiaciarnia.pl", PASSWORD).await;
    let page = app.page("/settings/limits").await;
    assert!(
        page.contains("Calls in progress at once") && page.contains("<td>10</td>"),
        "the default limit is shown"
    );

    let short = app
        .submit(
            "/settings/limits",
            &[
                ("limit", "max_calls_in_progress"),
                ("new_value", "50"),
                ("description", "za mało"),
            ],
        )
        .await;
    assert_eq!(
        field_error(&short.text().await.unwrap(), "description").as_deref(),
        Some("Describe your case in 10 to 2000 characters.")
    );
    let zero = app
        .submit(
            "/settings/limits",
            &[
                ("limit", "max_calls_in_progress"),
                ("new_value", "0"),
                ("description", "Kampania świąteczna, dużo ruchu"),
            ],
        )
        .await;
    assert!(field_error(&zero.text().await.unwrap(), "new_value").is_some());
    let sent = app
        .submit(
            "/settings/limits",
            &[
                ("limit", "max_calls_in_progress"),
                ("new_value", "50"),
                ("description", "Kampania świąteczna, dużo ruchu"),
            ],
        )
        .await;
    assert_eq!(location(&sent), "/settings/limits?saved=1");
    assert!(
        app.page("/settings/limits")
            .await
            .contains("Waiting for a decision")
    );

    let id = app.scalar("SELECT id FROM limit_requests").await;
    let mut conn = app.db.pool.acquire().await.unwrap();
    dialback_server::limits::requests::decide(
        &mut conn,
        id,
        dialback_server::limits::requests::RequestState::Rejected,
        Some("Najpierw zweryfikuj numer"),
    )
    .await
    .unwrap();
    drop(conn);
    let page = app.page("/settings/limits").await;
    assert!(page.contains("Rejected") && page.contains("Najpierw zweryfikuj numer"));
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM activity WHERE kind = 'LIMIT_CHANGE_REQUESTED'")
            .await,
        1
    );
}

/// Simultaneous requests never put one manager into two calls.
async fn one_manager_takes_one_call_at_a_time(backend: Backend) {
    let app = TestApp::start(backend).await;
    let (key, _, widget) = widget_with_managers(&app, 1, true).await;
    telephony::set_script(
        &app.db.pool,
        "+48600999998",
        Script {
            answer: Answer::Answer,
            ring_seconds: 1,
            talk_seconds: 86_000,
        },
    )
    .await
    .unwrap();
    let params = vec![
        ("id", widget.to_string()),
        ("tel", "+48600999998".to_owned()),
    ];
    let accepted = simultaneous_requests(&app, &key, params, 20).await;
    assert_eq!(accepted, 1);
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let busy = app
        .scalar("SELECT COUNT(*) FROM calls WHERE status IN ('ringing', 'in-progress')")
        .await;
    assert_eq!(busy, 1);
}

/// Behind a trusted proxy, the IP lists apply to the address it forwards.
async fn forwarded_address_is_used_behind_a_trusted_proxy(backend: Backend) {
    let options = common::Options {
        trusted_proxies: vec!["127.0.0.0/8"],
        ..common::Options::default()
    };
    let app = TestApp::start_with(backend, options).await;
    app.sign_up("owner@kwiaciarnia.pl", PASSWORD).await;
    let account_id = app.scalar("SELECT id FROM accounts").await;
    let key = full_key(&app, account_id).await;
    let (widget, _, _) = api::staffed_widget(&app, &key, "+48600000001").await;
    app.submit(
        "/settings/ip-addresses",
        &[
            ("address", "203.0.113.0/24"),
            ("list_type", "blacklist"),
            ("note", ""),
        ],
    )
    .await;
    let config = |forwarded: &'static str| {
        app.client
            .get(app.url(&format!("/public/widgets/{widget}/config")))
            .header("x-forwarded-for", forwarded)
            .send()
    };

    let blocked: serde_json::Value = config("203.0.113.7").await.unwrap().json().await.unwrap();
    assert_eq!(blocked["data"]["available"], false);
    let other: serde_json::Value = config("198.51.100.1").await.unwrap().json().await.unwrap();
    assert_eq!(other["data"]["available"], true);
}

both_databases!(
    calls_in_progress_limit_holds_under_concurrency,
    scheduled_per_timestamp_limit_holds_under_concurrency,
    long_conversation_is_hung_up_at_the_limit,
    blacklisted_address_loses_the_widget,
    unanswering_address_is_blacklisted_unless_whitelisted,
    blacklisted_number_never_gets_a_call,
    verified_caller_id_is_presented,
    wrong_codes_are_limited,
    tags_label_calls_and_filter_history,
    limit_change_request_shows_the_decision,
    one_manager_takes_one_call_at_a_time,
    forwarded_address_is_used_behind_a_trusted_proxy,
);
