//! SQL of calls and their event trail.

use dialback_domain::CallStatus;
use sqlx::{AnyConnection, Connection, FromRow};

use crate::platform::clock::now_micros;

/// A call as the API and the pages show it.
#[derive(Debug, Clone)]
pub struct Call {
    pub id: i64,
    pub account_id: i64,
    pub widget_id: i64,
    pub phone_e164: String,
    pub client_ip: Option<String>,
    pub url: Option<String>,
    pub status: CallStatus,
    pub status_reason: Option<String>,
    pub department_id: Option<i64>,
    pub requested_manager_id: Option<i64>,
    pub manager_user_id: Option<i64>,
    pub scheduled_at: Option<i64>,
    pub source: String,
    pub fields: serde_json::Map<String, serde_json::Value>,
    pub started_at: Option<i64>,
    pub answered_at: Option<i64>,
    pub ended_at: Option<i64>,
    pub duration_seconds: i64,
    pub wait_seconds: Option<i64>,
    pub created_at: i64,
}

#[derive(FromRow)]
struct CallRow {
    id: i64,
    account_id: i64,
    widget_id: i64,
    phone_e164: String,
    client_ip: Option<String>,
    url: Option<String>,
    status: String,
    status_reason: Option<String>,
    department_id: Option<i64>,
    requested_manager_id: Option<i64>,
    manager_user_id: Option<i64>,
    scheduled_at: Option<i64>,
    source: String,
    fields: String,
    started_at: Option<i64>,
    answered_at: Option<i64>,
    ended_at: Option<i64>,
    duration_seconds: i64,
    wait_seconds: Option<i64>,
    created_at: i64,
}

impl From<CallRow> for Call {
    fn from(row: CallRow) -> Self {
        Self {
            id: row.id,
            account_id: row.account_id,
            widget_id: row.widget_id,
            phone_e164: row.phone_e164,
            client_ip: row.client_ip,
            url: row.url,
            status: CallStatus::parse(&row.status).unwrap_or(CallStatus::Failed),
            status_reason: row.status_reason,
            department_id: row.department_id,
            requested_manager_id: row.requested_manager_id,
            manager_user_id: row.manager_user_id,
            scheduled_at: row.scheduled_at,
            source: row.source,
            fields: serde_json::from_str(&row.fields).unwrap_or_default(),
            started_at: row.started_at,
            answered_at: row.answered_at,
            ended_at: row.ended_at,
            duration_seconds: row.duration_seconds,
            wait_seconds: row.wait_seconds,
            created_at: row.created_at,
        }
    }
}

const COLUMNS: &str = "id, account_id, widget_id, phone_e164, client_ip, url, status, status_reason, department_id, requested_manager_id, \
                       manager_user_id, scheduled_at, source, fields, started_at, answered_at, ended_at, duration_seconds, wait_seconds, created_at";

/// A call to store.
pub struct NewCall<'a> {
    pub account_id: i64,
    pub widget_id: i64,
    pub phone_e164: &'a str,
    pub client_ip: Option<&'a str>,
    pub url: Option<&'a str>,
    pub status: CallStatus,
    pub department_id: Option<i64>,
    pub requested_manager_id: Option<i64>,
    pub scheduled_at: Option<i64>,
    pub source: &'a str,
    pub fields: &'a serde_json::Map<String, serde_json::Value>,
}

/// Inserts a call with its first event and its notification, and returns its id.
pub async fn insert(conn: &mut AnyConnection, new: &NewCall<'_>) -> sqlx::Result<i64> {
    let now = now_micros();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO calls (account_id, widget_id, phone_e164, client_ip, url, status, department_id, requested_manager_id, scheduled_at, \
         source, fields, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) RETURNING id",
    )
    .bind(new.account_id)
    .bind(new.widget_id)
    .bind(new.phone_e164)
    .bind(new.client_ip)
    .bind(new.url)
    .bind(new.status.id())
    .bind(new.department_id)
    .bind(new.requested_manager_id)
    .bind(new.scheduled_at)
    .bind(new.source)
    .bind(serde_json::Value::Object(new.fields.clone()).to_string())
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    add_event(conn, id, new.status.id(), None).await?;
    crate::notifications::sources::call_status(conn, id, new.status).await?;
    Ok(id)
}

