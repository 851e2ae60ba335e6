//! SQL of billing information: one row per account in `billing_info`.

use sqlx::AnyConnection;

use crate::platform::clock::now_micros;

/// The buyer's details printed on invoices, as stored.
///
/// Every field is already validated by the form (`country` an ISO 3166 alpha-2 code,
/// `tax_id` as `TaxId::display` gives it or empty). Serialisable so that an invoice can
/// keep a JSON snapshot of it.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct BillingInfo {
    pub company_name: String,
    pub country: String,
    pub address: String,
    pub tax_id: String,
    pub city: String,
    pub zip_code: String,
}

/// The account's billing information, or `None` while the owner has not saved any.
pub async fn current(
    conn: &mut AnyConnection,
    account_id: i64,
) -> sqlx::Result<Option<BillingInfo>> {
    let row: Option<(String, String, String, String, String, String)> = sqlx::query_as(
        "SELECT company_name, country, address, tax_id, city, zip_code FROM billing_info WHERE account_id = $1",
    )
    .bind(account_id)
    .fetch_optional(conn)
    .await?;
    Ok(row.map(
        |(company_name, country, address, tax_id, city, zip_code)| BillingInfo {
            company_name,
            country,
            address,
            tax_id,
            city,
            zip_code,
        },
    ))
}

/// Stores the account's billing information, replacing what was there.
pub async fn save(
    conn: &mut AnyConnection,
    account_id: i64,
    info: &BillingInfo,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO billing_info (account_id, company_name, country, address, tax_id, city, zip_code, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
         ON CONFLICT (account_id) DO UPDATE SET company_name = excluded.company_name, country = excluded.country, \
         address = excluded.address, tax_id = excluded.tax_id, city = excluded.city, zip_code = excluded.zip_code, \
         updated_at = excluded.updated_at",
    )
    .bind(account_id)
    .bind(&info.company_name)
    .bind(&info.country)
    .bind(&info.address)
    .bind(&info.tax_id)
    .bind(&info.city)
    .bind(&info.zip_code)
    .bind(now_micros())
    .execute(conn)
    .await?;
    Ok(())
}
