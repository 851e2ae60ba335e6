//! Settings > Activity: the account's audit trail, filtered and paginated by key.

mod handlers;
mod storage;

pub use handlers::show;
