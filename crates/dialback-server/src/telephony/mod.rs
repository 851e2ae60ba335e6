//! The server's side of telephony: the configured driver, the simulator's scripts in
//! the database, and sending SMS through the driver with a record in the outbox.

use std::sync::Arc;

use dialback_telephony::simulator::{Answer, Script, ScriptSource, Simulator};
use dialback_telephony::{BoxFuture, Sms, TelephonyDriver};
use sqlx::AnyPool;

use crate::platform::clock::now_micros;

/// Simulator scripts stored in the database, so that every server and the operator's
/// commands see the same ones.
pub struct DatabaseScripts {
    pool: AnyPool,
}

impl ScriptSource for DatabaseScripts {
    fn script_for<'a>(&'a self, number: &'a str) -> BoxFuture<'a, Option<Script>> {
        Box::pin(async move {
            let row: Option<(String, i64, i64)> =
                sqlx::query_as("SELECT answer, ring_seconds, talk_seconds FROM simulator_scripts WHERE phone_e164 = $1")
                    .bind(number)
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(|error| tracing::warn!(%error, "failed to read a simulator script; using the default"))
                    .ok()
                    .flatten();
            row.map(|(answer, ring, talk)| Script {
                answer: Answer::parse(&answer).unwrap_or(Answer::Answer),
                ring_seconds: u32::try_from(ring).unwrap_or(0),
                talk_seconds: u32::try_from(talk).unwrap_or(0),
            })
        })
    }
}

/// The built-in simulator, reading scripts from the database, `speed` times faster than real time.
pub fn simulator(pool: AnyPool, speed: f64) -> Arc<dyn TelephonyDriver> {
    Arc::new(Simulator::new(Arc::new(DatabaseScripts { pool }), speed))
}

/// Stores or replaces the simulator's script for one number.
pub async fn set_script(pool: &AnyPool, number: &str, script: Script) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO simulator_scripts (phone_e164, answer, ring_seconds, talk_seconds, created_at) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (phone_e164) DO UPDATE SET answer = excluded.answer, ring_seconds = excluded.ring_seconds, talk_seconds = excluded.talk_seconds",
    )
    .bind(number)
    .bind(script.answer.id())
    .bind(i64::from(script.ring_seconds))
    .bind(i64::from(script.talk_seconds))
    .bind(now_micros())
    .execute(pool)
    .await?;
    Ok(())
}

/// Removes the script of one number; it then behaves as the default.
pub async fn clear_script(pool: &AnyPool, number: &str) -> sqlx::Result<bool> {
    let result = sqlx::query("DELETE FROM simulator_scripts WHERE phone_e164 = $1")
        .bind(number)
        .execute(pool)
        .await?;
    Ok(result.rows_affected() == 1)
}

/// Sends an SMS through the driver and records it in the outbox. A driver failure is
/// logged and recorded, never raised: an SMS is a courtesy, not part of the change.
pub async fn send_sms(
    pool: &AnyPool,
    driver: &dyn TelephonyDriver,
    account_id: Option<i64>,
    to: &str,
    text: &str,
    purpose: &str,
) {
    let sms = Sms {
        to: to.to_owned(),
        text: text.to_owned(),
    };
    let outcome = driver.send_sms(&sms).await;
    let recorded = match &outcome {
        Ok(()) => purpose.to_owned(),
        Err(error) => {
            tracing::warn!(%error, sms.purpose = purpose, account.id = account_id, "failed to send an SMS");
            format!("{purpose} (failed)")
        }
    };
    let stored = sqlx::query("INSERT INTO sms_outbox (account_id, phone_e164, text, purpose, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(account_id)
        .bind(to)
        .bind(text)
        .bind(recorded)
        .bind(now_micros())
        .execute(pool)
        .await;
    if let Err(error) = stored {
        tracing::warn!(%error, "failed to record an SMS in the outbox");
    }
}
