//! The texts of one delivery: e-mail subject, plain text and HTML, and a short text
//! for SMS and push, in the recipient's languages and time zone.
//!
//! Texts are rendered when a delivery is sent, not when the event is recorded, so a
//! user who changes their e-mail language before a retry gets the new language.

use askama::Template;
use dialback_domain::{Language, NotificationChannel, NotificationEvent, PhoneNumber};
use serde_json::Value;
use sqlx::AnyConnection;

pub use crate::platform::mail::InlineImage;

use crate::accounts::User;
use crate::platform::display::Display;
use crate::platform::i18n::Tr;

/// Everything rendering needs about one delivery.
pub struct RenderInput<'a> {
    pub event_id: i64,
    pub account_id: i64,
    pub kind: NotificationEvent,
    pub payload: &'a Value,
    pub recipient: &'a User,
    /// The dashboard's address without a trailing slash, for links.
    pub base_url: &'a str,
    /// When the event was recorded, in Unix microseconds.
    pub created_at: i64,
}

/// The texts of one delivery.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    /// E-mail subject, also the title of desktop and push notifications.
    pub subject: String,
    pub text: String,
    pub html: String,
    /// A short text for SMS (in the SMS language) and the body of push notifications.
    pub sms: String,
    /// Images the HTML links as `cid:<content_id>`.
    pub inline_images: Vec<InlineImage>,
    /// Where replies to the e-mail go: the visitor's address of a message.
    pub reply_to: Option<String>,
}

#[derive(Template)]
#[template(path = "notifications/email.html")]
struct EmailHtml<'a> {
    lang: &'a str,
    subject: &'a str,
    paragraphs: &'a [String],
    details: &'a [(String, String)],
    /// Content id and alt text of each inline image.
    images: Vec<(String, String)>,
    link: Option<(String, String)>,
    footer: String,
}

/// The parts of a message before it is laid out as text and HTML.
struct Parts {
    subject: String,
    paragraphs: Vec<String>,
    details: Vec<(String, String)>,
    link: Option<(String, String)>,
    sms: String,
}

/// Renders the delivery described by `input`.
pub async fn render(conn: &mut AnyConnection, input: &RenderInput<'_>) -> anyhow::Result<Rendered> {
    match input.kind {
        NotificationEvent::ReportDaily | NotificationEvent::ReportWeekly => {
            crate::reports::render_email(conn, input).await
        }
        _ => {
            let email = parts(input, input.recipient.email_language);
            let sms = parts(input, input.recipient.sms_language).sms;
            let mut rendered = lay_out(input, email, Vec::new());
            rendered.sms = sms;
            if input.kind == NotificationEvent::MessageNew {
                rendered.reply_to = input.payload["email"]
                    .as_str()
                    .filter(|email| !email.is_empty())
                    .map(str::to_owned);
            }
            Ok(rendered)
        }
    }
}

/// Renders in one language only (desktop and push use the interface language).
pub fn render_short(input: &RenderInput<'_>, language: Language) -> (String, String) {
    let parts = parts(input, language);
    (parts.subject, parts.sms)
}

/// Returns the dashboard path a notification links to, such as `/calls/12`.
pub fn link(input: &RenderInput<'_>) -> Option<String> {
    if input.kind == NotificationEvent::SubscriptionExpired {
        return Some("/settings/subscription".to_owned());
    }
    if input.kind == NotificationEvent::MessageNew {
        return Some("/messages".to_owned());
    }
    if let Some(call_id) = input.payload["call_id"].as_i64() {
        return Some(format!("/calls/{call_id}"));
    }
    input.payload["widget_id"]
        .as_i64()
        .map(|widget_id| format!("/widgets/{widget_id}"))
}

