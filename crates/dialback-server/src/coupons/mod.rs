//! Coupons: codes the operator creates (`dialback coupons`) that raise one limit of
//! the account that redeems them.
//!
//! A redemption adds the coupon's increase to the account's stored limit, which is the
//! limit every check reads (`limits::for_account`), capped at the limit's ceiling. Each
//! account redeems a code once, and `coupons.redemptions` never passes
//! `max_redemptions`: the counter is raised by one conditional UPDATE, which PostgreSQL
//! row-locks and SQLite runs under its write lock, so concurrent redemptions queue on it.
//!
//! Unknown codes reuse the sign-in throttle (`auth::throttle`) with keys of their own,
//! `coupon:account:ID` and `coupon:IP`, so guessing codes is limited per account and per
//! client address without counting against anyone's sign-ins. Only unknown codes count.
//! Rejecting a code that exists (used, expired, disabled, used up), an empty field or a
//! malformed code tells a guesser nothing. Counting those would also lock out an owner
//! who double-clicks a valid code.

use dialback_domain::{ActivityKind, ActivitySource, CouponCode, LimitName};
use sqlx::AnyConnection;

use crate::auth::throttle;
use crate::limits::{self, Limits};
use crate::platform::audit::{self, Activity};
use crate::platform::clock::now_micros;
use crate::platform::db::Db;

/// A coupon as the operator created it, with how often it was redeemed.
#[derive(Debug, Clone)]
pub struct Coupon {
    pub id: i64,
    pub code: String,
    pub limit: LimitName,
    pub increase: i64,
    pub max_redemptions: i64,
    pub redemptions: i64,
    /// Unix microseconds after which the code is refused, if it expires.
    pub expires_at: Option<i64>,
    pub disabled_at: Option<i64>,
    pub created_at: i64,
}

/// A new coupon's terms, already validated.
#[derive(Debug, Clone)]
pub struct NewCoupon {
    pub code: CouponCode,
    pub limit: LimitName,
    pub increase: i64,
    pub max_redemptions: i64,
    pub expires_at: Option<i64>,
}

/// One code an account redeemed, for the coupons page.
#[derive(Debug, Clone)]
pub struct Redemption {
    pub code: String,
    pub limit: LimitName,
    pub increase: i64,
    pub created_at: i64,
}

/// Why a code was not applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RedeemError {
    /// The field was empty.
    Missing,
    /// The input cannot be a code: wrong length or characters.
    Malformed,
    /// No coupon has this code.
    Unknown,
    /// The coupon's expiry has passed.
    Expired,
    /// The operator disabled the coupon.
    Disabled,
    /// Every redemption the coupon allows has been used.
    Exhausted,
    /// This account redeemed the code before.
    AlreadyUsed,
    /// Too many failed attempts; retry after this many minutes.
    Throttled(i64),
}

impl RedeemError {
    /// The Fluent message id that explains the error to the user.
    pub fn message_id(self) -> &'static str {
        match self {
            RedeemError::Missing => "error-coupon-missing",
            RedeemError::Malformed => "error-coupon-code-format",
            RedeemError::Unknown => "error-coupon-unknown",
            RedeemError::Expired => "error-coupon-expired",
            RedeemError::Disabled => "error-coupon-disabled",
            RedeemError::Exhausted => "error-coupon-exhausted",
            RedeemError::AlreadyUsed => "error-coupon-already-used",
            RedeemError::Throttled(_) => "error-coupon-throttled",
        }
    }
}

/// Who redeems a code, and from where.
#[derive(Debug, Clone)]
pub struct Redeemer {
    pub account_id: i64,
    pub user_id: i64,
    pub ip: String,
}

const COLUMNS: &str = "id, code, limit_name, increase, max_redemptions, redemptions, expires_at, disabled_at, created_at";

type CouponRow = (
    i64,
    String,
    String,
    i64,
    i64,
    i64,
    Option<i64>,
    Option<i64>,
    i64,
);

fn from_row(row: CouponRow) -> Coupon {
    let (
        id,
        code,
        limit,
        increase,
        max_redemptions,
        redemptions,
        expires_at,
        disabled_at,
        created_at,
    ) = row;
    Coupon {
        id,
        code,
        // Stored names come from LimitName::id; an unknown one would be a corrupt row.
        limit: LimitName::parse(&limit).unwrap_or(LimitName::MaxCallsInProgress),
        increase,
        max_redemptions,
        redemptions,
        expires_at,
        disabled_at,
        created_at,
    }
}

