//! `dialback coupons`: codes that raise an account's limit when its owner applies them.

use anyhow::bail;
use clap::Subcommand;
use dialback_domain::{CouponCode, LimitName};
use dialback_server::coupons::{self, ExpiryError, NewCoupon};
use dialback_server::platform::db::Db;

#[derive(Subcommand)]
pub enum CouponCommand {
    /// Create a coupon and print its code as stored (in upper case).
    Create {
        /// The code users type: 3 to 40 letters, digits, hyphens or underscores,
        /// compared without regard to case.
        #[arg(long)]
        code: String,
        /// The limit it raises: `max_calls_in_progress`, `max_conversation_duration` or
        /// `scheduled_calls_per_timestamp`.
        #[arg(long)]
        limit: String,
        /// How much it raises the limit (seconds for `max_conversation_duration`).
        #[arg(long)]
        increase: i64,
        /// How many accounts may redeem it in total.
        #[arg(long)]
        max_redemptions: i64,
        /// When it stops being accepted: a date such as 2027-01-31 (valid through the end
        /// of that day in UTC), or an RFC 3339 time with `Z` or an offset, such as
        /// 2027-01-31T12:00:00Z or 2027-01-31T12:00:00+02:00 (the exact instant). A time
        /// without an offset is refused.
        #[arg(long)]
        expires: Option<String>,
        #[arg(long, env = "DATABASE_URL", default_value = "sqlite://dialback.db")]
        database_url: String,
    },
    /// List every coupon with its redemptions, newest first, as tab-separated lines.
    List {
        #[arg(long, env = "DATABASE_URL", default_value = "sqlite://dialback.db")]
        database_url: String,
    },
    /// Stop accepting a code; redemptions already made keep their effect.
    Disable {
        code: String,
        #[arg(long, env = "DATABASE_URL", default_value = "sqlite://dialback.db")]
        database_url: String,
    },
}

pub async fn run(command: CouponCommand) -> anyhow::Result<()> {
    match command {
        CouponCommand::Create {
            code,
            limit,
            increase,
            max_redemptions,
            expires,
            database_url,
        } => {
            let coupon = parse_new(&code, &limit, increase, max_redemptions, expires.as_deref())?;
            let db = Db::connect_existing(&database_url).await?;
            let mut conn = db.pool.acquire().await?;
            let Some(created) = coupons::create(&mut conn, &coupon).await? else {
                bail!(
                    "a coupon with the code {} already exists",
                    coupon.code.as_str()
                );
            };
            println!("{}", created.code);
        }
        CouponCommand::List { database_url } => {
            let db = Db::connect_existing(&database_url).await?;
            let mut conn = db.pool.acquire().await?;
            for coupon in coupons::list(&mut conn).await? {
                let expires = coupon
                    .expires_at
                    .map_or_else(|| "never".to_owned(), coupons::format_instant);
                let state = if coupon.disabled_at.is_some() {
                    "disabled"
                } else {
                    "active"
                };
                crate::output::line(&format!(
                    "{}\t{}\t+{}\t{}/{}\texpires {}\t{}",
                    coupon.code,
                    coupon.limit.id(),
                    coupon.increase,
                    coupon.redemptions,
                    coupon.max_redemptions,
                    expires,
                    state
                ))?;
            }
        }
        CouponCommand::Disable { code, database_url } => {
            let code = CouponCode::parse(&code)
                .map_err(|_| anyhow::anyhow!("invalid code {code:?}: no coupon can have it"))?;
            let db = Db::connect_existing(&database_url).await?;
            let mut conn = db.pool.acquire().await?;
            if !coupons::disable(&mut conn, &code).await? {
                bail!("no coupon has the code {}", code.as_str());
            }
            println!("disabled: {}", code.as_str());
        }
    }
    Ok(())
}

fn parse_new(
    code: &str,
    limit: &str,
    increase: i64,
    max_redemptions: i64,
    expires: Option<&str>,
) -> anyhow::Result<NewCoupon> {
    let code = CouponCode::parse(code).map_err(|_| {
        anyhow::anyhow!(
            "invalid --code {code:?}: use 3 to 40 letters, digits, hyphens or underscores"
        )
    })?;
    let limit = LimitName::parse(limit).map_err(|_| {
        let known: Vec<&str> = LimitName::ALL.iter().map(|l| l.id()).collect();
        anyhow::anyhow!("invalid --limit {limit:?}: use one of {}", known.join(", "))
    })?;
    if !(1..=limit.ceiling()).contains(&increase) {
        bail!(
            "invalid --increase {increase}: use a whole number from 1 to {}",
            limit.ceiling()
        );
    }
    if max_redemptions < 1 {
        bail!("invalid --max-redemptions {max_redemptions}: use 1 or more");
    }
    let expires_at = expires
        .map(|text| {
            coupons::parse_expiry(text).map_err(|error| match error {
                ExpiryError::NoOffset => anyhow::anyhow!(
                    "invalid --expires {text:?}: the time has no UTC offset; add Z for UTC or an offset such as +02:00"
                ),
                ExpiryError::Invalid => anyhow::anyhow!(
                    "invalid --expires {text:?}: use a date such as 2027-01-31 or a time such as 2027-01-31T12:00:00Z"
                ),
            })
        })
        .transpose()?;
    Ok(NewCoupon {
        code,
        limit,
        increase,
        max_redemptions,
        expires_at,
    })
}
