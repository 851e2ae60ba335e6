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
    tx.commit().await?;
    Ok(password)
}
