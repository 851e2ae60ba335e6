//! Helpers for REST API tests: an account with a key, and calls in the API's envelope.

use dialback_domain::Permission;
use dialback_server::api_keys::{self, storage as keys};
use reqwest::{Method, StatusCode};
use serde_json::Value;

use super::TestApp;

/// An account created through sign-up, with its ids.
pub struct ApiAccount {
    pub account_id: i64,
    pub owner_id: i64,
}

/// Signs up an account with a fresh browser and returns its ids.
pub async fn account(app: &TestApp, email: &str) -> ApiAccount {
    let browser = app.new_browser();
    let response = super::submit_with(
        &browser,
        &app.base,
        "/signup",
        &[
            ("company_name", "Firma"),
            ("name", "Anna Owner"),
            ("email", email),
            ("password", "zielona-herbata-42"),
        ],
    )
    .await;
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "sign-up of {email}"
    );
    let owner_id: i64 = sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
        .bind(email)
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    let account_id: i64 = sqlx::query_scalar("SELECT account_id FROM users WHERE id = $1")
        .bind(owner_id)
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    ApiAccount {
        account_id,
        owner_id,
    }
}

/// Creates a key for `account_id` and returns its secret.
pub async fn key(
    app: &TestApp,
    account_id: i64,
    permissions: &[Permission],
    widgets: Option<&[i64]>,
) -> String {
    let generated = api_keys::generate();
    let new = keys::NewKey {
        account_id,
        created_by: None,
        description: "test",
        permissions,
        widget_ids: widgets,
        expires_at: None,
    };
    let mut conn = app.db.pool.acquire().await.unwrap();
    keys::insert(&mut conn, &new, &generated).await.unwrap();
    generated.secret
}

/// A key with every permission.
pub async fn full_key(app: &TestApp, account_id: i64) -> String {
    key(app, account_id, &Permission::ALL, None).await
}

/// The status and the parsed envelope of an answer.
pub struct Answer {
    pub status: StatusCode,
    pub body: Value,
    pub headers: reqwest::header::HeaderMap,
}

impl Answer {
    pub fn data(&self) -> &Value {
        &self.body["data"]
    }

    pub fn has_error(&self) -> bool {
        self.body["hasError"]
            .as_bool()
            .expect("an envelope with hasError")
    }

    pub fn message(&self) -> &str {
        self.body["message"].as_str().unwrap_or_default()
    }
}

/// Sends a request with `key` in the Authorization header; GET parameters go in the
/// query string and others in a form-urlencoded body, as CallPage's clients send them.
pub async fn call(
    app: &TestApp,
    key: &str,
    method: Method,
    path: &str,
    params: &[(&str, &str)],
) -> Answer {
    let mut request = app
        .client
        .request(method.clone(), app.url(path))
        .header("authorization", key);
    request = if method == Method::GET {
        request.query(params)
    } else {
        request.form(params)
    };
    into_answer(request.send().await.expect("the request is sent")).await
}

/// Sends a JSON body with `Authorization: Bearer <key>`.
pub async fn call_json(
    app: &TestApp,
    key: &str,
    method: Method,
    path: &str,
    body: Value,
) -> Answer {
    let request = app
        .client
        .request(method, app.url(path))
        .header("authorization", format!("Bearer {key}"))
        .json(&body);
    into_answer(request.send().await.expect("the request is sent")).await
}

pub async fn into_answer(response: reqwest::Response) -> Answer {
    let status = response.status();
    let headers = response.headers().clone();
    let text = response.text().await.unwrap();
    let body = serde_json::from_str(&text)
        .unwrap_or_else(|_| panic!("a JSON envelope, got {status}: {text}"));
    Answer {
        status,
        body,
        headers,
    }
}

/// Creates a widget open all week and a manager with a phone on it; returns (widget id, user id, manager id).
pub async fn staffed_widget(app: &TestApp, key: &str, manager_phone: &str) -> (i64, i64, i64) {
    let widget = call(
        app,
        key,
        Method::POST,
        "/api/v1/external/widgets/create",
        &[("url", "https://sklep.example.pl"), ("locale_code", "pl")],
    )
    .await;
    assert_eq!(widget.status, StatusCode::OK, "{:?}", widget.body);
    let widget_id = widget.data()["id"].as_i64().unwrap();
    let email = format!("manager{}@example.pl", rand::random::<u32>());
    let user = call(
        app,
        key,
        Method::POST,
        "/api/v1/external/users/create",
        &[
            ("name", "Marek Konsultant"),
            ("email", &email),
            ("tel", manager_phone),
            ("role", "manager"),
        ],
    )
    .await;
    assert_eq!(user.status, StatusCode::OK, "{:?}", user.body);
    let user_id = user.data()["id"].as_i64().unwrap();
    let all_week: Vec<Value> = (0..7).map(|day| serde_json::json!({ "day_of_week": day, "enabled": true, "start_time": "00:00", "end_time": "24:00", "timezone": "UTC" })).collect();
    let manager = call_json(app, key, Method::POST, "/api/v1/external/managers/create", serde_json::json!({ "user_id": user_id, "widget_id": widget_id, "business_times": all_week })).await;
    assert_eq!(manager.status, StatusCode::OK, "{:?}", manager.body);
    (widget_id, user_id, manager.data()["id"].as_i64().unwrap())
}

/// Polls a call until it reaches a final status or five seconds pass; returns its JSON.
pub async fn wait_for_final(app: &TestApp, key: &str, call_id: i64) -> Value {
    let final_states = [
        "completed",
        "manager-failed",
        "user-failed",
        "failed",
        "cancelled",
    ];
    for _ in 0..100 {
        let answer = call(
            app,
            key,
            Method::GET,
            &format!("/api/v3/external/calls/{call_id}"),
            &[],
        )
        .await;
        let status = answer.data()["status"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        if final_states.contains(&status.as_str()) {
            return answer.data().clone();
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("call {call_id} did not finish");
}
