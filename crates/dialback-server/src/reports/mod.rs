//! Widget reports by e-mail.
pub mod schedule;
