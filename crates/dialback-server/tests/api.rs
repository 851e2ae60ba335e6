//! The CallPage-compatible REST API over HTTP, on both databases.

mod common;

use common::api::{self, call, call_json, full_key, key, staffed_widget, wait_for_final};
use common::{Backend, Options, TestApp};
use dialback_domain::Permission;
use dialback_server::telephony;
use dialback_telephony::simulator::{Answer as Respond, Script};
use reqwest::{Method, StatusCode};
use serde_json::json;

async fn key_check_accepts_both_header_styles(backend: Backend) {
    let app = TestApp::start(backend).await;
    let account = api::account(&app, "owner@example.pl").await;
    let secret = key(
        &app,
        account.account_id,
        &[Permission::Widgets, Permission::CallsView],
        None,
    )
    .await;

    let plain = call(&app, &secret, Method::GET, "/api/v1/external/", &[]).await;
    assert_eq!(plain.status, StatusCode::OK);
    assert!(!plain.has_error());
    assert_eq!(plain.body["errorCode"], 0);
    assert_eq!(
        plain.data()["permissions"],
        json!(["calls.view", "widgets"])
    );
    assert_eq!(plain.data()["widgets"], "all");
    let masked = plain.data()["key"].as_str().unwrap();
    assert!(
        masked.starts_with(&secret[..12]) && masked.ends_with(&secret[secret.len() - 4..]),
        "{masked}"
    );

    let bearer = call_json(&app, &secret, Method::GET, "/api/v1/external/", json!({})).await;
    assert_eq!(bearer.status, StatusCode::OK);

    let used: Option<i64> = sqlx::query_scalar("SELECT last_used_at FROM api_keys")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    assert!(used.is_some(), "the last use is recorded");
}

async fn bad_keys_are_refused(backend: Backend) {
    let app = TestApp::start(backend).await;
    let account = api::account(&app, "owner@example.pl").await;
    let secret = full_key(&app, account.account_id).await;

    let missing = api::into_answer(
        app.client
            .get(app.url("/api/v1/external/"))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(missing.status, StatusCode::UNAUTHORIZED);
    assert!(missing.has_error());
    assert_eq!(
        missing.message(),
        "Send your API key in the Authorization header."
    );

    let forged = format!("{}{}", &secret[..20], "x".repeat(secret.len() - 20));
    let wrong = call(&app, &forged, Method::GET, "/api/v1/external/", &[]).await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert_eq!(wrong.message(), "The API key is not valid.");

    sqlx::query("UPDATE api_keys SET expires_at = 1")
        .execute(&app.db.pool)
        .await
        .unwrap();
    let expired = call(&app, &secret, Method::GET, "/api/v1/external/", &[]).await;
    assert_eq!(
        expired.message(),
        "The API key has expired. Create a new one in Settings > API keys."
    );

    sqlx::query("UPDATE api_keys SET expires_at = NULL, revoked_at = 1")
        .execute(&app.db.pool)
        .await
        .unwrap();
    let revoked = call(&app, &secret, Method::GET, "/api/v1/external/", &[]).await;
    assert_eq!(revoked.status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        revoked.message(),
        "The API key was revoked. Create a new one in Settings > API keys."
    );
}

async fn widgets_crud_in_form_and_json(backend: Backend) {
    let app = TestApp::start(backend).await;
    let account = api::account(&app, "owner@example.pl").await;
    let secret = full_key(&app, account.account_id).await;

    let created = call(
        &app,
        &secret,
        Method::POST,
        "/api/v1/external/widgets/create",
        &[
            ("url", "https://kwiaty.example.pl"),
            ("description", "Sklep"),
            ("locale_code", "pl"),
        ],
    )
    .await;
    assert_eq!(created.status, StatusCode::OK, "{:?}", created.body);
    let id = created.data()["id"].as_i64().unwrap();
    assert_eq!(created.data()["locale_code"], "pl");
    assert_eq!(created.data()["enabled"], true);

    let updated = call_json(&app, &secret, Method::POST, "/api/v1/external/widgets/update", json!({ "id": id, "description": "Kwiaciarnia", "enabled": false, "settings": { "color": "#ff0000" } })).await;
    assert_eq!(updated.status, StatusCode::OK, "{:?}", updated.body);
    assert_eq!(updated.data()["description"], "Kwiaciarnia");
    assert_eq!(
        updated.data()["url"],
        "https://kwiaty.example.pl",
        "fields not sent stay"
    );
    assert_eq!(updated.data()["settings"]["color"], "#ff0000");

    let fetched = call(
        &app,
        &secret,
        Method::GET,
        "/api/v1/external/widgets/get",
        &[("widget_id", &id.to_string())],
    )
    .await;
    assert_eq!(fetched.data()["enabled"], false);

    call(
        &app,
        &secret,
        Method::POST,
        "/api/v1/external/widgets/create",
        &[("url", "https://drugi.example.pl")],
    )
    .await;
    let page = call(
        &app,
        &secret,
        Method::GET,
        "/api/v1/external/widgets/all",
        &[("limit", "1"), ("offset", "1")],
    )
    .await;
    assert_eq!(
        page.body["meta"],
        json!({ "count": 2, "limit": 1, "offset": 1 })
    );
    assert_eq!(page.data().as_array().unwrap().len(), 1);

    let deleted = call(
        &app,
        &secret,
        Method::POST,
        "/api/v1/external/widgets/delete",
        &[("id", &id.to_string())],
    )
    .await;
    assert_eq!(deleted.status, StatusCode::OK);
    let gone = call(
        &app,
        &secret,
        Method::GET,
        "/api/v1/external/widgets/get",
        &[("id", &id.to_string())],
    )
    .await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND);

    let kinds: Vec<String> =
        sqlx::query_scalar("SELECT kind FROM activity WHERE source = 'api' ORDER BY id")
            .fetch_all(&app.db.pool)
            .await
            .unwrap();
    assert_eq!(
        kinds,
        vec![
            "WIDGET_ADDED",
            "WIDGET_EDITED",
            "WIDGET_ADDED",
            "WIDGET_DELETED"
        ]
    );
}

