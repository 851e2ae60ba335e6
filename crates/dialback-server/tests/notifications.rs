//! Notifications: preferences, the outbox and its workers, and every channel, over HTTP
//! on both databases with a real SMTP listener.

mod common;

use std::time::Duration;

use common::{Backend, TestApp};
use dialback_domain::NotificationEvent;
use dialback_server::notifications::events::{self, Event};

const PASSWORD: &str = "zielona-herbata-42";

/// Polls `sql` (a count) until it reaches `count` or five seconds pass; returns the last value.
async fn wait_count(app: &TestApp, sql: &str, count: i64) -> i64 {
    let mut last = 0;
    for _ in 0..100 {
        last = app.scalar(sql).await;
        if last >= count {
            return last;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    last
}

async fn a_recorded_event_reaches_the_desktop_once(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("zofia@kwiaciarnia.pl", PASSWORD).await;
    let account_id = app.scalar("SELECT id FROM accounts").await;

    let mut tx = app.db.begin().await.unwrap();
    let event = Event {
        kind: NotificationEvent::ProductUpdate,
        payload: serde_json::json!({"title": "Reports", "body": "Weekly reports are here."}),
        target_user: None,
        dedupe_key: Some("product.update:test".to_owned()),
    };
    events::record(&mut tx, account_id, &event).await.unwrap();
    events::record(&mut tx, account_id, &event).await.unwrap();
    tx.commit().await.unwrap();

    assert_eq!(
        wait_count(&app, "SELECT COUNT(*) FROM desktop_notifications", 1).await,
        1
    );
    tokio::time::sleep(Duration::from_millis(700)).await;
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM desktop_notifications")
            .await,
        1
    );
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM notification_events").await,
        1
    );
}

both_databases!(a_recorded_event_reaches_the_desktop_once);
