//! Settings > Account settings: languages, currency, time zone and date and time formats.

mod handlers;
mod storage;

pub use handlers::{show, submit};