async fn bad_input_names_the_field_and_writes_nothing(backend: Backend) {
    let app = TestApp::start(backend).await;
    let account = api::account(&app, "owner@example.pl").await;
    let secret = full_key(&app, account.account_id).await;

    let cases: [BadInput; 5] = [
        (
            "/api/v1/external/widgets/create",
            vec![("description", "no url")],
            "url",
        ),
        (
            "/api/v1/external/widgets/create",
            vec![("url", "https://ok.example.pl"), ("locale_code", "ru")],
            "locale_code",
        ),
        (
            "/api/v1/external/users/create",
            vec![("name", "Jan"), ("email", "jan@example.pl"), ("tel", "12")],
            "tel",
        ),
        (
            "/api/v1/external/users/create",
            vec![
                ("name", "Jan"),
                ("email", "jan@example.pl"),
                ("role", "king"),
            ],
            "role",
        ),
        (
            "/api/v1/external/widgets/all",
            vec![("limit", "0")],
            "limit",
        ),
    ];
    for (path, params, field) in cases {
        let method = if path.ends_with("/all") {
            Method::GET
        } else {
            Method::POST
        };
        let answer = call(&app, &secret, method, path, &params).await;
        assert_eq!(
            answer.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{path} {params:?}"
        );
        assert!(answer.has_error());
        assert_eq!(answer.data()["field"], field, "{path}");
        assert!(answer.message().contains(field), "{}", answer.message());
    }
    assert_eq!(app.scalar("SELECT COUNT(*) FROM widgets").await, 0);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM users").await, 1);
}

