//! The report e-mail: a table per widget, the chart of calls per day as an inline PNG,
//! and the chart's numbers as text, in the recipient's e-mail language and time zone.
//!
//! The numbers are read when the e-mail is rendered, so a retry shows the same period
//! with any call that finished since.

use askama::Template;
use fluent_templates::fluent_bundle::FluentValue;
use jiff::ToSpan;
use jiff::civil::Date;
use sqlx::AnyConnection;

use super::chart::{self, DayBar};
use super::schedule::ReportKind;
use super::stats::{self, Counts, Stats};
use crate::notifications::render::{InlineImage, RenderInput, Rendered};
use crate::platform::display::format_date;
use crate::platform::i18n::Tr;

/// The content id of the chart, which the HTML links as `cid:report-chart`.
pub const CHART_CONTENT_ID: &str = "report-chart";

/// How many days the daily report's chart shows, ending on the reported day.
const DAILY_CHART_DAYS: i64 = 7;

#[derive(Template)]
#[template(path = "reports/email.html")]
struct ReportHtml<'a> {
    lang: &'a str,
    subject: &'a str,
    intro: &'a str,
    headings: &'a [String],
    rows: &'a [Vec<String>],
    chart_title: String,
    chart_content_id: &'a str,
    chart_alt: String,
    chart_width: u32,
    chart_height: u32,
    legend: Vec<(String, String)>,
    day_headings: &'a [String],
    day_rows: &'a [Vec<String>],
    link_href: String,
    link_label: String,
    footer: String,
}

/// Renders the report event described by `input` for its recipient.
pub async fn render_email(
    conn: &mut AnyConnection,
    input: &RenderInput<'_>,
) -> anyhow::Result<Rendered> {
    let kind = ReportKind::from_event(input.kind)
        .ok_or_else(|| anyhow::anyhow!("event {} is not a report", input.kind.code()))?;
    let first = payload_date(input, "first_day")?;
    let last = payload_date(input, "last_day")?;
    let recipient = input.recipient;
    let zone = recipient.timezone.zone();
    let chart_first = match kind {
        ReportKind::Daily => last.checked_sub((DAILY_CHART_DAYS - 1).days())?,
        ReportKind::Weekly => first,
    };
    let stats = stats::collect(conn, input.account_id, zone, chart_first, first, last).await?;

    let tr = Tr::new(recipient.email_language);
    let date = |day: Date| format_date(day, recipient.date_format, recipient.email_language);
    let (subject, intro) = match kind {
        ReportKind::Daily => (
            tr.t_with("report-daily-subject", "date", &date(first)),
            tr.t_args(
                "report-daily-intro",
                &[
                    ("date", FluentValue::from(date(first))),
                    (
                        "timezone",
                        FluentValue::from(recipient.timezone.name().to_owned()),
                    ),
                ],
            ),
        ),
        ReportKind::Weekly => (
            tr.t_args(
                "report-weekly-subject",
                &[
                    ("first", FluentValue::from(date(first))),
                    ("last", FluentValue::from(date(last))),
                ],
            ),
            tr.t_args(
                "report-weekly-intro",
                &[
                    ("first", FluentValue::from(date(first))),
                    ("last", FluentValue::from(date(last))),
                    (
                        "timezone",
                        FluentValue::from(recipient.timezone.name().to_owned()),
                    ),
                ],
            ),
        ),
    };

    let headings: Vec<String> = [
        "report-col-widget",
        "report-col-requested",
        "report-col-answered",
        "report-col-missed",
        "report-col-average-wait",
        "report-col-average-talk",
    ]
    .into_iter()
    .map(|id| tr.t(id))
    .collect();
    let rows = widget_rows(&tr, &stats);
    let day_headings: Vec<String> = [
        "report-col-day",
        "report-col-requested",
        "report-col-answered",
        "report-col-missed",
    ]
    .into_iter()
    .map(|id| tr.t(id))
    .collect();
    let day_rows: Vec<Vec<String>> = stats
        .chart_days
        .iter()
        .map(|day| {
            vec![
                date(day.date),
                day.counts.requested.to_string(),
                day.counts.answered.to_string(),
                day.counts.missed.to_string(),
            ]
        })
        .collect();
    let link_href = format!("{}/calls", input.base_url);
    let link_label = tr.t("report-open-calls");
    let footer = tr.t("notify-email-footer");

    let text = plain_text(&PlainText {
        intro: &intro,
        headings: &headings,
        rows: &rows,
        chart_title: &tr.t("report-chart-title"),
        day_headings: &day_headings,
        day_rows: &day_rows,
        link: (&link_href, &link_label),
        footer: &footer,
    });
    let html = ReportHtml {
        lang: recipient.email_language.tag(),
        subject: &subject,
        intro: &intro,
        headings: &headings,
        rows: &rows,
        chart_title: tr.t("report-chart-title"),
        chart_content_id: CHART_CONTENT_ID,
        chart_alt: tr.t("report-chart-alt"),
        chart_width: chart::WIDTH,
        chart_height: chart::HEIGHT,
        legend: vec![
            (
                css_colour(chart::ANSWERED_RGB),
                tr.t("report-legend-answered"),
            ),
            (css_colour(chart::MISSED_RGB), tr.t("report-legend-missed")),
            (css_colour(chart::OTHER_RGB), tr.t("report-legend-other")),
        ],
        day_headings: &day_headings,
        day_rows: &day_rows,
        link_href: link_href.clone(),
        link_label: link_label.clone(),
        footer: footer.clone(),
    }
    .render()?;

    let bars: Vec<DayBar> = stats
        .chart_days
        .iter()
        .map(|day| DayBar {
            answered: clamp(day.counts.answered),
            missed: clamp(day.counts.missed),
            other: clamp(day.counts.other()),
        })
        .collect();
    Ok(Rendered {
        subject,
        text,
        html,
        sms: String::new(),
        inline_images: vec![InlineImage {
            content_id: CHART_CONTENT_ID.to_owned(),
            content_type: "image/png".to_owned(),
            bytes: chart::render(&bars),
        }],
        reply_to: None,
    })
}

