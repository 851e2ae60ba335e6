//! An account's subscription, the price of a change of plan, and applying a paid plan.
//!
//! An account that never paid is on the trial plan (the plan marked default). The trial
//! expires `--trial-days` after the account was created, and no row stores it. An
//! account keeps its plan's limits after expiry; `payments::expiry` refuses its new call
//! requests once the grace period has passed.
//!
//! A paid subscription stores the net value paid for the time from `period_start` to
//! `expires_at`. What is left of that value is never lost, and never counted twice:
//!
//! - The unused value at an instant is `paid value × time left ÷ (expires_at −
//!   period_start)`, rounded half to even to the minor unit. It is zero on the trial,
//!   after expiry, and when the period was paid in another currency (the account
//!   currency cannot change while a paid period runs, see `settings::account`).
//! - A change to another plan (up or down) deducts the unused value from the new price.
//!   When the unused value exceeds the price, the surplus becomes extra time on the new
//!   plan at the new plan's rate: the quote page shows it and the new expiry.
//! - A payment for the same plan extends from the current expiry, so no paid day is lost.
//! - All of this is computed again when the payment is confirmed, not trusted from the
//!   quote: the new period is worth the unused value at confirmation plus the net amount
//!   actually paid, converted into time at the new plan's price. A payment quoted with a
//!   credit that has since been spent or has shrunk (days used on the old plan, another
//!   payment confirmed in between) gets proportionally less time, and the customer's
//!   money always turns into time.

use dialback_domain::{BillingPeriod, Currency, Invalid, LimitName, Money};
use jiff::{ToSpan, tz::TimeZone};
use rust_decimal::Decimal;
use sqlx::AnyConnection;

use super::plans::{self, Plan};
use crate::limits::{self, Limits};
use crate::platform::clock::from_micros;

/// Microseconds in a day.
pub(crate) const DAY_MICROS: i64 = 86_400_000_000;

/// The plan an account is on now.
#[derive(Debug, Clone)]
pub struct Subscription {
    pub plan: Plan,
    /// `None` on the trial plan.
    pub billing_period: Option<BillingPeriod>,
    /// The net value of the time from `period_start` to `expires_at`: what was paid plus
    /// the unused value carried over; zero on the trial.
    pub paid_net: Money,
    pub period_start: i64,
    pub expires_at: i64,
}

impl Subscription {
    pub fn is_trial(&self) -> bool {
        self.billing_period.is_none()
    }
}

/// Reads the account's subscription, or its trial when it never paid.
pub async fn current(
    conn: &mut AnyConnection,
    account_id: i64,
    trial_days: i64,
) -> sqlx::Result<Subscription> {
    let row: Option<(i64, String, String, String, i64, i64)> = sqlx::query_as(
        "SELECT plan_id, billing_period, currency, paid_net, period_start, expires_at FROM subscriptions WHERE account_id = $1",
    )
    .bind(account_id)
    .fetch_optional(&mut *conn)
    .await?;
    if let Some((plan_id, period, currency, paid_net, period_start, expires_at)) = row
        && let Some(plan) = plans::find(conn, plan_id).await?
    {
        let currency = Currency::parse(&currency).unwrap_or_default();
        return Ok(Subscription {
            plan,
            billing_period: BillingPeriod::parse(&period).ok(),
            paid_net: Money::from_storage(&paid_net, currency).unwrap_or(Money::zero(currency)),
            period_start,
            expires_at,
        });
    }
    let created_at: i64 = sqlx::query_scalar("SELECT created_at FROM accounts WHERE id = $1")
        .bind(account_id)
        .fetch_one(&mut *conn)
        .await?;
    Ok(Subscription {
        plan: plans::default_plan(conn).await?,
        billing_period: None,
        paid_net: Money::zero(Currency::default()),
        period_start: created_at,
        expires_at: created_at.saturating_add(trial_days.saturating_mul(DAY_MICROS)),
    })
}

