//! The numbers of a report: calls per widget and per local day of the recipient.
//!
//! A call belongs to the day on which it was requested, in the recipient's time zone.
//! Days are cut in Rust with jiff (a day can last 23 or 25 hours), and each day is one
//! query over the account's calls, grouped by widget.
//!
//! - requested: every call created that day, whatever became of it;
//! - answered: calls that reached `completed`;
//! - missed: `manager-failed` and `user-failed`, the product's "missed";
//! - average wait: over calls with a recorded wait (seconds from the request until a
//!   manager picked up);
//! - average talk: over answered calls.

use jiff::civil::Date;
use jiff::tz::TimeZone;
use sqlx::AnyConnection;

/// The counts and sums of one widget over some days.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    pub requested: i64,
    pub answered: i64,
    pub missed: i64,
    pub wait_seconds_total: i64,
    pub waits: i64,
    pub talk_seconds_total: i64,
}

impl Counts {
    fn add(&mut self, other: &Counts) {
        self.requested += other.requested;
        self.answered += other.answered;
        self.missed += other.missed;
        self.wait_seconds_total += other.wait_seconds_total;
        self.waits += other.waits;
        self.talk_seconds_total += other.talk_seconds_total;
    }

    /// Calls neither answered nor missed: cancelled, failed, or not finished yet.
    pub fn other(&self) -> i64 {
        (self.requested - self.answered - self.missed).max(0)
    }

    /// The average wait in whole seconds, rounded; `None` without any recorded wait.
    pub fn average_wait(&self) -> Option<i64> {
        average(self.wait_seconds_total, self.waits)
    }

    /// The average talk time of answered calls in whole seconds, rounded.
    pub fn average_talk(&self) -> Option<i64> {
        average(self.talk_seconds_total, self.answered)
    }
}

fn average(total: i64, count: i64) -> Option<i64> {
    (count > 0).then(|| (total + count / 2) / count)
}

/// One widget's line in a report.
#[derive(Debug, Clone)]
pub struct WidgetLine {
    pub widget_id: i64,
    pub url: String,
    pub counts: Counts,
}

/// One day's totals over every widget of the account.
#[derive(Debug, Clone)]
pub struct Day {
    pub date: Date,
    pub counts: Counts,
}

/// What a report shows.
#[derive(Debug, Clone)]
pub struct Stats {
    /// Every widget of the account, with the counts of the reported days.
    pub widgets: Vec<WidgetLine>,
    /// The sum over all widgets of the reported days.
    pub total: Counts,
    /// The chart's days, oldest first; they may start before the reported days.
    pub chart_days: Vec<Day>,
}

/// Collects the account's numbers for the reported days `first..=last`, and the chart's
/// days `chart_first..=last`, in the time zone `zone`.
pub async fn collect(
    conn: &mut AnyConnection,
    account_id: i64,
    zone: &TimeZone,
    chart_first: Date,
    first: Date,
    last: Date,
) -> anyhow::Result<Stats> {
    let widget_rows: Vec<(i64, String)> =
        sqlx::query_as("SELECT id, url FROM widgets WHERE account_id = $1 ORDER BY id")
            .bind(account_id)
            .fetch_all(&mut *conn)
            .await?;
    let mut widgets: Vec<WidgetLine> = widget_rows
        .into_iter()
        .map(|(widget_id, url)| WidgetLine {
            widget_id,
            url,
            counts: Counts::default(),
        })
        .collect();

    let mut total = Counts::default();
    let mut chart_days = Vec::new();
    let mut date = chart_first.min(first);
    while date <= last {
        let per_widget = one_day(conn, account_id, zone, date).await?;
        let mut day_counts = Counts::default();
        for (widget_id, counts) in &per_widget {
            day_counts.add(counts);
            if date >= first {
                total.add(counts);
                if let Some(line) = widgets.iter_mut().find(|w| w.widget_id == *widget_id) {
                    line.counts.add(counts);
                }
            }
        }
        if date >= chart_first {
            chart_days.push(Day {
                date,
                counts: day_counts,
            });
        }
        date = date.tomorrow()?;
    }
    Ok(Stats {
        widgets,
        total,
        chart_days,
    })
}

/// The instant a local day starts; midnight in a DST gap moves to the first valid instant.
pub fn day_start(date: Date, zone: &TimeZone) -> anyhow::Result<i64> {
    Ok(date
        .to_zoned_datetime(zone.clone())?
        .timestamp()
        .as_microsecond())
}

/// The counts of one local day, per widget.
async fn one_day(
    conn: &mut AnyConnection,
    account_id: i64,
    zone: &TimeZone,
    date: Date,
) -> anyhow::Result<Vec<(i64, Counts)>> {
    let start = day_start(date, zone)?;
    let end = day_start(date.tomorrow()?, zone)?;
    let rows: Vec<(i64, i64, i64, i64, i64, i64, i64)> = sqlx::query_as(
        "SELECT widget_id, COUNT(*), \
                CAST(COALESCE(SUM(CASE WHEN status = 'completed' THEN 1 ELSE 0 END), 0) AS BIGINT), \
                CAST(COALESCE(SUM(CASE WHEN status IN ('manager-failed', 'user-failed') THEN 1 ELSE 0 END), 0) AS BIGINT), \
                CAST(COALESCE(SUM(wait_seconds), 0) AS BIGINT), \
                COUNT(wait_seconds), \
                CAST(COALESCE(SUM(CASE WHEN status = 'completed' THEN duration_seconds ELSE 0 END), 0) AS BIGINT) \
         FROM calls WHERE account_id = $1 AND created_at >= $2 AND created_at < $3 \
         GROUP BY widget_id",
    )
    .bind(account_id)
    .bind(start)
    .bind(end)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(widget_id, requested, answered, missed, wait_total, waits, talk_total)| {
                (
                    widget_id,
                    Counts {
                        requested,
                        answered,
                        missed,
                        wait_seconds_total: wait_total,
                        waits,
                        talk_seconds_total: talk_total,
                    },
                )
            },
        )
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn averages_round_to_whole_seconds() {
        let counts = Counts {
            requested: 4,
            answered: 2,
            missed: 1,
            wait_seconds_total: 7,
            waits: 2,
            talk_seconds_total: 121,
        };
        assert_eq!(counts.average_wait(), Some(4));
        assert_eq!(counts.average_talk(), Some(61));
        assert_eq!(counts.other(), 1);
        assert_eq!(Counts::default().average_wait(), None);
    }

    #[test]
    fn day_start_follows_the_zone() {
        let warsaw = TimeZone::get("Europe/Warsaw").unwrap();
        // 25 October 2026 lasts 25 hours in Warsaw: summer time ends at 03:00.
        let start = day_start(jiff::civil::date(2026, 10, 25), &warsaw).unwrap();
        let end = day_start(jiff::civil::date(2026, 10, 26), &warsaw).unwrap();
        assert_eq!(end - start, 25 * 3600 * 1_000_000);
    }
}