fn payload_date(input: &RenderInput<'_>, field: &str) -> anyhow::Result<Date> {
    let value = input.payload[field]
        .as_str()
        .ok_or_else(|| anyhow::anyhow!("report event {} has no {field}", input.event_id))?;
    Ok(value.parse()?)
}

/// Builds one row per widget and a last row with the sum over all widgets.
fn widget_rows(tr: &Tr, stats: &Stats) -> Vec<Vec<String>> {
    let row = |name: String, counts: &Counts| {
        vec![
            name,
            counts.requested.to_string(),
            counts.answered.to_string(),
            counts.missed.to_string(),
            duration(tr, counts.average_wait()),
            duration(tr, counts.average_talk()),
        ]
    };
    let mut rows: Vec<Vec<String>> = stats
        .widgets
        .iter()
        .map(|widget| row(widget.url.clone(), &widget.counts))
        .collect();
    rows.push(row(tr.t("report-total"), &stats.total));
    rows
}

/// Formats whole seconds as "45 s" or "2 min 5 s"; a dash when there is no value.
fn duration(tr: &Tr, seconds: Option<i64>) -> String {
    let Some(seconds) = seconds else {
        return tr.t("report-none");
    };
    let minutes = seconds / 60;
    let rest = seconds % 60;
    if minutes == 0 {
        tr.t_args(
            "report-duration-seconds",
            &[("seconds", FluentValue::from(rest))],
        )
    } else {
        tr.t_args(
            "report-duration-minutes",
            &[
                ("minutes", FluentValue::from(minutes)),
                ("seconds", FluentValue::from(rest)),
            ],
        )
    }
}

fn clamp(count: i64) -> u32 {
    u32::try_from(count.max(0)).unwrap_or(u32::MAX)
}

fn css_colour(rgb: [u8; 3]) -> String {
    format!("#{}", hex::encode(rgb))
}

/// The pieces of the plain-text part.
struct PlainText<'a> {
    intro: &'a str,
    headings: &'a [String],
    rows: &'a [Vec<String>],
    chart_title: &'a str,
    day_headings: &'a [String],
    day_rows: &'a [Vec<String>],
    link: (&'a str, &'a str),
    footer: &'a str,
}

/// Lays the report out as text: each widget as a block of "label: value" lines, then
/// one line per chart day.
fn plain_text(parts: &PlainText<'_>) -> String {
    let mut text = format!("{}\n\n", parts.intro);
    for row in parts.rows {
        text.push_str(&row[0]);
        text.push('\n');
        for (heading, value) in parts.headings.iter().zip(row).skip(1) {
            text.push_str(&format!("  {heading}: {value}\n"));
        }
        text.push('\n');
    }
    text.push_str(parts.chart_title);
    text.push('\n');
    for row in parts.day_rows {
        let cells: Vec<String> = parts
            .day_headings
            .iter()
            .zip(row)
            .skip(1)
            .map(|(heading, value)| format!("{heading}: {value}"))
            .collect();
        text.push_str(&format!("  {}: {}\n", row[0], cells.join(", ")));
    }
    let (href, label) = parts.link;
    text.push_str(&format!("\n{label}: {href}\n\n-- \n{}\n", parts.footer));
    text
}
