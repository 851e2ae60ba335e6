//! SQL of widgets, managers, departments, trusted domains and days off. Every query
//! is scoped by account id; a widget of another account reads as missing.

use dialback_domain::{BusinessTime, Language};
use sqlx::{AnyConnection, FromRow};

use crate::platform::clock::now_micros;

/// A widget with its plain settings.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Widget {
    pub id: i64,
    #[serde(skip)]
    pub account_id: i64,
    pub url: String,
    pub description: String,
    pub locale_code: String,
    /// ISO 3166 country in which visitors' numbers without a country code are read.
    pub country: String,
    pub timezone: String,
    pub enabled: bool,
    /// On: a request when every manager is busy is refused (or scheduled by
    /// call-or-schedule). Off: visitors may book a time slot.
    pub busy_mode: bool,
    pub settings: serde_json::Value,
    pub created_at: i64,
    pub updated_at: i64,
}

impl Widget {
    pub fn language(&self) -> Language {
        Language::parse(&self.locale_code).unwrap_or_default()
    }
}

#[derive(FromRow)]
struct WidgetRow {
    id: i64,
    account_id: i64,
    url: String,
    description: String,
    locale_code: String,
    country: String,
    timezone: String,
    enabled: i64,
    busy_mode: i64,
    settings: String,
    created_at: i64,
    updated_at: i64,
}

impl From<WidgetRow> for Widget {
    fn from(row: WidgetRow) -> Self {
        Self {
            id: row.id,
            account_id: row.account_id,
            url: row.url,
            description: row.description,
            locale_code: row.locale_code,
            country: row.country,
            timezone: row.timezone,
            enabled: row.enabled == 1,
            busy_mode: row.busy_mode == 1,
            settings: serde_json::from_str(&row.settings).unwrap_or_default(),
            created_at: row.created_at,
            updated_at: row.updated_at,
        }
    }
}

const WIDGET_COLUMNS: &str = "id, account_id, url, description, locale_code, country, timezone, enabled, busy_mode, settings, created_at, updated_at";

/// The editable fields of a widget.
#[derive(Debug, Clone)]
pub struct WidgetFields {
    pub url: String,
    pub description: String,
    pub language: Language,
    pub timezone: String,
    pub enabled: bool,
    pub busy_mode: bool,
    pub settings: serde_json::Value,
}

/// Inserts a widget and returns its id.
pub async fn insert(
    conn: &mut AnyConnection,
    account_id: i64,
    fields: &WidgetFields,
) -> sqlx::Result<i64> {
    let now = now_micros();
    sqlx::query_scalar(
        "INSERT INTO widgets (account_id, url, description, locale_code, country, timezone, enabled, busy_mode, settings, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id",
    )
    .bind(account_id)
    .bind(&fields.url)
    .bind(&fields.description)
    .bind(fields.language.tag())
    .bind(fields.language.home_region())
    .bind(&fields.timezone)
    .bind(i64::from(fields.enabled))
    .bind(i64::from(fields.busy_mode))
    .bind(fields.settings.to_string())
    .bind(now)
    .fetch_one(conn)
    .await
}

/// Replaces the editable fields of a widget of the account.
pub async fn update(
    conn: &mut AnyConnection,
    account_id: i64,
    widget_id: i64,
    fields: &WidgetFields,
) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE widgets SET url = $1, description = $2, locale_code = $3, country = $4, timezone = $5, enabled = $6, busy_mode = $7, \
         settings = $8, updated_at = $9 WHERE account_id = $10 AND id = $11",
    )
    .bind(&fields.url)
    .bind(&fields.description)
    .bind(fields.language.tag())
    .bind(fields.language.home_region())
    .bind(&fields.timezone)
    .bind(i64::from(fields.enabled))
    .bind(i64::from(fields.busy_mode))
    .bind(fields.settings.to_string())
    .bind(now_micros())
    .bind(account_id)
    .bind(widget_id)
    .execute(conn)
    .await?;
    Ok(())
}

/// Deletes a widget of the account with everything attached to it.
pub async fn delete(
    conn: &mut AnyConnection,
    account_id: i64,
    widget_id: i64,
) -> sqlx::Result<bool> {
    let result = sqlx::query("DELETE FROM widgets WHERE account_id = $1 AND id = $2")
        .bind(account_id)
        .bind(widget_id)
        .execute(conn)
        .await?;
    Ok(result.rows_affected() == 1)
}

/// Loads a widget of the account.
pub async fn find(
    conn: &mut AnyConnection,
    account_id: i64,
    widget_id: i64,
) -> sqlx::Result<Option<Widget>> {
    let sql = format!("SELECT {WIDGET_COLUMNS} FROM widgets WHERE account_id = $1 AND id = $2");
    let row: Option<WidgetRow> = sqlx::query_as(&sql)
        .bind(account_id)
        .bind(widget_id)
        .fetch_optional(conn)
        .await?;
    Ok(row.map(Widget::from))
}

