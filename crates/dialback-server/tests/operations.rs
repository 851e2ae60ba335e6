//! Health, metrics, security headers and error pages, over HTTP on both databases.

mod common;

use common::{Backend, TestApp};
use reqwest::StatusCode;

async fn healthz_answers_ok(backend: Backend) {
    let app = TestApp::start(backend).await;
    let response = app.get("/healthz").await;
    assert_eq!(response.status(), StatusCode::OK);
}

async fn metrics_count_requests_per_route(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.get("/login").await;
    app.get("/login").await;
    let body = app.get("/metrics").await.text().await.unwrap();
    assert!(
        body.contains("http_requests_total{method=\"GET\",route=\"/login\",status=\"200\"}"),
        "{body}"
    );
    assert!(
        body.contains("http_request_duration_seconds_bucket{method=\"GET\",route=\"/login\""),
        "{body}"
    );
}

async fn pages_carry_security_headers(backend: Backend) {
    let app = TestApp::start(backend).await;
    let response = app.get("/login").await;
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default()
    };
    assert!(header("content-security-policy").contains("frame-ancestors 'none'"));
    assert!(header("content-security-policy").contains("default-src 'self'"));
    assert_eq!(header("x-content-type-options"), "nosniff");
    assert_eq!(header("x-frame-options"), "DENY");
    assert_eq!(header("x-request-id").len(), 16);
}

async fn unknown_page_is_a_translated_404(backend: Backend) {
    let app = TestApp::start(backend).await;
    let response = app
        .client
        .get(app.url("/no/such/page"))
        .header("accept-language", "de-DE,de;q=0.9")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let page = response.text().await.unwrap();
    assert_eq!(common::html_lang(&page), "de");
    assert!(page.contains("Seite nicht gefunden"), "{page}");
}

both_databases!(
    healthz_answers_ok,
    metrics_count_requests_per_route,
    pages_carry_security_headers,
    unknown_page_is_a_translated_404
);

/// With its database gone, the server reports itself unhealthy.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn healthz_fails_without_database() {
    let app = TestApp::start(Backend::Postgres).await;
    assert_eq!(app.get("/healthz").await.status(), StatusCode::OK);

    let name = app.database.url.rsplit('/').next().unwrap().to_owned();
    let admin_url = std::env::var("DIALBACK_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_owned());
    let admin = sqlx::PgPool::connect(&admin_url).await.unwrap();
    sqlx::query(&format!("DROP DATABASE {name} WITH (FORCE)"))
        .execute(&admin)
        .await
        .unwrap();

    assert_eq!(
        app.get("/healthz").await.status(),
        StatusCode::SERVICE_UNAVAILABLE
    );
}
