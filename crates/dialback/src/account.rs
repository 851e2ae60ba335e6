//! `dialback account`: account management for operators and scripts.

use std::io::Read;

use anyhow::{Context, bail};
use clap::Subcommand;
use dialback_domain::{
    ActivitySource, CompanyName, EmailAddress, Language, NewPassword, PersonName,
};
use dialback_server::accounts::create::{CreateError, NewAccount, create_account};
use dialback_server::auth::passwords;
use dialback_server::platform::db::Db;

#[derive(Subcommand)]
pub enum AccountCommand {
    /// Create an account with its owner and print the account id.
    Create {
        /// The owner's e-mail address; they sign in with it.
        #[arg(long)]
        email: String,
        /// The owner's full name.
        #[arg(long)]
        name: String,
        /// The company's name.
        #[arg(long)]
        company: String,
        /// Read the owner's password from standard input (its first line).
        #[arg(long, required = true)]
        password_stdin: bool,
        /// Language of the owner's interface, SMS and e-mail (en, pl, de, pt, pt-BR, es, it, fr, cs, ro).
        #[arg(long, default_value = "en")]
        language: String,
        /// Database URL, as for `dialback serve`.
        #[arg(long, env = "DATABASE_URL", default_value = "sqlite://dialback.db")]
        database_url: String,
        #[command(flatten)]
        limits: dialback_server::config::LimitDefaults,
    },
}

pub async fn run(command: AccountCommand) -> anyhow::Result<()> {
    match command {
        AccountCommand::Create {
            email,
            name,
            company,
            password_stdin: _,
            language,
            database_url,
            limits,
        } => {
            let mut input = String::new();
            std::io::stdin()
                .read_to_string(&mut input)
                .context("failed to read the password from standard input")?;
            let password = input.lines().next().unwrap_or_default();

            let email = EmailAddress::parse(&email)
                .map_err(|_| anyhow::anyhow!("invalid --email {email:?}"))?;
            let owner_name = PersonName::parse(&name)
                .map_err(|_| anyhow::anyhow!("invalid --name: give 1 to 100 characters"))?;
            let company = CompanyName::parse(&company)
                .map_err(|_| anyhow::anyhow!("invalid --company: give 1 to 150 characters"))?;
            let language = Language::parse(&language)
                .map_err(|_| anyhow::anyhow!("invalid --language {language:?}: use en, pl, de, pt, pt-BR, es, it, fr, cs or ro"))?;
            let password = NewPassword::parse(password).map_err(|error| {
                anyhow::anyhow!("invalid password on standard input ({}): use 8 or more characters that are not a common password", error.key)
            })?;

            let db = Db::connect(&database_url).await?;
            let new = NewAccount {
                company,
                owner_name,
                email,
                password_hash: passwords::hash(password.expose()).await?,
                language,
                limits: limits.to_limits(),
            };
            let mut tx = db.begin().await?;
            let created = match create_account(&mut tx, &new, ActivitySource::Cli, None).await {
                Ok(created) => created,
                Err(CreateError::DuplicateEmail) => bail!(
                    "a user with the e-mail address {} already exists",
                    new.email
                ),
                Err(CreateError::Database(error)) => return Err(error.into()),
            };
            tx.commit().await?;
            println!("{}", created.account_id);
            Ok(())
        }
    }
}
