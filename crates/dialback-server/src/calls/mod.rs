//! Calls: requesting one (from the API or the public widget), driving it through the
//! telephony driver, and reading the history.

pub mod availability;
pub mod pages;
pub mod request;
pub mod runner;
pub mod storage;

pub use storage::Call;
