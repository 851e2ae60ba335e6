//! Dialback's server: the dashboard pages, the settings sections and their storage.
//!
//! [`launch`] is the one entry point. It takes a parsed [`Config`], a bound listener
//! and a shutdown future, so the binary and the tests start the same server.

pub mod accounts;
pub mod api;
pub mod api_keys;
pub mod auth;
pub mod billing;
pub mod caller_ids;
pub mod calls;
pub mod config;
pub mod coupons;
pub mod demo;
pub mod desktop;
pub mod health;
pub mod invoices;
pub mod limits;
pub mod messages;
pub mod notifications;
pub mod payments;
pub mod platform;
pub mod protection;
pub mod public;
pub mod reports;
pub mod router;
pub mod settings;
pub mod tags;
pub mod team;
pub mod telephony;
pub mod webhooks;
pub mod widgets;

use std::net::SocketAddr;
use std::sync::Arc;

use dialback_telephony::TelephonyDriver;
use tokio::net::TcpListener;

pub use config::Config;
use platform::{db::Db, mail::Mailer};

/// What every handler can reach. Servers keep no other state: sessions, throttling and
/// everything else live in the database, so several servers can share one PostgreSQL.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub mailer: Arc<Mailer>,
    pub config: Arc<Config>,
    pub telephony: Arc<dyn TelephonyDriver>,
}

impl AppState {
    /// Connects to the database (running migrations) and prepares the mailer.
    pub async fn new(config: Config) -> anyhow::Result<Self> {
        let db = Db::connect(&config.database_url).await?;
        let mailer = Mailer::from_config(&config).await?;
        let telephony = telephony::simulator(db.pool.clone(), config.simulator_speed);
        Ok(Self {
            db,
            mailer: Arc::new(mailer),
            config: Arc::new(config),
            telephony,
        })
    }
}

/// Serves Dialback on `listener` until `shutdown` completes, then drains open requests.
pub async fn launch(
    state: AppState,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let (stop_workers, workers_stopped) = tokio::sync::watch::channel(false);
    let stop_workers = Arc::new(stop_workers);
    calls::runner::start_poller(state.clone(), workers_stopped.clone());
    notifications::start_workers(state.clone(), workers_stopped.clone());
    reports::schedule::start(state.clone(), workers_stopped.clone());
    webhooks::worker::start(state.clone(), workers_stopped.clone());
    payments::expiry::start(state.clone(), workers_stopped.clone());

    // Open notification streams end as soon as shutdown begins; the graceful drain
    // below would otherwise wait for them forever.
    let stop_streams = stop_workers.clone();
    let shutdown = async move {
        shutdown.await;
        let _ = stop_streams.send(true);
    };
    let app = router::build(state).layer(axum::Extension(desktop::StreamShutdown(workers_stopped)));
    let make_service = app.into_make_service_with_connect_info::<SocketAddr>();
    let served = axum::serve(listener, make_service)
        .with_graceful_shutdown(shutdown)
        .await;
    let _ = stop_workers.send(true);
    served?;
    Ok(())
}
