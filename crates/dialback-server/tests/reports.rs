//! Widget reports by e-mail: scripted calls, the schedule run for a chosen instant, and
//! the message received by a real SMTP listener.

mod common;

use std::collections::HashSet;
use std::time::Duration;

use common::api::{call, full_key, staffed_widget, wait_for_final};
use common::smtp::{Received, SmtpListener};
use common::{Backend, Options, TestApp};
use dialback_domain::{DateFormat, Language, NotificationChannel, NotificationEvent};
use dialback_server::notifications::preferences;
use dialback_server::platform::display::format_date;
use dialback_server::platform::i18n::Tr;
use dialback_server::reports::schedule::run_due_reports;
use dialback_server::telephony;
use dialback_telephony::simulator::{Answer, Script};
use jiff::civil::{Date, Weekday};
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan};
use mail_parser::MimeHeaders;
use reqwest::{Method, StatusCode};

const PASSWORD: &str = "zielona-herbata-42";
const MANAGER_PHONE: &str = "+48600000001";

/// Switches one e-mail report on or off for `user_id` in storage, keeping their other
/// choices. Tests use it for users who cannot sign in, such as managers without a password.
async fn set_report(app: &TestApp, user_id: i64, event: NotificationEvent, on: bool) {
    let mut conn = app.db.pool.acquire().await.unwrap();
    let mut matrix: HashSet<_> = preferences::matrix(&mut conn, user_id).await.unwrap();
    if on {
        matrix.insert((NotificationChannel::Email, event));
    } else {
        matrix.remove(&(NotificationChannel::Email, event));
    }
    preferences::save(&mut conn, user_id, &matrix)
        .await
        .unwrap();
}

/// Switches one e-mail report on or off on Settings > Notifications, as the signed-in
/// user does: the ticked boxes are submitted again with one of them changed.
async fn choose_report_on_page(app: &TestApp, event: NotificationEvent, on: bool) {
    let page = app.page("/settings/notifications").await;
    let mut ticked: Vec<String> = Vec::new();
    for piece in page.split(r#"<input type="checkbox" name=""#).skip(1) {
        let name = &piece[..piece.find('"').unwrap()];
        let tag = &piece[..piece.find('>').unwrap()];
        if tag.ends_with(" checked") {
            ticked.push(name.to_owned());
        }
    }
    let cell = format!("email.{}", event.code());
    ticked.retain(|name| *name != cell);
    if on {
        ticked.push(cell);
    }
    let fields: Vec<(&str, &str)> = ticked.iter().map(|name| (name.as_str(), "on")).collect();
    let saved = app.submit("/settings/notifications", &fields).await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
}

/// Places a call from `visitor` with the given scripts and waits until it ends.
async fn scripted_call(
    app: &TestApp,
    secret: &str,
    widget: i64,
    visitor: &str,
    manager: Answer,
    visitor_answer: Answer,
    talk_seconds: u32,
) -> String {
    let script = |answer| Script {
        answer,
        ring_seconds: 1,
        talk_seconds,
    };
    telephony::set_script(&app.db.pool, MANAGER_PHONE, script(manager))
        .await
        .unwrap();
    telephony::set_script(&app.db.pool, visitor, script(visitor_answer))
        .await
        .unwrap();
    let placed = call(
        app,
        secret,
        Method::POST,
        "/api/v1/external/widgets/call",
        &[("id", &widget.to_string()), ("tel", visitor)],
    )
    .await;
    assert_eq!(placed.status, StatusCode::OK, "{:?}", placed.body);
    let done = wait_for_final(app, secret, placed.data()["id"].as_i64().unwrap()).await;
    done["status"].as_str().unwrap().to_owned()
}