/// Loads a widget by id alone, for the public endpoints that visitors call.
pub async fn find_public(conn: &mut AnyConnection, widget_id: i64) -> sqlx::Result<Option<Widget>> {
    let sql = format!("SELECT {WIDGET_COLUMNS} FROM widgets WHERE id = $1");
    let row: Option<WidgetRow> = sqlx::query_as(&sql)
        .bind(widget_id)
        .fetch_optional(conn)
        .await?;
    Ok(row.map(Widget::from))
}

/// Lists widgets of the account, optionally only those in `only`, by id.
pub async fn list(
    conn: &mut AnyConnection,
    account_id: i64,
    only: Option<&[i64]>,
    limit: i64,
    offset: i64,
) -> sqlx::Result<(Vec<Widget>, i64)> {
    let sql = format!("SELECT {WIDGET_COLUMNS} FROM widgets WHERE account_id = $1 ORDER BY id");
    let rows: Vec<WidgetRow> = sqlx::query_as(&sql)
        .bind(account_id)
        .fetch_all(conn)
        .await?;
    let visible: Vec<Widget> = rows
        .into_iter()
        .map(Widget::from)
        .filter(|w| only.is_none_or(|ids| ids.contains(&w.id)))
        .collect();
    let count = visible.len() as i64;
    let page = visible
        .into_iter()
        .skip(offset.max(0) as usize)
        .take(limit.max(0) as usize)
        .collect();
    Ok((page, count))
}

/// A user assigned to take a widget's calls.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Manager {
    pub id: i64,
    pub widget_id: i64,
    pub user_id: i64,
    pub department_id: Option<i64>,
    pub enabled: bool,
    pub business_times: Vec<BusinessTime>,
}

#[derive(FromRow)]
struct ManagerRow {
    id: i64,
    widget_id: i64,
    user_id: i64,
    department_id: Option<i64>,
    enabled: i64,
    business_times: String,
}

impl From<ManagerRow> for Manager {
    fn from(row: ManagerRow) -> Self {
        Self {
            id: row.id,
            widget_id: row.widget_id,
            user_id: row.user_id,
            department_id: row.department_id,
            enabled: row.enabled == 1,
            business_times: serde_json::from_str(&row.business_times).unwrap_or_default(),
        }
    }
}

/// Lists the managers of the account's widgets, optionally of one widget.
pub async fn managers(
    conn: &mut AnyConnection,
    account_id: i64,
    widget_id: Option<i64>,
) -> sqlx::Result<Vec<Manager>> {
    let rows: Vec<ManagerRow> = sqlx::query_as(
        "SELECT managers.id, managers.widget_id, managers.user_id, managers.department_id, managers.enabled, managers.business_times \
         FROM managers JOIN widgets ON widgets.id = managers.widget_id \
         WHERE widgets.account_id = $1 AND (CAST($2 AS BIGINT) IS NULL OR managers.widget_id = $2) ORDER BY managers.id",
    )
    .bind(account_id)
    .bind(widget_id)
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(Manager::from).collect())
}

/// Assigns a user to a widget, or updates the assignment if it exists; returns the manager id.
pub async fn upsert_manager(
    conn: &mut AnyConnection,
    widget_id: i64,
    user_id: i64,
    enabled: bool,
    business_times: &[BusinessTime],
    department_id: Option<i64>,
) -> sqlx::Result<i64> {
    let times = serde_json::to_string(business_times).unwrap_or_else(|_| "[]".to_owned());
    sqlx::query_scalar(
        "INSERT INTO managers (widget_id, user_id, department_id, enabled, business_times, created_at) VALUES ($1, $2, $3, $4, $5, $6) \
         ON CONFLICT (widget_id, user_id) DO UPDATE SET enabled = excluded.enabled, business_times = excluded.business_times, \
         department_id = excluded.department_id RETURNING id",
    )
    .bind(widget_id)
    .bind(user_id)
    .bind(department_id)
    .bind(i64::from(enabled))
    .bind(times)
    .bind(now_micros())
    .fetch_one(conn)
    .await
}

/// Removes a manager of the account's widgets.
pub async fn delete_manager(
    conn: &mut AnyConnection,
    account_id: i64,
    manager_id: i64,
) -> sqlx::Result<bool> {
    let result = sqlx::query("DELETE FROM managers WHERE id = $1 AND widget_id IN (SELECT id FROM widgets WHERE account_id = $2)")
        .bind(manager_id)
        .bind(account_id)
        .execute(conn)
        .await?;
    Ok(result.rows_affected() == 1)
}

/// Lists a widget's trusted domains.
pub async fn domains(conn: &mut AnyConnection, widget_id: i64) -> sqlx::Result<Vec<(i64, String)>> {
    sqlx::query_as("SELECT id, domain FROM widget_domains WHERE widget_id = $1 ORDER BY domain")
        .bind(widget_id)
        .fetch_all(conn)
        .await
}