async fn errors_follow_accept_language(backend: Backend) {
    let app = TestApp::start(backend).await;
    let answer = api::into_answer(
        app.client
            .get(app.url("/api/v1/external/"))
            .header("accept-language", "pl")
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(
        answer.message(),
        dialback_server::platform::i18n::Tr::new(dialback_domain::Language::Polish)
            .t("api-error-key-missing")
    );
    assert_ne!(
        answer.message(),
        "Send your API key in the Authorization header."
    );
}

/// An endpoint, the permission it needs, and parameters that reach the permission check.
type Case = (Method, String, Permission, Vec<(String, String)>);

/// A path, parameters with one invalid value, and the field the error must name.
type BadInput<'a> = (&'a str, Vec<(&'a str, &'a str)>, &'a str);

/// Every endpoint with the permission it needs.
fn endpoints(widget: &str, user: &str, manager: &str, call_id: &str) -> Vec<Case> {
    let p = |pairs: &[(&str, &str)]| {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect::<Vec<_>>()
    };
    vec![
        (
            Method::GET,
            "/api/v1/external/widgets/all".into(),
            Permission::WidgetsView,
            p(&[]),
        ),
        (
            Method::GET,
            "/api/v1/external/widgets/get".into(),
            Permission::WidgetsView,
            p(&[("id", widget)]),
        ),
        (
            Method::POST,
            "/api/v1/external/widgets/create".into(),
            Permission::WidgetsEdit,
            p(&[("url", "https://x.example.pl")]),
        ),
        (
            Method::POST,
            "/api/v1/external/widgets/update".into(),
            Permission::WidgetsEdit,
            p(&[("id", widget)]),
        ),
        (
            Method::POST,
            "/api/v1/external/widgets/add-users".into(),
            Permission::WidgetsEdit,
            p(&[("id", widget), ("user_id", user)]),
        ),
        (
            Method::POST,
            "/api/v1/external/widgets/call".into(),
            Permission::WidgetsCall,
            p(&[("id", widget), ("tel", "+48600100200")]),
        ),
        (
            Method::POST,
            "/api/v1/external/widgets/call-or-schedule".into(),
            Permission::WidgetsCall,
            p(&[("id", widget), ("tel", "+48600100200")]),
        ),
        (
            Method::GET,
            "/api/v1/external/users/all".into(),
            Permission::ManagersView,
            p(&[]),
        ),
        (
            Method::GET,
            "/api/v1/external/users/get".into(),
            Permission::ManagersView,
            p(&[("id", user)]),
        ),
        (
            Method::POST,
            "/api/v1/external/users/create".into(),
            Permission::Managers,
            p(&[("name", "N"), ("email", "n@example.pl")]),
        ),
        (
            Method::POST,
            "/api/v1/external/users/update".into(),
            Permission::Managers,
            p(&[("id", user)]),
        ),
        (
            Method::GET,
            "/api/v1/external/managers/all".into(),
            Permission::ManagersView,
            p(&[]),
        ),
        (
            Method::GET,
            "/api/v1/external/managers/get".into(),
            Permission::ManagersView,
            p(&[("id", manager)]),
        ),
        (
            Method::POST,
            "/api/v1/external/managers/create".into(),
            Permission::ManagersEdit,
            p(&[("user_id", user), ("widget_id", widget)]),
        ),
        (
            Method::POST,
            "/api/v1/external/managers/update".into(),
            Permission::ManagersEdit,
            p(&[("id", manager)]),
        ),
        (
            Method::GET,
            "/api/v1/external/sms/all".into(),
            Permission::SmsView,
            p(&[("widget_id", widget)]),
        ),
        (
            Method::POST,
            "/api/v1/external/sms/update".into(),
            Permission::SmsEdit,
            p(&[
                ("widget_id", widget),
                ("message_id", "visitor.dial-completed"),
                ("text", "Dzięki"),
            ]),
        ),
        (
            Method::POST,
            "/api/v1/external/sms/reset".into(),
            Permission::SmsEdit,
            p(&[("widget_id", widget)]),
        ),
        (
            Method::GET,
            "/api/v1/external/voice/all".into(),
            Permission::VoiceView,
            p(&[("widget_id", widget)]),
        ),
        (
            Method::POST,
            "/api/v1/external/voice/update".into(),
            Permission::VoiceEdit,
            p(&[
                ("widget_id", widget),
                ("message_id", "client.start"),
                ("text", "Dzień dobry"),
            ]),
        ),
        (
            Method::POST,
            "/api/v1/external/voice/reset".into(),
            Permission::VoiceEdit,
            p(&[("widget_id", widget)]),
        ),
        (
            Method::PATCH,
            format!("/api/v1/external/calls/{call_id}/fields/company"),
            Permission::Calls,
            p(&[("value", "ACME")]),
        ),
        (
            Method::POST,
            "/api/v2/external/widgets/call".into(),
            Permission::WidgetsCall,
            p(&[("id", widget), ("tel", "+48600100200")]),
        ),
        (
            Method::POST,
            format!("/api/v2/external/widgets/{widget}/message"),
            Permission::WidgetsCall,
            p(&[("tel", "+48600100200"), ("text", "Oddzwońcie")]),
        ),
        (
            Method::GET,
            "/api/v3/external/calls/history".into(),
            Permission::CallsView,
            p(&[]),
        ),
        (
            Method::GET,
            format!("/api/v3/external/calls/{call_id}"),
            Permission::CallsView,
            p(&[]),
        ),
    ]
}

async fn permission_matrix_covers_every_endpoint(backend: Backend) {
    let app = TestApp::start(backend).await;
    let account = api::account(&app, "owner@example.pl").await;
    let admin = full_key(&app, account.account_id).await;
    let (widget, user, manager) = staffed_widget(&app, &admin, "+48600000001").await;
    let placed = call(
        &app,
        &admin,
        Method::POST,
        "/api/v1/external/widgets/call",
        &[("id", &widget.to_string()), ("tel", "+48600100200")],
    )
    .await;
    let call_id = placed.data()["id"].as_i64().unwrap().to_string();
    wait_for_final(&app, &admin, call_id.parse().unwrap()).await;
    let (widget, user, manager) = (widget.to_string(), user.to_string(), manager.to_string());

    for (method, path, needed, params) in endpoints(&widget, &user, &manager, &call_id) {
        let params: Vec<(&str, &str)> = params
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let others: Vec<Permission> = Permission::ALL
            .into_iter()
            .filter(|p| *p != needed && Some(*p) != needed.parent())
            .collect();
        let without = key(&app, account.account_id, &others, None).await;
        let refused = call(&app, &without, method.clone(), &path, &params).await;
        assert_eq!(
            refused.status,
            StatusCode::FORBIDDEN,
            "{method} {path} without {}",
            needed.id()
        );
        assert!(
            refused.message().contains(needed.id()),
            "{}",
            refused.message()
        );

        let only = key(&app, account.account_id, &[needed], None).await;
        let allowed = call(&app, &only, method.clone(), &path, &params).await;
        assert_ne!(
            allowed.status,
            StatusCode::FORBIDDEN,
            "{method} {path} with {}: {:?}",
            needed.id(),
            allowed.body
        );
        if let Some(parent) = needed.parent() {
            let through_parent = key(&app, account.account_id, &[parent], None).await;
            let answer = call(&app, &through_parent, method.clone(), &path, &params).await;
            assert_ne!(
                answer.status,
                StatusCode::FORBIDDEN,
                "{method} {path} with parent {}",
                parent.id()
            );
        }
    }
}

async fn keys_see_only_their_widgets_and_account(backend: Backend) {
    let app = TestApp::start(backend).await;
    let first = api::account(&app, "first@example.pl").await;
    let second = api::account(&app, "second@example.pl").await;
    let first_key = full_key(&app, first.account_id).await;
    let second_key = full_key(&app, second.account_id).await;
    let (own_widget, own_user, _) = staffed_widget(&app, &first_key, "+48600000001").await;
    let other = call(
        &app,
        &first_key,
        Method::POST,
        "/api/v1/external/widgets/create",
        &[("url", "https://inny.example.pl")],
    )
    .await;
    let other_widget = other.data()["id"].as_i64().unwrap();

    let limited = key(
        &app,
        first.account_id,
        &Permission::ALL,
        Some(&[own_widget]),
    )
    .await;
    let hidden = call(
        &app,
        &limited,
        Method::GET,
        "/api/v1/external/widgets/get",
        &[("id", &other_widget.to_string())],
    )
    .await;
    assert_eq!(hidden.status, StatusCode::NOT_FOUND);
    let listed = call(
        &app,
        &limited,
        Method::GET,
        "/api/v1/external/widgets/all",
        &[],
    )
    .await;
    assert_eq!(listed.body["meta"]["count"], 1);

    for (path, params) in [
        (
            "/api/v1/external/widgets/get",
            vec![("id", own_widget.to_string())],
        ),
        (
            "/api/v1/external/users/get",
            vec![("id", own_user.to_string())],
        ),
        (
            "/api/v1/external/sms/all",
            vec![("widget_id", own_widget.to_string())],
        ),
    ] {
        let params: Vec<(&str, &str)> = params.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let answer = call(&app, &second_key, Method::GET, path, &params).await;
        assert_eq!(
            answer.status,
            StatusCode::NOT_FOUND,
            "another account's {path}"
        );
    }
    let delete = call(
        &app,
        &second_key,
        Method::POST,
        "/api/v1/external/widgets/delete",
        &[("id", &own_widget.to_string())],
    )
    .await;
    assert_eq!(delete.status, StatusCode::NOT_FOUND);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM widgets").await, 2);
}

async fn requested_call_completes_through_the_simulator(backend: Backend) {
    let app = TestApp::start(backend).await;
    let account = api::account(&app, "owner@example.pl").await;
    let secret = full_key(&app, account.account_id).await;
    let (widget, user, _) = staffed_widget(&app, &secret, "+48600000001").await;

    let placed = call(
        &app,
        &secret,
        Method::POST,
        "/api/v1/external/widgets/call",
        &[("id", &widget.to_string()), ("tel", "600 100 200")],
    )
    .await;
    assert_eq!(placed.status, StatusCode::OK, "{:?}", placed.body);
    assert_eq!(placed.data()["status"], "new");
    let call_id = placed.data()["id"].as_i64().unwrap();

    let done = wait_for_final(&app, &secret, call_id).await;
    assert_eq!(done["status"], "completed");
    assert_eq!(done["duration"], 60, "the simulator's default talk time");
    assert_eq!(done["user_id"], user);
    assert_eq!(
        done["phone_number"], "+48600100200",
        "read in the widget's country"
    );
    let events: Vec<&str> = done["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["event"].as_str().unwrap())
        .collect();
    assert_eq!(
        events,
        vec![
            "new",
            "ringing",
            "manager.outcome",
            "in-progress",
            "visitor.dialling",
            "visitor.answered",
            "completed"
        ]
    );

    let history = call(
        &app,
        &secret,
        Method::GET,
        "/api/v3/external/calls/history",
        &[
            ("statuses[]", "completed"),
            ("user_ids[]", &user.to_string()),
        ],
    )
    .await;
    assert_eq!(history.body["meta"]["count"], 1);
    let none = call(
        &app,
        &secret,
        Method::GET,
        "/api/v3/external/calls/history",
        &[("statuses[]", "failed")],
    )
    .await;
    assert_eq!(none.body["meta"]["count"], 0);
}

async fn scripted_outcomes_reach_every_final_state(backend: Backend) {
    let app = TestApp::start(backend).await;
    let account = api::account(&app, "owner@example.pl").await;
    let secret = full_key(&app, account.account_id).await;
    let (widget, _, _) = staffed_widget(&app, &secret, "+48600000001").await;
    let script = |answer| Script {
        answer,
        ring_seconds: 1,
        talk_seconds: 5,
    };

    let cases = [
        (
            "+48600000101",
            None,
            Some(script(Respond::NoAnswer)),
            "user-failed",
        ),
        (
            "+48600000102",
            Some(script(Respond::NoAnswer)),
            None,
            "manager-failed",
        ),
        ("+48600000103", Some(script(Respond::Fail)), None, "failed"),
        (
            "+48600000104",
            Some(script(Respond::Busy)),
            None,
            "manager-failed",
        ),
        (
            "+48600000105",
            None,
            Some(script(Respond::Answer)),
            "completed",
        ),
    ];
    for (visitor, manager_script, visitor_script, expected) in cases {
        match manager_script {
            Some(s) => telephony::set_script(&app.db.pool, "+48600000001", s)
                .await
                .unwrap(),
            None => {
                telephony::clear_script(&app.db.pool, "+48600000001")
                    .await
                    .unwrap();
            }
        }
        if let Some(s) = visitor_script {
            telephony::set_script(&app.db.pool, visitor, s)
                .await
                .unwrap();
        }
        let placed = call(
            &app,
            &secret,
            Method::POST,
            "/api/v1/external/widgets/call",
            &[("id", &widget.to_string()), ("tel", visitor)],
        )
        .await;
        let done = wait_for_final(&app, &secret, placed.data()["id"].as_i64().unwrap()).await;
        assert_eq!(done["status"], expected, "visitor {visitor}: {done}");
    }
}

async fn call_or_schedule_books_the_next_opening(backend: Backend) {
    let app = TestApp::start(backend).await;
    let account = api::account(&app, "owner@example.pl").await;
    let secret = full_key(&app, account.account_id).await;
    let (widget, _, manager) = staffed_widget(&app, &secret, "+48600000001").await;
    // Working hours only on a day other than today, so nobody can take a call now.
    let other_day = (jiff::Timestamp::now()
        .to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .weekday()
        .to_sunday_zero_offset()
        + 3)
        % 7;
    let week = json!([{ "day_of_week": other_day, "enabled": true, "start_time": "10:00", "end_time": "12:00", "timezone": "UTC" }]);
    let updated = call_json(
        &app,
        &secret,
        Method::POST,
        "/api/v1/external/managers/update",
        json!({ "id": manager, "business_times": week }),
    )
    .await;
    assert_eq!(updated.status, StatusCode::OK, "{:?}", updated.body);

    let refused = call(
        &app,
        &secret,
        Method::POST,
        "/api/v1/external/widgets/call",
        &[("id", &widget.to_string()), ("tel", "+48600100200")],
    )
    .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(refused.has_error());

    let scheduled = call(
        &app,
        &secret,
        Method::POST,
        "/api/v1/external/widgets/call-or-schedule",
        &[("id", &widget.to_string()), ("tel", "+48600100200")],
    )
    .await;
    assert_eq!(scheduled.status, StatusCode::OK, "{:?}", scheduled.body);
    assert_eq!(scheduled.data()["status"], "scheduled");
    let at = jiff::Timestamp::from_second(scheduled.data()["scheduled_at"].as_i64().unwrap())
        .unwrap()
        .to_zoned_datetime(jiff::tz::TimeZone::UTC);
    assert_eq!(at.weekday().to_sunday_zero_offset(), other_day, "{at}");
    assert_eq!(at.hour(), 10);

    let (to, text): (String, String) = sqlx::query_as("SELECT phone_e164, text FROM sms_outbox")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    assert_eq!(to, "+48600100200");
    assert!(
        text.starts_with("Oddzwonimy"),
        "the visitor's SMS is in the widget's language: {text}"
    );
}

async fn rate_limit_answers_429_with_headers(backend: Backend) {
    let app = TestApp::start_with(
        backend,
        Options {
            api_rate_limit: Some(3),
            ..Options::default()
        },
    )
    .await;
    let account = api::account(&app, "owner@example.pl").await;
    let secret = full_key(&app, account.account_id).await;

    for expected_remaining in ["2", "1", "0"] {
        let answer = call(&app, &secret, Method::GET, "/api/v1/external/", &[]).await;
        if answer.status == StatusCode::TOO_MANY_REQUESTS {
            // The minute window turned over between requests; the limit still holds.
            return;
        }
        assert_eq!(answer.headers["ratelimit-limit"], "3");
        assert_eq!(answer.headers["ratelimit-remaining"], expected_remaining);
    }
    let limited = call(&app, &secret, Method::GET, "/api/v1/external/", &[]).await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(limited.has_error());
    assert!(limited.headers.contains_key("retry-after"));
    assert_eq!(limited.headers["ratelimit-remaining"], "0");
}

async fn sms_texts_are_limited_and_reset(backend: Backend) {
    let app = TestApp::start(backend).await;
    let account = api::account(&app, "owner@example.pl").await;
    let secret = full_key(&app, account.account_id).await;
    let (widget, _, _) = staffed_widget(&app, &secret, "+48600000001").await;
    let widget = widget.to_string();

    let listed = call(
        &app,
        &secret,
        Method::GET,
        "/api/v1/external/sms/all",
        &[("widget_id", &widget)],
    )
    .await;
    let ids: Vec<&str> = listed
        .data()
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["message_id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        vec![
            "visitor.call-scheduled",
            "visitor.cancel-scheduled",
            "visitor.dial-completed"
        ]
    );

    let long = "a".repeat(241);
    let refused = call(
        &app,
        &secret,
        Method::POST,
        "/api/v1/external/sms/update",
        &[
            ("widget_id", &widget),
            ("message_id", "visitor.dial-completed"),
            ("text", &long),
        ],
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused.data()["field"], "text");

    let saved = call(
        &app,
        &secret,
        Method::POST,
        "/api/v1/external/sms/update",
        &[
            ("widget_id", &widget),
            ("message_id", "visitor.dial-completed"),
            ("text", "Dziękujemy!"),
        ],
    )
    .await;
    assert_eq!(saved.data()["text"], "Dziękujemy!");
    assert_eq!(saved.data()["is_default"], false);

    let reset = call(
        &app,
        &secret,
        Method::POST,
        "/api/v1/external/sms/reset",
        &[
            ("widget_id", &widget),
            ("message_id", "visitor.dial-completed"),
        ],
    )
    .await;
    let restored = reset
        .data()
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["message_id"] == "visitor.dial-completed")
        .unwrap()
        .clone();
    assert_eq!(restored["is_default"], true);
}

