//! The PDF download of one invoice, built from the snapshot stored when it was issued.

use axum::extract::State;
use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::IntoResponse;
use dialback_domain::Decimal;

use crate::AppState;
use crate::invoices::pdf::{self, InvoiceDocument, InvoiceLine, Party};
use crate::payments::invoices::{self, Invoice, PartySnapshot};
use crate::platform::errors::{PageError, PageResult};
use crate::platform::forms::PathId;
use crate::platform::i18n::Tr;
use crate::platform::page::OwnerPage;
use crate::settings::subscription::invoice_date_of;

fn party(snapshot: &PartySnapshot) -> Party {
    Party {
        name: snapshot.name.clone(),
        address_lines: snapshot.address_lines.clone(),
        tax_id: snapshot.tax_id.clone(),
    }
}

/// Writes the invoice's lines in the reader's language from the stored plan and period.
fn lines(invoice: &Invoice, tr: &Tr) -> Vec<InvoiceLine> {
    invoice
        .lines
        .iter()
        .map(|line| {
            let period = tr.t(&format!("invoice-period-{}", line.billing_period));
            let credit: Decimal = line.credit.parse().unwrap_or_default();
            let description = if credit.is_zero() {
                tr.t_args(
                    "invoice-line-subscription",
                    &[
                        ("plan", line.plan.clone().into()),
                        ("period", period.into()),
                    ],
                )
            } else {
                let credit = dialback_domain::format_money(credit, invoice.currency, tr.language);
                tr.t_args(
                    "invoice-line-subscription-credit",
                    &[
                        ("plan", line.plan.clone().into()),
                        ("period", period.into()),
                        ("credit", credit.into()),
                    ],
                )
            };
            InvoiceLine {
                description,
                quantity: line.quantity,
                unit_net: line.unit_net.parse().unwrap_or_default(),
                vat_rate: invoice.vat_rate,
            }
        })
        .collect()
}

/// Sends an invoice of the account as a PDF, labelled in the owner's language.
pub async fn download(
    State(state): State<AppState>,
    OwnerPage(page): OwnerPage,
    PathId(id): PathId<i64>,
) -> PageResult {
    let mut conn = state.db.pool.acquire().await?;
    let invoice = invoices::find(&mut conn, page.signed_in.account.id, id)
        .await?
        .ok_or(PageError::NotFound)?;
    drop(conn);

    let tr = page.ctx.tr;
    let document = InvoiceDocument {
        number: invoice.number.clone(),
        issued_on: invoice_date_of(&page.display, &state, invoice.issued_at),
        paid_on: invoice_date_of(&page.display, &state, invoice.paid_at),
        transaction_id: invoice.transaction_id.clone(),
        seller: party(&invoice.seller),
        buyer: party(&invoice.buyer),
        lines: lines(&invoice, &tr),
        currency: invoice.currency,
        language: tr.language,
    };
    let bytes = tokio::task::spawn_blocking(move || pdf::render(&document)).await?;
    let filename = format!("{}.pdf", invoice.number.replace('/', "-"));
    Ok((
        [
            (CONTENT_TYPE, "application/pdf".to_owned()),
            (
                CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
            (CACHE_CONTROL, "private, no-store".to_owned()),
        ],
        bytes,
    )
        .into_response())
}
