//! `dialback api-key`: API keys for operators and scripts.

use anyhow::{Context, bail};
use clap::Subcommand;
use dialback_domain::{ActivityKind, ActivitySource, EmailAddress, Permission};
use dialback_server::accounts::storage::user_by_email;
use dialback_server::api_keys;
use dialback_server::api_keys::storage::{self as keys, NewKey};
use dialback_server::platform::audit::{self, Activity};
use dialback_server::platform::db::Db;
use dialback_server::widgets::storage as widgets;

#[derive(Subcommand)]
pub enum ApiKeyCommand {
    /// Create a key for the account of a user and print it (it is shown only once).
    Create {
        /// E-mail address of a user of the account, normally its owner.
        #[arg(long)]
        email: String,
        /// Comma-separated permissions, for example `widgets,calls.view`.
        #[arg(long)]
        permissions: String,
        /// `all`, or comma-separated widget ids of the account.
        #[arg(long, default_value = "all")]
        widgets: String,
        /// What the key is for.
        #[arg(long, default_value = "")]
        description: String,
        /// Database URL, as for `dialback serve`.
        #[arg(long, env = "DATABASE_URL", default_value = "sqlite://dialback.db")]
        database_url: String,
    },
}

pub async fn run(command: ApiKeyCommand) -> anyhow::Result<()> {
    let ApiKeyCommand::Create {
        email,
        permissions,
        widgets: widget_list,
        description,
        database_url,
    } = command;
    let email =
        EmailAddress::parse(&email).map_err(|_| anyhow::anyhow!("invalid --email {email:?}"))?;
    let permissions = Permission::parse_list(&permissions).map_err(|_| {
        let known: Vec<&str> = Permission::ALL.iter().map(|p| p.id()).collect();
        anyhow::anyhow!(
            "invalid --permissions {permissions:?}: use a comma-separated list of {}",
            known.join(", ")
        )
    })?;
    if permissions.is_empty() {
        bail!("--permissions is empty: give at least one permission");
    }

    let db = Db::connect_existing(&database_url).await?;
    let mut tx = db.begin().await?;
    let Some((user, _)) = user_by_email(&mut tx, &email).await? else {
        bail!("no user has the e-mail address {email}");
    };
    let widget_ids = if widget_list == "all" {
        None
    } else {
        let ids: Vec<i64> = widget_list
            .split(',')
            .map(|id| {
                id.trim()
                    .parse::<i64>()
                    .with_context(|| format!("invalid widget id {id:?} in --widgets"))
            })
            .collect::<anyhow::Result<_>>()?;
        for id in &ids {
            if widgets::find(&mut tx, user.account_id, *id)
                .await?
                .is_none()
            {
                bail!("widget {id} does not belong to the account of {email}");
            }
        }
        Some(ids)
    };

    let generated = api_keys::generate();
    let new = NewKey {
        account_id: user.account_id,
        created_by: Some(user.id),
        description: &description,
        permissions: &permissions,
        widget_ids: widget_ids.as_deref(),
        expires_at: None,
    };
    let key_id = keys::insert(&mut tx, &new, &generated).await?;
    let entry = Activity::new(user.account_id, Some(user.id), ActivityKind::ApiKeyCreated, ActivitySource::Cli)
        .details(serde_json::json!({ "api_key_id": key_id, "key": format!("{}…{}", generated.lookup, generated.last_four) }));
    audit::record(&mut tx, entry).await?;
    tx.commit().await?;
    println!("{}", generated.secret);
    Ok(())
}
