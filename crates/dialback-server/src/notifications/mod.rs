//! Notifications: events recorded in a durable outbox, expanded into one delivery per
//! user and channel, and delivered by e-mail, SMS, desktop and mobile push.
//!
//! The flow:
//! 1. The change that causes an event calls [`events::record`] in its own transaction,
//!    so the event exists exactly when the change does.
//! 2. The fan-out worker ([`fanout`]) expands each event into deliveries for the users
//!    who want it ([`preferences::wants`]). The unique key (event, user, channel) allows
//!    one delivery at most, however often fan-out runs.
//! 3. The delivery worker ([`deliver`]) leases due deliveries, sends them, and records
//!    each attempt; failures are retried with exponential backoff up to
//!    `--notification-max-attempts`, then the delivery is marked failed.
//!
//! Several servers share the work: rows are claimed with `FOR UPDATE SKIP LOCKED` on
//! PostgreSQL and under the database's write lock on SQLite
//! ([`Db::lock_rows_skip_locked`](crate::platform::db::Db::lock_rows_skip_locked)).
//!
//! # What "never sent twice" means after a crash
//! A desktop notification is written in the same transaction that marks its delivery
//! sent, so it exists exactly once. E-mail, SMS and push leave Dialback before the
//! outcome is recorded: if a server dies after the SMTP server accepted a message but
//! before the `sent` mark committed, the lease lapses (`--notification-lease`) and
//! another server sends the message again. No outbox can close that window without the
//! receiver's help; what Dialback does is keep it to a few milliseconds and give the
//! e-mail a `Message-ID` fixed per delivery (`notification_deliveries.message_id`), so
//! the second copy is recognisable as the same message and mail servers and clients
//! that deduplicate by Message-ID show it once. A server that is killed while a
//! message is being refused or waiting for its retry sends nothing twice: the crash
//! test kills the server in that state.
//!
//! # Payloads
//! Event payloads are JSON objects; [`render`] reads these keys when present:
//! `call_id`, `widget_id`, `widget_url`, `phone` (E.164), `status`, `manager_name`,
//! `duration_seconds`, `scheduled_at` and `at` (Unix microseconds), `fields` (an object
//! of custom fields), `text` and `email` (messages), `title` and `body` (product
//! updates), `domain` (widget installed), `channel` (tests).

pub mod deliver;
pub mod events;
pub mod fanout;
pub mod preferences;
pub mod push;
pub mod render;
pub mod sms;
pub mod sources;

use std::sync::Arc;
use std::time::Duration;

use crate::AppState;

/// How often each worker looks for work when the last round found none.
const POLL_INTERVAL: Duration = Duration::from_millis(300);

/// Starts the fan-out and delivery workers; they stop when `shutdown` turns true.
pub fn start_workers(state: AppState, shutdown: tokio::sync::watch::Receiver<bool>) {
    let push_driver: Arc<dyn push::PushDriver> = Arc::new(push::RecordingPushDriver {
        pool: state.db.pool.clone(),
    });

    let fanout_state = state.clone();
    spawn_loop("fan-out", shutdown.clone(), move || {
        let state = fanout_state.clone();
        async move { fanout::run_once(&state).await }
    });
    spawn_loop("delivery", shutdown, move || {
        let state = state.clone();
        let push_driver = push_driver.clone();
        async move { deliver::run_once(&state, push_driver.as_ref()).await }
    });
}

/// Runs `round` until shutdown: at once again after a round that did work, otherwise
/// after [`POLL_INTERVAL`].
fn spawn_loop<F, Fut>(
    name: &'static str,
    mut shutdown: tokio::sync::watch::Receiver<bool>,
    round: F,
) where
    F: Fn() -> Fut + Send + 'static,
    Fut: Future<Output = sqlx::Result<usize>> + Send,
{
    tokio::spawn(async move {
        loop {
            if *shutdown.borrow() {
                return;
            }
            let busy = match round().await {
                Ok(done) => done > 0,
                Err(error) => {
                    tracing::warn!(%error, worker = name, "notification worker round failed");
                    false
                }
            };
            if !busy {
                tokio::select! {
                    _ = tokio::time::sleep(POLL_INTERVAL) => {}
                    _ = shutdown.changed() => return,
                }
            }
        }
    });
}
