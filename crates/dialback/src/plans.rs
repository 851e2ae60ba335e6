//! `dialback plans`: the plans the operator sells, with their prices and limits.

use anyhow::{Context, bail};
use clap::{Args, Subcommand};
use dialback_domain::{BillingPeriod, Currency, Money};
use dialback_server::limits::Limits;
use dialback_server::payments::plans::{self, Plan, PlanDefinition};
use dialback_server::platform::db::Db;

#[derive(Subcommand)]
pub enum PlanCommand {
    /// Create a plan with a monthly and an annual net price in each of the five currencies.
    Create {
        #[command(flatten)]
        plan: PlanArgs,
        #[arg(long, env = "DATABASE_URL", default_value = "sqlite://dialback.db")]
        database_url: String,
    },
    /// List every plan with its limits and prices.
    List {
        #[arg(long, env = "DATABASE_URL", default_value = "sqlite://dialback.db")]
        database_url: String,
    },
    /// Change a plan's name, limits or some of its prices. Accounts get the new limits
    /// when they next pay for the plan.
    Update {
        id: i64,
        #[command(flatten)]
        plan: PlanArgs,
        #[arg(long, env = "DATABASE_URL", default_value = "sqlite://dialback.db")]
        database_url: String,
    },
    /// Stop offering a plan; subscriptions to it run until they expire.
    Archive {
        id: i64,
        #[arg(long, env = "DATABASE_URL", default_value = "sqlite://dialback.db")]
        database_url: String,
    },
}

#[derive(Args)]
pub struct PlanArgs {
    /// The plan's name as accounts see it.
    #[arg(long)]
    name: Option<String>,
    /// Net monthly price as CURRENCY=AMOUNT, for example `PLN=49.00`; repeat per currency.
    #[arg(long = "monthly", value_name = "CURRENCY=AMOUNT")]
    monthly: Vec<String>,
    /// Net annual price as CURRENCY=AMOUNT, for example `EUR=119.90`; repeat per currency.
    #[arg(long = "annual", value_name = "CURRENCY=AMOUNT")]
    annual: Vec<String>,
    /// Calls ringing or in progress at once.
    #[arg(long)]
    max_calls_in_progress: Option<i64>,
    /// Seconds a conversation may last.
    #[arg(long)]
    max_conversation_duration: Option<i64>,
    /// Calls widgets with busy mode off may book for one moment.
    #[arg(long)]
    scheduled_calls_per_timestamp: Option<i64>,
}

/// Parses `PLN=49.00` into an exact amount.
fn parse_price(flag: &str, text: &str) -> anyhow::Result<Money> {
    let Some((code, amount)) = text.split_once('=') else {
        bail!("invalid --{flag} {text:?}: write CURRENCY=AMOUNT, for example PLN=49.00");
    };
    let currency = Currency::parse(code.trim().to_ascii_uppercase().as_str()).map_err(|_| {
        anyhow::anyhow!("invalid --{flag} {text:?}: the currency must be PLN, USD, GBP, EUR or BRL")
    })?;
    let price = Money::parse(amount, currency).map_err(|_| {
        anyhow::anyhow!("invalid --{flag} {text:?}: the amount must be a non-negative decimal with at most two digits after the dot")
    })?;
    if price.amount > MAX_PRICE.into() {
        bail!("invalid --{flag} {text:?}: a price is at most {MAX_PRICE} per period");
    }
    Ok(price)
}

/// The highest net price of one period, in any currency.
const MAX_PRICE: i64 = 1_000_000;

impl PlanArgs {
    fn prices(&self) -> anyhow::Result<Vec<(BillingPeriod, Money)>> {
        let mut prices = Vec::new();
        for (flag, period, values) in [
            ("monthly", BillingPeriod::Monthly, &self.monthly),
            ("annual", BillingPeriod::Annual, &self.annual),
        ] {
            for text in values {
                let price = parse_price(flag, text)?;
                if prices.iter().any(|(p, m): &(BillingPeriod, Money)| {
                    *p == period && m.currency == price.currency
                }) {
                    bail!("invalid --{flag}: {} is given twice", price.currency.code());
                }
                prices.push((period, price));
            }
        }
        Ok(prices)
    }

