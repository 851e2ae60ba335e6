//! Settings > Invoices: the account's invoices and their PDF downloads. Only the account
//! owner may see them.

mod download;

pub use download::download;

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::response::IntoResponse;

use crate::AppState;
use crate::payments::invoices;
use crate::platform::errors::PageResult;
use crate::platform::page::{OwnerPage, PageContext};
use crate::settings::subscription::invoice_date_of;

struct InvoiceRow {
    id: i64,
    number: String,
    transaction_id: String,
    price: String,
    paid_on: String,
    kind: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "settings/invoices.html")]
struct InvoicesPage {
    ctx: PageContext,
    saved: bool,
    rows: Vec<InvoiceRow>,
}

/// Lists the account's invoices, newest first.
pub async fn show(State(state): State<AppState>, OwnerPage(page): OwnerPage) -> PageResult {
    let mut conn = state.db.pool.acquire().await?;
    let stored = invoices::for_account(&mut conn, page.signed_in.account.id).await?;
    drop(conn);

    let tr = page.ctx.tr;
    let rows = stored
        .into_iter()
        .map(|invoice| InvoiceRow {
            id: invoice.id,
            number: invoice.number,
            transaction_id: invoice.transaction_id,
            price: invoice.gross.format(tr.language),
            paid_on: invoice_date_of(&page.display, &state, invoice.paid_at),
            kind: tr.t(&format!("invoice-kind-{}", invoice.kind.id())),
        })
        .collect();
    Ok(InvoicesPage {
        ctx: page.ctx.clone(),
        saved: false,
        rows,
    }
    .into_response())
}
