//! Payments: one row per checkout, pending until the payment system or the operator
//! confirms it.
//!
//! An account has at most one pending payment (a partial unique index holds it): a new
//! checkout cancels the older pending one, and the owner can cancel it from the page. A
//! cancelled payment can no longer be confirmed, neither by a callback nor by the
//! operator.

use dialback_domain::{BillingPeriod, Currency, Money, PaymentMethod};
use rust_decimal::Decimal;
use sqlx::AnyConnection;

use super::invoices::PartySnapshot;
use crate::platform::clock::now_micros;

/// The buyer's details typed at checkout, stored with the payment as JSON.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Checkout {
    pub full_name: String,
    pub company_name: String,
    pub tax_id: String,
    /// ISO 3166 alpha-2 code, such as `PL`.
    pub country: String,
    pub city: String,
    pub address: String,
    pub zip_code: String,
}

/// Whether a payment is still awaited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaymentState {
    Pending,
    Confirmed,
    /// Replaced by a newer checkout or cancelled by the owner; never confirmed.
    Cancelled,
}

impl PaymentState {
    pub const fn id(self) -> &'static str {
        match self {
            PaymentState::Pending => "pending",
            PaymentState::Confirmed => "confirmed",
            PaymentState::Cancelled => "cancelled",
        }
    }
}

/// A stored payment.
#[derive(Debug, Clone)]
pub struct Payment {
    pub id: i64,
    pub account_id: i64,
    pub user_id: Option<i64>,
    /// The reference the payer quotes in a bank transfer and the payment system echoes.
    pub reference: String,
    pub plan_id: i64,
    pub billing_period: BillingPeriod,
    pub method: PaymentMethod,
    pub price: Money,
    pub credit: Money,
    pub net: Money,
    pub vat_rate: Decimal,
    pub vat: Money,
    pub gross: Money,
    pub checkout: Checkout,
    /// The seller as configured when the payment was created; `None` for older payments.
    pub seller: Option<PartySnapshot>,
    pub state: PaymentState,
    pub transaction_id: Option<String>,
    pub created_at: i64,
    pub confirmed_at: Option<i64>,
}

/// A payment about to be stored.
#[derive(Debug, Clone)]
pub struct NewPayment {
    pub account_id: i64,
    pub user_id: i64,
    pub plan_id: i64,
    pub billing_period: BillingPeriod,
    pub method: PaymentMethod,
    pub price: Money,
    pub credit: Money,
    pub net: Money,
    pub vat_rate: Decimal,
    pub vat: Money,
    pub gross: Money,
    pub checkout: Checkout,
    pub seller: PartySnapshot,
}

#[derive(sqlx::FromRow)]
struct PaymentRow {
    id: i64,
    account_id: i64,
    user_id: Option<i64>,
    reference: String,
    plan_id: i64,
    billing_period: String,
    payment_system: String,
    currency: String,
    price: String,
    credit: String,
    net: String,
    vat_rate: String,
    vat: String,
    gross: String,
    checkout: String,
    seller: String,
    state: String,
    transaction_id: Option<String>,
    created_at: i64,
    confirmed_at: Option<i64>,
}

const COLUMNS: &str = "id, account_id, user_id, reference, plan_id, billing_period, payment_system, currency, price, credit, net, vat_rate, vat, gross, checkout, seller, state, transaction_id, created_at, confirmed_at";

impl PaymentRow {
    fn into_payment(self) -> Option<Payment> {
        let currency = Currency::parse(&self.currency).ok()?;
        let money = |s: &str| Money::from_storage(s, currency).ok();
        Some(Payment {
            id: self.id,
            account_id: self.account_id,
            user_id: self.user_id,
            reference: self.reference,
            plan_id: self.plan_id,
            billing_period: BillingPeriod::parse(&self.billing_period).ok()?,
            method: PaymentMethod::parse(&self.payment_system).ok()?,
            price: money(&self.price)?,
            credit: money(&self.credit)?,
            net: money(&self.net)?,
            vat_rate: self.vat_rate.parse().ok()?,
            vat: money(&self.vat)?,
            gross: money(&self.gross)?,
            checkout: serde_json::from_str(&self.checkout).unwrap_or_default(),
            seller: serde_json::from_str(&self.seller).ok(),
            state: match self.state.as_str() {
                "confirmed" => PaymentState::Confirmed,
                "cancelled" => PaymentState::Cancelled,
                _ => PaymentState::Pending,
            },
            transaction_id: self.transaction_id,
            created_at: self.created_at,
            confirmed_at: self.confirmed_at,
        })
    }
}

/// Generates a payment reference: `PAY-` and 12 random hexadecimal digits.
fn new_reference() -> String {
    format!("PAY-{}", hex::encode_upper(rand::random::<[u8; 6]>()))
}

/// Cancels the account's pending payments and returns their references. Call it in
/// the transaction that stores the next one.
pub async fn cancel_pending(
    conn: &mut AnyConnection,
    account_id: i64,
) -> sqlx::Result<Vec<String>> {
    sqlx::query_scalar(
        "UPDATE payments SET state = 'cancelled' WHERE account_id = $1 AND state = 'pending' RETURNING reference",
    )
    .bind(account_id)
    .fetch_all(conn)
    .await
}

/// Cancels one pending payment of the account. Returns false when it was not pending.
pub async fn cancel(conn: &mut AnyConnection, account_id: i64, id: i64) -> sqlx::Result<bool> {
    let updated = sqlx::query(
        "UPDATE payments SET state = 'cancelled' WHERE id = $1 AND account_id = $2 AND state = 'pending'",
    )
    .bind(id)
    .bind(account_id)
    .execute(conn)
    .await?
    .rows_affected();
    Ok(updated == 1)
}

