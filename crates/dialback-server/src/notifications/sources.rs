//! The events that the core records: calls changing state, custom fields, widgets seen
//! on a trusted domain for the first time, and the operator's product updates.
//!
//! Each function runs on the connection of the change's own transaction. Which call
//! states notify:
//! - a call stored `new` records `call.new`; stored `scheduled`, `call.scheduled`;
//! - the first manager's phone ringing records `call.ringing` (once per call);
//! - `completed` records `call.completed`;
//! - `manager-failed` and `user-failed` record `call.missed`;
//! - `failed` records `call.scheduled_failed` for a call that was scheduled (a
//!   carrier failure, a blacklisted number or a deleted widget); an unscheduled call
//!   that fails that way was never promised to the visitor, so it notifies nobody.
//!
//! A field set through the API records both `call.custom_fields` (offered by e-mail)
//! and `call.additional_data` (offered on the desktop): the product names the same
//! visitor action differently per channel.

use dialback_domain::{CallStatus, NotificationEvent};
use serde_json::json;
use sqlx::{AnyConnection, FromRow};

use super::events::{self, Event};
use crate::platform::clock::now_micros;
use crate::platform::db::Db;

#[derive(FromRow)]
struct CallFacts {
    account_id: i64,
    widget_id: i64,
    widget_url: String,
    phone_e164: String,
    status: String,
    scheduled_at: Option<i64>,
    duration_seconds: i64,
    manager_name: Option<String>,
    fields: String,
}

async fn call_payload(
    conn: &mut AnyConnection,
    call_id: i64,
) -> sqlx::Result<Option<(i64, serde_json::Value, bool)>> {
    let facts: Option<CallFacts> = sqlx::query_as(
        "SELECT c.account_id, c.widget_id, w.url AS widget_url, c.phone_e164, c.status, c.scheduled_at, \
         c.duration_seconds, u.name AS manager_name, c.fields \
         FROM calls c JOIN widgets w ON w.id = c.widget_id LEFT JOIN users u ON u.id = c.manager_user_id \
         WHERE c.id = $1",
    )
    .bind(call_id)
    .fetch_optional(conn)
    .await?;
    Ok(facts.map(|facts| {
        let fields: serde_json::Value =
            serde_json::from_str(&facts.fields).unwrap_or_else(|_| json!({}));
        let payload = json!({
            "call_id": call_id,
            "widget_id": facts.widget_id,
            "widget_url": facts.widget_url,
            "phone": facts.phone_e164,
            "status": facts.status,
            "scheduled_at": facts.scheduled_at,
            "duration_seconds": facts.duration_seconds,
            "manager_name": facts.manager_name,
            "fields": fields,
            "at": now_micros(),
        });
        (facts.account_id, payload, facts.scheduled_at.is_some())
    }))
}

/// Records what a call's move to `status` notifies, if anything.
pub async fn call_status(
    conn: &mut AnyConnection,
    call_id: i64,
    status: CallStatus,
) -> sqlx::Result<()> {
    let Some((account_id, payload, was_scheduled)) = call_payload(conn, call_id).await? else {
        return Ok(());
    };
    let (kind, dedupe_key) = match status {
        CallStatus::New => (NotificationEvent::CallNew, None),
        CallStatus::Scheduled => (NotificationEvent::CallScheduled, None),
        CallStatus::Ringing => (
            NotificationEvent::CallRinging,
            Some(format!("call.ringing:{call_id}")),
        ),
        CallStatus::Completed => (NotificationEvent::CallCompleted, None),
        CallStatus::ManagerFailed | CallStatus::UserFailed => (NotificationEvent::CallMissed, None),
        CallStatus::Failed if was_scheduled => (NotificationEvent::CallScheduledFailed, None),
        CallStatus::Failed | CallStatus::InProgress | CallStatus::Cancelled => return Ok(()),
    };
    let event = Event {
        kind,
        payload,
        target_user: None,
        dedupe_key,
    };
    events::record(conn, account_id, &event).await
}

/// Records that the custom field `field` of a call was set.
pub async fn custom_field(conn: &mut AnyConnection, call_id: i64, field: &str) -> sqlx::Result<()> {
    let Some((account_id, mut payload, _)) = call_payload(conn, call_id).await? else {
        return Ok(());
    };
    payload["field"] = json!(field);
    for kind in [
        NotificationEvent::CallCustomFields,
        NotificationEvent::CallAdditionalData,
    ] {
        events::record(conn, account_id, &Event::new(kind, payload.clone())).await?;
    }
    Ok(())
}

/// Records `widget.installed` the first time the widget's configuration is fetched
/// from one of its trusted domains. Cheap when it was recorded before: one read.
pub async fn widget_seen(db: &Db, widget_id: i64, domain: &str) -> sqlx::Result<()> {
    let installed: Option<Option<i64>> =
        sqlx::query_scalar("SELECT installed_at FROM widgets WHERE id = $1")
            .bind(widget_id)
            .fetch_optional(&db.pool)
            .await?;
    if !matches!(installed, Some(None)) {
        return Ok(());
    }
    let mut tx = db.begin().await?;
    let marked: Option<(i64, String)> = sqlx::query_as(
        "UPDATE widgets SET installed_at = $1 WHERE id = $2 AND installed_at IS NULL RETURNING account_id, url",
    )
    .bind(now_micros())
    .bind(widget_id)
    .fetch_optional(&mut *tx)
    .await?;
    if let Some((account_id, url)) = marked {
        let event = Event {
            kind: NotificationEvent::WidgetInstalled,
            payload: json!({ "widget_id": widget_id, "widget_url": url, "domain": domain }),
            target_user: None,
            dedupe_key: Some(format!("widget.installed:{widget_id}")),
        };
        events::record(&mut tx, account_id, &event).await?;
    }
    tx.commit().await
}

/// Records a product update for every account; returns how many accounts it reached.
pub async fn announce(db: &Db, title: &str, body: &str) -> sqlx::Result<usize> {
    let announcement = hex::encode(rand::random::<[u8; 8]>());
    let mut tx = db.begin().await?;
    let accounts: Vec<i64> = sqlx::query_scalar("SELECT id FROM accounts ORDER BY id")
        .fetch_all(&mut *tx)
        .await?;
    for &account_id in &accounts {
        let event = Event {
            kind: NotificationEvent::ProductUpdate,
            payload: json!({ "title": title, "body": body, "announcement": announcement }),
            target_user: None,
            dedupe_key: Some(format!("product.update:{announcement}:{account_id}")),
        };
        events::record(&mut tx, account_id, &event).await?;
    }
    tx.commit().await?;
    Ok(accounts.len())
}
