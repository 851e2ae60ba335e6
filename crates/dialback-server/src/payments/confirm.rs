//! Confirming a payment: the one path from "paid" to a changed subscription, used by the
//! sandbox callback and by `dialback payments record`.
//!
//! Everything happens in the caller's transaction: the payment is marked confirmed only
//! if it was pending, so a second confirmation (a retried callback, the operator and a
//! callback at once) finds nothing to do and changes nothing. Then the plan is applied,
//! the invoice issued and the activity entries written, all committed together.
//!
//! A cancelled payment is never confirmed, and a transaction ID other than `manual`
//! confirms one payment only. The new expiry is computed here, at confirmation, from the
//! subscription as it is now and the amount actually paid (see `subscription`), never
//! from the quote. A payment with a zero total is confirmed without an invoice: nothing
//! was sold for money, and the activity log keeps the record. The invoice's seller is
//! the one stored with the payment when it was created, so the server and `dialback
//! payments record` issue the same seller.

use dialback_domain::{ActivityKind, ActivitySource};
use sqlx::AnyConnection;

use super::config::PaymentSettings;
use super::invoices::{self, Invoice, PartySnapshot};
use super::plans;
use super::storage::{self, Payment};
use super::subscription;
use crate::limits;
use crate::platform::audit::{self, Activity};

/// The result of a confirmation.
#[derive(Debug)]
pub enum Confirmation {
    /// The payment was pending; the plan now applies and the invoice was issued.
    Confirmed(Box<Invoice>),
    /// The payment's total was zero: the plan now applies, and no invoice was issued.
    ConfirmedWithoutInvoice,
    /// The payment had been confirmed before; nothing changed.
    AlreadyConfirmed,
    /// The payment was cancelled (replaced by a newer checkout or by the owner); nothing
    /// changed.
    Cancelled,
    /// Another payment was confirmed with this transaction ID (its reference); nothing
    /// changed.
    TransactionIdUsed(String),
}

/// The source and user of a confirmation, for the activity log.
#[derive(Debug, Clone, Copy)]
pub struct ConfirmedBy {
    pub source: ActivitySource,
    pub user_id: Option<i64>,
}

/// Confirms `payment` with the payment system's `transaction_id` (`manual` for a payment
/// settled outside any system).
pub async fn confirm(
    conn: &mut AnyConnection,
    settings: &PaymentSettings,
    payment: &Payment,
    transaction_id: &str,
    by: ConfirmedBy,
    now: i64,
) -> anyhow::Result<Confirmation> {
    limits::lock_account(conn, payment.account_id).await?;
    if transaction_id != "manual"
        && !payment.gross.amount.is_zero()
        && let Some(other) =
            storage::confirmed_with_transaction(conn, transaction_id, payment.id).await?
    {
        return Ok(Confirmation::TransactionIdUsed(other));
    }
    if !storage::mark_confirmed(conn, payment.id, transaction_id, now).await? {
        let state = storage::find(conn, payment.id).await?.map(|p| p.state);
        return Ok(match state {
            Some(storage::PaymentState::Cancelled) => Confirmation::Cancelled,
            _ => Confirmation::AlreadyConfirmed,
        });
    }

    let plan = plans::find(conn, payment.plan_id).await?.ok_or_else(|| {
        anyhow::anyhow!(
            "plan {} of payment {} is missing",
            payment.plan_id,
            payment.reference
        )
    })?;
    let (before, expires_at) = subscription::apply(
        conn,
        payment.account_id,
        settings.trial_days,
        &plan,
        payment.billing_period,
        payment.price,
        payment.net,
        now,
    )
    .await?;

    let invoice = if payment.gross.amount.is_zero() {
        None
    } else {
        let buyer = buyer_snapshot(conn, payment).await?;
        let seller = payment
            .seller
            .clone()
            .filter(|seller| !seller.name.is_empty())
            .unwrap_or_else(|| PartySnapshot::seller(settings));
        Some(
            invoices::issue(
                conn,
                settings,
                payment,
                &plan.name,
                buyer,
                seller,
                transaction_id,
                now,
            )
            .await?,
        )
    };

    let entry = |kind, details| {
        Activity::new(payment.account_id, by.user_id, kind, by.source).details(details)
    };
    audit::record(
        conn,
        entry(
            ActivityKind::PaymentConfirmed,
            serde_json::json!({ "reference": payment.reference, "transaction_id": transaction_id, "amount": payment.gross.to_storage(), "currency": payment.gross.currency.code() }),
        ),
    )
    .await?;
    audit::record(
        conn,
        entry(
            ActivityKind::SubscriptionChanged,
            serde_json::json!({ "from_plan": before.plan.name, "to_plan": plan.name, "billing_period": payment.billing_period.id(), "expires_at": expires_at, "quoted_credit": payment.credit.to_storage() }),
        ),
    )
    .await?;
    let Some(invoice) = invoice else {
        tracing::info!(
            account.id = payment.account_id,
            payment.reference = %payment.reference,
            "payment of zero confirmed without an invoice"
        );
        return Ok(Confirmation::ConfirmedWithoutInvoice);
    };
    audit::record(
        conn,
        entry(
            ActivityKind::InvoiceIssued,
            serde_json::json!({ "invoice_id": invoice.id, "number": invoice.number, "reference": payment.reference }),
        ),
    )
    .await?;
    tracing::info!(
        account.id = payment.account_id,
        payment.reference = %payment.reference,
        invoice.number = %invoice.number,
        "payment confirmed"
    );
    Ok(Confirmation::Confirmed(Box::new(invoice)))
}

/// Builds the invoice's buyer from the account's billing information when it has some,
/// otherwise from the details typed at checkout.
async fn buyer_snapshot(
    conn: &mut AnyConnection,
    payment: &Payment,
) -> sqlx::Result<PartySnapshot> {
    let checkout = &payment.checkout;
    let Some(info) = crate::billing::storage::current(conn, payment.account_id).await? else {
        return Ok(PartySnapshot::buyer_from_checkout(checkout));
    };
    let from_billing = super::storage::Checkout {
        full_name: checkout.full_name.clone(),
        company_name: info.company_name,
        tax_id: info.tax_id,
        country: info.country,
        city: info.city,
        address: info.address,
        zip_code: info.zip_code,
    };
    Ok(PartySnapshot::buyer_from_checkout(&from_billing))
}