/// Finds the reference of another payment already confirmed with `transaction_id`.
pub async fn confirmed_with_transaction(
    conn: &mut AnyConnection,
    transaction_id: &str,
    except_id: i64,
) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar(
        "SELECT reference FROM payments WHERE transaction_id = $1 AND id <> $2 AND state = 'confirmed' LIMIT 1",
    )
    .bind(transaction_id)
    .bind(except_id)
    .fetch_optional(conn)
    .await
}

/// Stores a pending payment and returns it with its new reference. Cancel the
/// account's pending payment first ([`cancel_pending`]): only one may be pending.
pub async fn create(conn: &mut AnyConnection, new: &NewPayment) -> sqlx::Result<Payment> {
    let reference = new_reference();
    let checkout = serde_json::to_string(&new.checkout).unwrap_or_else(|_| "{}".to_owned());
    let seller = serde_json::to_string(&new.seller).unwrap_or_default();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO payments (account_id, user_id, reference, plan_id, billing_period, payment_system, currency, \
         price, credit, net, vat_rate, vat, gross, checkout, state, created_at, seller) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 'pending', $15, $16) RETURNING id",
    )
    .bind(new.account_id)
    .bind(new.user_id)
    .bind(&reference)
    .bind(new.plan_id)
    .bind(new.billing_period.id())
    .bind(new.method.id())
    .bind(new.gross.currency.code())
    .bind(new.price.to_storage())
    .bind(new.credit.to_storage())
    .bind(new.net.to_storage())
    .bind(new.vat_rate.to_string())
    .bind(new.vat.to_storage())
    .bind(new.gross.to_storage())
    .bind(checkout)
    .bind(now_micros())
    .bind(seller)
    .fetch_one(&mut *conn)
    .await?;
    find(conn, id).await?.ok_or(sqlx::Error::RowNotFound)
}

async fn one(
    conn: &mut AnyConnection,
    condition: &str,
    value: &str,
) -> sqlx::Result<Option<Payment>> {
    let row: Option<PaymentRow> =
        sqlx::query_as(&format!("SELECT {COLUMNS} FROM payments WHERE {condition}"))
            .bind(value)
            .fetch_optional(conn)
            .await?;
    Ok(row.and_then(PaymentRow::into_payment))
}

/// Finds a payment by id.
pub async fn find(conn: &mut AnyConnection, id: i64) -> sqlx::Result<Option<Payment>> {
    let row: Option<PaymentRow> =
        sqlx::query_as(&format!("SELECT {COLUMNS} FROM payments WHERE id = $1"))
            .bind(id)
            .fetch_optional(conn)
            .await?;
    Ok(row.and_then(PaymentRow::into_payment))
}

/// Finds a payment by its reference, of any account.
pub async fn find_by_reference(
    conn: &mut AnyConnection,
    reference: &str,
) -> sqlx::Result<Option<Payment>> {
    one(conn, "reference = $1", reference).await
}

/// Finds the payment that an invoice number settled.
pub async fn find_by_invoice_number(
    conn: &mut AnyConnection,
    number: &str,
) -> sqlx::Result<Option<Payment>> {
    one(
        conn,
        "id = (SELECT payment_id FROM invoices WHERE number = $1)",
        number,
    )
    .await
}

/// Finds the latest payment of an account, for prefilling the checkout form.
pub async fn latest_for_account(
    conn: &mut AnyConnection,
    account_id: i64,
) -> sqlx::Result<Option<Payment>> {
    let row: Option<PaymentRow> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM payments WHERE account_id = $1 ORDER BY id DESC LIMIT 1"
    ))
    .bind(account_id)
    .fetch_optional(conn)
    .await?;
    Ok(row.and_then(PaymentRow::into_payment))
}

/// Lists the account's pending payments, newest first.
pub async fn pending_for_account(
    conn: &mut AnyConnection,
    account_id: i64,
) -> sqlx::Result<Vec<Payment>> {
    let rows: Vec<PaymentRow> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM payments WHERE account_id = $1 AND state = 'pending' ORDER BY id DESC LIMIT 20"
    ))
    .bind(account_id)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(PaymentRow::into_payment)
        .collect())
}

/// Marks a pending payment confirmed. Returns false when it was confirmed already; on
/// PostgreSQL a concurrent confirmation waits for this one and then finds nothing to do.
pub async fn mark_confirmed(
    conn: &mut AnyConnection,
    id: i64,
    transaction_id: &str,
    now: i64,
) -> sqlx::Result<bool> {
    let updated = sqlx::query(
        "UPDATE payments SET state = 'confirmed', transaction_id = $1, confirmed_at = $2 WHERE id = $3 AND state = 'pending'",
    )
    .bind(transaction_id)
    .bind(now)
    .bind(id)
    .execute(conn)
    .await?
    .rows_affected();
    Ok(updated == 1)
}

/// Remembers a callback's nonce. Returns false when the nonce was seen before.
pub async fn remember_nonce(
    conn: &mut AnyConnection,
    payment_id: i64,
    nonce: &str,
    now: i64,
) -> sqlx::Result<bool> {
    let inserted = sqlx::query(
        "INSERT INTO payment_callbacks (nonce, payment_id, received_at) VALUES ($1, $2, $3) ON CONFLICT (nonce) DO NOTHING",
    )
    .bind(nonce)
    .bind(payment_id)
    .bind(now)
    .execute(conn)
    .await?
    .rows_affected();
    Ok(inserted == 1)
}

/// Lists every pending payment, oldest first, for the operator.
pub async fn pending(conn: &mut AnyConnection) -> sqlx::Result<Vec<Payment>> {
    let rows: Vec<PaymentRow> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM payments WHERE state = 'pending' ORDER BY id"
    ))
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(PaymentRow::into_payment)
        .collect())
}
