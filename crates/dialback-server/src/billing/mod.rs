//! An account's billing information: who invoices are issued to. The settings page is
//! in `settings::billing`; invoices take a copy of it when they are issued, so changing
//! it later never touches an issued invoice.

pub mod storage;

pub use storage::BillingInfo;
