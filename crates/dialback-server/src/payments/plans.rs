//! Plans: what the operator sells, with a net price per currency and billing period, and
//! the limits an account gets while the plan is active.

use std::collections::HashMap;

use dialback_domain::{BillingPeriod, Currency, Money};
use sqlx::AnyConnection;

use crate::limits::Limits;
use crate::platform::clock::now_micros;

/// A plan with its prices.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub id: i64,
    pub name: String,
    pub limits: Limits,
    /// The plan every account starts on, until it pays for another.
    pub is_default: bool,
    /// An archived plan is no longer offered; subscriptions to it run until they expire.
    pub archived: bool,
    prices: HashMap<(Currency, BillingPeriod), Money>,
}

impl Plan {
    /// Returns the net price for one period, if the operator set one in `currency`.
    pub fn price(&self, currency: Currency, period: BillingPeriod) -> Option<Money> {
        self.prices.get(&(currency, period)).copied()
    }
}

/// A plan as the operator defines it.
#[derive(Debug, Clone)]
pub struct PlanDefinition {
    pub name: String,
    pub limits: Limits,
    pub prices: Vec<(BillingPeriod, Money)>,
}

#[derive(sqlx::FromRow)]
struct PlanRow {
    id: i64,
    name: String,
    max_calls_in_progress: i64,
    max_conversation_duration: i64,
    scheduled_calls_per_timestamp: i64,
    is_default: i64,
    archived: i64,
}

const PLAN_COLUMNS: &str = "id, name, max_calls_in_progress, max_conversation_duration, scheduled_calls_per_timestamp, is_default, archived";

async fn with_prices(conn: &mut AnyConnection, rows: Vec<PlanRow>) -> sqlx::Result<Vec<Plan>> {
    let stored: Vec<(i64, String, String, String)> =
        sqlx::query_as("SELECT plan_id, currency, billing_period, amount FROM plan_prices")
            .fetch_all(&mut *conn)
            .await?;
    let mut prices: HashMap<i64, HashMap<(Currency, BillingPeriod), Money>> = HashMap::new();
    for (plan_id, currency, period, amount) in stored {
        let (Ok(currency), Ok(period)) =
            (Currency::parse(&currency), BillingPeriod::parse(&period))
        else {
            continue;
        };
        if let Ok(money) = Money::from_storage(&amount, currency) {
            prices
                .entry(plan_id)
                .or_default()
                .insert((currency, period), money);
        }
    }
    Ok(rows
        .into_iter()
        .map(|row| Plan {
            prices: prices.remove(&row.id).unwrap_or_default(),
            id: row.id,
            name: row.name,
            limits: Limits {
                max_calls_in_progress: row.max_calls_in_progress,
                max_conversation_duration: row.max_conversation_duration,
                scheduled_calls_per_timestamp: row.scheduled_calls_per_timestamp,
            },
            is_default: row.is_default != 0,
            archived: row.archived != 0,
        })
        .collect())
}

/// Lists every plan, archived ones too, by id.
pub async fn all(conn: &mut AnyConnection) -> sqlx::Result<Vec<Plan>> {
    let rows: Vec<PlanRow> =
        sqlx::query_as(&format!("SELECT {PLAN_COLUMNS} FROM plans ORDER BY id"))
            .fetch_all(&mut *conn)
            .await?;
    with_prices(conn, rows).await
}

/// Lists the plans an account can buy: not archived and not the trial plan.
pub async fn offered(conn: &mut AnyConnection) -> sqlx::Result<Vec<Plan>> {
    Ok(all(conn)
        .await?
        .into_iter()
        .filter(|plan| !plan.archived && !plan.is_default)
        .collect())
}

/// Finds a plan by id.
pub async fn find(conn: &mut AnyConnection, id: i64) -> sqlx::Result<Option<Plan>> {
    Ok(all(conn).await?.into_iter().find(|plan| plan.id == id))
}

/// Finds a plan by its exact name.
pub async fn find_by_name(conn: &mut AnyConnection, name: &str) -> sqlx::Result<Option<Plan>> {
    Ok(all(conn).await?.into_iter().find(|plan| plan.name == name))
}

/// Returns the trial plan of accounts that never paid.
pub async fn default_plan(conn: &mut AnyConnection) -> sqlx::Result<Plan> {
    all(conn)
        .await?
        .into_iter()
        .find(|plan| plan.is_default)
        .ok_or(sqlx::Error::RowNotFound)
}

/// Stores a new plan; `None` when the name is taken.
pub async fn create(conn: &mut AnyConnection, plan: &PlanDefinition) -> sqlx::Result<Option<i64>> {
    if find_by_name(conn, &plan.name).await?.is_some() {
        return Ok(None);
    }
    let now = now_micros();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO plans (name, max_calls_in_progress, max_conversation_duration, scheduled_calls_per_timestamp, is_default, archived, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, 0, 0, $5, $5) RETURNING id",
    )
    .bind(&plan.name)
    .bind(plan.limits.max_calls_in_progress)
    .bind(plan.limits.max_conversation_duration)
    .bind(plan.limits.scheduled_calls_per_timestamp)
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    set_prices(conn, id, &plan.prices).await?;
    Ok(Some(id))
}

/// Replaces a plan's name, limits and the given prices. Subscriptions already paid keep
/// what they paid; the new limits reach an account when it next pays for the plan.
pub async fn update(
    conn: &mut AnyConnection,
    id: i64,
    plan: &PlanDefinition,
) -> sqlx::Result<bool> {
    let updated = sqlx::query(
        "UPDATE plans SET name = $1, max_calls_in_progress = $2, max_conversation_duration = $3, \
         scheduled_calls_per_timestamp = $4, updated_at = $5 WHERE id = $6",
    )
    .bind(&plan.name)
    .bind(plan.limits.max_calls_in_progress)
    .bind(plan.limits.max_conversation_duration)
    .bind(plan.limits.scheduled_calls_per_timestamp)
    .bind(now_micros())
    .bind(id)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    if updated == 0 {
        return Ok(false);
    }
    set_prices(conn, id, &plan.prices).await?;
    Ok(true)
}

async fn set_prices(
    conn: &mut AnyConnection,
    plan_id: i64,
    prices: &[(BillingPeriod, Money)],
) -> sqlx::Result<()> {
    for (period, price) in prices {
        sqlx::query(
            "INSERT INTO plan_prices (plan_id, currency, billing_period, amount) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (plan_id, currency, billing_period) DO UPDATE SET amount = excluded.amount",
        )
        .bind(plan_id)
        .bind(price.currency.code())
        .bind(period.id())
        .bind(price.to_storage())
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Stops offering a plan. Returns whether a plan had that id.
pub async fn archive(conn: &mut AnyConnection, id: i64) -> sqlx::Result<bool> {
    let archived = sqlx::query(
        "UPDATE plans SET archived = 1, updated_at = $1 WHERE id = $2 AND is_default = 0",
    )
    .bind(now_micros())
    .bind(id)
    .execute(conn)
    .await?
    .rows_affected();
    Ok(archived == 1)
}
