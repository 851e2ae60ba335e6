//! Plans, subscriptions, payments and invoices: what an account pays for and the
//! records of what it paid.
//!
//! The pages live in `settings::subscription` and `settings::invoices`; the operator's
//! commands in the `dialback` binary. Amounts are exact (`dialback_domain::Money`) and
//! stored as decimal strings. A subscription changes only in [`confirm::confirm`], which
//! also issues the invoice in the same transaction.

pub mod config;
pub mod confirm;
pub mod expiry;
pub mod invoices;
pub mod plans;
pub mod storage;
pub mod subscription;
pub mod systems;