/// Adds a trusted domain; adding one that exists changes nothing.
pub async fn add_domain(
    conn: &mut AnyConnection,
    widget_id: i64,
    domain: &str,
) -> sqlx::Result<()> {
    sqlx::query("INSERT INTO widget_domains (widget_id, domain) VALUES ($1, $2) ON CONFLICT (widget_id, domain) DO NOTHING")
        .bind(widget_id)
        .bind(domain)
        .execute(conn)
        .await?;
    Ok(())
}

/// Removes a trusted domain of a widget.
pub async fn delete_domain(
    conn: &mut AnyConnection,
    widget_id: i64,
    domain_id: i64,
) -> sqlx::Result<bool> {
    let result = sqlx::query("DELETE FROM widget_domains WHERE widget_id = $1 AND id = $2")
        .bind(widget_id)
        .bind(domain_id)
        .execute(conn)
        .await?;
    Ok(result.rows_affected() == 1)
}

/// Lists a widget's departments.
pub async fn departments(
    conn: &mut AnyConnection,
    widget_id: i64,
) -> sqlx::Result<Vec<(i64, String)>> {
    sqlx::query_as("SELECT id, name FROM departments WHERE widget_id = $1 ORDER BY name, id")
        .bind(widget_id)
        .fetch_all(conn)
        .await
}

/// Adds a department to a widget and returns its id.
pub async fn add_department(
    conn: &mut AnyConnection,
    widget_id: i64,
    name: &str,
) -> sqlx::Result<i64> {
    sqlx::query_scalar("INSERT INTO departments (widget_id, name) VALUES ($1, $2) RETURNING id")
        .bind(widget_id)
        .bind(name)
        .fetch_one(conn)
        .await
}

/// Removes a department of a widget; its managers stay, without a department.
pub async fn delete_department(
    conn: &mut AnyConnection,
    widget_id: i64,
    department_id: i64,
) -> sqlx::Result<bool> {
    let result = sqlx::query("DELETE FROM departments WHERE widget_id = $1 AND id = $2")
        .bind(widget_id)
        .bind(department_id)
        .execute(conn)
        .await?;
    Ok(result.rows_affected() == 1)
}

/// Lists a widget's days off as `YYYY-MM-DD`, in date order.
pub async fn days_off(conn: &mut AnyConnection, widget_id: i64) -> sqlx::Result<Vec<String>> {
    sqlx::query_scalar("SELECT day FROM widget_days_off WHERE widget_id = $1 ORDER BY day")
        .bind(widget_id)
        .fetch_all(conn)
        .await
}

/// Replaces a widget's days off.
pub async fn set_days_off(
    conn: &mut AnyConnection,
    widget_id: i64,
    days: &[String],
) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM widget_days_off WHERE widget_id = $1")
        .bind(widget_id)
        .execute(&mut *conn)
        .await?;
    for day in days {
        sqlx::query("INSERT INTO widget_days_off (widget_id, day) VALUES ($1, $2)")
            .bind(widget_id)
            .bind(day)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Copies a widget with its domains, departments, managers, days off and texts; returns the new id.
pub async fn duplicate(
    conn: &mut AnyConnection,
    account_id: i64,
    source: &Widget,
) -> sqlx::Result<i64> {
    let fields = WidgetFields {
        url: source.url.clone(),
        description: source.description.clone(),
        language: source.language(),
        timezone: source.timezone.clone(),
        enabled: source.enabled,
        busy_mode: source.busy_mode,
        settings: source.settings.clone(),
    };
    let copy = insert(conn, account_id, &fields).await?;
    for (_, domain) in domains(conn, source.id).await? {
        add_domain(conn, copy, &domain).await?;
    }
    let mut department_map = Vec::new();
    for (old_id, name) in departments(conn, source.id).await? {
        department_map.push((old_id, add_department(conn, copy, &name).await?));
    }
    for manager in managers(conn, account_id, Some(source.id)).await? {
        let department = manager.department_id.and_then(|old| {
            department_map
                .iter()
                .find(|(o, _)| *o == old)
                .map(|(_, new)| *new)
        });
        upsert_manager(
            conn,
            copy,
            manager.user_id,
            manager.enabled,
            &manager.business_times,
            department,
        )
        .await?;
    }
    let source_days_off = days_off(conn, source.id).await?;
    set_days_off(conn, copy, &source_days_off).await?;
    sqlx::query(
        "INSERT INTO widget_messages (widget_id, channel, message_id, text, enabled) \
         SELECT $1, channel, message_id, text, enabled FROM widget_messages WHERE widget_id = $2",
    )
    .bind(copy)
    .bind(source.id)
    .execute(conn)
    .await?;
    Ok(copy)
}
