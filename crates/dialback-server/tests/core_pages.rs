//! My team, Widgets and Calls pages, and the public widget endpoints, on both databases.

mod common;

use common::api::{self, call, full_key, staffed_widget, wait_for_final};
use common::{Backend, TestApp, field_error, location, submit_with};
use reqwest::{Method, StatusCode};

const PASSWORD: &str = "zielona-herbata-42";

async fn activity_details(app: &TestApp) -> Vec<(String, String)> {
    sqlx::query_as::<_, (String, Option<String>)>("SELECT kind, details FROM activity ORDER BY id")
        .fetch_all(&app.db.pool)
        .await
        .unwrap()
        .into_iter()
        .map(|(kind, details)| (kind, details.unwrap_or_default()))
        .collect()
}

async fn team_members_are_added_edited_and_removed(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("owner@kwiaciarnia.pl", PASSWORD).await;

    let bad = app
        .submit(
            "/team",
            &[
                ("name", ""),
                ("email", "nie-email"),
                ("phone_number", "12"),
                ("role", "manager"),
            ],
        )
        .await;
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = bad.text().await.unwrap();
    assert!(field_error(&page, "name").is_some());
    assert!(field_error(&page, "phone_number").is_some());
    assert_eq!(app.scalar("SELECT COUNT(*) FROM users").await, 1);

    let added = app
        .submit(
            "/team",
            &[
                ("name", "Marek Nowak"),
                ("email", "marek@kwiaciarnia.pl"),
                ("phone_number", "+48 601 202 303"),
                ("role", "manager"),
            ],
        )
        .await;
    assert_eq!(location(&added), "/team?saved=1");
    let list = app.page("/team").await;
    assert!(list.contains("Marek Nowak") && list.contains("+48 601 202 303"));
    let marek = app
        .scalar("SELECT id FROM users WHERE email = 'marek@kwiaciarnia.pl'")
        .await;

    let edited = app
        .submit(
            &format!("/team/{marek}"),
            &[
                ("name", "Marek Nowak"),
                ("email", "marek@kwiaciarnia.pl"),
                ("phone_number", "+48601202303"),
                ("role", "admin"),
            ],
        )
        .await;
    assert_eq!(location(&edited), "/team?saved=1");
    let (role, enabled): (String, i64) =
        sqlx::query_as("SELECT role, enabled FROM users WHERE id = $1")
            .bind(marek)
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
    assert_eq!(role, "admin");
    assert_eq!(enabled, 0, "an unchecked box disables the member");

    let owner = app
        .scalar("SELECT id FROM users WHERE role = 'owner'")
        .await;
    let delete_owner = app
        .client
        .post(app.url(&format!("/team/{owner}/delete")))
        .form(&[(
            "csrf_token",
            csrf(&app, &format!("/team/{owner}")).await.as_str(),
        )])
        .send()
        .await
        .unwrap();
    assert_eq!(
        delete_owner.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "an owner cannot remove themselves"
    );

    let removed = app
        .client
        .post(app.url(&format!("/team/{marek}/delete")))
        .form(&[(
            "csrf_token",
            csrf(&app, &format!("/team/{marek}")).await.as_str(),
        )])
        .send()
        .await
        .unwrap();
    assert_eq!(location(&removed), "/team?saved=1");
    let kinds: Vec<String> = activity_details(&app)
        .await
        .into_iter()
        .map(|(k, _)| k)
        .filter(|k| k.starts_with("USER_") && k != "USER_SIGNUP")
        .collect();
    assert_eq!(kinds, vec!["USER_ADDED", "USER_EDITED", "USER_DELETED"]);
}

async fn csrf(app: &TestApp, path: &str) -> String {
    common::csrf_token(&app.page(path).await).expect("a form")
}

