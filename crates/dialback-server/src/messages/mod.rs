//! Messages that visitors leave through a widget (a name, a phone number or an e-mail
//! address, and a text), stored per widget and listed on the dashboard's Messages page.
//!
//! Not to be confused with `widgets::messages`, which stores a widget's SMS and voice texts.
//! [`record`] is the one way a message is stored: from the public widget endpoint and from
//! the REST API. It writes the activity entry and the `message.new` notification event in
//! the caller's transaction.

pub mod pages;

use dialback_domain::{ActivityKind, ActivitySource, Invalid, NotificationEvent};
use sqlx::{AnyConnection, FromRow};

use crate::notifications::events::{self, Event};
use crate::platform::audit::{self, Activity};
use crate::platform::clock::now_micros;

/// Maximum length of a message text, in characters.
pub const MAX_TEXT_CHARS: usize = 2000;

/// Maximum length of a visitor name, in characters.
pub const MAX_NAME_CHARS: usize = 100;

/// A message to store.
#[derive(Debug, Clone)]
pub struct NewMessage<'a> {
    pub account_id: i64,
    pub widget_id: i64,
    /// The widget's site, which notifications name.
    pub widget_url: &'a str,
    pub visitor_name: Option<&'a str>,
    pub phone_e164: Option<&'a str>,
    pub email: Option<&'a str>,
    pub text: &'a str,
    pub client_ip: Option<&'a str>,
    pub source: ActivitySource,
}

/// A stored message.
#[derive(Debug, Clone, FromRow)]
pub struct Message {
    pub id: i64,
    pub widget_id: i64,
    pub visitor_name: Option<String>,
    pub phone_e164: Option<String>,
    pub email: Option<String>,
    pub text: String,
    pub client_ip: Option<String>,
    pub created_at: i64,
}

/// Checks a message text: 1 to [`MAX_TEXT_CHARS`] characters after trimming, where line
/// breaks and tabs are the only control characters allowed.
pub fn parse_text(input: &str) -> Result<String, Invalid> {
    let text = input.trim();
    if text.is_empty() {
        return Err(Invalid::new("error-message-text-missing"));
    }
    if text.chars().count() > MAX_TEXT_CHARS {
        return Err(Invalid::new("error-message-text-too-long"));
    }
    if text
        .chars()
        .any(|c| !matches!(c, '\n' | '\r' | '\t') && dialback_domain::text::is_hidden_character(c))
    {
        return Err(Invalid::new("error-message-text-control"));
    }
    Ok(text.to_owned())
}

/// Checks an optional visitor name: empty means none, otherwise at most
/// [`MAX_NAME_CHARS`] visible characters.
pub fn parse_name(input: &str) -> Result<Option<String>, Invalid> {
    let name = input.trim();
    if name.is_empty() {
        return Ok(None);
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(Invalid::new("error-name-too-long"));
    }
    if name.chars().any(dialback_domain::text::is_hidden_character) {
        return Err(Invalid::new("error-message-name-control"));
    }
    Ok(Some(name.to_owned()))
}

/// Stores a message with its activity entry and `message.new` event; returns its id.
pub async fn record(conn: &mut AnyConnection, message: &NewMessage<'_>) -> sqlx::Result<i64> {
    let created_at = now_micros();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO visitor_messages (account_id, widget_id, visitor_name, phone_e164, email, text, client_ip, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(message.account_id)
    .bind(message.widget_id)
    .bind(message.visitor_name)
    .bind(message.phone_e164)
    .bind(message.email)
    .bind(message.text)
    .bind(message.client_ip)
    .bind(created_at)
    .fetch_one(&mut *conn)
    .await?;

    let mut entry = Activity::new(
        message.account_id,
        None,
        ActivityKind::MessageReceived,
        message.source,
    )
    .details(serde_json::json!({ "message_id": id, "widget_id": message.widget_id }));
    entry.ip = message.client_ip.map(str::to_owned);
    audit::record(conn, entry).await?;

    let payload = serde_json::json!({
        "message_id": id,
        "widget_id": message.widget_id,
        "widget_url": message.widget_url,
        "name": message.visitor_name,
        "phone": message.phone_e164,
        "email": message.email,
        "text": message.text,
        "created_at": created_at / 1_000_000,
    });
    let event = Event::new(NotificationEvent::MessageNew, payload);
    events::record(conn, message.account_id, &event).await?;
    Ok(id)
}

/// Loads a page of the account's messages, newest first, with the total count. With
/// `widget_ids`, only messages left on those widgets count.
pub async fn list(
    conn: &mut AnyConnection,
    account_id: i64,
    widget_ids: Option<&[i64]>,
    limit: i64,
    offset: i64,
) -> sqlx::Result<(Vec<Message>, i64)> {
    // Ids are integers, so writing them into the SQL is safe; sqlx's Any driver binds no lists.
    let widget_filter = match widget_ids {
        None => String::new(),
        Some([]) => " AND 1 = 0".to_owned(),
        Some(ids) => format!(
            " AND widget_id IN ({})",
            ids.iter()
                .map(i64::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    let rows: Vec<Message> = sqlx::query_as(&format!(
        "SELECT id, widget_id, visitor_name, phone_e164, email, text, client_ip, created_at FROM visitor_messages \
         WHERE account_id = $1{widget_filter} ORDER BY id DESC LIMIT $2 OFFSET $3"
    ))
    .bind(account_id)
    .bind(limit)
    .bind(offset)
    .fetch_all(&mut *conn)
    .await?;
    let total: i64 = sqlx::query_scalar(&format!(
        "SELECT COUNT(*) FROM visitor_messages WHERE account_id = $1{widget_filter}"
    ))
    .bind(account_id)
    .fetch_one(conn)
    .await?;
    Ok((rows, total))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_keeps_line_breaks_and_rejects_hidden_characters() {
        assert_eq!(parse_text("  Hello\nthere  ").unwrap(), "Hello\nthere");
        assert!(parse_text("   ").is_err());
        assert!(parse_text("a\u{202E}b").is_err());
        assert!(parse_text(&"x".repeat(MAX_TEXT_CHARS + 1)).is_err());
        assert!(parse_text(&"ż".repeat(MAX_TEXT_CHARS)).is_ok());
    }

    #[test]
    fn empty_name_is_none() {
        assert_eq!(parse_name("  ").unwrap(), None);
        assert_eq!(parse_name(" Ewa ").unwrap().as_deref(), Some("Ewa"));
        assert!(parse_name(&"e".repeat(MAX_NAME_CHARS + 1)).is_err());
    }
}
