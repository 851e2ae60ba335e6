//! The demo account that `dialback serve --demo` creates, so a first run has a login.

use dialback_domain::{ActivitySource, CompanyName, EmailAddress, Language, PersonName};

use crate::AppState;
use crate::accounts::create::{CreateError, NewAccount, create_account};
use crate::accounts::storage::{set_password_hash, user_by_email};
use crate::auth::passwords;
use crate::platform::clock::now_micros;

/// The demo owner's e-mail address.
pub const DEMO_EMAIL: &str = "demo@dialback.localhost";

/// Creates the demo account if missing, gives its owner a new random password and returns it.
pub async fn ensure_demo_account(state: &AppState) -> anyhow::Result<String> {
    let password = format!("demo-{}", hex::encode(rand::random::<[u8; 6]>()));
    let hash = passwords::hash(&password).await?;
    let email = EmailAddress::parse(DEMO_EMAIL).expect("the demo address is valid");

    let mut tx = state.db.begin().await?;
    match user_by_email(&mut tx, &email).await? {
        Some((user, _)) => set_password_hash(&mut tx, user.id, &hash, now_micros()).await?,
        None => {
            let new = NewAccount {
                company: CompanyName::parse("Demo Sp. z o.o.").expect("a valid company name"),
                owner_name: PersonName::parse("Demo Owner").expect("a valid name"),
                email,
                password_hash: hash,
                language: Language::English,
                limits: state.config.default_limits(),
            };
            match create_account(&mut tx, &new, ActivitySource::Cli, None).await {
                Ok(_) => {}
                Err(CreateError::DuplicateEmail) => {
                    anyhow::bail!("the demo address exists but could not be read")
                }
                Err(CreateError::Database(error)) => return Err(error.into()),
            }
        }
    }
    ensure_demo_plans(&mut tx).await?;
    tx.commit().await?;
    Ok(password)
}

/// Offers two sample plans when the operator has defined none, so the demo's
/// subscription page has something to choose. Every account starts on the trial plan.
async fn ensure_demo_plans(conn: &mut sqlx::AnyConnection) -> anyhow::Result<()> {
    use crate::payments::plans::{self, PlanDefinition};
    use dialback_domain::{BillingPeriod, Currency, Money};

    if !plans::offered(conn).await?.is_empty() {
        return Ok(());
    }
    // Net prices per currency: PLN, USD, GBP, EUR, BRL.
    let samples = [
        (
            "Starter",
            ["49.00", "12.00", "10.00", "11.00", "65.00"],
            (5, 1800, 2),
        ),
        (
            "Business",
            ["149.00", "39.00", "32.00", "35.00", "199.00"],
            (25, 7200, 10),
        ),
    ];
    for (name, monthly, (calls, duration, scheduled)) in samples {
        let mut prices = Vec::new();
        for (currency, amount) in Currency::ALL.into_iter().zip(monthly) {
            let month = Money::parse(amount, currency).map_err(|e| anyhow::anyhow!(e.key))?;
            // A year costs ten months.
            let year = Money::new(month.amount * dialback_domain::Decimal::from(10), currency);
            prices.push((BillingPeriod::Monthly, month));
            prices.push((BillingPeriod::Annual, year));
        }
        let definition = PlanDefinition {
            name: name.to_owned(),
            limits: crate::limits::Limits {
                max_calls_in_progress: calls,
                max_conversation_duration: duration,
                scheduled_calls_per_timestamp: scheduled,
            },
            prices,
        };
        plans::create(conn, &definition).await?;
    }
    Ok(())
}
