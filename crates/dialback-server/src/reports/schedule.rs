//! When reports are due, and the worker that records them as notification events.
//!
//! Every user who wants the daily report gets it at [`REPORT_HOUR`] in their own time
//! zone, about the previous local day. On Mondays the weekly report covers the previous
//! Monday to Sunday. The worker records one `report.daily` or `report.weekly` event per
//! user and period, with the dedupe key `report.daily:<user>:<first day>`, and the
//! notification workers send it by e-mail. Several servers, or a restarted one, may run
//! the same check: the outbox ignores a second event with the same key, so a report is
//! sent once.
//!
//! A report stays due for [`CATCH_UP_HOURS`] after its hour, so a server that was down
//! at 08:00 still sends it that morning. [`run_due_reports`] takes the current time as
//! an argument, so tests run the schedule for any instant without waiting.

use std::time::Duration;

use dialback_domain::{NotificationChannel, NotificationEvent, TimeZoneName};
use jiff::civil::{Date, Weekday};
use jiff::{Timestamp, ToSpan};
use serde_json::json;

use crate::AppState;
use crate::notifications::{events, preferences};
use crate::platform::db::Db;

/// The local hour at which reports are sent.
pub const REPORT_HOUR: i8 = 8;

/// How many hours after [`REPORT_HOUR`] a report that was not sent yet is still sent.
pub const CATCH_UP_HOURS: i8 = 4;

/// How often the worker checks for due reports.
const CHECK_INTERVAL: Duration = Duration::from_secs(60);

/// The two kinds of report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportKind {
    Daily,
    Weekly,
}

impl ReportKind {
    /// The notification event that carries this report.
    pub fn event(self) -> NotificationEvent {
        match self {
            ReportKind::Daily => NotificationEvent::ReportDaily,
            ReportKind::Weekly => NotificationEvent::ReportWeekly,
        }
    }

    /// The kind carried by `event`, if it is a report.
    pub fn from_event(event: NotificationEvent) -> Option<Self> {
        match event {
            NotificationEvent::ReportDaily => Some(ReportKind::Daily),
            NotificationEvent::ReportWeekly => Some(ReportKind::Weekly),
            _ => None,
        }
    }
}

/// The local days one report covers, both inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub kind: ReportKind,
    pub first: Date,
    pub last: Date,
}

impl Period {
    /// Builds the outbox key that makes this report for `user_id` unique.
    pub fn dedupe_key(&self, user_id: i64) -> String {
        format!("{}:{user_id}:{}", self.kind.event().code(), self.first)
    }
}

/// Lists the reports due at `now` for someone in `zone`: the previous day's from
/// [`REPORT_HOUR`] on, and on Mondays also the previous week's.
pub fn due_periods(now: Timestamp, zone: &jiff::tz::TimeZone) -> Vec<Period> {
    let local = now.to_zoned_datetime(zone.clone());
    let hour = local.hour();
    if !(REPORT_HOUR..REPORT_HOUR + CATCH_UP_HOURS).contains(&hour) {
        return Vec::new();
    }
    let today = local.date();
    let mut due = Vec::new();
    if let Ok(yesterday) = today.yesterday() {
        due.push(Period {
            kind: ReportKind::Daily,
            first: yesterday,
            last: yesterday,
        });
    }
    if today.weekday() == Weekday::Monday
        && let (Ok(first), Ok(last)) = (today.checked_sub(7.days()), today.yesterday())
    {
        due.push(Period {
            kind: ReportKind::Weekly,
            first,
            last,
        });
    }
    due
}

/// Starts the worker that records due reports every minute until shutdown.
pub fn start(state: AppState, mut shutdown: tokio::sync::watch::Receiver<bool>) {
    tokio::spawn(async move {
        loop {
            match run_due_reports(&state.db, Timestamp::now()).await {
                Ok(0) => {}
                Ok(recorded) => tracing::info!(reports = recorded, "recorded due reports"),
                Err(error) => tracing::warn!(
                    error = format!("{error:#}"),
                    "failed to record due reports; retrying in a minute"
                ),
            }
            tokio::select! {
                () = tokio::time::sleep(CHECK_INTERVAL) => {}
                _ = shutdown.changed() => return,
            }
        }
    });
}

/// One user the worker considers.
#[derive(sqlx::FromRow)]
struct Recipient {
    id: i64,
    account_id: i64,
    timezone: String,
    created_at: i64,
}

