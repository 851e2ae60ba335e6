//! Invoices: issued once when a payment is confirmed, in the same transaction, and never
//! changed afterwards.
//!
//! Numbers run per calendar year without gaps. The year is the one of the issue date
//! in the seller's time zone (`--seller-time-zone`, Europe/Warsaw by default), the same
//! date the invoice prints, so an invoice issued on 31 December after 23:00 UTC is dated
//! and numbered in the new Polish year: the transaction that issues an
//! invoice increments the year's row in `invoice_counters`. On PostgreSQL that `UPDATE`
//! row-locks the counter until the transaction ends, so concurrent confirmations take
//! numbers one after another, and a transaction that rolls back returns its number. On
//! SQLite the write transaction already holds the database's write lock.

use dialback_domain::{Currency, InvoiceKind, Money};
use rust_decimal::Decimal;
use sqlx::AnyConnection;

use super::config::PaymentSettings;
use super::storage::{Checkout, Payment};
use crate::platform::clock::from_micros;

/// A party of an invoice as it was when the invoice was issued.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct PartySnapshot {
    pub name: String,
    pub address_lines: Vec<String>,
    pub tax_id: Option<String>,
}

impl PartySnapshot {
    /// Builds the seller from the operator's settings.
    pub fn seller(settings: &PaymentSettings) -> Self {
        Self {
            name: settings.seller_name.clone(),
            address_lines: settings.seller_address_lines(),
            tax_id: settings.seller_tax_id.clone().filter(|id| !id.is_empty()),
        }
    }

    /// Builds the buyer from the details typed at checkout.
    pub fn buyer_from_checkout(checkout: &Checkout) -> Self {
        let name = if checkout.company_name.trim().is_empty() {
            checkout.full_name.clone()
        } else {
            checkout.company_name.clone()
        };
        let mut address_lines = vec![checkout.address.clone()];
        address_lines.push(
            format!("{} {}", checkout.zip_code, checkout.city)
                .trim()
                .to_owned(),
        );
        address_lines.push(checkout.country.clone());
        address_lines.retain(|line| !line.trim().is_empty());
        Self {
            name,
            address_lines,
            tax_id: Some(checkout.tax_id.clone()).filter(|id| !id.trim().is_empty()),
        }
    }
}

/// One line of an invoice as issued. The description is written at download time in
/// the reader's language from the plan name and billing period stored here.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct LineSnapshot {
    pub plan: String,
    pub billing_period: String,
    pub quantity: u32,
    /// The net unit price after any credit, as a plain decimal string.
    pub unit_net: String,
    /// The credit for the unused part of the previous plan, already deducted.
    pub credit: String,
}

/// A stored invoice.
#[derive(Debug, Clone)]
pub struct Invoice {
    pub id: i64,
    pub account_id: i64,
    pub payment_id: i64,
    pub year: i64,
    pub sequence: i64,
    pub number: String,
    pub kind: InvoiceKind,
    pub transaction_id: String,
    pub currency: Currency,
    pub vat_rate: Decimal,
    pub net: Money,
    pub vat: Money,
    pub gross: Money,
    pub seller: PartySnapshot,
    pub buyer: PartySnapshot,
    pub lines: Vec<LineSnapshot>,
    pub issued_at: i64,
    pub paid_at: i64,
}

#[derive(sqlx::FromRow)]
struct InvoiceRow {
    id: i64,
    account_id: i64,
    payment_id: i64,
    year: i64,
    sequence: i64,
    number: String,
    kind: String,
    transaction_id: String,
    currency: String,
    vat_rate: String,
    net: String,
    vat: String,
    gross: String,
    seller: String,
    buyer: String,
    lines: String,
    issued_at: i64,
    paid_at: i64,
}

const COLUMNS: &str = "id, account_id, payment_id, year, sequence, number, kind, transaction_id, currency, vat_rate, net, vat, gross, seller, buyer, lines, issued_at, paid_at";

impl InvoiceRow {
    fn into_invoice(self) -> Option<Invoice> {
        let currency = Currency::parse(&self.currency).ok()?;
        let money = |s: &str| Money::from_storage(s, currency).ok();
        Some(Invoice {
            id: self.id,
            account_id: self.account_id,
            payment_id: self.payment_id,
            year: self.year,
            sequence: self.sequence,
            number: self.number,
            kind: InvoiceKind::parse(&self.kind).ok()?,
            transaction_id: self.transaction_id,
            currency,
            vat_rate: self.vat_rate.parse().ok()?,
            net: money(&self.net)?,
            vat: money(&self.vat)?,
            gross: money(&self.gross)?,
            seller: serde_json::from_str(&self.seller).ok()?,
            buyer: serde_json::from_str(&self.buyer).ok()?,
            lines: serde_json::from_str(&self.lines).ok()?,
            issued_at: self.issued_at,
            paid_at: self.paid_at,
        })
    }
}