fn lay_out(input: &RenderInput<'_>, parts: Parts, images: Vec<InlineImage>) -> Rendered {
    let tr = Tr::new(input.recipient.email_language);
    let footer = tr.t("notify-email-footer");
    let mut text = String::new();
    for paragraph in &parts.paragraphs {
        text.push_str(paragraph);
        text.push_str("\n\n");
    }
    for (label, value) in &parts.details {
        text.push_str(&format!("{label}: {value}\n"));
    }
    if !parts.details.is_empty() {
        text.push('\n');
    }
    if let Some((href, label)) = &parts.link {
        text.push_str(&format!("{label}: {href}\n\n"));
    }
    text.push_str("-- \n");
    text.push_str(&footer);
    text.push('\n');

    let html = EmailHtml {
        lang: input.recipient.email_language.tag(),
        subject: &parts.subject,
        paragraphs: &parts.paragraphs,
        details: &parts.details,
        images: images
            .iter()
            .map(|image| (image.content_id.clone(), parts.subject.clone()))
            .collect(),
        link: parts.link.clone(),
        footer,
    }
    .render()
    .unwrap_or_else(|error| {
        tracing::error!(%error, "failed to render a notification's HTML");
        String::new()
    });
    Rendered {
        subject: parts.subject,
        text,
        html,
        sms: parts.sms,
        inline_images: images,
        reply_to: None,
    }
}

fn str_arg(payload: &Value, key: &str) -> String {
    match &payload[key] {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        _ => String::new(),
    }
}

fn phone_arg(payload: &Value) -> String {
    let stored = str_arg(payload, "phone");
    PhoneNumber::from_e164(&stored)
        .map(|phone| phone.international())
        .unwrap_or(stored)
}