/// Appends an event to a call's trail.
pub async fn add_event(
    conn: &mut AnyConnection,
    call_id: i64,
    event: &str,
    detail: Option<&str>,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO call_events (call_id, event, detail, created_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(call_id)
    .bind(event)
    .bind(detail)
    .bind(now_micros())
    .execute(conn)
    .await?;
    Ok(())
}

/// Lists a call's events in order: `(event, detail, time)`.
pub async fn events(
    conn: &mut AnyConnection,
    call_id: i64,
) -> sqlx::Result<Vec<(String, Option<String>, i64)>> {
    sqlx::query_as(
        "SELECT event, detail, created_at FROM call_events WHERE call_id = $1 ORDER BY id",
    )
    .bind(call_id)
    .fetch_all(conn)
    .await
}

/// Loads a call of the account.
pub async fn find(
    conn: &mut AnyConnection,
    account_id: i64,
    call_id: i64,
) -> sqlx::Result<Option<Call>> {
    let sql = format!("SELECT {COLUMNS} FROM calls WHERE account_id = $1 AND id = $2");
    let row: Option<CallRow> = sqlx::query_as(&sql)
        .bind(account_id)
        .bind(call_id)
        .fetch_optional(conn)
        .await?;
    Ok(row.map(Call::from))
}

/// Loads a call by id alone, for the runner.
pub async fn find_any(conn: &mut AnyConnection, call_id: i64) -> sqlx::Result<Option<Call>> {
    let sql = format!("SELECT {COLUMNS} FROM calls WHERE id = $1");
    let row: Option<CallRow> = sqlx::query_as(&sql)
        .bind(call_id)
        .fetch_optional(conn)
        .await?;
    Ok(row.map(Call::from))
}

/// Moves a call from one of `from` to `to`, writing the event; false if it was in another state.
pub async fn transition(
    conn: &mut AnyConnection,
    call_id: i64,
    from: &[CallStatus],
    to: CallStatus,
    reason: Option<&str>,
) -> sqlx::Result<bool> {
    debug_assert!(
        from.iter().all(|f| f.can_move_to(to)),
        "an allowed transition"
    );
    let now = now_micros();
    let from_ids: Vec<&str> = from.iter().map(|s| s.id()).collect();
    // The list of states is short and fixed, so it is inlined as literals rather than bound.
    let in_list = from_ids
        .iter()
        .map(|id| format!("'{id}'"))
        .collect::<Vec<_>>()
        .join(", ");
    let ended = if to.is_final() { "ended_at = $1," } else { "" };
    let sql = format!(
        "UPDATE calls SET status = $2, status_reason = COALESCE($3, status_reason), {ended} updated_at = $1 WHERE id = $4 AND status IN ({in_list})"
    );
    // The move, its trail entry and its notification commit together; inside a caller's
    // transaction this is a savepoint.
    let mut tx = conn.begin().await?;
    let result = sqlx::query(&sql)
        .bind(now)
        .bind(to.id())
        .bind(reason)
        .bind(call_id)
        .execute(&mut *tx)
        .await?;
    if result.rows_affected() == 1 {
        add_event(&mut tx, call_id, to.id(), reason).await?;
        crate::notifications::sources::call_status(&mut tx, call_id, to).await?;
    }
    tx.commit().await?;
    Ok(result.rows_affected() == 1)
}

/// Filters of the call history; empty lists and `None` mean no restriction.
#[derive(Debug, Default, Clone)]
pub struct HistoryFilter {
    pub call_ids: Vec<i64>,
    pub phone_e164: Option<String>,
    pub user_ids: Vec<i64>,
    pub statuses: Vec<String>,
    pub tag_ids: Vec<i64>,
    pub from: Option<i64>,
    pub until: Option<i64>,
    pub widget_ids: Vec<i64>,
    /// `None` for every widget; otherwise only these (an API key's widgets).
    pub allowed_widgets: Option<Vec<i64>>,
    pub url: Option<String>,
}

impl HistoryFilter {
    fn matches(&self, call: &Call) -> bool {
        (self.call_ids.is_empty() || self.call_ids.contains(&call.id))
            && self
                .phone_e164
                .as_ref()
                .is_none_or(|p| *p == call.phone_e164)
            && (self.user_ids.is_empty()
                || call
                    .manager_user_id
                    .is_some_and(|u| self.user_ids.contains(&u)))
            && (self.statuses.is_empty() || self.statuses.iter().any(|s| s == call.status.id()))
            && self.from.is_none_or(|from| call.created_at >= from)
            && self.until.is_none_or(|until| call.created_at < until)
            && (self.widget_ids.is_empty() || self.widget_ids.contains(&call.widget_id))
            && self
                .allowed_widgets
                .as_ref()
                .is_none_or(|ids| ids.contains(&call.widget_id))
            && self.url.as_ref().is_none_or(|u| {
                call.url
                    .as_deref()
                    .is_some_and(|cu| cu.contains(u.as_str()))
            })
    }
}

/// Lists the account's calls that match, newest first, with the total count.
///
/// NOTE: filtering happens after loading the account's calls, which is simple and
/// correct but reads every call of the account; an index-backed query is needed once
/// accounts hold more than tens of thousands of calls.
pub async fn history(
    conn: &mut AnyConnection,
    account_id: i64,
    filter: &HistoryFilter,
    limit: i64,
    offset: i64,
) -> sqlx::Result<(Vec<Call>, i64)> {
    let sql = format!("SELECT {COLUMNS} FROM calls WHERE account_id = $1 ORDER BY id DESC");
    let rows: Vec<CallRow> = sqlx::query_as(&sql)
        .bind(account_id)
        .fetch_all(&mut *conn)
        .await?;
    let tagged: Option<Vec<i64>> = if filter.tag_ids.is_empty() {
        None
    } else {
        Some(tagged_call_ids(conn, account_id, &filter.tag_ids).await?)
    };
    let matching: Vec<Call> = rows
        .into_iter()
        .map(Call::from)
        .filter(|call| filter.matches(call))
        .filter(|call| tagged.as_ref().is_none_or(|ids| ids.contains(&call.id)))
        .collect();
    let count = matching.len() as i64;
    let page = matching
        .into_iter()
        .skip(offset.max(0) as usize)
        .take(limit.max(0) as usize)
        .collect();
    Ok((page, count))
}

/// Ids of the account's calls that carry any of `tag_ids`.
async fn tagged_call_ids(
    conn: &mut AnyConnection,
    account_id: i64,
    tag_ids: &[i64],
) -> sqlx::Result<Vec<i64>> {
    crate::tags::tagged_calls(conn, account_id, tag_ids).await
}

/// Stores one custom field of a call.
pub async fn set_field(
    conn: &mut AnyConnection,
    account_id: i64,
    call_id: i64,
    field: &str,
    value: &str,
) -> sqlx::Result<bool> {
    let Some(call) = find(conn, account_id, call_id).await? else {
        return Ok(false);
    };
    let mut fields = call.fields;
    fields.insert(
        field.to_owned(),
        serde_json::Value::String(value.to_owned()),
    );
    sqlx::query("UPDATE calls SET fields = $1, updated_at = $2 WHERE account_id = $3 AND id = $4")
        .bind(serde_json::Value::Object(fields).to_string())
        .bind(now_micros())
        .bind(account_id)
        .bind(call_id)
        .execute(conn)
        .await?;
    Ok(true)
}
