//! SQL of API keys.

use dialback_domain::Permission;
use sqlx::{AnyConnection, FromRow};

use super::{ApiKey, GeneratedKey};
use crate::platform::clock::now_micros;

#[derive(FromRow)]
struct KeyRow {
    id: i64,
    account_id: i64,
    description: String,
    prefix: String,
    last_four: String,
    permissions: String,
    all_widgets: i64,
    expires_at: Option<i64>,
    revoked_at: Option<i64>,
    last_used_at: Option<i64>,
    last_used_ip: Option<String>,
    created_at: i64,
}

const COLUMNS: &str = "id, account_id, description, prefix, last_four, permissions, all_widgets, expires_at, revoked_at, \
                       last_used_at, last_used_ip, created_at";

async fn into_key(conn: &mut AnyConnection, row: KeyRow) -> sqlx::Result<ApiKey> {
    let widget_ids = if row.all_widgets == 1 {
        None
    } else {
        Some(
            sqlx::query_scalar(
                "SELECT widget_id FROM api_key_widgets WHERE api_key_id = $1 ORDER BY widget_id",
            )
            .bind(row.id)
            .fetch_all(conn)
            .await?,
        )
    };
    Ok(ApiKey {
        id: row.id,
        account_id: row.account_id,
        description: row.description,
        lookup: row.prefix,
        last_four: row.last_four,
        permissions: Permission::parse_list(&row.permissions).unwrap_or_default(),
        widget_ids,
        expires_at: row.expires_at,
        revoked_at: row.revoked_at,
        last_used_at: row.last_used_at,
        last_used_ip: row.last_used_ip,
        created_at: row.created_at,
    })
}

/// What a new key is allowed to do.
pub struct NewKey<'a> {
    pub account_id: i64,
    pub created_by: Option<i64>,
    pub description: &'a str,
    pub permissions: &'a [Permission],
    /// `None` for every widget.
    pub widget_ids: Option<&'a [i64]>,
    pub expires_at: Option<i64>,
}

/// Stores a generated key; the caller checked that the widgets belong to the account.
pub async fn insert(
    conn: &mut AnyConnection,
    new: &NewKey<'_>,
    key: &GeneratedKey,
) -> sqlx::Result<i64> {
    let permissions: Vec<&str> = new.permissions.iter().map(|p| p.id()).collect();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO api_keys (account_id, created_by, prefix, secret_hash, last_four, description, permissions, all_widgets, \
         expires_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
    )
    .bind(new.account_id)
    .bind(new.created_by)
    .bind(&key.lookup)
    .bind(&key.hash)
    .bind(&key.last_four)
    .bind(new.description)
    .bind(permissions.join(","))
    .bind(i64::from(new.widget_ids.is_none()))
    .bind(new.expires_at)
    .bind(now_micros())
    .fetch_one(&mut *conn)
    .await?;
    for widget_id in new.widget_ids.unwrap_or_default() {
        sqlx::query("INSERT INTO api_key_widgets (api_key_id, widget_id) VALUES ($1, $2)")
            .bind(id)
            .bind(widget_id)
            .execute(&mut *conn)
            .await?;
    }
    Ok(id)
}

/// Lists the keys of an account, newest first, revoked ones included.
pub async fn list(conn: &mut AnyConnection, account_id: i64) -> sqlx::Result<Vec<ApiKey>> {
    let sql = format!("SELECT {COLUMNS} FROM api_keys WHERE account_id = $1 ORDER BY id DESC");
    let rows: Vec<KeyRow> = sqlx::query_as(&sql)
        .bind(account_id)
        .fetch_all(&mut *conn)
        .await?;
    let mut keys = Vec::with_capacity(rows.len());
    for row in rows {
        keys.push(into_key(conn, row).await?);
    }
    Ok(keys)
}

/// Finds the key a request presents, with the stored hash to compare against.
pub async fn find_by_lookup(
    conn: &mut AnyConnection,
    lookup: &str,
) -> sqlx::Result<Option<(ApiKey, String)>> {
    let sql = format!("SELECT {COLUMNS}, secret_hash FROM api_keys WHERE prefix = $1");
    let Some(row) = sqlx::query(&sql)
        .bind(lookup)
        .fetch_optional(&mut *conn)
        .await?
    else {
        return Ok(None);
    };
    use sqlx::Row;
    let hash: String = row.try_get("secret_hash")?;
    let key = into_key(conn, KeyRow::from_row(&row)?).await?;
    Ok(Some((key, hash)))
}

/// Marks a key of the account revoked; returns false if there is no such live key.
pub async fn revoke(conn: &mut AnyConnection, account_id: i64, key_id: i64) -> sqlx::Result<bool> {
    let result = sqlx::query("UPDATE api_keys SET revoked_at = $1 WHERE account_id = $2 AND id = $3 AND revoked_at IS NULL")
        .bind(now_micros())
        .bind(account_id)
        .bind(key_id)
        .execute(conn)
        .await?;
    Ok(result.rows_affected() == 1)
}

/// Records that a key was used now, from `ip`.
pub async fn touch(conn: &mut AnyConnection, key_id: i64, ip: &str) -> sqlx::Result<()> {
    sqlx::query("UPDATE api_keys SET last_used_at = $1, last_used_ip = $2 WHERE id = $3")
        .bind(now_micros())
        .bind(ip)
        .bind(key_id)
        .execute(conn)
        .await?;
    Ok(())
}
