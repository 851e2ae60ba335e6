//! Desktop notifications, live in every open dashboard tab of their user, as
//! server-sent events on `GET /notifications/stream`.
//!
//! Delivering a notification on the desktop channel inserts a row into
//! `desktop_notifications` (the notification workers own that). This module only reads
//! those rows. Servers keep no in-memory state and several may share one PostgreSQL, so
//! the server holding a tab's stream is usually not the one whose worker inserted the
//! row. An in-process channel would therefore miss most notifications, and the stream
//! polls the table instead: about once a second, one query on the
//! `(user_id, id)` index for rows newer than the last one sent.
//!
//! Each event's id is the row id. `EventSource` sends the last one back as
//! `Last-Event-ID` when it reconnects, so a tab resumes where it stopped. A new stream
//! starts after the newest row that exists when the tab connects.
//!
//! On PostgreSQL two transactions can commit their ids out of order, so a row may
//! appear after a higher id was already streamed. Each poll therefore also reads the
//! ids of the last [`LOOKBACK`] above the highest settled one, and skips those it sent.
//!
//! Streams end when the server begins shutting down (see [`StreamShutdown`]), because a
//! graceful shutdown waits for every open response to finish.

use std::collections::VecDeque;
use std::convert::Infallible;
use std::time::{Duration, Instant};

use axum::Extension;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use futures_util::Stream;
use serde::Serialize;
use sqlx::FromRow;
use tokio::sync::watch;

use crate::AppState;
use crate::platform::clock::now_micros;
use crate::platform::page::PageContext;

/// How often an open stream looks for new rows.
const POLL_INTERVAL: Duration = Duration::from_secs(1);

/// How often a stream sends a comment so that proxies keep an idle connection open.
const KEEP_ALIVE_INTERVAL: Duration = Duration::from_secs(15);

/// After how many polls a stream checks that its session still exists (about 30 s).
const POLLS_PER_SESSION_CHECK: u32 = 30;

/// The maximum number of new rows one poll reads; the rest follow on the next poll.
const ROWS_PER_POLL: usize = 50;

/// How long a streamed id is remembered so that lower ids committed after it are still
/// sent. A row whose transaction commits later than this after a higher one is missed.
const LOOKBACK: Duration = Duration::from_secs(10);

/// The server's shutdown signal, which open streams watch: `true` once shutdown began.
#[derive(Clone)]
pub struct StreamShutdown(pub watch::Receiver<bool>);

/// One desktop notification as the dashboard script receives it.
#[derive(Debug, Clone, Serialize, FromRow)]
pub struct DesktopNotification {
    pub id: i64,
    pub title: String,
    pub body: String,
    pub link: Option<String>,
    pub created_at: i64,
}

/// Streams the signed-in user's desktop notifications as server-sent events.
pub async fn stream(
    State(state): State<AppState>,
    Extension(shutdown): Extension<StreamShutdown>,
    ctx: PageContext,
    headers: HeaderMap,
) -> Response {
    let Some(signed_in) = ctx.session else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    let account_id = signed_in.account.id;
    let user_id = signed_in.user.id;

    let resume_after = headers
        .get("last-event-id")
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.trim().parse::<i64>().ok())
        .filter(|id| *id >= 0);
    let last_id = match resume_after {
        Some(id) => id,
        None => match newest_id(&state, account_id, user_id).await {
            Ok(id) => id,
            Err(error) => {
                tracing::error!(%error, user.id = user_id, "failed to open the notification stream");
                return StatusCode::SERVICE_UNAVAILABLE.into_response();
            }
        },
    };

    let cursor = Cursor {
        state,
        account_id,
        user_id,
        token_hash: signed_in.token_hash.clone(),
        settled: last_id,
        recent: VecDeque::new(),
        pending: VecDeque::new(),
        shutdown: shutdown.0,
        polls: 0,
    };
    let mut response = Sse::new(events(cursor))
        .keep_alive(KeepAlive::new().interval(KEEP_ALIVE_INTERVAL))
        .into_response();
    // nginx buffers responses by default, which would hold events back.
    response
        .headers_mut()
        .insert("x-accel-buffering", HeaderValue::from_static("no"));
    response
}