async fn managers_cannot_change_the_team_or_widgets(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("owner@kwiaciarnia.pl", PASSWORD).await;
    app.submit(
        "/team",
        &[
            ("name", "Marek Nowak"),
            ("email", "marek@kwiaciarnia.pl"),
            ("phone_number", ""),
            ("role", "manager"),
        ],
    )
    .await;
    sqlx::query("UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE role = 'owner') WHERE email = 'marek@kwiaciarnia.pl'").execute(&app.db.pool).await.unwrap();

    let manager = app.new_browser();
    let login = submit_with(
        &manager,
        &app.base,
        "/login",
        &[("email", "marek@kwiaciarnia.pl"), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(login.status(), StatusCode::SEE_OTHER);
    let team = common::page_with(&manager, &app.url("/team")).await;
    assert!(team.contains("Only the account owner or an administrator can change the team."));
    let token = common::csrf_token(&team).unwrap();
    let added = manager
        .post(app.url("/team"))
        .form(&[
            ("name", "X Y"),
            ("email", "x@example.pl"),
            ("role", "manager"),
            ("csrf_token", &token),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(added.status(), StatusCode::FORBIDDEN);
    let widget = manager
        .post(app.url("/widgets"))
        .form(&[
            ("url", "https://x.example.pl"),
            ("locale_code", "pl"),
            ("csrf_token", &token),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(widget.status(), StatusCode::FORBIDDEN);
    let keys = common::page_with(&manager, &app.url("/settings/api-keys")).await;
    assert!(keys.contains("Only the account owner or an administrator can manage API keys."));
    assert_eq!(app.scalar("SELECT COUNT(*) FROM widgets").await, 0);
}

async fn widget_page_actions_write_their_activity_kinds(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("owner@kwiaciarnia.pl", PASSWORD).await;
    app.submit(
        "/team",
        &[
            ("name", "Marek Nowak"),
            ("email", "marek@kwiaciarnia.pl"),
            ("phone_number", "+48 601 202 303"),
            ("role", "manager"),
        ],
    )
    .await;
    let marek = app
        .scalar("SELECT id FROM users WHERE email = 'marek@kwiaciarnia.pl'")
        .await;

    let bad = app
        .submit(
            "/widgets",
            &[
                ("url", "not a url"),
                ("description", ""),
                ("locale_code", "pl"),
            ],
        )
        .await;
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let created = app
        .submit(
            "/widgets",
            &[
                ("url", "https://kwiaciarnia.pl"),
                ("description", "Sklep"),
                ("locale_code", "pl"),
            ],
        )
        .await;
    let path = location(&created).split('?').next().unwrap().to_owned();
    let id: i64 = path.rsplit('/').next().unwrap().parse().unwrap();

    let steps: Vec<(String, Vec<(&str, &str)>)> = vec![
        (
            path.clone(),
            vec![
                ("url", "https://kwiaciarnia.pl"),
                ("description", "Kwiaty"),
                ("locale_code", "pl"),
                ("timezone", "Europe/Warsaw"),
                ("busy_mode", "1"),
            ],
        ),
        (format!("{path}/toggle"), vec![]),
        (
            format!("{path}/domains"),
            vec![("domain", "https://Sklep.Kwiaciarnia.pl/koszyk")],
        ),
        (
            format!("{path}/departments"),
            vec![("department_name", "Sprzedaż")],
        ),
        (
            format!("{path}/managers"),
            vec![
                ("user_id", &*Box::leak(marek.to_string().into_boxed_str())),
                ("days", "1"),
                ("days", "2"),
                ("start_time", "08:00"),
                ("end_time", "16:00"),
            ],
        ),
        (
            format!("{path}/days-off"),
            vec![("days_off", "2026-12-24\n2026-12-25")],
        ),
        (format!("{path}/duplicate"), vec![]),
    ];
    for (action, fields) in steps {
        let token = csrf(&app, &path).await;
        let mut form = fields.clone();
        form.push(("csrf_token", &token));
        let response = app
            .client
            .post(app.url(&action))
            .form(&form)
            .send()
            .await
            .unwrap();
        assert_eq!(
            response.status(),
            StatusCode::SEE_OTHER,
            "{action}: {}",
            response.text().await.unwrap_or_default()
        );
    }

    let page = app.page(&path).await;
    assert!(
        page.contains("sklep.kwiaciarnia.pl"),
        "the pasted URL became a host name"
    );
    assert!(page.contains("Sprzedaż"));
    assert!(page.contains("Marek Nowak"));
    assert!(page.contains("2026-12-24"));
    let changes: Vec<String> = activity_details(&app)
        .await
        .into_iter()
        .filter(|(kind, _)| kind == "WIDGET_EDITED")
        .map(|(_, details)| {
            serde_json::from_str::<serde_json::Value>(&details).unwrap()["change"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(
        changes,
        vec![
            "GENERAL",
            "TOGGLE_ENABLED",
            "TRUSTED_DOMAIN_ADD",
            "DEPARTMENT_ADD",
            "ADD_MANAGER",
            "DAYS_OFF_EDIT",
            "DUPLICATE_WIDGET"
        ]
    );
    assert_eq!(app.scalar("SELECT COUNT(*) FROM widgets").await, 2);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM managers").await,
        2,
        "the copy keeps its managers"
    );
    let enabled = app
        .scalar(&format!("SELECT enabled FROM widgets WHERE id = {id}"))
        .await;
    assert_eq!(enabled, 0);

    let token = csrf(&app, &path).await;
    let bad_days = app
        .client
        .post(app.url(&format!("{path}/days-off")))
        .form(&[("days_off", "24.12.2026"), ("csrf_token", &token)])
        .send()
        .await
        .unwrap();
    assert_eq!(bad_days.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad_days
            .text()
            .await
            .unwrap()
            .contains("Write each day off as YYYY-MM-DD on its own line.")
    );
}

async fn calls_pages_show_the_call(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("owner@kwiaciarnia.pl", PASSWORD).await;
    let account_id = app.scalar("SELECT id FROM accounts").await;
    let key = full_key(&app, account_id).await;
    let (widget, _, _) = staffed_widget(&app, &key, "+48600000001").await;
    let placed = call(
        &app,
        &key,
        Method::POST,
        "/api/v1/external/widgets/call",
        &[
            ("id", &widget.to_string()),
            ("tel", "+48600100200"),
            ("fields", r#"{"company":"ACME"}"#),
        ],
    )
    .await;
    let id = placed.data()["id"].as_i64().unwrap();
    wait_for_final(&app, &key, id).await;

    let list = app.page("/calls?status=completed").await;
    assert!(list.contains("1 call matches."));
    assert!(list.contains("+48 600 100 200"));
    assert!(list.contains("60 seconds"));
    let detail = app.page(&format!("/calls/{id}")).await;
    assert!(detail.contains("Marek Konsultant"));
    assert!(detail.contains("ACME"));
    assert!(detail.contains("visitor.answered"));
    assert_eq!(
        app.get("/calls/999999").await.status(),
        StatusCode::NOT_FOUND
    );
}

async fn public_config_answers_in_the_widget_language(backend: Backend) {
    let app = TestApp::start(backend).await;
    let account = api::account(&app, "owner@example.pl").await;
    let key = full_key(&app, account.account_id).await;
    let (widget, _, _) = staffed_widget(&app, &key, "+48600000001").await;

    let config = api::into_answer(
        app.client
            .get(app.url(&format!("/public/widgets/{widget}/config")))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(config.status, StatusCode::OK);
    assert_eq!(config.data()["available"], true);
    assert_eq!(config.data()["can_call_now"], true);
    let polish = dialback_server::platform::i18n::Tr::new(dialback_domain::Language::Polish);
    assert_eq!(config.data()["texts"]["title"], polish.t("widget-title"));

    sqlx::query("INSERT INTO widget_domains (widget_id, domain) VALUES ($1, 'sklep.example.pl')")
        .bind(widget)
        .execute(&app.db.pool)
        .await
        .unwrap();
    let foreign = app
        .client
        .get(app.url(&format!("/public/widgets/{widget}/config")))
        .header("origin", "https://evil.example.com")
        .send()
        .await
        .unwrap();
    assert_eq!(foreign.status(), StatusCode::FORBIDDEN);
    // The dashboard's own preview sends no Origin on this same-origin GET, only a Referer.
    let preview = app
        .client
        .get(app.url(&format!("/public/widgets/{widget}/config")))
        .header("referer", app.url(&format!("/widgets/{widget}/preview")))
        .send()
        .await
        .unwrap();
    assert_eq!(preview.status(), StatusCode::OK);
    let trusted = app
        .client
        .get(app.url(&format!("/public/widgets/{widget}/config")))
        .header("origin", "https://sklep.example.pl")
        .send()
        .await
        .unwrap();
    assert_eq!(trusted.status(), StatusCode::OK);
    assert_eq!(
        trusted.headers()["access-control-allow-origin"],
        "https://sklep.example.pl"
    );

    let requested = app
        .client
        .post(app.url(&format!("/public/widgets/{widget}/calls")))
        .header("origin", "https://sklep.example.pl")
        .form(&[("tel", "600 100 200"), ("fields[name]", "Ola")])
        .send()
        .await
        .unwrap();
    let answer = api::into_answer(requested).await;
    assert_eq!(answer.status, StatusCode::OK, "{:?}", answer.body);
    assert_eq!(answer.data()["message"], polish.t("widget-call-coming"));
    let done = wait_for_final(&app, &key, answer.data()["call_id"].as_i64().unwrap()).await;
    assert_eq!(done["fields"]["name"], "Ola");
    assert_eq!(done["source"], "web");

    let invalid = app
        .client
        .post(app.url(&format!("/public/widgets/{widget}/calls")))
        .header("origin", "https://sklep.example.pl")
        .form(&[("tel", "12")])
        .send()
        .await
        .unwrap();
    let invalid = api::into_answer(invalid).await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(invalid.data()["field"], "tel");

    sqlx::query("UPDATE widgets SET enabled = 0")
        .execute(&app.db.pool)
        .await
        .unwrap();
    let disabled = api::into_answer(
        app.client
            .get(app.url(&format!("/public/widgets/{widget}/config")))
            .header("origin", "https://sklep.example.pl")
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(disabled.data()["available"], false);
    let missing = app
        .client
        .get(app.url("/public/widgets/999999/config"))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
}

async fn api_keys_page_creates_shows_once_and_revokes(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("owner@kwiaciarnia.pl", PASSWORD).await;

    let empty = app
        .submit("/settings/api-keys", &[("description", "CRM")])
        .await;
    assert_eq!(empty.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = empty.text().await.unwrap();
    assert_eq!(
        field_error(&page, "permissions").as_deref(),
        Some("Choose at least one permission.")
    );
    assert_eq!(
        field_error(&page, "widgets").as_deref(),
        Some("Choose all widgets or at least one widget.")
    );

    let created = app
        .submit(
            "/settings/api-keys",
            &[
                ("description", "CRM"),
                ("widgets", "all"),
                ("permissions", "calls.view"),
                ("permissions", "widgets"),
            ],
        )
        .await;
    assert_eq!(created.status(), StatusCode::OK);
    let page = created.text().await.unwrap();
    let secret = page
        .split("id=\"new-api-key\">")
        .nth(1)
        .unwrap()
        .split('<')
        .next()
        .unwrap()
        .to_owned();
    assert!(secret.starts_with("dbk_"));

    let check = call(&app, &secret, Method::GET, "/api/v1/external/", &[]).await;
    assert_eq!(check.status, StatusCode::OK);
    let listed = app.page("/settings/api-keys").await;
    assert!(!listed.contains(&secret), "the key is shown only once");
    assert!(listed.contains(&secret[..12]));
    assert!(
        listed.contains("from 127.0.0.1"),
        "last use with its address"
    );

    let key_id = app.scalar("SELECT id FROM api_keys").await;
    let token = common::csrf_token(&listed).unwrap();
    let revoked = app
        .client
        .post(app.url(&format!("/settings/api-keys/{key_id}/revoke")))
        .form(&[("csrf_token", &token)])
        .send()
        .await
        .unwrap();
    assert_eq!(location(&revoked), "/settings/api-keys?saved=1");
    let refused = call(&app, &secret, Method::GET, "/api/v1/external/", &[]).await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED);
    let kinds: Vec<String> = activity_details(&app)
        .await
        .into_iter()
        .map(|(k, _)| k)
        .filter(|k| k.starts_with("API_KEY"))
        .collect();
    assert_eq!(kinds, vec!["API_KEY_CREATED", "API_KEY_REVOKED"]);
}

/// A disabled member is signed out and cannot sign in again.
async fn disabled_member_cannot_sign_in(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("owner@kwiaciarnia.pl", PASSWORD).await;
    app.submit(
        "/team",
        &[
            ("name", "Marek Nowak"),
            ("email", "marek@kwiaciarnia.pl"),
            ("phone_number", ""),
            ("role", "manager"),
        ],
    )
    .await;
    sqlx::query("UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE role = 'owner') WHERE email = 'marek@kwiaciarnia.pl'").execute(&app.db.pool).await.unwrap();
    let manager = app.new_browser();
    submit_with(
        &manager,
        &app.base,
        "/login",
        &[("email", "marek@kwiaciarnia.pl"), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(
        manager
            .get(app.url("/settings/profile"))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::OK
    );

    let marek = app
        .scalar("SELECT id FROM users WHERE email = 'marek@kwiaciarnia.pl'")
        .await;
    app.submit(
        &format!("/team/{marek}"),
        &[
            ("name", "Marek Nowak"),
            ("email", "marek@kwiaciarnia.pl"),
            ("phone_number", ""),
            ("role", "manager"),
        ],
    )
    .await;
    let after = manager
        .get(app.url("/settings/profile"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        location(&after),
        "/login",
        "the session ended with the member's access"
    );
    let again = submit_with(
        &manager,
        &app.base,
        "/login",
        &[("email", "marek@kwiaciarnia.pl"), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(again.status(), StatusCode::UNAUTHORIZED);
}

/// Cancelling a scheduled call ends it and tells the visitor by SMS.
async fn scheduled_call_can_be_cancelled(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("owner@kwiaciarnia.pl", PASSWORD).await;
    let account_id = app.scalar("SELECT id FROM accounts").await;
    let key = full_key(&app, account_id).await;
    let (widget, _, _) = staffed_widget(&app, &key, "+48600000001").await;
    let tomorrow_noon = (jiff::Timestamp::now().as_second() / 86_400 + 1) * 86_400 + 12 * 3600;
    let placed = call(
        &app,
        &key,
        Method::POST,
        "/api/v1/external/widgets/call",
        &[
            ("id", &widget.to_string()),
            ("tel", "+48600100200"),
            ("scheduled_at", &tomorrow_noon.to_string()),
        ],
    )
    .await;
    assert_eq!(placed.data()["status"], "scheduled", "{:?}", placed.body);
    let id = placed.data()["id"].as_i64().unwrap();

    let page = app.page(&format!("/calls/{id}")).await;
    let token = common::csrf_token(&page).unwrap();
    let response = app
        .client
        .post(app.url(&format!("/calls/{id}/cancel")))
        .form(&[("csrf_token", &token)])
        .send()
        .await
        .unwrap();
    assert_eq!(location(&response), format!("/calls/{id}"));
    let status: String = sqlx::query_scalar("SELECT status FROM calls WHERE id = $1")
        .bind(id)
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    assert_eq!(status, "cancelled");
    let purposes: Vec<String> = sqlx::query_scalar("SELECT purpose FROM sms_outbox ORDER BY id")
        .fetch_all(&app.db.pool)
        .await
        .unwrap();
    assert_eq!(
        purposes,
        vec!["visitor.call-scheduled", "visitor.cancel-scheduled"]
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM activity WHERE kind = 'CALL_CANCELLED'")
            .await,
        1
    );
}

both_databases!(
    team_members_are_added_edited_and_removed,
    managers_cannot_change_the_team_or_widgets,
    widget_page_actions_write_their_activity_kinds,
    calls_pages_show_the_call,
    public_config_answers_in_the_widget_language,
    api_keys_page_creates_shows_once_and_revokes,
    disabled_member_cannot_sign_in,
    scheduled_call_can_be_cancelled,
);
