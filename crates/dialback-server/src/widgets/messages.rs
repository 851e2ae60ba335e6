//! The texts a widget sends: SMS to visitors and voice prompts played on calls.
//!
//! Each message has a default in the widget's language (from the Fluent files) that an
//! account may replace per widget; resetting returns to the default.

use sqlx::AnyConnection;

use crate::platform::i18n::Tr;

/// Maximum length of an SMS or voice text, in characters.
pub const MAX_TEXT_CHARS: usize = 240;

/// Placeholder replaced by the call's time, for example in `visitor.call-scheduled`.
pub const TIME_PLACEHOLDER: &str = "{time}";

/// The kind of a message: SMS or voice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    Sms,
    Voice,
}

impl Channel {
    pub const fn id(self) -> &'static str {
        match self {
            Channel::Sms => "sms",
            Channel::Voice => "voice",
        }
    }

    /// The message ids of this channel, as CallPage's API names them.
    pub const fn message_ids(self) -> &'static [&'static str] {
        match self {
            Channel::Sms => &[
                "visitor.call-scheduled",
                "visitor.cancel-scheduled",
                "visitor.dial-completed",
            ],
            Channel::Voice => &[
                "client.start",
                "client.end_success",
                "client.end_failed",
                "manager.start",
            ],
        }
    }
}

/// One message of a widget, with its current text.
#[derive(Debug, Clone, serde::Serialize)]
pub struct WidgetMessage {
    pub message_id: String,
    pub text: String,
    pub enabled: bool,
    /// Whether the text is the default of the widget's language.
    pub is_default: bool,
}

/// The Fluent id of a message's default text: `visitor.call-scheduled` becomes `sms-visitor-call-scheduled`.
fn default_text_id(channel: Channel, message_id: &str) -> String {
    format!("{}-{}", channel.id(), message_id.replace(['.', '_'], "-"))
}

/// Lists every message of a channel for a widget, customised or default.
pub async fn list(
    conn: &mut AnyConnection,
    widget_id: i64,
    channel: Channel,
    tr: Tr,
) -> sqlx::Result<Vec<WidgetMessage>> {
    let stored: Vec<(String, String, i64)> =
        sqlx::query_as("SELECT message_id, text, enabled FROM widget_messages WHERE widget_id = $1 AND channel = $2")
            .bind(widget_id)
            .bind(channel.id())
            .fetch_all(conn)
            .await?;
    Ok(channel
        .message_ids()
        .iter()
        .map(
            |id| match stored.iter().find(|(stored_id, _, _)| stored_id == id) {
                Some((_, text, enabled)) => WidgetMessage {
                    message_id: (*id).to_owned(),
                    text: text.clone(),
                    enabled: *enabled == 1,
                    is_default: false,
                },
                None => WidgetMessage {
                    message_id: (*id).to_owned(),
                    text: tr.t_with(&default_text_id(channel, id), "time", TIME_PLACEHOLDER),
                    enabled: true,
                    is_default: true,
                },
            },
        )
        .collect())
}

/// The text to send for a message, or `None` if the widget disabled it.
pub async fn text_for(
    conn: &mut AnyConnection,
    widget_id: i64,
    channel: Channel,
    message_id: &str,
    tr: Tr,
) -> sqlx::Result<Option<String>> {
    let messages = list(conn, widget_id, channel, tr).await?;
    Ok(messages
        .into_iter()
        .find(|m| m.message_id == message_id)
        .filter(|m| m.enabled)
        .map(|m| m.text))
}

/// Stores a custom text (and whether it is sent) for one message.
pub async fn save(
    conn: &mut AnyConnection,
    widget_id: i64,
    channel: Channel,
    message_id: &str,
    text: &str,
    enabled: bool,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO widget_messages (widget_id, channel, message_id, text, enabled) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (widget_id, channel, message_id) DO UPDATE SET text = excluded.text, enabled = excluded.enabled",
    )
    .bind(widget_id)
    .bind(channel.id())
    .bind(message_id)
    .bind(text)
    .bind(i64::from(enabled))
    .execute(conn)
    .await?;
    Ok(())
}

/// Returns one message, or every message of the channel when `message_id` is `None`, to its default.
pub async fn reset(
    conn: &mut AnyConnection,
    widget_id: i64,
    channel: Channel,
    message_id: Option<&str>,
) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM widget_messages WHERE widget_id = $1 AND channel = $2 AND (CAST($3 AS TEXT) IS NULL OR message_id = $3)")
        .bind(widget_id)
        .bind(channel.id())
        .bind(message_id)
        .execute(conn)
        .await?;
    Ok(())
}