async fn last_owner_cannot_be_removed(backend: Backend) {
    let app = TestApp::start(backend).await;
    let account = api::account(&app, "owner@example.pl").await;
    let secret = full_key(&app, account.account_id).await;
    let answer = call(
        &app,
        &secret,
        Method::POST,
        "/api/v1/external/users/delete",
        &[("id", &account.owner_id.to_string())],
    )
    .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM users").await, 1);
}

both_databases!(
    key_check_accepts_both_header_styles,
    bad_keys_are_refused,
    widgets_crud_in_form_and_json,
    bad_input_names_the_field_and_writes_nothing,
    errors_follow_accept_language,
    permission_matrix_covers_every_endpoint,
    keys_see_only_their_widgets_and_account,
    requested_call_completes_through_the_simulator,
    scripted_outcomes_reach_every_final_state,
    call_or_schedule_books_the_next_opening,
    rate_limit_answers_429_with_headers,
    sms_texts_are_limited_and_reset,
    last_owner_cannot_be_removed,
);

/// A path segment that is not a number gets the envelope, not axum's plain text.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_path_answers_in_the_envelope() {
    let app = TestApp::start(Backend::Sqlite).await;
    let account = api::account(&app, "owner@example.pl").await;
    let secret = full_key(&app, account.account_id).await;
    let answer = call(
        &app,
        &secret,
        Method::GET,
        "/api/v3/external/calls/abc",
        &[],
    )
    .await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    assert!(answer.has_error());
    assert!(
        answer.message().contains("/api/docs"),
        "{}",
        answer.message()
    );
}