/// Waits up to ten seconds for a message with `subject` and returns every one received.
async fn wait_for_subject(smtp: &SmtpListener, subject: &str) -> Vec<Received> {
    for _ in 0..200 {
        let found: Vec<Received> = smtp
            .messages()
            .into_iter()
            .filter(|m| m.subject() == subject)
            .collect();
        if !found.is_empty() {
            return found;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!(
        "no message with subject {subject:?}; received: {:?}",
        smtp.messages()
            .iter()
            .map(Received::subject)
            .collect::<Vec<_>>()
    );
}

/// 08:30 on `day` in `zone`, when that day's reports are due.
fn report_time(day: Date, zone: &TimeZone) -> Timestamp {
    day.at(8, 30, 0, 0)
        .to_zoned_datetime(zone.clone())
        .unwrap()
        .timestamp()
}

async fn daily_and_weekly_reports_arrive_once(backend: Backend) {
    let app = TestApp::start_with(
        backend,
        Options {
            smtp: true,
            ..Options::default()
        },
    )
    .await;
    let smtp = app.smtp.clone().unwrap();
    app.sign_up("zofia@kwiaciarnia.pl", PASSWORD).await;
    let saved = app
        .submit(
            "/settings/account",
            &[
                ("interface_language", "en"),
                ("sms_language", "pl"),
                ("email_language", "pl"),
                ("currency", "PLN"),
                ("timezone", "Europe/Warsaw"),
                ("date_format", "long"),
                ("time_format", "24h"),
            ],
        )
        .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let account_id = app.scalar("SELECT id FROM accounts").await;
    let secret = full_key(&app, account_id).await;
    let (widget, manager, _) = staffed_widget(&app, &secret, MANAGER_PHONE).await;
    choose_report_on_page(&app, NotificationEvent::ReportDaily, true).await;
    // The manager keeps the daily report off (the default) and turns the weekly one off.
    set_report(&app, manager, NotificationEvent::ReportWeekly, false).await;

    let outcomes = [
        (
            "+48600100201",
            Answer::Answer,
            Answer::Answer,
            90,
            "completed",
        ),
        (
            "+48600100202",
            Answer::Answer,
            Answer::Answer,
            30,
            "completed",
        ),
        (
            "+48600100203",
            Answer::NoAnswer,
            Answer::Answer,
            0,
            "manager-failed",
        ),
        (
            "+48600100204",
            Answer::Answer,
            Answer::NoAnswer,
            0,
            "user-failed",
        ),
    ];
    for (visitor, manager_answer, visitor_answer, talk, expected) in outcomes {
        let status = scripted_call(
            &app,
            &secret,
            widget,
            visitor,
            manager_answer,
            visitor_answer,
            talk,
        )
        .await;
        assert_eq!(status, expected, "visitor {visitor}");
    }

    let warsaw = TimeZone::get("Europe/Warsaw").unwrap();
    let first_call =
        Timestamp::from_microsecond(app.scalar("SELECT MIN(created_at) FROM calls").await).unwrap();
    let last_call =
        Timestamp::from_microsecond(app.scalar("SELECT MAX(created_at) FROM calls").await).unwrap();
    let day = first_call.to_zoned_datetime(warsaw.clone()).date();
    assert_eq!(
        last_call.to_zoned_datetime(warsaw.clone()).date(),
        day,
        "the calls crossed midnight in Warsaw; run the test again"
    );
    let wait_total = app
        .scalar("SELECT CAST(COALESCE(SUM(wait_seconds), 0) AS BIGINT) FROM calls")
        .await;
    let waits = app.scalar("SELECT COUNT(wait_seconds) FROM calls").await;

    // Before 08:00 nothing is due; from 08:00 the previous day's report is.
    let next_day = day.tomorrow().unwrap();
    let early = next_day
        .at(7, 59, 0, 0)
        .to_zoned_datetime(warsaw.clone())
        .unwrap()
        .timestamp();
    assert_eq!(run_due_reports(&app.db, early).await.unwrap(), 0);
    let recorded = run_due_reports(&app.db, report_time(next_day, &warsaw))
        .await
        .unwrap();
    assert!(recorded >= 1, "the owner's daily report is recorded");

    let polish = Tr::new(Language::Polish);
    let long_date = |date: Date| format_date(date, DateFormat::Long, Language::Polish);
    let daily_subject = polish.t_with("report-daily-subject", "date", &long_date(day));
    let daily = wait_for_subject(&smtp, &daily_subject).await;
    assert_eq!(daily.len(), 1);
    let message = &daily[0];
    assert_eq!(message.to, vec!["zofia@kwiaciarnia.pl".to_owned()]);

    let text = message.text();
    let line = |id: &str, value: &str| format!("  {}: {value}\n", polish.t(id));
    for expected in [
        line("report-col-requested", "4"),
        line("report-col-answered", "2"),
        line("report-col-missed", "2"),
        line("report-col-average-talk", "1 min 0 s"),
        line(
            "report-col-average-wait",
            &format!("{} s", (wait_total + waits / 2) / waits),
        ),
    ] {
        assert!(text.contains(&expected), "{expected:?} in:\n{text}");
    }
    assert!(text.contains("https://sklep.example.pl\n"), "{text}");
    assert!(text.contains(&polish.t("report-total")), "{text}");

    let parsed = mail_parser::MessageParser::default()
        .parse(message.data.as_bytes())
        .unwrap();
    let html = parsed.body_html(0).unwrap();
    assert!(html.contains(r#"<html lang="pl">"#), "{html}");
    assert!(html.contains(r#"src="cid:report-chart""#), "{html}");
    let chart = parsed
        .parts
        .iter()
        .find(|part| {
            part.content_type()
                .is_some_and(|t| t.ctype() == "image" && t.subtype() == Some("png"))
        })
        .expect("a PNG part");
    assert_eq!(
        chart.content_id().map(|id| id.trim_matches(['<', '>'])),
        Some("report-chart")
    );
    let png = chart.contents();
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
    assert_eq!(&png[16..20], &560u32.to_be_bytes(), "the chart's width");

    // Another server, or the same one after a restart, checks the same instant again.
    assert_eq!(
        run_due_reports(&app.db, report_time(next_day, &warsaw))
            .await
            .unwrap(),
        0
    );
    let later = report_time(next_day, &warsaw) + 2.hours();
    assert_eq!(run_due_reports(&app.db, later).await.unwrap(), 0);

    // The next Monday's weekly report covers the week of the calls.
    let mut monday = next_day;
    while monday.weekday() != Weekday::Monday {
        monday = monday.tomorrow().unwrap();
    }
    run_due_reports(&app.db, report_time(monday, &warsaw))
        .await
        .unwrap();
    let week_first = monday.checked_sub(7.days()).unwrap();
    let weekly_subject = polish.t_args(
        "report-weekly-subject",
        &[
            ("first", long_date(week_first).into()),
            ("last", long_date(monday.yesterday().unwrap()).into()),
        ],
    );
    let weekly = wait_for_subject(&smtp, &weekly_subject).await;
    assert_eq!(weekly.len(), 1);
    assert!(
        weekly[0]
            .text()
            .contains(&line("report-col-requested", "4"))
    );

    tokio::time::sleep(Duration::from_millis(1500)).await;
    let messages = smtp.messages();
    assert_eq!(
        messages
            .iter()
            .filter(|m| m.subject() == daily_subject)
            .count(),
        1,
        "the daily report is sent once"
    );
    assert_eq!(
        messages
            .iter()
            .filter(|m| m.subject() == weekly_subject)
            .count(),
        1,
        "the weekly report is sent once"
    );
    let manager_email: String = sqlx::query_scalar("SELECT email FROM users WHERE id = $1")
        .bind(manager)
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    let to_manager: Vec<String> = messages
        .iter()
        .filter(|m| m.to.contains(&manager_email))
        .map(Received::subject)
        .collect();
    assert_eq!(
        app.scalar(&format!(
            "SELECT COUNT(*) FROM notification_events WHERE target_user = {manager}"
        ))
        .await,
        0,
        "no report is recorded for the manager; mail to them: {to_manager:?}"
    );
    assert!(
        !to_manager
            .iter()
            .any(|subject| subject == &daily_subject || subject == &weekly_subject),
        "{to_manager:?}"
    );
}

async fn no_report_without_a_widget(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("zofia@kwiaciarnia.pl", PASSWORD).await;
    let owner = app
        .scalar("SELECT id FROM users WHERE email = 'zofia@kwiaciarnia.pl'")
        .await;
    set_report(&app, owner, NotificationEvent::ReportDaily, true).await;

    let zone_name: String = sqlx::query_scalar("SELECT timezone FROM users WHERE id = $1")
        .bind(owner)
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    let zone = TimeZone::get(&zone_name).unwrap();
    let tomorrow = Timestamp::now()
        .to_zoned_datetime(zone.clone())
        .date()
        .tomorrow()
        .unwrap();
    let recorded = run_due_reports(&app.db, report_time(tomorrow, &zone))
        .await
        .unwrap();
    assert_eq!(recorded, 0);
}

async fn no_report_once_turned_off(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.sign_up("zofia@kwiaciarnia.pl", PASSWORD).await;
    let account_id = app.scalar("SELECT id FROM accounts").await;
    let secret = full_key(&app, account_id).await;
    let (_, manager, _) = staffed_widget(&app, &secret, MANAGER_PHONE).await;
    set_report(&app, manager, NotificationEvent::ReportWeekly, false).await;
    // The weekly report starts on for a new user; the daily one starts off.
    choose_report_on_page(&app, NotificationEvent::ReportWeekly, false).await;

    let zone_name: String =
        sqlx::query_scalar("SELECT timezone FROM users WHERE email = 'zofia@kwiaciarnia.pl'")
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
    let zone = TimeZone::get(&zone_name).unwrap();
    let mut monday = Timestamp::now()
        .to_zoned_datetime(zone.clone())
        .date()
        .tomorrow()
        .unwrap();
    while monday.weekday() != Weekday::Monday {
        monday = monday.tomorrow().unwrap();
    }
    let monday_morning = report_time(monday, &zone);
    for minutes in [0, 60, 150] {
        let now = monday_morning + minutes.minutes();
        assert_eq!(run_due_reports(&app.db, now).await.unwrap(), 0, "at {now}");
    }
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM notification_events WHERE kind LIKE 'report.%'")
            .await,
        0
    );

    // Switched on again, the same morning records the weekly report.
    choose_report_on_page(&app, NotificationEvent::ReportWeekly, true).await;
    assert_eq!(run_due_reports(&app.db, monday_morning).await.unwrap(), 1);
}

both_databases!(
    daily_and_weekly_reports_arrive_once,
    no_report_without_a_widget,
    no_report_once_turned_off,
);
