//! Tags that label calls by topic. Labels are unique per account regardless of case.

use sqlx::{AnyConnection, FromRow};

use crate::platform::clock::now_micros;

/// A tag.
#[derive(Debug, Clone, FromRow, serde::Serialize)]
pub struct Tag {
    pub id: i64,
    pub label: String,
    pub color: String,
    pub updated_at: i64,
}

/// Why a tag was not stored.
#[derive(Debug, thiserror::Error)]
pub enum TagError {
    #[error("another tag has this label")]
    DuplicateLabel,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

fn map_duplicate(error: sqlx::Error) -> TagError {
    match &error {
        sqlx::Error::Database(db) if db.is_unique_violation() => TagError::DuplicateLabel,
        _ => TagError::Database(error),
    }
}

/// Checks a colour: `#` and six hex digits, stored lower-case.
pub fn parse_color(input: &str) -> Result<String, dialback_domain::Invalid> {
    let color = input.trim().to_ascii_lowercase();
    let valid = color.len() == 7
        && color.starts_with('#')
        && color[1..].chars().all(|c| c.is_ascii_hexdigit());
    if valid {
        Ok(color)
    } else {
        Err(dialback_domain::Invalid::new("error-tag-color"))
    }
}

/// Lists the account's tags by label.
pub async fn list(conn: &mut AnyConnection, account_id: i64) -> sqlx::Result<Vec<Tag>> {
    sqlx::query_as("SELECT id, label, color, updated_at FROM tags WHERE account_id = $1 ORDER BY label_key, id").bind(account_id).fetch_all(conn).await
}

/// Loads one tag of the account.
pub async fn find(conn: &mut AnyConnection, account_id: i64, id: i64) -> sqlx::Result<Option<Tag>> {
    sqlx::query_as(
        "SELECT id, label, color, updated_at FROM tags WHERE account_id = $1 AND id = $2",
    )
    .bind(account_id)
    .bind(id)
    .fetch_optional(conn)
    .await
}

/// Adds a tag and returns its id.
pub async fn insert(
    conn: &mut AnyConnection,
    account_id: i64,
    label: &str,
    color: &str,
) -> Result<i64, TagError> {
    sqlx::query_scalar("INSERT INTO tags (account_id, label, label_key, color, updated_at) VALUES ($1, $2, $3, $4, $5) RETURNING id")
        .bind(account_id)
        .bind(label)
        .bind(label.to_lowercase())
        .bind(color)
        .bind(now_micros())
        .fetch_one(conn)
        .await
        .map_err(map_duplicate)
}

/// Changes a tag's label and colour; false if the account has no such tag.
pub async fn update(
    conn: &mut AnyConnection,
    account_id: i64,
    id: i64,
    label: &str,
    color: &str,
) -> Result<bool, TagError> {
    let result = sqlx::query("UPDATE tags SET label = $1, label_key = $2, color = $3, updated_at = $4 WHERE account_id = $5 AND id = $6")
        .bind(label)
        .bind(label.to_lowercase())
        .bind(color)
        .bind(now_micros())
        .bind(account_id)
        .bind(id)
        .execute(conn)
        .await
        .map_err(map_duplicate)?;
    Ok(result.rows_affected() == 1)
}

/// Deletes a tag of the account, untagging its calls.
pub async fn delete(
    conn: &mut AnyConnection,
    account_id: i64,
    id: i64,
) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar("DELETE FROM tags WHERE account_id = $1 AND id = $2 RETURNING label")
        .bind(account_id)
        .bind(id)
        .fetch_optional(conn)
        .await
}

/// Tags a call; adding a tag it has changes nothing. The caller checked both belong to the account.
pub async fn tag_call(conn: &mut AnyConnection, call_id: i64, tag_id: i64) -> sqlx::Result<bool> {
    let result = sqlx::query("INSERT INTO call_tags (call_id, tag_id) VALUES ($1, $2) ON CONFLICT (call_id, tag_id) DO NOTHING")
        .bind(call_id)
        .bind(tag_id)
        .execute(conn)
        .await?;
    Ok(result.rows_affected() == 1)
}

/// Removes a tag from a call; false if the call did not have it.
pub async fn untag_call(conn: &mut AnyConnection, call_id: i64, tag_id: i64) -> sqlx::Result<bool> {
    let result = sqlx::query("DELETE FROM call_tags WHERE call_id = $1 AND tag_id = $2")
        .bind(call_id)
        .bind(tag_id)
        .execute(conn)
        .await?;
    Ok(result.rows_affected() == 1)
}

/// The tags of one call.
pub async fn of_call(conn: &mut AnyConnection, call_id: i64) -> sqlx::Result<Vec<Tag>> {
    sqlx::query_as(
        "SELECT tags.id, tags.label, tags.color, tags.updated_at FROM call_tags JOIN tags ON tags.id = call_tags.tag_id \
         WHERE call_tags.call_id = $1 ORDER BY tags.label_key",
    )
    .bind(call_id)
    .fetch_all(conn)
    .await
}

/// Ids of the account's calls that carry any of `tag_ids`.
pub async fn tagged_calls(
    conn: &mut AnyConnection,
    account_id: i64,
    tag_ids: &[i64],
) -> sqlx::Result<Vec<i64>> {
    let mut ids = Vec::new();
    for tag_id in tag_ids {
        let found: Vec<i64> = sqlx::query_scalar(
            "SELECT call_tags.call_id FROM call_tags JOIN tags ON tags.id = call_tags.tag_id WHERE tags.account_id = $1 AND tags.id = $2",
        )
        .bind(account_id)
        .bind(tag_id)
        .fetch_all(&mut *conn)
        .await?;
        ids.extend(found);
    }
    ids.sort_unstable();
    ids.dedup();
    Ok(ids)
}
