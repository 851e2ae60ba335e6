//! `dialback simulator`: scripts for the built-in telephony simulator.

use clap::Subcommand;
use dialback_domain::PhoneNumber;
use dialback_server::platform::db::Db;
use dialback_server::telephony;
use dialback_telephony::simulator::{Answer, DEFAULT_RING_SECONDS, DEFAULT_TALK_SECONDS, Script};

#[derive(Subcommand)]
pub enum SimulatorCommand {
    /// Set how a phone number responds to simulated calls.
    Script {
        /// The phone number, in international format (+48...).
        #[arg(long)]
        number: String,
        /// `answer`, `busy`, `no-answer` or `fail`.
        #[arg(long, default_value = "answer")]
        answer: String,
        /// Seconds the phone rings before it is answered or given up on.
        #[arg(long, default_value_t = DEFAULT_RING_SECONDS)]
        ring: u32,
        /// Seconds of conversation when this number is the visitor.
        #[arg(long, default_value_t = DEFAULT_TALK_SECONDS)]
        talk: u32,
        #[arg(long, env = "DATABASE_URL", default_value = "sqlite://dialback.db")]
        database_url: String,
    },
    /// Remove a number's script; it then answers and talks for the default times.
    Clear {
        #[arg(long)]
        number: String,
        #[arg(long, env = "DATABASE_URL", default_value = "sqlite://dialback.db")]
        database_url: String,
    },
}

pub async fn run(command: SimulatorCommand) -> anyhow::Result<()> {
    match command {
        SimulatorCommand::Script {
            number,
            answer,
            ring,
            talk,
            database_url,
        } => {
            let phone = PhoneNumber::parse(&number, "ZZ").map_err(|_| anyhow::anyhow!("invalid --number {number:?}: use the international format, such as +48501234567"))?;
            let answer = Answer::parse(&answer).ok_or_else(|| {
                anyhow::anyhow!("invalid --answer {answer:?}: use answer, busy, no-answer or fail")
            })?;
            let db = Db::connect_existing(&database_url).await?;
            telephony::set_script(
                &db.pool,
                phone.e164(),
                Script {
                    answer,
                    ring_seconds: ring,
                    talk_seconds: talk,
                },
            )
            .await?;
            println!(
                "{} now responds: {}, rings {ring} s, talks {talk} s",
                phone.e164(),
                answer.id()
            );
        }
        SimulatorCommand::Clear {
            number,
            database_url,
        } => {
            let phone = PhoneNumber::parse(&number, "ZZ").map_err(|_| {
                anyhow::anyhow!("invalid --number {number:?}: use the international format")
            })?;
            let db = Db::connect_existing(&database_url).await?;
            let removed = telephony::clear_script(&db.pool, phone.e164()).await?;
            println!(
                "{}",
                if removed {
                    "script removed"
                } else {
                    "the number had no script"
                }
            );
        }
    }
    Ok(())
}