/// Formats whole seconds as `m:ss`, or `h:mm:ss` from an hour on.
pub fn duration(seconds: i64) -> String {
    let seconds = seconds.max(0);
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

fn parts(input: &RenderInput<'_>, language: Language) -> Parts {
    use fluent_templates::fluent_bundle::FluentValue;

    let tr = Tr::new(language);
    let user = input.recipient;
    let display = Display {
        timezone: user.timezone.clone(),
        date_format: user.date_format,
        time_format: user.time_format,
        language,
    };
    let payload = input.payload;
    let at = payload["at"].as_i64().unwrap_or(input.created_at);
    let slug = input.kind.slug();
    let phone = phone_arg(payload);
    let widget = str_arg(payload, "widget_url");
    let manager = str_arg(payload, "manager_name");
    let reason = match str_arg(payload, "status").as_str() {
        "user-failed" => "visitor",
        _ => "manager",
    };
    let time = display.datetime(at);
    let scheduled = payload["scheduled_at"]
        .as_i64()
        .map(|micros| display.datetime(micros))
        .unwrap_or_default();
    let call_duration = duration(payload["duration_seconds"].as_i64().unwrap_or(0));
    let mut args: Vec<(&str, FluentValue<'static>)> = vec![
        ("phone", phone.clone().into()),
        ("time", time.clone().into()),
        ("scheduled", scheduled.clone().into()),
        ("widget", widget.clone().into()),
        ("manager", manager.clone().into()),
        ("duration", call_duration.clone().into()),
        ("title", str_arg(payload, "title").into()),
        ("domain", str_arg(payload, "domain").into()),
    ];
    // Only test notifications name a channel.
    if let Some(channel) = payload["channel"]
        .as_str()
        .and_then(NotificationChannel::parse)
    {
        args.push((
            "channel",
            tr.t(&format!("notify-channel-{}", channel.code())).into(),
        ));
    }
    let subject = tr.t_args(&format!("notify-{slug}-subject"), &args);
    // The texts of a missed call depend on who missed it: a manager or the visitor.
    let variant = if input.kind == NotificationEvent::CallMissed {
        format!("{slug}-{reason}")
    } else {
        slug.clone()
    };
    let mut paragraphs = vec![tr.t_args(&format!("notify-{variant}-body"), &args)];
    let mut sms = tr.t_args(&format!("notify-{variant}-sms"), &args);
    let mut details = Vec::new();
    let label = |id: &str| tr.t(&format!("notify-label-{id}"));
    if payload["call_id"].is_i64() {
        details.push((label("phone"), phone.clone()));
        details.push((label("time"), time.clone()));
        if !scheduled.is_empty() {
            details.push((label("scheduled"), scheduled.clone()));
        }
        if !widget.is_empty() {
            details.push((label("widget"), widget.clone()));
        }
        // A missed call's manager is the one who did not answer, which the text says.
        if !manager.is_empty() && input.kind != NotificationEvent::CallMissed {
            details.push((label("manager"), manager.clone()));
        }
        if input.kind == NotificationEvent::CallCompleted {
            details.push((label("duration"), call_duration.clone()));
        }
        if let Some(fields) = payload["fields"].as_object() {
            for (name, value) in fields {
                let value = value
                    .as_str()
                    .map_or_else(|| value.to_string(), str::to_owned);
                details.push((name.clone(), value));
            }
        }
    }
    match input.kind {
        NotificationEvent::ProductUpdate => {
            let body = str_arg(payload, "body");
            paragraphs = body
                .split("\n\n")
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(str::to_owned)
                .collect();
            sms = body;
        }
        NotificationEvent::MessageNew => {
            let text = str_arg(payload, "text");
            if !text.is_empty() {
                paragraphs.push(text.clone());
                sms = format!("{sms} {text}");
            }
            let name = str_arg(payload, "name");
            if !name.is_empty() {
                details.push((label("name"), name));
            }
            for key in ["phone", "email"] {
                let value = str_arg(payload, key);
                if !value.is_empty() {
                    details.push((label(key), value));
                }
            }
        }
        _ => {}
    }
    let link = link(input).map(|path| {
        (
            format!("{}{path}", input.base_url),
            tr.t("notify-open-link"),
        )
    });
    Parts {
        subject,
        paragraphs,
        details,
        link,
        sms,
    }
}

#[cfg(test)]
mod tests {
    use dialback_domain::{DateFormat, TimeFormat, TimeZoneName};
    use serde_json::json;

    use super::*;
    use crate::accounts::Role;
    use crate::platform::i18n::missing_lookups;

    fn user(language: Language) -> User {
        User {
            id: 1,
            account_id: 1,
            email: "ola@example.pl".into(),
            name: "Ola".into(),
            job_title: None,
            phone: None,
            role: Role::Owner,
            interface_language: language,
            sms_language: language,
            email_language: language,
            timezone: TimeZoneName::utc(),
            date_format: DateFormat::default(),
            time_format: TimeFormat::default(),
            enabled: true,
        }
    }

    /// Every event that is rendered by [`parts`], with every payload shape it gets,
    /// finds all its messages in every language.
    #[test]
    fn every_event_and_channel_uses_existing_messages() {
        let call = json!({
            "call_id": 7, "widget_id": 2, "widget_url": "https://kwiaciarnia.pl",
            "phone": "+48600100200", "status": "manager-failed", "scheduled_at": null,
            "duration_seconds": 65, "manager_name": "Marta", "fields": {"Imię": "Ewa"},
            "at": 1_796_000_000_000_000_i64,
        });
        let visitor_missed =
            json!({ "call_id": 7, "status": "user-failed", "phone": "+48600100200" });
        let message = json!({
            "widget_id": 2, "widget_url": "https://kwiaciarnia.pl", "text": "Dzień dobry",
            "name": "Ewa", "phone": "+48600100200", "email": "ewa@example.pl",
        });
        let other = json!({ "title": "Nowość", "body": "Treść", "domain": "kwiaciarnia.pl", "widget_id": 2 });
        let before = missing_lookups();
        for language in Language::ALL {
            let recipient = user(language);
            for kind in NotificationEvent::ALL {
                if matches!(
                    kind,
                    NotificationEvent::ReportDaily | NotificationEvent::ReportWeekly
                ) {
                    continue;
                }
                let mut payloads = vec![
                    call.clone(),
                    visitor_missed.clone(),
                    message.clone(),
                    other.clone(),
                ];
                if kind == NotificationEvent::Test {
                    payloads = NotificationChannel::ALL
                        .into_iter()
                        .map(|channel| json!({ "channel": channel.code() }))
                        .collect();
                }
                for payload in &payloads {
                    let input = RenderInput {
                        event_id: 1,
                        account_id: 1,
                        kind,
                        payload,
                        recipient: &recipient,
                        base_url: "https://dialback.example",
                        created_at: 1_796_000_000_000_000,
                    };
                    let parts = parts(&input, language);
                    assert!(
                        !parts.subject.contains("notify-"),
                        "{kind:?} {language:?}: {}",
                        parts.subject
                    );
                    assert_eq!(
                        missing_lookups(),
                        before,
                        "{kind:?} in {language:?} with {payload}"
                    );
                }
            }
        }
    }
}