/// Takes the next number of `year` inside the current transaction.
async fn next_sequence(conn: &mut AnyConnection, year: i64) -> sqlx::Result<i64> {
    sqlx::query("INSERT INTO invoice_counters (year, last_number) VALUES ($1, 0) ON CONFLICT (year) DO NOTHING")
        .bind(year)
        .execute(&mut *conn)
        .await?;
    sqlx::query_scalar(
        "UPDATE invoice_counters SET last_number = last_number + 1 WHERE year = $1 RETURNING last_number",
    )
    .bind(year)
    .fetch_one(conn)
    .await
}

/// Issues the invoice of a confirmed payment. Call it in the confirming transaction.
#[allow(clippy::too_many_arguments)]
pub async fn issue(
    conn: &mut AnyConnection,
    settings: &PaymentSettings,
    payment: &Payment,
    plan_name: &str,
    buyer: PartySnapshot,
    seller: PartySnapshot,
    transaction_id: &str,
    now: i64,
) -> sqlx::Result<Invoice> {
    let year = i64::from(
        from_micros(now)
            .to_zoned_datetime(settings.seller_zone())
            .year(),
    );
    let sequence = next_sequence(conn, year).await?;
    let number = format!("INV/{year}/{sequence:05}");
    let lines = vec![LineSnapshot {
        plan: plan_name.to_owned(),
        billing_period: payment.billing_period.id().to_owned(),
        quantity: 1,
        unit_net: payment.net.to_storage(),
        credit: payment.credit.to_storage(),
    }];
    let to_json = |value: serde_json::Result<String>| value.unwrap_or_else(|_| "null".to_owned());
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO invoices (account_id, payment_id, year, sequence, number, kind, transaction_id, currency, vat_rate, \
         net, vat, gross, seller, buyer, lines, issued_at, paid_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16) RETURNING id",
    )
    .bind(payment.account_id)
    .bind(payment.id)
    .bind(year)
    .bind(sequence)
    .bind(&number)
    // NOTE: checkout sells plans only, so nothing issues a one-time invoice yet.
    .bind(InvoiceKind::Subscription.id())
    .bind(transaction_id)
    .bind(payment.gross.currency.code())
    .bind(payment.vat_rate.to_string())
    .bind(payment.net.to_storage())
    .bind(payment.vat.to_storage())
    .bind(payment.gross.to_storage())
    .bind(to_json(serde_json::to_string(&seller)))
    .bind(to_json(serde_json::to_string(&buyer)))
    .bind(to_json(serde_json::to_string(&lines)))
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    find(conn, payment.account_id, id)
        .await?
        .ok_or(sqlx::Error::RowNotFound)
}

/// Finds an invoice of an account.
pub async fn find(
    conn: &mut AnyConnection,
    account_id: i64,
    id: i64,
) -> sqlx::Result<Option<Invoice>> {
    let row: Option<InvoiceRow> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM invoices WHERE account_id = $1 AND id = $2"
    ))
    .bind(account_id)
    .bind(id)
    .fetch_optional(conn)
    .await?;
    Ok(row.and_then(InvoiceRow::into_invoice))
}

/// Finds the invoice that settled a payment.
pub async fn for_payment(
    conn: &mut AnyConnection,
    payment_id: i64,
) -> sqlx::Result<Option<Invoice>> {
    let row: Option<InvoiceRow> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM invoices WHERE payment_id = $1"
    ))
    .bind(payment_id)
    .fetch_optional(conn)
    .await?;
    Ok(row.and_then(InvoiceRow::into_invoice))
}

/// Lists the account's invoices, newest first.
pub async fn for_account(conn: &mut AnyConnection, account_id: i64) -> sqlx::Result<Vec<Invoice>> {
    let rows: Vec<InvoiceRow> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM invoices WHERE account_id = $1 ORDER BY id DESC"
    ))
    .bind(account_id)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(InvoiceRow::into_invoice)
        .collect())
}