/// Stores a new coupon; returns `None` when another coupon has the same code.
pub async fn create(conn: &mut AnyConnection, coupon: &NewCoupon) -> sqlx::Result<Option<Coupon>> {
    let sql = format!(
        "INSERT INTO coupons (code, limit_name, increase, max_redemptions, expires_at, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (code) DO NOTHING RETURNING {COLUMNS}"
    );
    let row: Option<CouponRow> = sqlx::query_as(&sql)
        .bind(coupon.code.as_str())
        .bind(coupon.limit.id())
        .bind(coupon.increase)
        .bind(coupon.max_redemptions)
        .bind(coupon.expires_at)
        .bind(now_micros())
        .fetch_optional(conn)
        .await?;
    Ok(row.map(from_row))
}

/// Lists every coupon, newest first.
pub async fn list(conn: &mut AnyConnection) -> sqlx::Result<Vec<Coupon>> {
    let sql = format!("SELECT {COLUMNS} FROM coupons ORDER BY id DESC");
    let rows: Vec<CouponRow> = sqlx::query_as(&sql).fetch_all(conn).await?;
    Ok(rows.into_iter().map(from_row).collect())
}

/// Disables a coupon so that it is no longer accepted; returns false when no coupon
/// has the code. Redemptions already made keep their effect.
pub async fn disable(conn: &mut AnyConnection, code: &CouponCode) -> sqlx::Result<bool> {
    let result =
        sqlx::query("UPDATE coupons SET disabled_at = COALESCE(disabled_at, $1) WHERE code = $2")
            .bind(now_micros())
            .bind(code.as_str())
            .execute(conn)
            .await?;
    Ok(result.rows_affected() > 0)
}

/// Lists the codes an account redeemed, newest first.
pub async fn redemptions_for(
    conn: &mut AnyConnection,
    account_id: i64,
) -> sqlx::Result<Vec<Redemption>> {
    let rows: Vec<(String, String, i64, i64)> = sqlx::query_as(
        "SELECT coupons.code, coupon_redemptions.limit_name, coupon_redemptions.increase, coupon_redemptions.created_at \
         FROM coupon_redemptions JOIN coupons ON coupons.id = coupon_redemptions.coupon_id \
         WHERE coupon_redemptions.account_id = $1 ORDER BY coupon_redemptions.id DESC",
    )
    .bind(account_id)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(code, limit, increase, created_at)| Redemption {
            code,
            limit: LimitName::parse(&limit).unwrap_or(LimitName::MaxCallsInProgress),
            increase,
            created_at,
        })
        .collect())
}

/// Applies the code typed by `redeemer`: checks the throttle, the coupon's state and the
/// account's earlier redemptions, then raises the limit and writes `COUPON_APPLIED`, all
/// in one transaction. An unknown code is recorded for the throttle; no refusal changes
/// anything else.
pub async fn redeem(
    db: &Db,
    redeemer: &Redeemer,
    typed: &str,
    defaults: Limits,
) -> anyhow::Result<Result<Redemption, RedeemError>> {
    let account_key = format!("coupon:account:{}", redeemer.account_id);
    let ip_key = format!("coupon:{}", redeemer.ip);
    let mut tx = db.begin().await?;
    limits::lock_account(&mut tx, redeemer.account_id).await?;

    if let Some(minutes) = throttle::blocked_for(&mut tx, &ip_key, &account_key).await? {
        tracing::warn!(account.id = redeemer.account_id, client.ip = %redeemer.ip, "coupon attempts throttled");
        return Ok(Err(RedeemError::Throttled(minutes.max(1))));
    }

    let outcome = apply(&mut tx, redeemer, typed, defaults).await?;
    if matches!(outcome, Err(RedeemError::Unknown)) {
        // Only the failure is kept: apply() writes nothing before its last check passes.
        throttle::record_failure(&mut tx, &ip_key, &account_key).await?;
    }
    tx.commit().await?;
    Ok(outcome)
}

