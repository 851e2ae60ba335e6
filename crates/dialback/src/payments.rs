//! `dialback payments`: recording bank transfers and other payments settled outside a
//! payment system.
//!
//! `record` reads the same seller flags and environment variables as `serve`; a payment
//! created by a current server carries its seller anyway, so the invoice shows the
//! seller the server had when the checkout was made.

use anyhow::bail;
use clap::Subcommand;
use dialback_domain::ActivitySource;
use dialback_server::payments::config::PaymentSettings;
use dialback_server::payments::confirm::{self, Confirmation, ConfirmedBy};
use dialback_server::payments::{plans, storage};
use dialback_server::platform::clock::{from_micros, now_micros};
use dialback_server::platform::db::Db;

#[derive(Subcommand)]
pub enum PaymentCommand {
    /// Record that a payment arrived: the plan changes and the invoice is issued.
    Record {
        /// The payment reference from the pro-forma (`PAY-...`) or an invoice number.
        reference: String,
        /// The bank's or payment system's transaction ID.
        #[arg(long, conflicts_with = "manual", required_unless_present = "manual")]
        transaction_id: Option<String>,
        /// The payment was settled outside any system; the invoice shows `manual`.
        #[arg(long)]
        manual: bool,
        #[arg(long, env = "DATABASE_URL", default_value = "sqlite://dialback.db")]
        database_url: String,
        #[command(flatten)]
        settings: Box<PaymentSettings>,
    },
    /// List payments that await confirmation.
    Pending {
        #[arg(long, env = "DATABASE_URL", default_value = "sqlite://dialback.db")]
        database_url: String,
    },
}

pub async fn run(command: PaymentCommand) -> anyhow::Result<()> {
    match command {
        PaymentCommand::Record {
            reference,
            transaction_id,
            manual,
            database_url,
            settings,
        } => {
            let transaction_id = if manual {
                "manual".to_owned()
            } else {
                transaction_id.unwrap_or_default().trim().to_owned()
            };
            if transaction_id.is_empty() || transaction_id.chars().count() > 100 {
                bail!("invalid --transaction-id: give 1 to 100 characters, or use --manual");
            }
            let db = Db::connect_existing(&database_url).await?;
            let mut tx = db.begin().await?;
            let reference = reference.trim();
            let payment = match storage::find_by_reference(&mut tx, reference).await? {
                Some(payment) => Some(payment),
                None => storage::find_by_invoice_number(&mut tx, reference).await?,
            };
            let Some(payment) = payment else {
                bail!("no payment or invoice has the reference {reference:?}");
            };
            let has_seller = payment.seller.as_ref().is_some_and(|s| !s.name.is_empty());
            if !has_seller && settings.seller_missing() {
                bail!(
                    "payment {} was created without a seller, and none is set: set DIALBACK_SELLER_NAME and DIALBACK_SELLER_ADDRESS as for `dialback serve`, since the invoice cannot change later",
                    payment.reference
                );
            }
            let by = ConfirmedBy {
                source: ActivitySource::Cli,
                user_id: None,
            };
            match confirm::confirm(
                &mut tx,
                &settings,
                &payment,
                &transaction_id,
                by,
                now_micros(),
            )
            .await?
            {
                Confirmation::Confirmed(invoice) => {
                    tx.commit().await?;
                    println!(
                        "confirmed: {} of account {}, invoice {}",
                        payment.reference, payment.account_id, invoice.number
                    );
                }
                Confirmation::ConfirmedWithoutInvoice => {
                    tx.commit().await?;
                    println!(
                        "confirmed: {} of account {}, no invoice (the total is zero)",
                        payment.reference, payment.account_id
                    );
                }
                Confirmation::AlreadyConfirmed => {
                    drop(tx);
                    println!("already confirmed: {}, nothing changed", payment.reference);
                }
                Confirmation::Cancelled => {
                    drop(tx);
                    bail!(
                        "payment {} was cancelled (a newer checkout replaced it, or the owner cancelled it) and cannot be confirmed; nothing changed. If money arrived for it, refund it or ask the owner to start a new checkout and record that one",
                        payment.reference
                    );
                }
                Confirmation::TransactionIdUsed(other) => {
                    drop(tx);
                    bail!(
                        "transaction ID {transaction_id:?} already confirmed payment {other}; one transfer pays one payment. Nothing changed. Check the bank statement, or use --manual"
                    );
                }
            }
        }
        PaymentCommand::Pending { database_url } => {
            let db = Db::connect_existing(&database_url).await?;
            let mut conn = db.pool.acquire().await?;
            let names: std::collections::HashMap<i64, String> = plans::all(&mut conn)
                .await?
                .into_iter()
                .map(|plan| (plan.id, plan.name))
                .collect();
            for payment in storage::pending(&mut conn).await? {
                let created = from_micros(payment.created_at)
                    .strftime("%Y-%m-%dT%H:%M:%SZ")
                    .to_string();
                crate::output::line(&format!(
                    "{}\taccount {}\t{}\t{}\t{}\t{} {}\tcreated {}",
                    payment.reference,
                    payment.account_id,
                    names.get(&payment.plan_id).map_or("?", String::as_str),
                    payment.billing_period.id(),
                    payment.method.id(),
                    payment.gross.to_storage(),
                    payment.gross.currency.code(),
                    created
                ))?;
            }
        }
    }
    Ok(())
}