/// A limit that the chosen plan sets below the account's current value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Excess {
    pub limit: LimitName,
    pub current: i64,
    pub new: i64,
}

/// The price of a change of plan, computed before paying.
#[derive(Debug, Clone)]
pub struct Quote {
    pub plan: Plan,
    pub period: BillingPeriod,
    /// The plan's net price for the period.
    pub price: Money,
    /// The unused value of the current period, deducted on a change of plan, at most
    /// the price.
    pub credit: Money,
    /// The unused value beyond the price, carried as extra time on the new plan.
    pub surplus: Money,
    /// When the new period would end if the payment were confirmed now.
    pub expires_at: i64,
    pub net: Money,
    /// VAT in percent.
    pub vat_rate: Decimal,
    pub vat: Money,
    pub gross: Money,
    /// Limits the new plan lowers; empty unless the change is a downgrade.
    pub excess: Vec<Excess>,
}

/// Prices a change to `plan` for `period` in `currency` at `now` (microseconds).
/// `granted` is what the plan would give this account (see [`with_coupons`]).
#[allow(clippy::too_many_arguments)]
pub fn quote(
    current: &Subscription,
    current_limits: Limits,
    granted: Limits,
    plan: &Plan,
    period: BillingPeriod,
    currency: Currency,
    vat_rate: Decimal,
    now: i64,
) -> Result<Quote, Invalid> {
    let price = plan
        .price(currency, period)
        .ok_or(Invalid::new("error-plan-no-price"))?;
    let unused = if current.plan.id == plan.id {
        // A renewal keeps the unused time by extending from the current expiry.
        Money::zero(currency)
    } else {
        unused_value(current, currency, now)
    };
    let credit = unused.min_amount(price);
    let surplus = unused
        .checked_sub(credit)
        .ok_or(Invalid::new("error-money-invalid"))?;
    let net = price
        .checked_sub(credit)
        .ok_or(Invalid::new("error-money-invalid"))?;
    // VAT rounds half up, as the invoice renderer and VAT law do; the credit rounds half
    // to even.
    let vat = Money::new(net.amount * vat_rate / Decimal::from(100), currency).rounded_half_up();
    let gross = net
        .checked_add(vat)
        .ok_or(Invalid::new("error-money-invalid"))?;
    let excess = LimitName::ALL
        .into_iter()
        .filter_map(|limit| {
            let (current, new) = (current_limits.get(limit), granted.get(limit));
            (new < current).then_some(Excess {
                limit,
                current,
                new,
            })
        })
        .collect();
    Ok(Quote {
        plan: plan.clone(),
        period,
        price,
        credit,
        surplus,
        expires_at: term(current, plan, period, price, net, now),
        net,
        vat_rate,
        vat,
        gross,
        excess,
    })
}

/// Returns the unused value of the current period at `now` in `currency` (see the module
/// documentation).
pub fn unused_value(current: &Subscription, currency: Currency, now: i64) -> Money {
    let zero = Money::zero(currency);
    let length = current.expires_at - current.period_start;
    if current.is_trial()
        || current.paid_net.currency != currency
        || now >= current.expires_at
        || length <= 0
    {
        return zero;
    }
    let left = Decimal::from(current.expires_at - now.max(current.period_start));
    Money::new(
        current.paid_net.amount * left / Decimal::from(length),
        currency,
    )
    .rounded()
}

/// Returns when a period of `plan` bought at `now` for `paid_net` ends: a renewal of the
/// current plan at full price extends from the current expiry; anything else turns the
/// unused value plus `paid_net` into time at `price` (see the module documentation).
pub fn term(
    current: &Subscription,
    plan: &Plan,
    period: BillingPeriod,
    price: Money,
    paid_net: Money,
    now: i64,
) -> i64 {
    let running = !current.is_trial() && current.expires_at > now;
    if running && current.plan.id == plan.id && paid_net.amount >= price.amount {
        return period_end(current.expires_at, period);
    }
    let full = period_end(now, period);
    if price.amount <= Decimal::ZERO {
        // TODO: a free plan cannot turn unused value into time; it gets one period.
        return full;
    }
    let value = unused_value(current, price.currency, now).amount + paid_net.amount;
    let micros = Decimal::from(full - now) * value / price.amount;
    let micros = i64::try_from(micros.round()).unwrap_or(i64::MAX / 2);
    now.saturating_add(micros)
}