    /// Builds the definition, taking missing values from `base`.
    fn definition(&self, base: Option<&Plan>) -> anyhow::Result<PlanDefinition> {
        let name = match (&self.name, base) {
            (Some(name), _) => name.trim().to_owned(),
            (None, Some(plan)) => plan.name.clone(),
            (None, None) => bail!("missing --name"),
        };
        if name.is_empty() || name.chars().count() > 100 {
            bail!("invalid --name: give 1 to 100 characters");
        }
        let limit = |flag: &str, value: Option<i64>, base: Option<i64>, ceiling: i64| match value
            .or(base)
        {
            Some(v) if (1..=ceiling).contains(&v) => Ok(v),
            Some(v) => bail!("invalid --{flag} {v}: give a whole number from 1 to {ceiling}"),
            None => bail!("missing --{flag}"),
        };
        use dialback_domain::LimitName as L;
        let limits = Limits {
            max_calls_in_progress: limit(
                "max-calls-in-progress",
                self.max_calls_in_progress,
                base.map(|p| p.limits.max_calls_in_progress),
                L::MaxCallsInProgress.ceiling(),
            )?,
            max_conversation_duration: limit(
                "max-conversation-duration",
                self.max_conversation_duration,
                base.map(|p| p.limits.max_conversation_duration),
                L::MaxConversationDuration.ceiling(),
            )?,
            scheduled_calls_per_timestamp: limit(
                "scheduled-calls-per-timestamp",
                self.scheduled_calls_per_timestamp,
                base.map(|p| p.limits.scheduled_calls_per_timestamp),
                L::ScheduledCallsPerTimestamp.ceiling(),
            )?,
        };
        Ok(PlanDefinition {
            name,
            limits,
            prices: self.prices()?,
        })
    }
}

pub async fn run(command: PlanCommand) -> anyhow::Result<()> {
    match command {
        PlanCommand::Create { plan, database_url } => {
            let definition = plan.definition(None)?;
            for period in BillingPeriod::ALL {
                for currency in Currency::ALL {
                    if !definition
                        .prices
                        .iter()
                        .any(|(p, m)| *p == period && m.currency == currency)
                    {
                        bail!(
                            "missing --{} {}=AMOUNT: a new plan needs a monthly and an annual price in PLN, USD, GBP, EUR and BRL",
                            period.id(),
                            currency.code()
                        );
                    }
                }
            }
            let db = Db::connect_existing(&database_url).await?;
            let mut tx = db.begin().await?;
            let Some(id) = plans::create(&mut tx, &definition).await? else {
                bail!("a plan named {:?} already exists", definition.name);
            };
            tx.commit().await?;
            tracing::info!(plan.id = id, plan.name = %definition.name, "plan created");
            println!("{id}");
        }
        PlanCommand::List { database_url } => {
            let db = Db::connect_existing(&database_url).await?;
            let mut conn = db.pool.acquire().await?;
            for plan in plans::all(&mut conn).await? {
                let status = if plan.is_default {
                    "trial"
                } else if plan.archived {
                    "archived"
                } else {
                    "offered"
                };
                let mut prices = Vec::new();
                for period in BillingPeriod::ALL {
                    for currency in Currency::ALL {
                        if let Some(price) = plan.price(currency, period) {
                            prices.push(format!(
                                "{}:{}={}",
                                period.id(),
                                currency.code(),
                                price.to_storage()
                            ));
                        }
                    }
                }
                crate::output::line(&format!(
                    "{}\t{}\t{}\tcalls {}\tduration {}\tscheduled {}\t{}",
                    plan.id,
                    plan.name,
                    status,
                    plan.limits.max_calls_in_progress,
                    plan.limits.max_conversation_duration,
                    plan.limits.scheduled_calls_per_timestamp,
                    prices.join(" ")
                ))?;
            }
        }
        PlanCommand::Update {
            id,
            plan,
            database_url,
        } => {
            let db = Db::connect_existing(&database_url).await?;
            let mut tx = db.begin().await?;
            let Some(current) = plans::find(&mut tx, id).await? else {
                bail!("no plan with id {id}");
            };
            let definition = plan.definition(Some(&current))?;
            if current.is_default && !definition.prices.is_empty() {
                bail!(
                    "plan {id} is the trial plan, which is not sold: it takes no --monthly or --annual price"
                );
            }
            let unchanged = definition.name == current.name
                && definition.limits == current.limits
                && definition
                    .prices
                    .iter()
                    .all(|(period, price)| current.price(price.currency, *period) == Some(*price));
            if unchanged {
                println!("nothing changed: plan {id}");
                return Ok(());
            }
            if let Some(other) = plans::find_by_name(&mut tx, &definition.name).await?
                && other.id != id
            {
                bail!("a plan named {:?} already exists", definition.name);
            }
            plans::update(&mut tx, id, &definition)
                .await
                .context("failed to update the plan")?;
            tx.commit().await?;
            tracing::info!(plan.id = id, "plan updated");
            println!("updated: plan {id}");
        }
        PlanCommand::Archive { id, database_url } => {
            let db = Db::connect_existing(&database_url).await?;
            let mut tx = db.begin().await?;
            match plans::find(&mut tx, id).await? {
                None => bail!("no plan with id {id}"),
                Some(plan) if plan.is_default => {
                    bail!("plan {id} is the trial plan, which cannot be archived")
                }
                Some(plan) if plan.archived => {
                    println!("nothing changed: plan {id} is archived already");
                    return Ok(());
                }
                Some(_) => {}
            }
            plans::archive(&mut tx, id).await?;
            tx.commit().await?;
            tracing::info!(plan.id = id, "plan archived");
            println!("archived: plan {id}");
        }
    }
    Ok(())
}