/// The id of the user's newest desktop notification, or 0 when there is none.
async fn newest_id(state: &AppState, account_id: i64, user_id: i64) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        "SELECT CAST(COALESCE(MAX(id), 0) AS BIGINT) FROM desktop_notifications WHERE user_id = $1 AND account_id = $2",
    )
    .bind(user_id)
    .bind(account_id)
    .fetch_one(&state.db.pool)
    .await
}

/// Reads at most `limit` of the user's desktop notifications after `after`, oldest first.
pub async fn newer_than(
    conn: &mut sqlx::AnyConnection,
    account_id: i64,
    user_id: i64,
    after: i64,
    limit: usize,
) -> sqlx::Result<Vec<DesktopNotification>> {
    sqlx::query_as(
        "SELECT id, title, body, link, created_at FROM desktop_notifications \
         WHERE user_id = $1 AND account_id = $2 AND id > $3 ORDER BY id LIMIT $4",
    )
    .bind(user_id)
    .bind(account_id)
    .bind(after)
    .bind(i64::try_from(limit).unwrap_or(i64::MAX))
    .fetch_all(conn)
    .await
}

/// The state of one open stream.
struct Cursor {
    state: AppState,
    account_id: i64,
    user_id: i64,
    token_hash: String,
    /// Every row up to this id was streamed, or committed too late to be.
    settled: i64,
    /// Ids above `settled` that were streamed, oldest first, with the time they were sent.
    recent: VecDeque<(i64, Instant)>,
    pending: VecDeque<DesktopNotification>,
    shutdown: watch::Receiver<bool>,
    polls: u32,
}

/// Turns polls of the table into events, until shutdown or the end of the session.
fn events(cursor: Cursor) -> impl Stream<Item = Result<Event, Infallible>> {
    futures_util::stream::unfold(cursor, |mut cursor| async move {
        loop {
            if let Some(notification) = cursor.pending.pop_front() {
                cursor.recent.push_back((notification.id, Instant::now()));
                return Some((Ok(to_event(&notification)), cursor));
            }
            if *cursor.shutdown.borrow() {
                return None;
            }
            tokio::select! {
                () = tokio::time::sleep(POLL_INTERVAL) => {}
                // An error means the sender is gone, which also happens only at shutdown.
                _ = cursor.shutdown.changed() => return None,
            }
            cursor.polls += 1;
            match cursor.poll().await {
                Ok(true) => {}
                Ok(false) => return None,
                Err(error) => tracing::warn!(
                    %error,
                    user.id = cursor.user_id,
                    "failed to read desktop notifications; retrying on the next poll"
                ),
            }
        }
    })
}

impl Cursor {
    /// Reads new rows into `pending`; returns `false` when the session has ended.
    async fn poll(&mut self) -> sqlx::Result<bool> {
        let mut conn = self.state.db.pool.acquire().await?;
        if self.polls.is_multiple_of(POLLS_PER_SESSION_CHECK) {
            let alive: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM sessions WHERE token_hash = $1 AND expires_at > $2",
            )
            .bind(&self.token_hash)
            .bind(now_micros())
            .fetch_one(&mut *conn)
            .await?;
            if alive == 0 {
                return Ok(false);
            }
        }
        while let Some(&(id, sent_at)) = self.recent.front() {
            if sent_at.elapsed() < LOOKBACK {
                break;
            }
            self.settled = self.settled.max(id);
            self.recent.pop_front();
        }
        let limit = ROWS_PER_POLL + self.recent.len();
        let rows = newer_than(
            &mut conn,
            self.account_id,
            self.user_id,
            self.settled,
            limit,
        )
        .await?;
        let unsent = rows
            .into_iter()
            .filter(|row| !self.recent.iter().any(|(id, _)| *id == row.id));
        self.pending.extend(unsent);
        Ok(true)
    }
}

fn to_event(notification: &DesktopNotification) -> Event {
    let data = serde_json::to_string(notification).unwrap_or_else(|_| "{}".to_owned());
    Event::default()
        .id(notification.id.to_string())
        .event("notification")
        .data(data)
}