async fn apply(
    conn: &mut AnyConnection,
    redeemer: &Redeemer,
    typed: &str,
    defaults: Limits,
) -> sqlx::Result<Result<Redemption, RedeemError>> {
    if typed.trim().is_empty() {
        return Ok(Err(RedeemError::Missing));
    }
    let Ok(code) = CouponCode::parse(typed) else {
        return Ok(Err(RedeemError::Malformed));
    };
    let sql = format!("SELECT {COLUMNS} FROM coupons WHERE code = $1");
    let Some(coupon) = sqlx::query_as::<_, CouponRow>(&sql)
        .bind(code.as_str())
        .fetch_optional(&mut *conn)
        .await?
        .map(from_row)
    else {
        return Ok(Err(RedeemError::Unknown));
    };

    let now = now_micros();
    if coupon.disabled_at.is_some() {
        return Ok(Err(RedeemError::Disabled));
    }
    if coupon.expires_at.is_some_and(|at| at <= now) {
        return Ok(Err(RedeemError::Expired));
    }
    let used_before: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM coupon_redemptions WHERE coupon_id = $1 AND account_id = $2",
    )
    .bind(coupon.id)
    .bind(redeemer.account_id)
    .fetch_one(&mut *conn)
    .await?;
    if used_before > 0 {
        return Ok(Err(RedeemError::AlreadyUsed));
    }

    // The one statement that guards the maximum: it waits for concurrent redemptions of
    // the same coupon and re-reads the counter before it adds one.
    let counted = sqlx::query(
        "UPDATE coupons SET redemptions = redemptions + 1 WHERE id = $1 AND redemptions < max_redemptions",
    )
    .bind(coupon.id)
    .execute(&mut *conn)
    .await?;
    if counted.rows_affected() == 0 {
        return Ok(Err(RedeemError::Exhausted));
    }

    // The redemption records what the limit really gained, which is less than the
    // coupon's increase when the limit's ceiling stops it.
    let current = limits::for_account(&mut *conn, redeemer.account_id, defaults).await?;
    let before = current.get(coupon.limit);
    let after = (before + coupon.increase)
        .min(coupon.limit.ceiling())
        .max(before);
    limits::set(
        &mut *conn,
        redeemer.account_id,
        defaults,
        coupon.limit,
        after,
    )
    .await?;

    sqlx::query(
        "INSERT INTO coupon_redemptions (coupon_id, account_id, user_id, limit_name, increase, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(coupon.id)
    .bind(redeemer.account_id)
    .bind(redeemer.user_id)
    .bind(coupon.limit.id())
    .bind(after - before)
    .bind(now)
    .execute(&mut *conn)
    .await?;

    let details = serde_json::json!({
        "code": coupon.code,
        "limit": coupon.limit.id(),
        "increase": after - before,
        "old_value": before,
        "new_value": after,
    });
    let entry = Activity::new(
        redeemer.account_id,
        Some(redeemer.user_id),
        ActivityKind::CouponApplied,
        ActivitySource::Web,
    )
    .ip(&redeemer.ip)
    .details(details);
    audit::record(&mut *conn, entry).await?;

    Ok(Ok(Redemption {
        code: coupon.code,
        limit: coupon.limit,
        increase: after - before,
        created_at: now,
    }))
}

/// Why an expiry typed by the operator was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExpiryError {
    /// A date and time without `Z` or an offset such as `+02:00`: the instant is unknown.
    NoOffset,
    /// Neither a date nor an RFC 3339 time.
    Invalid,
}

/// Parses an expiry typed by the operator into Unix microseconds. A date alone
/// (`2027-01-31`) means the end of that day in UTC; a time must be RFC 3339 with `Z` or
/// an offset (`2027-01-31T12:00:00+02:00`) and is kept to the microsecond. A time without
/// an offset is refused rather than guessed.
pub fn parse_expiry(text: &str) -> Result<i64, ExpiryError> {
    let text = text.trim();
    // jiff's Date parser also accepts a full date and time and drops the time, so a
    // date is only taken when nothing follows it.
    let date_only = text.len() == 10 && !text.contains(['T', 't', ' ']);
    if date_only {
        let date = text
            .parse::<jiff::civil::Date>()
            .map_err(|_| ExpiryError::Invalid)?;
        let end = date
            .tomorrow()
            .and_then(|next| next.to_zoned_datetime(jiff::tz::TimeZone::UTC))
            .map_err(|_| ExpiryError::Invalid)?;
        return Ok(end.timestamp().as_microsecond());
    }
    match text.parse::<jiff::Timestamp>() {
        Ok(at) => Ok(at.as_microsecond()),
        Err(_) if text.parse::<jiff::civil::DateTime>().is_ok() => Err(ExpiryError::NoOffset),
        Err(_) => Err(ExpiryError::Invalid),
    }
}

/// Formats Unix microseconds as an RFC 3339 time in UTC, for the operator's listings.
pub fn format_instant(micros: i64) -> String {
    jiff::Timestamp::from_microsecond(micros)
        .map_or_else(|_| micros.to_string(), |at| at.to_string())
}
