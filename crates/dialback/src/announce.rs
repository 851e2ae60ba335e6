//! `dialback announce`: records a product update for every account.

use clap::Args;
use dialback_server::notifications::sources;
use dialback_server::platform::db::Db;

/// The longest title, in characters.
const MAX_TITLE_CHARS: usize = 150;

#[derive(Args)]
pub struct AnnounceCommand {
    /// The update's title, shown as the notification's heading.
    #[arg(long)]
    title: String,
    /// The update's text; blank lines separate paragraphs.
    #[arg(long)]
    body: String,
    #[arg(long, env = "DATABASE_URL", default_value = "sqlite://dialback.db")]
    database_url: String,
}

pub async fn run(command: AnnounceCommand) -> anyhow::Result<()> {
    let (title, body) = (command.title.trim(), command.body.trim());
    if title.is_empty() || body.is_empty() {
        anyhow::bail!("--title and --body must not be empty");
    }
    if title.chars().count() > MAX_TITLE_CHARS {
        anyhow::bail!(
            "--title must be at most {MAX_TITLE_CHARS} characters: it is an e-mail subject"
        );
    }
    let db = Db::connect_existing(&command.database_url).await?;
    let accounts = sources::announce(&db, title, body).await?;
    println!("Product update recorded for {accounts} accounts; running servers deliver it.");
    Ok(())
}