trait AtMost {
    fn min_amount(self, other: Money) -> Money;
}

impl AtMost for Money {
    fn min_amount(self, other: Money) -> Money {
        if self.amount > other.amount {
            other
        } else {
            self
        }
    }
}

/// Returns the end of a billing period that starts at `start`, counted in calendar months in UTC.
pub fn period_end(start: i64, period: BillingPeriod) -> i64 {
    let zoned = from_micros(start).to_zoned_datetime(TimeZone::UTC);
    zoned
        .checked_add(i64::from(period.months()).months())
        .map_or(start, |end| end.timestamp().as_microsecond())
}

/// Adds the increases of the account's redeemed coupons to a plan's limits, so that a
/// change of plan keeps what coupons gave.
pub async fn with_coupons(
    conn: &mut AnyConnection,
    account_id: i64,
    plan_limits: Limits,
) -> sqlx::Result<Limits> {
    let increases: Vec<(String, i64)> = sqlx::query_as(
        "SELECT limit_name, CAST(SUM(increase) AS BIGINT) FROM coupon_redemptions WHERE account_id = $1 GROUP BY limit_name",
    )
    .bind(account_id)
    .fetch_all(&mut *conn)
    .await?;
    let mut limits = plan_limits;
    for (name, increase) in increases {
        let Ok(limit) = LimitName::parse(&name) else {
            continue;
        };
        let value = limits
            .get(limit)
            .saturating_add(increase)
            .min(limit.ceiling());
        match limit {
            LimitName::MaxCallsInProgress => limits.max_calls_in_progress = value,
            LimitName::MaxConversationDuration => limits.max_conversation_duration = value,
            LimitName::ScheduledCallsPerTimestamp => limits.scheduled_calls_per_timestamp = value,
        }
    }
    Ok(limits)
}

/// Puts the account on `plan` for `period` after a confirmed payment of `paid_net` and
/// gives it the plan's limits, plus what its coupons added. The new expiry comes from
/// [`term`] at `now`, never from the quote. Returns the subscription before and the new
/// expiry. Call it inside the confirming
/// transaction.
#[allow(clippy::too_many_arguments)]
pub async fn apply(
    conn: &mut AnyConnection,
    account_id: i64,
    trial_days: i64,
    plan: &Plan,
    period: BillingPeriod,
    price: Money,
    paid_net: Money,
    now: i64,
) -> sqlx::Result<(Subscription, i64)> {
    let before = current(conn, account_id, trial_days).await?;
    let expires_at = term(&before, plan, period, price, paid_net, now);
    let value = Money::new(
        unused_value(&before, paid_net.currency, now).amount + paid_net.amount,
        paid_net.currency,
    );
    sqlx::query(
        "INSERT INTO subscriptions (account_id, plan_id, billing_period, currency, paid_net, period_start, expires_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
         ON CONFLICT (account_id) DO UPDATE SET plan_id = excluded.plan_id, billing_period = excluded.billing_period, \
         currency = excluded.currency, paid_net = excluded.paid_net, period_start = excluded.period_start, \
         expires_at = excluded.expires_at, updated_at = excluded.updated_at",
    )
    .bind(account_id)
    .bind(plan.id)
    .bind(period.id())
    .bind(value.currency.code())
    .bind(value.to_storage())
    .bind(now)
    .bind(expires_at)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    let granted = with_coupons(conn, account_id, plan.limits).await?;
    for limit in LimitName::ALL {
        limits::set(conn, account_id, granted, limit, granted.get(limit)).await?;
    }
    Ok((before, expires_at))
}