/// A mistyped path under /api answers in the envelope.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_api_path_answers_in_the_envelope() {
    let app = TestApp::start(Backend::Sqlite).await;
    let account = api::account(&app, "owner@example.pl").await;
    let secret = full_key(&app, account.account_id).await;
    for method in [Method::GET, Method::POST, Method::DELETE] {
        let answer = call(&app, &secret, method.clone(), "/api/v1/external/nope", &[]).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{method}");
        assert!(answer.has_error());
    }
    let wrong_method = call(
        &app,
        &secret,
        Method::DELETE,
        "/api/v1/external/widgets/all",
        &[],
    )
    .await;
    assert_eq!(wrong_method.status, StatusCode::METHOD_NOT_ALLOWED);
    assert!(wrong_method.has_error());
}

/// The API shows a verified caller ID, and custom fields arrive from form bodies too.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn caller_id_state_and_form_fields() {
    let app = TestApp::start(Backend::Sqlite).await;
    let account = api::account(&app, "owner@example.pl").await;
    let secret = full_key(&app, account.account_id).await;
    let (widget, user, _) = staffed_widget(&app, &secret, "+48600000001").await;
    sqlx::query("UPDATE caller_ids SET verified_at = 1800000000000000")
        .execute(&app.db.pool)
        .await
        .unwrap();
    let shown = call(
        &app,
        &secret,
        Method::GET,
        "/api/v1/external/users/get",
        &[("id", &user.to_string())],
    )
    .await;
    assert_eq!(shown.data()["caller_id"]["verified"], true);
    assert_eq!(shown.data()["caller_id"]["verified_at"], 1_800_000_000);

    let placed = call(
        &app,
        &secret,
        Method::POST,
        "/api/v1/external/widgets/call",
        &[
            ("id", &widget.to_string()),
            ("tel", "+48600100200"),
            ("fields[name]", "Jan"),
        ],
    )
    .await;
    let done = wait_for_final(&app, &secret, placed.data()["id"].as_i64().unwrap()).await;
    assert_eq!(done["fields"]["name"], "Jan");
}

/// An empty SMS text is refused instead of turning the default into a custom text.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn empty_sms_text_is_refused() {
    let app = TestApp::start(Backend::Sqlite).await;
    let account = api::account(&app, "owner@example.pl").await;
    let secret = full_key(&app, account.account_id).await;
    let (widget, _, _) = staffed_widget(&app, &secret, "+48600000001").await;
    let params = [
        ("widget_id", widget.to_string()),
        ("message_id", "visitor.dial-completed".to_owned()),
        ("text", String::new()),
    ];
    let params: Vec<(&str, &str)> = params.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let answer = call(
        &app,
        &secret,
        Method::POST,
        "/api/v1/external/sms/update",
        &params,
    )
    .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(answer.data()["field"], "text");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM widget_messages").await, 0);
}
