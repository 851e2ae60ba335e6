//! The OpenAPI document: served, valid in shape, and matching the stored snapshot,
//! so that any change to the API's surface shows up in review.

mod common;

use common::{Backend, TestApp};
use dialback_server::api::reference::{ENDPOINTS, openapi};
use reqwest::StatusCode;

#[test]
fn openapi_document_matches_snapshot() {
    let document = serde_json::to_value(openapi()).unwrap();
    insta::assert_json_snapshot!("openapi", document);
}

#[test]
fn every_endpoint_is_documented_once() {
    let document = serde_json::to_value(openapi()).unwrap();
    assert_eq!(document["openapi"], "3.1.0");
    let paths = document["paths"].as_object().unwrap();
    assert_eq!(
        paths.len(),
        ENDPOINTS.len(),
        "each documented path is distinct"
    );
    for endpoint in ENDPOINTS {
        let method = endpoint.method.to_lowercase();
        assert!(
            paths[endpoint.path][&method].is_object(),
            "{} {}",
            endpoint.method,
            endpoint.path
        );
    }
}

/// Every documented endpoint exists on the server: with a valid key it never answers 404 for the route or 405.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_documented_route_is_served() {
    let app = TestApp::start(Backend::Sqlite).await;
    let account = common::api::account(&app, "owner@example.pl").await;
    let key = common::api::full_key(&app, account.account_id).await;
    for endpoint in ENDPOINTS {
        let path = endpoint
            .path
            .replace("{call}", "999")
            .replace("{id}", "999")
            .replace("{field}", "x")
            .replace("{tag}", "1");
        let method = reqwest::Method::from_bytes(endpoint.method.as_bytes()).unwrap();
        let response = app
            .client
            .request(method, app.url(&path))
            .header("authorization", &key)
            .send()
            .await
            .unwrap();
        assert_ne!(
            response.status(),
            StatusCode::METHOD_NOT_ALLOWED,
            "{} {path}",
            endpoint.method
        );
        let content_type = response
            .headers()
            .get("content-type")
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default();
        assert!(
            content_type.starts_with("application/json"),
            "{} {path} answered {content_type}, not the API envelope",
            endpoint.method
        );
    }

    let served: serde_json::Value = app
        .client
        .get(app.url("/api/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(served, serde_json::to_value(openapi()).unwrap());
    let page = app.page("/api/docs").await;
    assert!(page.contains("/api/v3/external/calls/history"));
}
