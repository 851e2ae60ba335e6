//! The `dialback` command: `serve` runs the dashboard; the other subcommands are the
//! operator's tools. Everything else lives in the library crates.

mod account;
mod announce;
mod api_key;
mod coupons;
mod limit_requests;
mod output;
mod payments;
mod plans;
mod simulator;

use std::io::IsTerminal;

use clap::{Parser, Subcommand};
use dialback_server::{AppState, Config};
use tokio::net::TcpListener;
use tracing_subscriber::EnvFilter;

#[derive(Parser)]
#[command(
    name = "dialback",
    version,
    about = "Self-hosted back end and dashboard for website callback widgets"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the dashboard and its endpoints.
    Serve(Box<Config>),
    /// Manage accounts.
    #[command(subcommand)]
    Account(account::AccountCommand),
    /// Manage REST API keys.
    #[command(subcommand)]
    ApiKey(api_key::ApiKeyCommand),
    /// Create, list and disable coupon codes that raise limits.
    #[command(subcommand)]
    Coupons(coupons::CouponCommand),
    /// Decide requests to change account limits.
    #[command(subcommand)]
    LimitRequests(limit_requests::LimitRequestCommand),
    /// Manage the plans accounts can buy.
    #[command(subcommand)]
    Plans(plans::PlanCommand),
    /// Record payments made outside a payment system.
    #[command(subcommand)]
    Payments(payments::PaymentCommand),
    /// Script the built-in telephony simulator.
    #[command(subcommand)]
    Simulator(simulator::SimulatorCommand),
    /// Notify every account of a product update.
    Announce(announce::AnnounceCommand),
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    init_logging();
    match Cli::parse().command {
        Command::Serve(config) => serve(*config).await,
        Command::Account(command) => account::run(command).await,
        Command::ApiKey(command) => api_key::run(command).await,
        Command::Coupons(command) => coupons::run(command).await,
        Command::LimitRequests(command) => limit_requests::run(command).await,
        Command::Plans(command) => plans::run(command).await,
        Command::Payments(command) => payments::run(command).await,
        Command::Simulator(command) => simulator::run(command).await,
        Command::Announce(command) => announce::run(command).await,
    }
}

/// Logs to standard error: JSON lines when `DIALBACK_LOG_FORMAT=json`, text otherwise.
/// `RUST_LOG` sets the level (default `info`).
fn init_logging() {
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if std::env::var("DIALBACK_LOG_FORMAT").is_ok_and(|format| format == "json") {
        builder
            .json()
            .flatten_event(true)
            .with_current_span(true)
            .init();
    } else {
        builder.with_ansi(std::io::stderr().is_terminal()).init();
    }
}

async fn serve(config: Config) -> anyhow::Result<()> {
    config.payments.check()?;
    let listener = TcpListener::bind(config.listen)
        .await
        .map_err(|e| anyhow::anyhow!("failed to listen on {}: {e}", config.listen))?;
    let demo = config.demo;
    let seller_missing = config.payments.seller_missing();
    let state = AppState::new(config).await?;
    let address = listener.local_addr()?;
    tracing::info!(listen = %address, mail = state.mailer.describe(), "Dialback is serving at http://{address}");
    if seller_missing {
        tracing::warn!(
            "no seller for invoices: set --seller-name and --seller-address (DIALBACK_SELLER_NAME, DIALBACK_SELLER_ADDRESS) before accepting payments; until then invoices name no seller"
        );
    }

    if demo {
        let password = dialback_server::demo::ensure_demo_account(&state).await?;
        // The login goes to standard output on purpose: it is the demo's whole point.
        println!(
            "Demo account: sign in at http://{address}/login as {} with password {password}",
            dialback_server::demo::DEMO_EMAIL
        );
    }

    dialback_server::launch(state, listener, shutdown_signal()).await?;
    tracing::info!("Dialback stopped");
    Ok(())
}

/// Completes on SIGINT (Ctrl+C) or SIGTERM.
async fn shutdown_signal() {
    let interrupt = async {
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::error!(%error, "failed to listen for Ctrl+C");
            std::future::pending::<()>().await;
        }
    };
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(error) => {
                tracing::error!(%error, "failed to listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing open requests");
}