/// Records every report due at `now` that was not recorded before; returns how many
/// events it recorded. A user gets a report only when they want it on e-mail, their
/// account has a widget, and they existed before the period ended.
pub async fn run_due_reports(db: &Db, now: Timestamp) -> anyhow::Result<usize> {
    let mut conn = db.pool.acquire().await?;
    let recipients: Vec<Recipient> = sqlx::query_as(
        "SELECT id, account_id, timezone, created_at FROM users WHERE enabled = 1 ORDER BY id",
    )
    .fetch_all(&mut *conn)
    .await?;
    drop(conn);

    let mut recorded = 0;
    for recipient in recipients {
        let Ok(zone) = TimeZoneName::parse(&recipient.timezone) else {
            tracing::warn!(user.id = recipient.id, timezone = %recipient.timezone, "skipping reports for a user with an unknown time zone");
            continue;
        };
        for period in due_periods(now, zone.zone()) {
            if record_if_wanted(db, &recipient, zone.zone(), period).await? {
                recorded += 1;
            }
        }
    }
    Ok(recorded)
}

/// Records one report event unless it exists or the user does not want it.
async fn record_if_wanted(
    db: &Db,
    recipient: &Recipient,
    zone: &jiff::tz::TimeZone,
    period: Period,
) -> anyhow::Result<bool> {
    let key = period.dedupe_key(recipient.id);
    let mut conn = db.pool.acquire().await?;
    // Most checks find the report already recorded; this indexed lookup keeps them cheap.
    let exists: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM notification_events WHERE dedupe_key = $1")
            .bind(&key)
            .fetch_one(&mut *conn)
            .await?;
    if exists > 0 {
        return Ok(false);
    }
    let period_end = super::stats::day_start(period.last.tomorrow()?, zone)?;
    if recipient.created_at >= period_end {
        return Ok(false);
    }
    if !preferences::wants(
        &mut conn,
        recipient.id,
        NotificationChannel::Email,
        period.kind.event(),
    )
    .await?
    {
        return Ok(false);
    }
    let widgets: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM widgets WHERE account_id = $1")
        .bind(recipient.account_id)
        .fetch_one(&mut *conn)
        .await?;
    if widgets == 0 {
        return Ok(false);
    }
    drop(conn);

    let event = events::Event {
        kind: period.kind.event(),
        payload: json!({
            "first_day": period.first.to_string(),
            "last_day": period.last.to_string(),
        }),
        target_user: Some(recipient.id),
        dedupe_key: Some(key),
    };
    let mut tx = db.begin().await?;
    let inserted = events::insert(&mut tx, recipient.account_id, &event).await?;
    tx.commit().await?;
    Ok(inserted.is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(instant: &str) -> Timestamp {
        instant.parse().unwrap()
    }

    #[test]
    fn daily_report_is_due_from_eight_local() {
        let warsaw = jiff::tz::TimeZone::get("Europe/Warsaw").unwrap();
        // Thursday 3 December 2026, 06:59 UTC is 07:59 in Warsaw.
        assert!(due_periods(at("2026-12-03T06:59:00Z"), &warsaw).is_empty());
        let due = due_periods(at("2026-12-03T07:00:00Z"), &warsaw);
        assert_eq!(
            due,
            vec![Period {
                kind: ReportKind::Daily,
                first: jiff::civil::date(2026, 12, 2),
                last: jiff::civil::date(2026, 12, 2),
            }]
        );
        assert!(due_periods(at("2026-12-03T11:00:00Z"), &warsaw).is_empty());
    }

    #[test]
    fn weekly_report_on_monday_covers_the_previous_week() {
        let sao_paulo = jiff::tz::TimeZone::get("America/Sao_Paulo").unwrap();
        // Monday 7 December 2026, 11:30 UTC is 08:30 in São Paulo.
        let due = due_periods(at("2026-12-07T11:30:00Z"), &sao_paulo);
        assert_eq!(due.len(), 2);
        assert_eq!(
            due[1],
            Period {
                kind: ReportKind::Weekly,
                first: jiff::civil::date(2026, 11, 30),
                last: jiff::civil::date(2026, 12, 6),
            }
        );
        assert_eq!(due[1].dedupe_key(7), "report.weekly:7:2026-11-30");
    }
}
