//! Widget reports by e-mail.
pub mod chart;
pub mod schedule;
