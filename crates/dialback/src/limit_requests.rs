//! `dialback limit-requests`: the operator's decisions on requests to change limits.

use anyhow::bail;
use clap::Subcommand;
use dialback_domain::{ActivityKind, ActivitySource};
use dialback_server::config::LimitDefaults;
use dialback_server::limits::{
    self,
    requests::{self, RequestState},
};
use dialback_server::platform::audit::{self, Activity};
use dialback_server::platform::db::Db;

#[derive(Subcommand)]
pub enum LimitRequestCommand {
    /// List requests (pending ones unless --all).
    List {
        /// Include approved and rejected requests.
        #[arg(long)]
        all: bool,
        #[arg(long, env = "DATABASE_URL", default_value = "sqlite://dialback.db")]
        database_url: String,
    },
    /// Approve a pending request: the account's limit takes the requested value.
    Approve {
        id: i64,
        #[arg(long, env = "DATABASE_URL", default_value = "sqlite://dialback.db")]
        database_url: String,
        #[command(flatten)]
        limits: LimitDefaults,
    },
    /// Reject a pending request with a reason the user sees.
    Reject {
        id: i64,
        /// Why the request was rejected, shown to the account's users.
        #[arg(long)]
        reason: String,
        #[arg(long, env = "DATABASE_URL", default_value = "sqlite://dialback.db")]
        database_url: String,
    },
}

pub async fn run(command: LimitRequestCommand) -> anyhow::Result<()> {
    match command {
        LimitRequestCommand::List { all, database_url } => {
            let db = Db::connect_existing(&database_url).await?;
            let mut conn = db.pool.acquire().await?;
            let state = if all {
                None
            } else {
                Some(RequestState::Pending)
            };
            for request in requests::in_state(&mut conn, state).await? {
                crate::output::line(&format!(
                    "{}\taccount {}\t{}\t{} -> {}\t{}\t{}",
                    request.id,
                    request.account_id,
                    request.limit.id(),
                    request.current_value,
                    request.new_value,
                    request.state.id(),
                    request.description.replace('\n', " ")
                ))?;
            }
        }
        LimitRequestCommand::Approve {
            id,
            database_url,
            limits: defaults,
        } => {
            let db = Db::connect_existing(&database_url).await?;
            let mut tx = db.begin().await?;
            let Some(request) = requests::find(&mut tx, id).await? else {
                bail!("no limit request has the id {id}")
            };
            if !requests::decide(&mut tx, id, RequestState::Approved, None).await? {
                bail!("limit request {id} is {}, not pending", request.state.id());
            }
            limits::set(
                &mut tx,
                request.account_id,
                defaults.to_limits(),
                request.limit,
                request.new_value,
            )
            .await?;
            record(&mut tx, &request, ActivityKind::LimitChangeApproved, None).await?;
            tx.commit().await?;
            println!(
                "approved: {} of account {} is now {}",
                request.limit.id(),
                request.account_id,
                request.new_value
            );
        }
        LimitRequestCommand::Reject {
            id,
            reason,
            database_url,
        } => {
            let reason = reason.trim().to_owned();
            if reason.is_empty() || reason.chars().count() > 1000 {
                bail!("invalid --reason: give 1 to 1000 characters that the user will read");
            }
            let db = Db::connect_existing(&database_url).await?;
            let mut tx = db.begin().await?;
            let Some(request) = requests::find(&mut tx, id).await? else {
                bail!("no limit request has the id {id}")
            };
            if !requests::decide(&mut tx, id, RequestState::Rejected, Some(&reason)).await? {
                bail!("limit request {id} is {}, not pending", request.state.id());
            }
            record(
                &mut tx,
                &request,
                ActivityKind::LimitChangeRejected,
                Some(&reason),
            )
            .await?;
            tx.commit().await?;
            println!("rejected: request {id}");
        }
    }
    Ok(())
}

async fn record(
    conn: &mut sqlx::AnyConnection,
    request: &requests::LimitRequest,
    kind: ActivityKind,
    reason: Option<&str>,
) -> sqlx::Result<()> {
    let details = serde_json::json!({ "request_id": request.id, "limit": request.limit.id(), "new_value": request.new_value, "reason": reason });
    audit::record(
        conn,
        Activity::new(request.account_id, None, kind, ActivitySource::Cli).details(details),
    )
    .await
}
