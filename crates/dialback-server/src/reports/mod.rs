//! Widget reports by e-mail: when they are due, what they count, and how they look.
//!
//! [`schedule`] records a `report.daily` or `report.weekly` notification event per user
//! at a fixed local hour. The notification workers deliver it like any other e-mail and
//! call [`render_email`] for its texts and chart. This module owns neither the outbox
//! nor the sending.

pub mod chart;
pub mod email;
pub mod schedule;
pub mod stats;

pub use email::render_email;
